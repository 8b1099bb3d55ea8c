// Investigation rounds (矛盾纠纷排查): list/get and create/update/delete with the date and one-routine-round rules.
import { and, eq, isNotNull, lt, ne } from 'drizzle-orm';
import { investigation, investigationFinding } from '../../../drizzle/schema';
import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { periodLabel } from '../../shared/investigation-period';
import type { Investigation } from '../../shared/schemas/investigation';
import { removeAttachmentsOf } from './attachment';
import type { CallContext, HandlerGroup } from './context';
import { assertNoLinkedCase, findingHandlers } from './investigation-finding';
import { findingsOf, findRound, listInvestigations, roundDetail } from './investigation-query';

type RoundData = ParsedInput<'investigation.create'>;

function assertDates(call: CallContext, data: RoundData): void {
  if (data.conductedOn > call.today) throw new AppError('VALIDATION_FAILED', '排查日期不能晚于今天', 'conductedOn');
  if (data.reportedOn !== null && data.reportedOn > call.today) {
    throw new AppError('VALIDATION_FAILED', '上报日期不能晚于今天', 'reportedOn');
  }
}

/** One 日常排查 per level and period; 专项 and 重点时段 rounds may be added freely. */
function assertOneRoutineRound(call: CallContext, data: RoundData, exceptId?: number): void {
  if (data.kind !== 'routine') return;
  const clash = call.db
    .select({ conductedOn: investigation.conductedOn })
    .from(investigation)
    .where(
      and(
        eq(investigation.level, data.level),
        eq(investigation.period, data.period),
        eq(investigation.kind, 'routine'),
        exceptId === undefined ? undefined : ne(investigation.id, exceptId),
      ),
    )
    .get();
  if (clash) {
    throw new AppError(
      'CONFLICT',
      `${periodLabel(data.period)}已登记日常排查（排查日期 ${clash.conductedOn}），同一期间只登记一次；专项或重点时段排查可另行登记`,
      'period',
    );
  }
}

/** A round cannot move after the day one of its disputes was resolved. */
function assertNotAfterResolutions(call: CallContext, id: number, conductedOn: string): void {
  const earlier = call.db
    .select({ resolvedOn: investigationFinding.resolvedOn })
    .from(investigationFinding)
    .where(
      and(
        eq(investigationFinding.investigationId, id),
        isNotNull(investigationFinding.resolvedOn),
        lt(investigationFinding.resolvedOn, conductedOn),
      ),
    )
    .get();
  if (earlier) {
    throw new AppError(
      'VALIDATION_FAILED',
      `本次排查发现的纠纷已于 ${earlier.resolvedOn} 化解，排查日期不能晚于该日期`,
      'conductedOn',
    );
  }
}

const toRound = (row: typeof investigation.$inferSelect): Investigation => row;

const roundHandlers: HandlerGroup<
  'investigation.list' | 'investigation.get' | 'investigation.create' | 'investigation.update' | 'investigation.delete'
> = {
  'investigation.list': listInvestigations,

  'investigation.get': (input, call) => roundDetail(call, input.id),

  'investigation.create': (input, call) => {
    assertDates(call, input);
    assertOneRoutineRound(call, input);
    const row = call.db
      .insert(investigation)
      .values({ ...input, createdAt: call.now, updatedAt: call.now })
      .returning()
      .get();
    call.audit({ entity: 'investigation', entityId: row.id, before: null, after: row });
    return toRound(row);
  },

  'investigation.update': (input, call) => {
    const before = findRound(call, input.id);
    assertDates(call, input.data);
    assertOneRoutineRound(call, input.data, input.id);
    assertNotAfterResolutions(call, input.id, input.data.conductedOn);
    const row = call.db
      .update(investigation)
      .set({ ...input.data, updatedAt: call.now })
      .where(eq(investigation.id, input.id))
      .returning()
      .get()!; // findRound above proved the row exists, inside this same transaction
    call.audit({ entity: 'investigation', entityId: row.id, before, after: row });
    return toRound(row);
  },

  'investigation.delete': (input, call) => {
    // The round's findings go with it (ON DELETE CASCADE); the audit row keeps them.
    const before = { ...findRound(call, input.id), findings: findingsOf(call, input.id) };
    assertNoLinkedCase(call, eq(investigationFinding.investigationId, input.id), '本次排查发现的纠纷');
    removeAttachmentsOf(call, 'investigation', input.id);
    call.db.delete(investigation).where(eq(investigation.id, input.id)).run();
    call.audit({ entity: 'investigation', entityId: input.id, before, after: null });
    return { id: input.id };
  },
};

export const investigationHandlers = { ...roundHandlers, ...findingHandlers };
