// Demo calls made at chosen past instants: a second core on the same database file whose clock the demo sets per call.
import { openCore } from '.';
import type { MethodName } from '../shared/contract';
import type { DemoCall } from './demo-kit';
import { sourceMigrationsFolder } from './resources';

/**
 * Why a second core: a case's 录入 time (enteredAt) is the instant its conclusion was recorded, so a realistic
 * office — most cases entered the day they ended, a few entered after the monthly deadline — needs calls made
 * at past instants. The demo's own core runs on the real clock; this one shares its file and audit chain
 * (calls are sequential, each in its own IMMEDIATE transaction) and runs every call at the instant asked for.
 */
export interface ClockedCalls {
  /** The instant of the demo's latest call: the present, as the demo's core sees it. */
  readonly now: Date;
  /** A call run at `at` (never later than `now`). */
  at(at: Date): DemoCall;
  close(): void;
}

export async function openClockedCalls(call: DemoCall): Promise<ClockedCalls> {
  const { dbPath, version } = await call('app.info', {});
  const latest = (await call('audit.list', { pageSize: 1, sort: 'id', order: 'desc' })).items[0];
  if (latest === undefined) throw new Error('demo cases need the registers written first');
  const now = new Date(latest.at);
  let instant = now;
  const core = openCore({ dbPath, migrationsFolder: sourceMigrationsFolder, actor: latest.actor, appVersion: version, clock: () => instant });
  const at = (when: Date): DemoCall => {
    return async (method, input) => {
      instant = when > now ? now : when;
      const result = await core.dispatch(method, input);
      if (!result.ok) {
        const field = result.error.field ? `（字段 ${result.error.field}）` : '';
        throw new Error(`${method as MethodName} 失败：${result.error.message}${field}`);
      }
      return result.value as never;
    };
  };
  return { now, at, close: () => core.close() };
}
