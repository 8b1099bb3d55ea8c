// Staff register: paging/sorting/search, and create/update/delete with ID checks and audit rows.
import { and, asc, count, desc, eq, ne, type SQL } from 'drizzle-orm';
import { staff, type StaffRow } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import type { ParsedInput } from '../../shared/contract';
import type { Staff } from '../../shared/schemas/staff';
import { checkIdNumber } from '../../shared/validators/id-number';
import { nameKeys, nameSearch, personalColumns } from '../search-keys';
import type { CallContext, HandlerGroup, Viewer } from './context';
import { syncMemberOfStaff, unlinkMemberOfStaff } from './cpc-member';
import { trainingsOf } from './staff-training';

type StaffData = ParsedInput<'staff.create'>;

function toStaff(row: StaffRow): Staff {
  const { nameInitials: _i, namePinyin: _p, ...rest } = row;
  return rest;
}

const sortColumns = {
  name: staff.namePinyin,
  birthDate: staff.birthDate,
  startDate: staff.startDate,
  post: staff.post,
  createdAt: staff.createdAt,
} as const;

function searchCondition(q: string, viewer: Viewer): SQL | undefined {
  const keys = { name: staff.name, initials: staff.nameInitials, pinyin: staff.namePinyin };
  return nameSearch(q, keys, ...personalColumns(viewer, staff.idNumber));
}

/** Derives birth date and gender from the ID number and checks what needs today's date. */
function toRow(data: StaffData, call: CallContext) {
  const check = checkIdNumber(data.idNumber, call.today);
  if (!check.ok) throw new AppError('VALIDATION_FAILED', check.reason, 'idNumber');
  if (data.startDate !== null && data.startDate > call.today) {
    throw new AppError('VALIDATION_FAILED', '到所工作时间不能晚于今天', 'startDate');
  }
  const keys = nameKeys(data.name);
  return {
    ...data,
    idNumber: check.info.idNumber,
    birthDate: check.info.birthDate,
    gender: check.info.gender,
    nameInitials: keys.initials,
    namePinyin: keys.pinyin,
  };
}

function findById(call: CallContext, id: number): StaffRow {
  const row = call.db.select().from(staff).where(eq(staff.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '该工作人员不存在或已被删除');
  return row;
}

function assertUniqueIdNumber(call: CallContext, idNumber: string, exceptId?: number): void {
  const clash = call.db
    .select({ id: staff.id, name: staff.name })
    .from(staff)
    .where(exceptId === undefined ? eq(staff.idNumber, idNumber) : and(eq(staff.idNumber, idNumber), ne(staff.id, exceptId)))
    .get();
  if (clash) throw new AppError('CONFLICT', `该身份证号码已登记（${clash.name}）`, 'idNumber');
}

export const staffHandlers: HandlerGroup<'staff.list' | 'staff.get' | 'staff.create' | 'staff.update' | 'staff.delete'> = {
  'staff.list': (input, { db, viewer }) => {
    const where = searchCondition(input.q, viewer);
    const direction = input.order === 'desc' ? desc : asc;
    const items = db
      .select()
      .from(staff)
      .where(where)
      .orderBy(direction(sortColumns[input.sort]), direction(staff.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all();
    const total = db.select({ n: count() }).from(staff).where(where).get()?.n ?? 0;
    return { items: items.map(toStaff), total, page: input.page, pageSize: input.pageSize };
  },

  'staff.get': (input, call) => toStaff(findById(call, input.id)),

  'staff.create': (input, call) => {
    const values = toRow(input, call);
    assertUniqueIdNumber(call, values.idNumber);
    const row = call.db
      .insert(staff)
      .values({ ...values, createdAt: call.now, updatedAt: call.now })
      .returning()
      .get();
    const after = toStaff(row);
    call.audit({ entity: 'staff', entityId: row.id, before: null, after });
    return after;
  },

  'staff.update': (input, call) => {
    const before = toStaff(findById(call, input.id));
    const values = toRow(input.data, call);
    assertUniqueIdNumber(call, values.idNumber, input.id);
    const row = call.db
      .update(staff)
      .set({ ...values, updatedAt: call.now })
      .where(eq(staff.id, input.id))
      .returning()
      .get()!; // findById above proved the row exists, inside this same transaction
    const after = toStaff(row);
    call.audit({ entity: 'staff', entityId: row.id, before, after });
    syncMemberOfStaff(call, row);
    return after;
  },

  'staff.delete': (input, call) => {
    // The person's training records go with them (ON DELETE CASCADE); the audit row keeps them too.
    const before = { ...toStaff(findById(call, input.id)), trainings: trainingsOf(call, input.id) };
    unlinkMemberOfStaff(call, input.id);
    call.db.delete(staff).where(eq(staff.id, input.id)).run();
    call.audit({ entity: 'staff', entityId: input.id, before, after: null });
    return { id: input.id };
  },
};
