// Joint-building activities (庭所共建 / 所所共建) with their partner units: list with filters, create/update/delete with audit rows.
import { and, asc, count, desc, eq, gte, lte, or, type SQL } from 'drizzle-orm';
import { jointActivity, partnerUnit } from '../../../drizzle/schema';
import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { JointActivity } from '../../shared/schemas/joint-activity';
import { likeContains, likeEscaped, nameSearch } from '../search-keys';
import { removeAttachmentsOf } from './attachment';
import type { CallContext, HandlerGroup } from './context';
import { partnerRow, partnerUnitHandlers } from './partner-unit';

type ActivityData = ParsedInput<'jointActivity.create'>;
type ListInput = ParsedInput<'jointActivity.list'>;

const columns = {
  id: jointActivity.id,
  partnerUnitId: jointActivity.partnerUnitId,
  partnerName: partnerUnit.name,
  partnerKind: partnerUnit.kind,
  heldOn: jointActivity.heldOn,
  kind: jointActivity.kind,
  place: jointActivity.place,
  ourParticipants: jointActivity.ourParticipants,
  partnerParticipants: jointActivity.partnerParticipants,
  summary: jointActivity.summary,
  results: jointActivity.results,
  casesCount: jointActivity.casesCount,
  note: jointActivity.note,
  createdAt: jointActivity.createdAt,
  updatedAt: jointActivity.updatedAt,
};

const sortColumns = { heldOn: jointActivity.heldOn, createdAt: jointActivity.createdAt } as const;

function listCondition(input: ListInput): SQL | undefined {
  const search =
    input.q === ''
      ? undefined
      : or(
          nameSearch(input.q, { name: partnerUnit.name, initials: partnerUnit.nameInitials, pinyin: partnerUnit.namePinyin }),
          likeEscaped(jointActivity.summary, likeContains(input.q)),
          likeEscaped(jointActivity.place, likeContains(input.q)),
        );
  return and(
    input.partnerKind ? eq(partnerUnit.kind, input.partnerKind) : undefined,
    input.partnerUnitId ? eq(jointActivity.partnerUnitId, input.partnerUnitId) : undefined,
    input.kind ? eq(jointActivity.kind, input.kind) : undefined,
    input.year ? and(gte(jointActivity.heldOn, `${input.year}-01-01`), lte(jointActivity.heldOn, `${input.year}-12-31`)) : undefined,
    search,
  );
}

function findActivity(call: Pick<CallContext, 'db'>, id: number): JointActivity {
  const row = call.db
    .select(columns)
    .from(jointActivity)
    .innerJoin(partnerUnit, eq(partnerUnit.id, jointActivity.partnerUnitId))
    .where(eq(jointActivity.id, id))
    .get();
  if (!row) throw new AppError('NOT_FOUND', '该共建活动不存在或已被删除');
  return row;
}

/** The checks that need the database or today's date: the partner exists, the date is past, 庭审观摩 only with a court. */
function checkActivity(data: ActivityData, call: CallContext): void {
  const partner = partnerRow(call, data.partnerUnitId, 'partnerUnitId');
  if (data.heldOn > call.today) throw new AppError('VALIDATION_FAILED', '活动日期不能晚于今天', 'heldOn');
  if (data.kind === 'trialObservation' && partner.kind !== 'court') {
    throw new AppError('VALIDATION_FAILED', '庭审观摩只能与人民法庭开展，派出所不能选择此活动类型', 'kind');
  }
}

export const jointActivityHandlers: HandlerGroup<
  | 'jointActivity.list'
  | 'jointActivity.get'
  | 'jointActivity.create'
  | 'jointActivity.update'
  | 'jointActivity.delete'
  | keyof typeof partnerUnitHandlers
> = {
  ...partnerUnitHandlers,

  'jointActivity.list': (input, { db }) => {
    const where = listCondition(input);
    const direction = input.order === 'desc' ? desc : asc;
    const items = db
      .select(columns)
      .from(jointActivity)
      .innerJoin(partnerUnit, eq(partnerUnit.id, jointActivity.partnerUnitId))
      .where(where)
      .orderBy(direction(sortColumns[input.sort]), direction(jointActivity.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all();
    const total =
      db
        .select({ n: count() })
        .from(jointActivity)
        .innerJoin(partnerUnit, eq(partnerUnit.id, jointActivity.partnerUnitId))
        .where(where)
        .get()?.n ?? 0;
    return { items, total, page: input.page, pageSize: input.pageSize };
  },

  'jointActivity.get': (input, call) => findActivity(call, input.id),

  'jointActivity.create': (input, call) => {
    checkActivity(input, call);
    const row = call.db
      .insert(jointActivity)
      .values({ ...input, createdAt: call.now, updatedAt: call.now })
      .returning({ id: jointActivity.id })
      .get();
    const after = findActivity(call, row.id);
    call.audit({ entity: 'jointActivity', entityId: row.id, before: null, after });
    return after;
  },

  'jointActivity.update': (input, call) => {
    const before = findActivity(call, input.id);
    checkActivity(input.data, call);
    call.db
      .update(jointActivity)
      .set({ ...input.data, updatedAt: call.now })
      .where(eq(jointActivity.id, input.id))
      .run();
    const after = findActivity(call, input.id);
    call.audit({ entity: 'jointActivity', entityId: input.id, before, after });
    return after;
  },

  'jointActivity.delete': (input, call) => {
    const before = findActivity(call, input.id);
    removeAttachmentsOf(call, 'jointActivity', input.id);
    call.db.delete(jointActivity).where(eq(jointActivity.id, input.id)).run();
    call.audit({ entity: 'jointActivity', entityId: input.id, before, after: null });
    return { id: input.id };
  },
};
