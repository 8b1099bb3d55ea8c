// 三会一课 meetings: paged list by date with branch/kind/year filters, and create/update/delete with audit rows.
import { and, asc, count, desc, eq, getTableColumns, like, or, type SQL } from 'drizzle-orm';
import { cpcBranch, cpcMeeting, type CpcMeetingRow } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import type { ParsedInput } from '../../shared/contract';
import type { CpcAbsentee, CpcMeeting } from '../../shared/schemas/cpc-meeting';
import { likeContains, likeEscaped } from '../search-keys';
import { removeAttachmentsOf } from './attachment';
import { findBranch } from './cpc-branch';
import type { CallContext, HandlerGroup } from './context';

type Call = Pick<CallContext, 'db'>;

function selectMeeting(call: Call) {
  return call.db
    .select({ ...getTableColumns(cpcMeeting), branchName: cpcBranch.name })
    .from(cpcMeeting)
    .innerJoin(cpcBranch, eq(cpcBranch.id, cpcMeeting.branchId));
}

/** The stored JSON text back to the list of absentees (a damaged cell reads as none rather than failing the page). */
export function parseAbsentees(text: string): CpcAbsentee[] {
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value
      .filter((a): a is CpcAbsentee => typeof a === 'object' && a !== null && typeof a.name === 'string' && typeof a.reason === 'string')
      .map(({ name, reason }) => ({ name, reason }));
  } catch {
    return [];
  }
}

const toMeeting = (row: CpcMeetingRow & { branchName: string }): CpcMeeting => ({
  ...row,
  kind: row.kind as CpcMeeting['kind'],
  absentees: parseAbsentees(row.absentees),
});

export function findMeeting(call: Call, id: number): CpcMeeting {
  const row = selectMeeting(call).where(eq(cpcMeeting.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '该会议记录不存在或已被删除');
  return toMeeting(row);
}

function toRow(data: ParsedInput<'cpcMeeting.create'>, call: CallContext) {
  const branch = findBranch(call, data.branchId, 'branchId');
  if (data.heldOn > call.today) throw new AppError('VALIDATION_FAILED', '会议日期不能晚于今天', 'heldOn');
  if (data.heldOn < branch.foundedOn) {
    throw new AppError('VALIDATION_FAILED', `会议日期不能早于支部成立日期（${branch.foundedOn}）`, 'heldOn');
  }
  return { ...data, absentees: JSON.stringify(data.absentees) };
}

const sortColumns = { heldOn: cpcMeeting.heldOn, kind: cpcMeeting.kind, createdAt: cpcMeeting.createdAt } as const;

function listCondition(input: ParsedInput<'cpcMeeting.list'>): SQL | undefined {
  const q = input.q === '' ? undefined : likeContains(input.q);
  return and(
    q === undefined
      ? undefined
      : or(likeEscaped(cpcMeeting.topics, q), likeEscaped(cpcMeeting.host, q), likeEscaped(cpcMeeting.place, q)),
    input.branchId === undefined ? undefined : eq(cpcMeeting.branchId, input.branchId),
    input.kind === undefined ? undefined : eq(cpcMeeting.kind, input.kind),
    input.year === undefined ? undefined : like(cpcMeeting.heldOn, `${input.year}-%`),
  );
}

export const cpcMeetingHandlers: HandlerGroup<
  'cpcMeeting.list' | 'cpcMeeting.get' | 'cpcMeeting.create' | 'cpcMeeting.update' | 'cpcMeeting.delete'
> = {
  'cpcMeeting.list': (input, call) => {
    const where = listCondition(input);
    const direction = input.order === 'desc' ? desc : asc;
    const items = selectMeeting(call)
      .where(where)
      .orderBy(direction(sortColumns[input.sort]), direction(cpcMeeting.heldOn), direction(cpcMeeting.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all();
    const total = call.db.select({ n: count() }).from(cpcMeeting).where(where).get()?.n ?? 0;
    return { items: items.map(toMeeting), total, page: input.page, pageSize: input.pageSize };
  },

  'cpcMeeting.get': (input, call) => findMeeting(call, input.id),

  'cpcMeeting.create': (input, call) => {
    const { id } = call.db
      .insert(cpcMeeting)
      .values({ ...toRow(input, call), createdAt: call.now, updatedAt: call.now })
      .returning({ id: cpcMeeting.id })
      .get();
    const after = findMeeting(call, id);
    call.audit({ entity: 'cpcMeeting', entityId: id, before: null, after });
    return after;
  },

  'cpcMeeting.update': (input, call) => {
    const before = findMeeting(call, input.id);
    call.db
      .update(cpcMeeting)
      .set({ ...toRow(input.data, call), updatedAt: call.now })
      .where(eq(cpcMeeting.id, input.id))
      .run();
    const after = findMeeting(call, input.id);
    call.audit({ entity: 'cpcMeeting', entityId: input.id, before, after });
    return after;
  },

  'cpcMeeting.delete': (input, call) => {
    const before = findMeeting(call, input.id);
    removeAttachmentsOf(call, 'cpcMeeting', input.id);
    call.db.delete(cpcMeeting).where(eq(cpcMeeting.id, input.id)).run();
    call.audit({ entity: 'cpcMeeting', entityId: input.id, before, after: null });
    return { id: input.id };
  },
};
