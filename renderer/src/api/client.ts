// The one typed API client: `call(method, input)` resolves with the method's output or throws ApiCallError.
import type { MethodInput, MethodName, MethodOutput } from '@shared/contract';
import { ApiCallError } from './api-call-error';
import { pickTransport, type Transport } from './transport';

let transport: Transport | undefined;

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  transport ??= pickTransport();
  const result = await transport(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  // The core validated the value against the contract's output schema before sending it.
  return result.value as MethodOutput<M>;
}

export { ApiCallError, errorMessage } from './api-call-error';
