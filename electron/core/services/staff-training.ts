// Training records of staff members: list per person, create/update/delete with audit rows.
import { desc, eq } from 'drizzle-orm';
import { staff, staffTraining, type StaffTrainingRow } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import type { StaffTraining } from '../../shared/schemas/staff-training';
import type { CallContext, HandlerGroup } from './context';

const toTraining = (row: StaffTrainingRow): StaffTraining => row;

function assertStaffExists(call: CallContext, staffId: number): void {
  const found = call.db.select({ id: staff.id }).from(staff).where(eq(staff.id, staffId)).get();
  if (!found) throw new AppError('NOT_FOUND', '该工作人员不存在或已被删除', 'staffId');
}

function findTraining(call: CallContext, id: number): StaffTrainingRow {
  const row = call.db.select().from(staffTraining).where(eq(staffTraining.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '该培训记录不存在或已被删除');
  return row;
}

function assertNotFuture(call: CallContext, startDate: string): void {
  if (startDate > call.today) throw new AppError('VALIDATION_FAILED', '开始日期不能晚于今天', 'startDate');
}

/** All training records of one person, newest first. */
export function trainingsOf(call: Pick<CallContext, 'db'>, staffId: number): StaffTraining[] {
  return call.db
    .select()
    .from(staffTraining)
    .where(eq(staffTraining.staffId, staffId))
    .orderBy(desc(staffTraining.startDate), desc(staffTraining.id))
    .all()
    .map(toTraining);
}

export const staffTrainingHandlers: HandlerGroup<
  'staffTraining.list' | 'staffTraining.create' | 'staffTraining.update' | 'staffTraining.delete'
> = {
  'staffTraining.list': (input, call) => {
    assertStaffExists(call, input.staffId);
    return { items: trainingsOf(call, input.staffId) };
  },

  'staffTraining.create': (input, call) => {
    assertStaffExists(call, input.staffId);
    assertNotFuture(call, input.startDate);
    const row = call.db
      .insert(staffTraining)
      .values({ ...input, createdAt: call.now, updatedAt: call.now })
      .returning()
      .get();
    call.audit({ entity: 'staffTraining', entityId: row.id, before: null, after: row });
    return toTraining(row);
  },

  'staffTraining.update': (input, call) => {
    const before = findTraining(call, input.id);
    assertNotFuture(call, input.data.startDate);
    const row = call.db
      .update(staffTraining)
      .set({ ...input.data, updatedAt: call.now })
      .where(eq(staffTraining.id, input.id))
      .returning()
      .get()!; // findTraining above proved the row exists, inside this same transaction
    call.audit({ entity: 'staffTraining', entityId: row.id, before, after: row });
    return toTraining(row);
  },

  'staffTraining.delete': (input, call) => {
    const before = findTraining(call, input.id);
    call.db.delete(staffTraining).where(eq(staffTraining.id, input.id)).run();
    call.audit({ entity: 'staffTraining', entityId: input.id, before, after: null });
    return { id: input.id };
  },
};
