// Discipline events of mediators (Art.15): list per mediator, create/update/delete with audit rows.
import { desc, eq } from 'drizzle-orm';
import { mediatorDiscipline, type MediatorDisciplineRow } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import type { CallContext, HandlerGroup } from './context';
import { findMediator, mediatorNameOf } from './mediator-rows';

function findDiscipline(call: CallContext, id: number): MediatorDisciplineRow {
  const row = call.db.select().from(mediatorDiscipline).where(eq(mediatorDiscipline.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '该奖惩记录不存在或已被删除');
  return row;
}

/** Not in the future, and not before the mediator was born (a typo guard). */
function assertDate(call: CallContext, mediatorId: number, occurredOn: string): void {
  if (occurredOn > call.today) throw new AppError('VALIDATION_FAILED', '处理日期不能晚于今天', 'occurredOn');
  if (occurredOn <= findMediator(call, mediatorId).birthDate) {
    throw new AppError('VALIDATION_FAILED', '处理日期应晚于调解员的出生日期', 'occurredOn');
  }
}

export const mediatorDisciplineHandlers: HandlerGroup<
  'mediatorDiscipline.list' | 'mediatorDiscipline.create' | 'mediatorDiscipline.update' | 'mediatorDiscipline.delete'
> = {
  'mediatorDiscipline.list': (input, call) => {
    mediatorNameOf(call, input.mediatorId, 'mediatorId');
    const items = call.db
      .select()
      .from(mediatorDiscipline)
      .where(eq(mediatorDiscipline.mediatorId, input.mediatorId))
      .orderBy(desc(mediatorDiscipline.occurredOn), desc(mediatorDiscipline.id))
      .all();
    return { items };
  },

  'mediatorDiscipline.create': (input, call) => {
    // Recording a removal or dismissal leaves 离任日期 alone: the form offers to set it.
    mediatorNameOf(call, input.mediatorId, 'mediatorId');
    assertDate(call, input.mediatorId, input.occurredOn);
    const row = call.db
      .insert(mediatorDiscipline)
      .values({ ...input, createdAt: call.now, updatedAt: call.now })
      .returning()
      .get();
    call.audit({ entity: 'mediatorDiscipline', entityId: row.id, before: null, after: row });
    return row;
  },

  'mediatorDiscipline.update': (input, call) => {
    const before = findDiscipline(call, input.id);
    assertDate(call, before.mediatorId, input.data.occurredOn);
    const row = call.db
      .update(mediatorDiscipline)
      .set({ ...input.data, updatedAt: call.now })
      .where(eq(mediatorDiscipline.id, input.id))
      .returning()
      .get()!; // findDiscipline above proved the row exists, inside this same transaction
    call.audit({ entity: 'mediatorDiscipline', entityId: row.id, before, after: row });
    return row;
  },

  'mediatorDiscipline.delete': (input, call) => {
    const before = findDiscipline(call, input.id);
    call.db.delete(mediatorDiscipline).where(eq(mediatorDiscipline.id, input.id)).run();
    call.audit({ entity: 'mediatorDiscipline', entityId: input.id, before, after: null });
    return { id: input.id };
  },
};
