// Table `staff_training`: training records of a staff member (product §2); removed with the person.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { staff } from './staff';

export const staffTraining = sqliteTable(
  'staff_training',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    /** 学时 (class hours), when the certificate states them. */
    hours: integer('hours'),
    organizer: text('organizer'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('staff_training_staff_idx').on(t.staffId, t.startDate)],
);

export type StaffTrainingRow = typeof staffTraining.$inferSelect;
