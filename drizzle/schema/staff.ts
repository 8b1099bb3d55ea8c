// Table `staff`: people employed at the office; ID numbers unique, search keys kept beside the name.
import { integer, sqliteTable, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';

export const staff = sqliteTable(
  'staff',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** Pinyin initials of the name (张三 → zs), for search. */
    nameInitials: text('name_initials').notNull(),
    /** Full pinyin without tones or spaces (张三 → zhangsan), for search and sorting. */
    namePinyin: text('name_pinyin').notNull(),
    idNumber: text('id_number').notNull(),
    gender: text('gender', { enum: ['male', 'female'] }).notNull(),
    birthDate: text('birth_date').notNull(),
    ethnicity: text('ethnicity').notNull(),
    politicalStatus: text('political_status').notNull(),
    education: text('education').notNull(),
    post: text('post').notNull(),
    staffingType: text('staffing_type').notNull(),
    startDate: text('start_date'),
    phone: text('phone'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('staff_id_number_unique').on(t.idNumber),
    index('staff_name_pinyin_idx').on(t.namePinyin),
  ],
);

export type StaffRow = typeof staff.$inferSelect;
export type NewStaffRow = typeof staff.$inferInsert;
