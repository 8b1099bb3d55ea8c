// Party members: paged search (pinyin initials too), filters, and create/update/delete tied to the staff register.
import { and, asc, count, desc, eq, getTableColumns, isNotNull, isNull, ne, type SQL } from 'drizzle-orm';
import { cpcBranch, cpcMember, staff, type CpcMemberRow, type StaffRow } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import type { ParsedInput } from '../../shared/contract';
import type { CpcMember } from '../../shared/schemas/cpc-member';
import { cpcMemberDateIssues } from '../../shared/schemas/cpc-member-rules';
import { checkIdNumber } from '../../shared/validators/id-number';
import { nameKeys, nameSearch, personalColumns } from '../search-keys';
import { findBranch } from './cpc-branch';
import type { CallContext, HandlerGroup, Viewer } from './context';

type MemberData = ParsedInput<'cpcMember.create'>;

const { nameInitials: _i, namePinyin: _p, ...memberColumns } = getTableColumns(cpcMember);

function selectMember(call: Pick<CallContext, 'db'>) {
  return call.db
    .select({ ...memberColumns, branchName: cpcBranch.name })
    .from(cpcMember)
    .innerJoin(cpcBranch, eq(cpcBranch.id, cpcMember.branchId));
}

type MemberRow = Omit<CpcMemberRow, 'nameInitials' | 'namePinyin'> & { branchName: string };

/** partyPost is stored as text; only the contract's codes are ever written. */
const toMember = (row: MemberRow): CpcMember => ({ ...row, partyPost: row.partyPost as CpcMember['partyPost'] });

const sortColumns = {
  name: cpcMember.namePinyin,
  joinedOn: cpcMember.joinedOn,
  birthDate: cpcMember.birthDate,
  createdAt: cpcMember.createdAt,
} as const;

export function findMember(call: Pick<CallContext, 'db'>, id: number): CpcMember {
  const row = selectMember(call).where(eq(cpcMember.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '该党员不存在或已被删除');
  return toMember(row);
}

/** The person's own data: from the linked staff record, else from the ID number, else as typed. */
function personOf(data: MemberData, call: CallContext) {
  if (data.staffId !== null) {
    const person = call.db.select().from(staff).where(eq(staff.id, data.staffId)).get();
    if (!person) throw new AppError('NOT_FOUND', '所选工作人员不存在或已被删除', 'staffId');
    const { name, gender, birthDate, ethnicity, education, idNumber } = person;
    return { name, gender, birthDate, ethnicity, education, idNumber };
  }
  if (data.idNumber !== null) {
    const check = checkIdNumber(data.idNumber, call.today);
    if (!check.ok) throw new AppError('VALIDATION_FAILED', check.reason, 'idNumber');
    const { gender, birthDate, idNumber } = check.info;
    return { name: data.name, gender, birthDate, ethnicity: data.ethnicity, education: data.education, idNumber };
  }
  // The schema proved both present when there is neither a staff link nor an ID number.
  const { name, gender, birthDate, ethnicity, education } = data;
  return { name, gender: gender!, birthDate: birthDate!, ethnicity, education, idNumber: null };
}

function toRow(data: MemberData, call: CallContext) {
  findBranch(call, data.branchId, 'branchId');
  const person = personOf(data, call);
  const issue = cpcMemberDateIssues({ ...data, birthDate: person.birthDate }, call.today)[0];
  if (issue) throw new AppError('VALIDATION_FAILED', issue.message, issue.field);
  const keys = nameKeys(person.name);
  return { ...data, ...person, nameInitials: keys.initials, namePinyin: keys.pinyin };
}

function assertUnique(call: CallContext, values: { idNumber: string | null; staffId: number | null }, exceptId?: number): void {
  const others = (where: SQL) => (exceptId === undefined ? where : and(where, ne(cpcMember.id, exceptId)));
  if (values.staffId !== null) {
    const clash = call.db.select({ name: cpcMember.name }).from(cpcMember).where(others(eq(cpcMember.staffId, values.staffId))).get();
    if (clash) throw new AppError('CONFLICT', `该工作人员已登记为党员（${clash.name}），每人只能登记一次`, 'staffId');
  }
  if (values.idNumber !== null) {
    const clash = call.db.select({ name: cpcMember.name }).from(cpcMember).where(others(eq(cpcMember.idNumber, values.idNumber))).get();
    if (clash) throw new AppError('CONFLICT', `该身份证号码已登记为党员（${clash.name}）`, 'idNumber');
  }
}

/**
 * A staff person's record changed: the Party member linked to them takes the new person data (name, ID number …),
 * audited as a change of the member. Called by staff.update inside its transaction.
 */
export function syncMemberOfStaff(call: CallContext, person: StaffRow): void {
  const linked = call.db.select({ id: cpcMember.id }).from(cpcMember).where(eq(cpcMember.staffId, person.id)).get();
  if (!linked) return;
  const before = findMember(call, linked.id);
  const { name, gender, birthDate, ethnicity, education, idNumber } = person;
  assertUnique(call, { idNumber, staffId: person.id }, linked.id);
  const keys = nameKeys(name);
  call.db
    .update(cpcMember)
    .set({ name, gender, birthDate, ethnicity, education, idNumber, nameInitials: keys.initials, namePinyin: keys.pinyin, updatedAt: call.now })
    .where(eq(cpcMember.id, linked.id))
    .run();
  call.audit({ entity: 'cpcMember', entityId: linked.id, before, after: findMember(call, linked.id) });
}

/** A staff person is about to be deleted: the linked Party member stays, unlinked, and the audit log says so. */
export function unlinkMemberOfStaff(call: CallContext, staffId: number): void {
  const linked = call.db.select({ id: cpcMember.id }).from(cpcMember).where(eq(cpcMember.staffId, staffId)).get();
  if (!linked) return;
  const before = findMember(call, linked.id);
  call.db.update(cpcMember).set({ staffId: null, updatedAt: call.now }).where(eq(cpcMember.id, linked.id)).run();
  call.audit({ entity: 'cpcMember', entityId: linked.id, before, after: findMember(call, linked.id) });
}

function listCondition(input: ParsedInput<'cpcMember.list'>, viewer: Viewer): SQL | undefined {
  return and(
    nameSearch(
      input.q,
      { name: cpcMember.name, initials: cpcMember.nameInitials, pinyin: cpcMember.namePinyin },
      ...personalColumns(viewer, cpcMember.idNumber),
    ),
    input.branchId === undefined ? undefined : eq(cpcMember.branchId, input.branchId),
    input.memberType === undefined ? undefined : eq(cpcMember.memberType, input.memberType),
    input.active === undefined ? undefined : input.active ? isNull(cpcMember.transferredOutOn) : isNotNull(cpcMember.transferredOutOn),
  );
}

export const cpcMemberHandlers: HandlerGroup<
  'cpcMember.list' | 'cpcMember.get' | 'cpcMember.create' | 'cpcMember.update' | 'cpcMember.delete'
> = {
  'cpcMember.list': (input, call) => {
    const where = listCondition(input, call.viewer);
    const direction = input.order === 'desc' ? desc : asc;
    const items = selectMember(call)
      .where(where)
      .orderBy(direction(sortColumns[input.sort]), direction(cpcMember.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all();
    const total = call.db.select({ n: count() }).from(cpcMember).where(where).get()?.n ?? 0;
    return { items: items.map(toMember), total, page: input.page, pageSize: input.pageSize };
  },

  'cpcMember.get': (input, call) => findMember(call, input.id),

  'cpcMember.create': (input, call) => {
    const values = toRow(input, call);
    assertUnique(call, values);
    const { id } = call.db
      .insert(cpcMember)
      .values({ ...values, createdAt: call.now, updatedAt: call.now })
      .returning({ id: cpcMember.id })
      .get();
    const after = findMember(call, id);
    call.audit({ entity: 'cpcMember', entityId: id, before: null, after });
    return after;
  },

  'cpcMember.update': (input, call) => {
    const before = findMember(call, input.id);
    const values = toRow(input.data, call);
    assertUnique(call, values, input.id);
    call.db
      .update(cpcMember)
      .set({ ...values, updatedAt: call.now })
      .where(eq(cpcMember.id, input.id))
      .run();
    const after = findMember(call, input.id);
    call.audit({ entity: 'cpcMember', entityId: input.id, before, after });
    return after;
  },

  'cpcMember.delete': (input, call) => {
    const before = findMember(call, input.id);
    call.db.delete(cpcMember).where(eq(cpcMember.id, input.id)).run();
    call.audit({ entity: 'cpcMember', entityId: input.id, before, after: null });
    return { id: input.id };
  },
};
