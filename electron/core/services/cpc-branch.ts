// Party branches: list with counts and committee, create/update, and delete refused while members or meetings remain.
import { and, asc, count, eq, isNull, ne } from 'drizzle-orm';
import { cpcBranch, cpcMeeting, cpcMember, type CpcBranchRow } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import type { ParsedInput } from '../../shared/contract';
import { partyPosts } from '../../shared/register-codes';
import type { CpcBranch, CpcCommitteeSeat } from '../../shared/schemas/cpc-branch';
import type { CallContext, HandlerGroup } from './context';

type Call = Pick<CallContext, 'db'>;

const postOrder = partyPosts.map((p) => p.code as string);

export function findBranch(call: Call, id: number, field?: string): CpcBranchRow {
  const row = call.db.select().from(cpcBranch).where(eq(cpcBranch.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '该党支部不存在或已被删除', field);
  return row;
}

function committeeOf(call: Call, branchId: number): CpcCommitteeSeat[] {
  const seats = call.db
    .select({ memberId: cpcMember.id, name: cpcMember.name, partyPost: cpcMember.partyPost, pinyin: cpcMember.namePinyin })
    .from(cpcMember)
    .where(and(eq(cpcMember.branchId, branchId), isNull(cpcMember.transferredOutOn), ne(cpcMember.partyPost, 'member')))
    .orderBy(asc(cpcMember.namePinyin))
    .all();
  return seats
    .sort((a, b) => postOrder.indexOf(a.partyPost) - postOrder.indexOf(b.partyPost))
    .map(({ memberId, name, partyPost }) => ({ memberId, name, partyPost: partyPost as CpcCommitteeSeat['partyPost'] }));
}

function countOf(call: Call, table: typeof cpcMember | typeof cpcMeeting, where: ReturnType<typeof eq>): number {
  return call.db.select({ n: count() }).from(table).where(where).get()?.n ?? 0;
}

function toBranch(call: Call, row: CpcBranchRow): CpcBranch {
  const current = and(eq(cpcMember.branchId, row.id), isNull(cpcMember.transferredOutOn))!;
  return {
    ...row,
    memberCount: countOf(call, cpcMember, current),
    fullMemberCount: countOf(call, cpcMember, and(current, eq(cpcMember.memberType, 'full'))!),
    meetingCount: countOf(call, cpcMeeting, eq(cpcMeeting.branchId, row.id)),
    committee: committeeOf(call, row.id),
  };
}

function checkDates(data: ParsedInput<'cpcBranch.create'>, call: CallContext): void {
  if (data.foundedOn > call.today) throw new AppError('VALIDATION_FAILED', '成立日期不能晚于今天', 'foundedOn');
}

export const cpcBranchHandlers: HandlerGroup<
  'cpcBranch.list' | 'cpcBranch.get' | 'cpcBranch.create' | 'cpcBranch.update' | 'cpcBranch.delete'
> = {
  'cpcBranch.list': (_input, call) => ({
    items: call.db
      .select()
      .from(cpcBranch)
      .orderBy(asc(cpcBranch.foundedOn), asc(cpcBranch.id))
      .all()
      .map((row) => toBranch(call, row)),
  }),

  'cpcBranch.get': (input, call) => toBranch(call, findBranch(call, input.id)),

  'cpcBranch.create': (input, call) => {
    checkDates(input, call);
    const row = call.db
      .insert(cpcBranch)
      .values({ ...input, createdAt: call.now, updatedAt: call.now })
      .returning()
      .get();
    call.audit({ entity: 'cpcBranch', entityId: row.id, before: null, after: row });
    return toBranch(call, row);
  },

  'cpcBranch.update': (input, call) => {
    const before = findBranch(call, input.id);
    checkDates(input.data, call);
    const row = call.db
      .update(cpcBranch)
      .set({ ...input.data, updatedAt: call.now })
      .where(eq(cpcBranch.id, input.id))
      .returning()
      .get()!; // findBranch above proved the row exists, inside this same transaction
    call.audit({ entity: 'cpcBranch', entityId: row.id, before, after: row });
    return toBranch(call, row);
  },

  'cpcBranch.delete': (input, call) => {
    const before = findBranch(call, input.id);
    const members = countOf(call, cpcMember, eq(cpcMember.branchId, input.id));
    const meetings = countOf(call, cpcMeeting, eq(cpcMeeting.branchId, input.id));
    if (members > 0 || meetings > 0) {
      const held = [members > 0 ? `${members} 名党员` : '', meetings > 0 ? `${meetings} 条会议记录` : ''].filter(Boolean).join('和 ');
      throw new AppError('CONFLICT', `“${before.name}”还登记有 ${held}，不能删除；请先将党员转到其他支部、删除会议记录后再删除`);
    }
    call.db.delete(cpcBranch).where(eq(cpcBranch.id, input.id)).run();
    call.audit({ entity: 'cpcBranch', entityId: input.id, before, after: null });
    return { id: input.id };
  },
};
