// office.get / office.save: the one profile row (id = 1).
import { eq } from 'drizzle-orm';
import { office } from '../../../drizzle/schema';
import type { Office } from '../../shared/schemas/office';
import type { OfficeRow } from '../../../drizzle/schema';
import type { HandlerGroup } from './context';

const OFFICE_ID = 1;

function toOffice(row: OfficeRow): Office {
  const { id: _id, ...rest } = row;
  return rest;
}

export const officeHandlers: HandlerGroup<'office.get' | 'office.save'> = {
  'office.get': (_input, { db }) => {
    const row = db.select().from(office).where(eq(office.id, OFFICE_ID)).get();
    return row ? toOffice(row) : null;
  },

  'office.save': (input, { db, now, audit }) => {
    const existing = db.select().from(office).where(eq(office.id, OFFICE_ID)).get();
    const row = db
      .insert(office)
      .values({ id: OFFICE_ID, ...input, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: office.id, set: { ...input, updatedAt: now } })
      .returning()
      .get();
    const after = toOffice(row);
    audit({ entity: 'office', entityId: OFFICE_ID, before: existing ? toOffice(existing) : null, after });
    return after;
  },
};
