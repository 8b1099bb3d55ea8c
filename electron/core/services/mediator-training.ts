// Training records of mediators: one paged list (a mediator's own, or the register of all), create/update/delete with audit.
import { and, asc, count, desc, eq, like, or, type SQL } from 'drizzle-orm';
import { mediator, mediatorTraining } from '../../../drizzle/schema';
import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { MediatorTraining } from '../../shared/schemas/mediator-training';
import { likeContains, likeEscaped, nameSearch } from '../search-keys';
import type { CallContext, HandlerGroup } from './context';
import { mediatorNameOf } from './mediator-rows';

type ListInput = ParsedInput<'mediatorTraining.list'>;

const columns = {
  id: mediatorTraining.id,
  mediatorId: mediatorTraining.mediatorId,
  mediatorName: mediator.name,
  title: mediatorTraining.title,
  kind: mediatorTraining.kind,
  startDate: mediatorTraining.startDate,
  endDate: mediatorTraining.endDate,
  hours: mediatorTraining.hours,
  organizer: mediatorTraining.organizer,
  note: mediatorTraining.note,
  createdAt: mediatorTraining.createdAt,
  updatedAt: mediatorTraining.updatedAt,
};

const sortColumns = {
  startDate: mediatorTraining.startDate,
  mediatorName: mediator.namePinyin,
  hours: mediatorTraining.hours,
  createdAt: mediatorTraining.createdAt,
} as const;

function listConditions(input: ListInput): SQL | undefined {
  const search = nameSearch(input.q, { name: mediator.name, initials: mediator.nameInitials, pinyin: mediator.namePinyin });
  return and(
    search && or(search, likeEscaped(mediatorTraining.title, likeContains(input.q))),
    input.mediatorId === undefined ? undefined : eq(mediatorTraining.mediatorId, input.mediatorId),
    input.year === undefined ? undefined : like(mediatorTraining.startDate, `${input.year}-%`),
    input.kind === undefined ? undefined : eq(mediatorTraining.kind, input.kind),
  );
}

function findTraining(call: Pick<CallContext, 'db'>, id: number): MediatorTraining {
  const row = call.db
    .select(columns)
    .from(mediatorTraining)
    .innerJoin(mediator, eq(mediator.id, mediatorTraining.mediatorId))
    .where(eq(mediatorTraining.id, id))
    .get();
  if (!row) throw new AppError('NOT_FOUND', '该培训记录不存在或已被删除');
  return row;
}

function assertNotFuture(call: CallContext, startDate: string): void {
  if (startDate > call.today) throw new AppError('VALIDATION_FAILED', '开始日期不能晚于今天', 'startDate');
}

export const mediatorTrainingHandlers: HandlerGroup<
  'mediatorTraining.list' | 'mediatorTraining.create' | 'mediatorTraining.update' | 'mediatorTraining.delete'
> = {
  'mediatorTraining.list': (input, call) => {
    if (input.mediatorId !== undefined) mediatorNameOf(call, input.mediatorId, 'mediatorId');
    const where = listConditions(input);
    const direction = input.order === 'desc' ? desc : asc;
    const items = call.db
      .select(columns)
      .from(mediatorTraining)
      .innerJoin(mediator, eq(mediator.id, mediatorTraining.mediatorId))
      .where(where)
      .orderBy(direction(sortColumns[input.sort]), direction(mediatorTraining.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all();
    const total =
      call.db
        .select({ n: count() })
        .from(mediatorTraining)
        .innerJoin(mediator, eq(mediator.id, mediatorTraining.mediatorId))
        .where(where)
        .get()?.n ?? 0;
    return { items, total, page: input.page, pageSize: input.pageSize };
  },

  'mediatorTraining.create': (input, call) => {
    mediatorNameOf(call, input.mediatorId, 'mediatorId');
    assertNotFuture(call, input.startDate);
    const row = call.db
      .insert(mediatorTraining)
      .values({ ...input, createdAt: call.now, updatedAt: call.now })
      .returning({ id: mediatorTraining.id })
      .get();
    const after = findTraining(call, row.id);
    call.audit({ entity: 'mediatorTraining', entityId: row.id, before: null, after });
    return after;
  },

  'mediatorTraining.update': (input, call) => {
    const before = findTraining(call, input.id);
    assertNotFuture(call, input.data.startDate);
    call.db.update(mediatorTraining).set({ ...input.data, updatedAt: call.now }).where(eq(mediatorTraining.id, input.id)).run();
    const after = findTraining(call, input.id);
    call.audit({ entity: 'mediatorTraining', entityId: input.id, before, after });
    return after;
  },

  'mediatorTraining.delete': (input, call) => {
    const before = findTraining(call, input.id);
    call.db.delete(mediatorTraining).where(eq(mediatorTraining.id, input.id)).run();
    call.audit({ entity: 'mediatorTraining', entityId: input.id, before, after: null });
    return { id: input.id };
  },
};

