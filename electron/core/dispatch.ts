// One dispatcher for every transport: check the session and role, validate input, run the handler in a transaction, validate and mask output.
import type { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../shared/contract';
import { permissionOf, roleMay } from '../shared/access';
import { AppError, type ApiError, type Result } from '../shared/errors';
import type { Role } from '../shared/schemas/auth';
import { shanghaiDate } from '../shared/validators/date';
import { createAuditWriter } from './audit';
import { anonymousViewer, idleLockMinutes, messages, sessionAccount, trustedViewer, userViewer } from './auth/accounts';
import { maskForViewer } from './auth/mask-output';
import type { ParsedInput } from '../shared/contract';
import type { AsyncCallContext, CallContext, Handler, Viewer } from './services/context';
import type { Services } from './services';

type Log = (message: string, cause: unknown) => void;
/** The services, or a getter of the current ones (an in-app restore replaces the database handle and rebuilds them). */
export type ServicesRef = Services | (() => Services);

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

const current = (ref: ServicesRef): (() => Services) => (typeof ref === 'function' ? ref : () => ref);

type Transaction = <T>(method: string, mutates: boolean, at: Date, viewer: Viewer, work: (call: CallContext) => T) => T;

/** Runs `work` in one transaction with a fresh call context (its audit writer naming the viewer, after-commit tasks). */
function transactionRunner(services: () => Services, log: Log): Transaction {
  return function transaction(method, mutates, at, viewer, work) {
    const { handle, dataDir, appVersion } = services().deps;
    const now = at.toISOString();
    const audit = createAuditWriter(handle.db, { at: now, actor: viewer.actor, method });
    const pending: (() => void)[] = [];
    const call: CallContext = {
      db: handle.db,
      now,
      today: shanghaiDate(at),
      audit,
      dataDir,
      actor: viewer.actor,
      viewer,
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
function asyncContext(transaction: Transaction, services: () => Services, method: string, at: Date, viewer: Viewer): AsyncCallContext {
  const { dataDir, appVersion } = services().deps;
  return {
    now: at.toISOString(),
    today: shanghaiDate(at),
    dataDir,
    actor: viewer.actor,
    viewer,
    appVersion,
    read: (work) => transaction(method, false, at, viewer, work),
    write: (work) => transaction(method, true, at, viewer, work),
  };
}

/**
 * For trusted in-process callers (the CLI, benchmarks) that work on files too big for a transport: `work`
 * gets the same context an async handler gets, its writes audited under `label`.
 */
export function createAsyncRunner(ref: ServicesRef, log: Log = defaultLog) {
  const services = current(ref);
  const transaction = transactionRunner(services, log);
  return <T>(label: string, work: (call: AsyncCallContext) => Promise<T>): Promise<T> => {
    const { deps } = services();
    return work(asyncContext(transaction, services, label, deps.clock(), trustedViewer(deps.actor)));
  };
}

export type DispatchFn = (method: string, input: unknown) => Promise<Result<unknown>>;
export type DispatchAsFn = (sessionKey: string, method: string, input: unknown) => Promise<Result<unknown>>;

const idOf = (input: unknown): number | string | null => {
  const id = (input as { id?: unknown } | null)?.id;
  return typeof id === 'number' || typeof id === 'string' ? id : null;
};

/**
 * `dispatch` is trusted (in-process: acts as the configured actor with every right, outputs unmasked);
 * `dispatchAs` is what transports use: the session's user, their role, masked outputs, audited reveals.
 */
export function createDispatchers(ref: ServicesRef, log: Log = defaultLog): { dispatch: DispatchFn; dispatchAs: DispatchAsFn } {
  const services = current(ref);
  const transaction = transactionRunner(services, log);

  function checkedOutput(method: MethodName, value: unknown): unknown {
    const checked = contract[method].output.safeParse(value);
    if (!checked.success) {
      const first = checked.error.issues[0];
      throw new Error(`output of ${method} broke the contract at ${first?.path.join('.')}: ${first?.message}`);
    }
    return checked.data;
  }

  /** The viewer's copy of the output; a reveal of full sensitive values is audited through `audit`. */
  function masked(method: MethodName, input: unknown, value: unknown, viewer: Viewer, audit: (work: (call: CallContext) => void) => void): unknown {
    const result = maskForViewer(method, value, viewer);
    if (result.revealed.length > 0) {
      audit((call) => call.audit({ entity: 'reveal', entityId: idOf(input), before: null, after: { method, fields: result.revealed } }));
    }
    return result.value;
  }

  async function run<M extends MethodName>(method: M, input: unknown, viewer: Viewer, mask: boolean, at: Date): Promise<Result<unknown>> {
    const spec = contract[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) return fail(validationError(parsed.error));
    const data = parsed.data as ParsedInput<M>;
    const handler = services().handlers[method] as Handler<M>;
    if (typeof handler === 'function') {
      // Output is checked (and masked, its reveal audited) inside the transaction: a breach rolls the change back.
      const value = transaction(method, spec.mutates, at, viewer, (call) => {
        const output = checkedOutput(method, handler(data, call));
        return mask ? masked(method, data, output, viewer, (work) => work(call)) : output;
      });
      return { ok: true, value };
    }
    const output = checkedOutput(method, await handler.async(data, asyncContext(transaction, services, method, at, viewer)));
    const value = mask ? masked(method, data, output, viewer, (work) => transaction(method, true, at, viewer, work)) : output;
    return { ok: true, value };
  }

  /** Steps 2–5 of a transport's call: who the session's user is, and whether they may call `method` now. */
  function admit(sessionKey: string, method: MethodName, at: Date): Viewer | ApiError {
    const { handle, sessions } = services().deps;
    const state = sessions.state(sessionKey, at, idleLockMinutes(handle.db));
    const row = state.kind === 'none' ? undefined : sessionAccount(handle.db, state.session);
    if (state.kind !== 'none' && !row) sessions.end(sessionKey);
    if (permissionOf(method) === 'public') return row ? userViewer(row, sessionKey) : anonymousViewer(sessionKey);
    if (!row) return { code: 'UNAUTHORIZED', message: messages.loginFirst };
    if (state.kind === 'locked') return { code: 'LOCKED', message: messages.idleLocked };
    if (!roleMay(row.role as Role, method)) return { code: 'FORBIDDEN', message: messages.forbidden(row.role as Role) };
    sessions.touch(sessionKey, at);
    return userViewer(row, sessionKey);
  }

  async function guarded(method: string, work: (method: MethodName) => Promise<Result<unknown>>): Promise<Result<unknown>> {
    if (!isMethodName(method)) {
      return fail({ code: 'UNKNOWN_METHOD', message: `未知的接口方法：${String(method).slice(0, 60)}` });
    }
    try {
      return await work(method);
    } catch (cause) {
      if (cause instanceof AppError) return fail(cause.toJSON());
      log(`[ledger] ${method} failed`, cause);
      return fail({ code: 'INTERNAL', message: '内部错误，操作未完成，数据未作改动。' });
    }
  }

  return {
    dispatch: (method, input) =>
      guarded(method, (m) => {
        const { deps } = services();
        return run(m, input, trustedViewer(deps.actor), false, deps.clock());
      }),
    dispatchAs: (sessionKey, method, input) =>
      guarded(method, (m) => {
        const at = services().deps.clock();
        const viewer = admit(sessionKey, m, at);
        return 'code' in viewer ? Promise.resolve(fail(viewer)) : run(m, input, viewer, true, at);
      }),
  };
}

/** The trusted dispatcher alone (tests and tools that build their own services). */
export function createDispatcher(ref: ServicesRef, log: Log = defaultLog): DispatchFn {
  return createDispatchers(ref, log).dispatch;
}

function defaultLog(message: string, cause: unknown): void {
  console.error(message, cause);
}
