// Mediator register: paging/sorting/search/filters, and create/update/delete with ID checks and audit rows.
import { and, asc, count, desc, eq, gte, isNotNull, isNull, lt, ne, or, type SQL } from 'drizzle-orm';
import { caseMediator, committee, mediator, mediatorDiscipline, mediatorTraining } from '../../../drizzle/schema';
import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { trainingCutoff } from '../../shared/schemas/mediator';
import { checkIdNumber } from '../../shared/validators/id-number';
import { nameKeys, nameSearch, personalColumns } from '../search-keys';
import type { CallContext, HandlerGroup, Viewer } from './context';
import { mediatorDisciplineHandlers } from './mediator-discipline';
import { findMediator, lastTrainingOn, mediatorColumns } from './mediator-rows';
import { mediatorTrainingHandlers } from './mediator-training';

type MediatorData = ParsedInput<'mediator.create'>;
type ListInput = ParsedInput<'mediator.list'>;

const sortColumns = (today: string) =>
  ({
    name: mediator.namePinyin,
    startedOn: mediator.startedOn,
    lastTrainingOn: lastTrainingOn(today),
    createdAt: mediator.createdAt,
  }) as const;

function listConditions(input: ListInput, today: string, viewer: Viewer): SQL | undefined {
  const cutoff = trainingCutoff(today);
  const last = lastTrainingOn(today);
  return and(
    nameSearch(
      input.q,
      { name: mediator.name, initials: mediator.nameInitials, pinyin: mediator.namePinyin },
      ...personalColumns(viewer, mediator.idNumber),
    ),
    input.committeeId === undefined ? undefined : eq(mediator.committeeId, input.committeeId),
    input.employment === undefined ? undefined : eq(mediator.employment, input.employment),
    input.inExpertPool === undefined ? undefined : eq(mediator.inExpertPool, input.inExpertPool),
    input.active === undefined ? undefined : input.active ? isNull(mediator.leftOn) : isNotNull(mediator.leftOn),
    input.trainingDue === undefined
      ? undefined
      : input.trainingDue
        ? and(isNull(mediator.leftOn), or(isNull(last), lt(last, cutoff)))
        : or(isNotNull(mediator.leftOn), gte(last, cutoff)),
  );
}

/** Derives birth date and gender from the ID number and checks what needs today's date or the database. */
function toRow(data: MediatorData, call: CallContext) {
  const check = checkIdNumber(data.idNumber, call.today);
  if (!check.ok) throw new AppError('VALIDATION_FAILED', check.reason, 'idNumber');
  if (data.startedOn !== null && data.startedOn > call.today) {
    throw new AppError('VALIDATION_FAILED', '任职日期不能晚于今天', 'startedOn');
  }
  if (data.leftOn !== null && data.leftOn > call.today) {
    throw new AppError('VALIDATION_FAILED', '离任日期不能晚于今天', 'leftOn');
  }
  if (data.leftOn !== null && data.leftOn <= check.info.birthDate) {
    throw new AppError('VALIDATION_FAILED', '离任日期应晚于出生日期', 'leftOn');
  }
  const found = call.db.select({ id: committee.id }).from(committee).where(eq(committee.id, data.committeeId)).get();
  if (!found) throw new AppError('NOT_FOUND', '所选调解委员会不存在或已被删除', 'committeeId');
  const keys = nameKeys(data.name);
  return {
    ...data,
    expertField: data.inExpertPool ? data.expertField : null,
    idNumber: check.info.idNumber,
    birthDate: check.info.birthDate,
    gender: check.info.gender,
    nameInitials: keys.initials,
    namePinyin: keys.pinyin,
  };
}

function assertUniqueIdNumber(call: CallContext, idNumber: string, exceptId?: number): void {
  const clash = call.db
    .select({ name: mediator.name })
    .from(mediator)
    .where(exceptId === undefined ? eq(mediator.idNumber, idNumber) : and(eq(mediator.idNumber, idNumber), ne(mediator.id, exceptId)))
    .get();
  if (clash) throw new AppError('CONFLICT', `该身份证号码已登记为调解员（${clash.name}）`, 'idNumber');
}

const mediatorCoreHandlers: HandlerGroup<'mediator.list' | 'mediator.get' | 'mediator.create' | 'mediator.update' | 'mediator.delete'> = {
  'mediator.list': (input, call) => {
    const where = listConditions(input, call.today, call.viewer);
    const direction = input.order === 'desc' ? desc : asc;
    const items = call.db
      .select({ ...mediatorColumns, lastTrainingOn: lastTrainingOn(call.today) })
      .from(mediator)
      .innerJoin(committee, eq(committee.id, mediator.committeeId))
      .where(where)
      .orderBy(direction(sortColumns(call.today)[input.sort]), direction(mediator.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all();
    const total = call.db.select({ n: count() }).from(mediator).where(where).get()?.n ?? 0;
    return { items, total, page: input.page, pageSize: input.pageSize };
  },

  'mediator.get': (input, call) => findMediator(call, input.id),

  'mediator.create': (input, call) => {
    const values = toRow(input, call);
    assertUniqueIdNumber(call, values.idNumber);
    const row = call.db
      .insert(mediator)
      .values({ ...values, createdAt: call.now, updatedAt: call.now })
      .returning({ id: mediator.id })
      .get();
    const after = findMediator(call, row.id);
    call.audit({ entity: 'mediator', entityId: row.id, before: null, after });
    return after;
  },

  'mediator.update': (input, call) => {
    const before = findMediator(call, input.id);
    const values = toRow(input.data, call);
    assertUniqueIdNumber(call, values.idNumber, input.id);
    call.db.update(mediator).set({ ...values, updatedAt: call.now }).where(eq(mediator.id, input.id)).run();
    const after = findMediator(call, input.id);
    call.audit({ entity: 'mediator', entityId: input.id, before, after });
    return after;
  },

  'mediator.delete': (input, call) => {
    const found = findMediator(call, input.id);
    // Cases keep their mediators (case_mediator restricts the delete), deleted cases included, since they stay on file.
    const cases = call.db.select({ n: count() }).from(caseMediator).where(eq(caseMediator.mediatorId, input.id)).get()?.n ?? 0;
    if (cases > 0) throw new AppError('CONFLICT', `“${found.name}”经办过 ${cases} 件调解案件，案件记录须保留调解员，不能删除`);
    // Training and discipline rows go with the mediator (ON DELETE CASCADE); the audit row keeps them.
    const before = {
      ...found,
      trainings: call.db.select().from(mediatorTraining).where(eq(mediatorTraining.mediatorId, input.id)).orderBy(desc(mediatorTraining.startDate)).all(),
      disciplines: call.db.select().from(mediatorDiscipline).where(eq(mediatorDiscipline.mediatorId, input.id)).orderBy(desc(mediatorDiscipline.occurredOn)).all(),
    };
    call.db.delete(mediator).where(eq(mediator.id, input.id)).run();
    call.audit({ entity: 'mediator', entityId: input.id, before, after: null });
    return { id: input.id };
  },
};

export const mediatorHandlers = {
  ...mediatorCoreHandlers,
  ...mediatorTrainingHandlers,
  ...mediatorDisciplineHandlers,
};
