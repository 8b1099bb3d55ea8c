// The one typed API client: `call(method, input)` resolves with the method's output or throws ApiCallError.
import type { MethodInput, MethodName, MethodOutput } from '@shared/contract';
import { ApiCallError } from './api-call-error';
import { pickTransport, type Transport } from './transport';

let transport: Transport | undefined;

type AuthFailureHandler = (method: string, err: ApiCallError) => void;
let authFailure: AuthFailureHandler | undefined;

/** Called with every LOCKED or UNAUTHORIZED answer, whichever page made the call (the session shows 解锁 / 登录). */
export function onAuthFailure(handler: AuthFailureHandler): void {
  authFailure = handler;
}

function reported(method: string, err: unknown): unknown {
  if (err instanceof ApiCallError && (err.code === 'LOCKED' || err.code === 'UNAUTHORIZED')) authFailure?.(method, err);
  return err;
}

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  transport ??= pickTransport();
  let result;
  try {
    result = await transport(method, input);
  } catch (err) {
    throw reported(method, err);
  }
  if (!result.ok) throw reported(method, new ApiCallError(result.error));
  // The core validated the value against the contract's output schema before sending it.
  return result.value as MethodOutput<M>;
}

export { ApiCallError, errorMessage } from './api-call-error';
