// One dispatcher for every transport: validate input, run the handler in a transaction, validate output, wrap the result.
import type { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../shared/contract';
import { AppError, type ApiError, type Result } from '../shared/errors';
import { shanghaiDate } from '../shared/validators/date';
import { createAuditWriter } from './audit';
import type { ParsedInput } from '../shared/contract';
import type { AsyncCallContext, CallContext, Handler } from './services/context';
import type { Services } from './services';

export function validationError(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  const message = issue?.message ?? '输入不正确';
  return field === undefined
    ? { code: 'VALIDATION_FAILED', message }
    : { code: 'VALIDATION_FAILED', message, field };
}

function fail(error: ApiError): Result<never> {
  return { ok: false, error };
}

/** Runs `work` in one transaction with a fresh call context (its audit writer, after-commit tasks). */
function transactionRunner(services: Services, log: (message: string, cause: unknown) => void) {
  const { handle, actor, dataDir, appVersion } = services.deps;
  return function transaction<T>(method: string, mutates: boolean, at: Date, work: (call: CallContext) => T): T {
    const now = at.toISOString();
    const audit = createAuditWriter(handle.db, { at: now, actor, method });
    const pending: (() => void)[] = [];
    const call: CallContext = {
      db: handle.db,
      now,
      today: shanghaiDate(at),
      audit,
      dataDir,
      actor,
      appVersion,
      afterCommit: (task) => void pending.push(task),
    };
    const body = () => {
      const value = work(call);
      if (mutates && audit.count() === 0) throw new Error(`mutation ${method} wrote no audit row`);
      return value;
    };
    const tx = handle.sqlite.transaction(body);
    const value = mutates ? tx.immediate() : tx.deferred();
    for (const task of pending) {
      try {
        task();
      } catch (cause) {
        log(`[ledger] ${method}: after-commit task failed`, cause);
      }
    }
    return value;
  };
}

/** The context of an async handler: short transactions through `read` and `write`. */
function asyncContext(transaction: ReturnType<typeof transactionRunner>, services: Services, method: string, at: Date): AsyncCallContext {
  const { actor, dataDir, appVersion } = services.deps;
  return {
    now: at.toISOString(),
    today: shanghaiDate(at),
    dataDir,
    actor,
    appVersion,
    read: (work) => transaction(method, false, at, work),
    write: (work) => transaction(method, true, at, work),
  };
}

/**
 * For trusted in-process callers (the CLI, benchmarks) that work on files too big for a transport: `work`
 * gets the same context an async handler gets, its writes audited under `label`.
 */
export function createAsyncRunner(services: Services, log: (message: string, cause: unknown) => void = defaultLog) {
  const transaction = transactionRunner(services, log);
  return <T>(label: string, work: (call: AsyncCallContext) => Promise<T>): Promise<T> =>
    work(asyncContext(transaction, services, label, services.deps.clock()));
}

export function createDispatcher(services: Services, log: (message: string, cause: unknown) => void = defaultLog) {
  const { clock } = services.deps;
  const transaction = transactionRunner(services, log);

  function checkedOutput(method: MethodName, value: unknown): unknown {
    const checked = contract[method].output.safeParse(value);
    if (!checked.success) {
      const first = checked.error.issues[0];
      throw new Error(`output of ${method} broke the contract at ${first?.path.join('.')}: ${first?.message}`);
    }
    return checked.data;
  }

  async function run<M extends MethodName>(method: M, input: unknown): Promise<Result<unknown>> {
    const spec = contract[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) return fail(validationError(parsed.error));
    const data = parsed.data as ParsedInput<M>;
    const at = clock();
    const handler = services.handlers[method] as Handler<M>;
    if (typeof handler === 'function') {
      // Output is checked inside the transaction, so a contract breach rolls the change back.
      const value = transaction(method, spec.mutates, at, (call) => checkedOutput(method, handler(data, call)));
      return { ok: true, value };
    }
    const value = checkedOutput(method, await handler.async(data, asyncContext(transaction, services, method, at)));
    return { ok: true, value };
  }

  return async function dispatch(method: string, input: unknown): Promise<Result<unknown>> {
    if (!isMethodName(method)) {
      return fail({ code: 'UNKNOWN_METHOD', message: `未知的接口方法：${String(method).slice(0, 60)}` });
    }
    try {
      return await run(method, input);
    } catch (cause) {
      if (cause instanceof AppError) return fail(cause.toJSON());
      log(`[ledger] ${method} failed`, cause);
      return fail({ code: 'INTERNAL', message: '内部错误，操作未完成，数据未作改动。' });
    }
  };
}

function defaultLog(message: string, cause: unknown): void {
  console.error(message, cause);
}
