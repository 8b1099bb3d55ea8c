// The error every API call rejects with: the server's ApiError, or a local one for transport failures.
import type { ApiError, ErrorCode } from '@shared/errors';

export class ApiCallError extends Error {
  readonly error: ApiError;
  /** True when the local service could not be reached at all (no answer, not a refusal). */
  readonly network: boolean;

  constructor(error: ApiError, network = false) {
    super(error.message);
    this.name = 'ApiCallError';
    this.error = error;
    this.network = network;
  }

  get code(): ErrorCode {
    return this.error.code;
  }

  get field(): string | undefined {
    return this.error.field;
  }
}

/** A Chinese message for any thrown value, for toasts and error panels. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiCallError) return err.message;
  return '发生了意外错误，请重试';
}
