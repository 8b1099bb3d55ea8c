// 纠纷类型 code list (domain-reference §4.1): the national 15 built in, local sub-types under them; deactivate, never delete.
import { and, eq, like } from 'drizzle-orm';
import { disputeCategory } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import type { DisputeCategory } from '../../shared/schemas/setting';
import type { Db } from '../db/open';
import type { CallContext, HandlerGroup } from './context';

type Row = typeof disputeCategory.$inferSelect;
const OTHER = '99';

/** National order; a local sub-type right after its parent, sub-types by code. */
export function sortedCategories(rows: readonly Row[]): DisputeCategory[] {
  const order = new Map(rows.filter((r) => r.parentCode === null).map((r) => [r.code, r.sortOrder]));
  const key = (r: Row) => [order.get(r.parentCode ?? r.code) ?? r.sortOrder, r.parentCode === null ? 0 : 1] as const;
  return [...rows].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1] - kb[1] || a.code.localeCompare(b.code);
  });
}

export function listCategories(db: Db): DisputeCategory[] {
  return sortedCategories(db.select().from(disputeCategory).all());
}

function findCategory(call: Pick<CallContext, 'db'>, code: string): Row {
  const row = call.db.select().from(disputeCategory).where(eq(disputeCategory.code, code)).get();
  if (!row) throw new AppError('NOT_FOUND', '该纠纷类型不存在', 'code');
  return row;
}

function assertLabelFree(call: CallContext, label: string, exceptCode?: string): void {
  const clash = call.db.select().from(disputeCategory).where(eq(disputeCategory.label, label)).get();
  if (clash && clash.code !== exceptCode) throw new AppError('CONFLICT', `纠纷类型“${label}”已存在`, 'label');
}

export const disputeCategoryHandlers: HandlerGroup<'disputeCategory.list' | 'disputeCategory.create' | 'disputeCategory.update'> = {
  'disputeCategory.list': (_input, { db }) => ({ items: listCategories(db) }),

  'disputeCategory.create': (input, call) => {
    const parent = findCategory(call, input.parentCode);
    assertLabelFree(call, input.label);
    const children = call.db
      .select({ code: disputeCategory.code })
      .from(disputeCategory)
      .where(and(eq(disputeCategory.parentCode, parent.code), like(disputeCategory.code, `${parent.code}__`)))
      .all();
    const last = Math.max(0, ...children.map((c) => Number(c.code.slice(parent.code.length))).filter(Number.isFinite));
    if (last >= 99) throw new AppError('CONFLICT', `“${parent.label}”下的本地细分类型已满99个`, 'parentCode');
    const code = `${parent.code}${String(last + 1).padStart(2, '0')}`;
    const row = call.db
      .insert(disputeCategory)
      .values({ code, label: input.label, parentCode: parent.code, builtin: false, active: true, sortOrder: parent.sortOrder, createdAt: call.now, updatedAt: call.now })
      .returning()
      .get();
    call.audit({ entity: 'disputeCategory', entityId: code, before: null, after: row });
    return row;
  },

  'disputeCategory.update': (input, call) => {
    const before = findCategory(call, input.code);
    const label = input.label ?? before.label;
    if (before.builtin && label !== before.label) {
      throw new AppError('VALIDATION_FAILED', '全国统计纠纷类型的名称不能修改，可在其下增加本地细分类型', 'label');
    }
    if (before.code === OTHER && !input.active) throw new AppError('VALIDATION_FAILED', '“其他纠纷”不能停用', 'active');
    if (label !== before.label) assertLabelFree(call, label, before.code);
    const row = call.db
      .update(disputeCategory)
      .set({ label, active: input.active, updatedAt: call.now })
      .where(eq(disputeCategory.code, before.code))
      .returning()
      .get()!; // found above in this transaction
    call.audit({ entity: 'disputeCategory', entityId: row.code, before, after: row });
    return row;
  },
};
