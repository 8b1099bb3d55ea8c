// Members (委员) of committees: create/update/delete with the one-director rule and audit rows; listed by committee.get.
import { and, eq, gte, isNull, lte, ne } from 'drizzle-orm';
import { committee, committeeMember, type CommitteeMemberRow } from '../../../drizzle/schema';
import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { CommitteeMember } from '../../shared/schemas/committee-member';
import type { CallContext, HandlerGroup } from './context';

type MemberData = ParsedInput<'committeeMember.update'>['data'];

const toMember = (row: CommitteeMemberRow): CommitteeMember => row;

const roleOrder: Record<string, number> = { director: 0, deputyDirector: 1, member: 2 };

/** All members of a committee: those in office first (主任, 副主任, 委员), then those who left, latest first. */
export function membersOf(call: Pick<CallContext, 'db'>, committeeId: number): CommitteeMember[] {
  const rows = call.db.select().from(committeeMember).where(eq(committeeMember.committeeId, committeeId)).all();
  return rows
    .sort((a, b) => {
      if ((a.leftOn === null) !== (b.leftOn === null)) return a.leftOn === null ? -1 : 1;
      if (a.leftOn !== null && b.leftOn !== null && a.leftOn !== b.leftOn) return a.leftOn < b.leftOn ? 1 : -1;
      const byRole = (roleOrder[a.role] ?? 9) - (roleOrder[b.role] ?? 9);
      if (byRole !== 0) return byRole;
      return a.termStart === b.termStart ? a.id - b.id : a.termStart < b.termStart ? -1 : 1;
    })
    .map(toMember);
}

function findMember(call: CallContext, id: number): CommitteeMemberRow {
  const row = call.db.select().from(committeeMember).where(eq(committeeMember.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '该调委会成员不存在或已被删除');
  return row;
}

/** Leaving is a fact already happened; and a committee has at most one 主任 in office (Art.8): not left, term not ended. */
function checkMember(call: CallContext, committeeId: number, data: MemberData, exceptId?: number): void {
  if (data.leftOn !== null && data.leftOn > call.today) {
    throw new AppError('VALIDATION_FAILED', '离任日期不能晚于今天', 'leftOn');
  }
  if (data.role !== 'director' || data.leftOn !== null || data.termEnd < call.today) return;
  // One 主任 at a time: refused when another 主任 who has not left serves a term overlapping this one
  // (so next term's 主任 can be entered while the current one still serves).
  const director = call.db
    .select({ name: committeeMember.name })
    .from(committeeMember)
    .where(
      and(
        eq(committeeMember.committeeId, committeeId),
        eq(committeeMember.role, 'director'),
        isNull(committeeMember.leftOn),
        gte(committeeMember.termEnd, call.today),
        lte(committeeMember.termStart, data.termEnd),
        gte(committeeMember.termEnd, data.termStart),
        exceptId === undefined ? undefined : ne(committeeMember.id, exceptId),
      ),
    )
    .get();
  if (director) {
    throw new AppError('CONFLICT', `该调委会已有在任主任（${director.name}），请先为其填写离任日期`, 'role');
  }
}

export const committeeMemberHandlers: HandlerGroup<
  'committeeMember.create' | 'committeeMember.update' | 'committeeMember.delete'
> = {
  'committeeMember.create': (input, call) => {
    const { committeeId, ...data } = input;
    const found = call.db.select({ id: committee.id }).from(committee).where(eq(committee.id, committeeId)).get();
    if (!found) throw new AppError('NOT_FOUND', '该调委会不存在或已被删除', 'committeeId');
    checkMember(call, committeeId, data);
    const row = call.db
      .insert(committeeMember)
      .values({ ...input, createdAt: call.now, updatedAt: call.now })
      .returning()
      .get();
    call.audit({ entity: 'committeeMember', entityId: row.id, before: null, after: row });
    return toMember(row);
  },

  'committeeMember.update': (input, call) => {
    const before = findMember(call, input.id);
    checkMember(call, before.committeeId, input.data, input.id);
    const row = call.db
      .update(committeeMember)
      .set({ ...input.data, updatedAt: call.now })
      .where(eq(committeeMember.id, input.id))
      .returning()
      .get()!; // findMember above proved the row exists, inside this same transaction
    call.audit({ entity: 'committeeMember', entityId: row.id, before, after: row });
    return toMember(row);
  },

  'committeeMember.delete': (input, call) => {
    const before = findMember(call, input.id);
    call.db.delete(committeeMember).where(eq(committeeMember.id, input.id)).run();
    call.audit({ entity: 'committeeMember', entityId: input.id, before, after: null });
    return { id: input.id };
  },
};
