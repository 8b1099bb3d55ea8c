// Partner units of joint building (共建单位): list/search/options, create/update/delete with the kind and activity rules.
import { and, asc, count, desc, eq, ne, sql } from 'drizzle-orm';
import { partnerUnit, type PartnerUnitRow } from '../../../drizzle/schema';
import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { labelOf } from '../../shared/codes';
import { partnerKinds } from '../../shared/register-codes';
import type { PartnerUnit } from '../../shared/schemas/partner-unit';
import { nameKeys, nameSearch } from '../search-keys';
import type { CallContext, HandlerGroup } from './context';

type PartnerData = ParsedInput<'partnerUnit.create'>;

// Written out: drizzle prints ${partnerUnit.id} as a bare "id" inside a subquery, which SQLite would read as joint_activity.id.
const activityCount = sql<number>`(SELECT COUNT(*) FROM joint_activity a WHERE a.partner_unit_id = "partner_unit"."id")`;

const columns = {
  id: partnerUnit.id,
  kind: partnerUnit.kind,
  name: partnerUnit.name,
  address: partnerUnit.address,
  contact: partnerUnit.contact,
  phone: partnerUnit.phone,
  agreementOn: partnerUnit.agreementOn,
  note: partnerUnit.note,
  activityCount: activityCount.mapWith(Number),
  createdAt: partnerUnit.createdAt,
  updatedAt: partnerUnit.updatedAt,
};

const sortColumns = {
  name: partnerUnit.namePinyin,
  agreementOn: partnerUnit.agreementOn,
  createdAt: partnerUnit.createdAt,
} as const;

const nameColumns = { name: partnerUnit.name, initials: partnerUnit.nameInitials, pinyin: partnerUnit.namePinyin };

function findPartner(call: Pick<CallContext, 'db'>, id: number): PartnerUnit {
  const row = call.db.select(columns).from(partnerUnit).where(eq(partnerUnit.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '该共建单位不存在或已被删除');
  return row;
}

/** The stored partner row, or NOT_FOUND naming `field` (for the activity checks). */
export function partnerRow(call: Pick<CallContext, 'db'>, id: number, field?: string): PartnerUnitRow {
  const row = call.db.select().from(partnerUnit).where(eq(partnerUnit.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '该共建单位不存在或已被删除', field);
  return row;
}

function toRow(data: PartnerData, call: CallContext) {
  if (data.agreementOn !== null && data.agreementOn > call.today) {
    throw new AppError('VALIDATION_FAILED', '共建协议签订日期不能晚于今天', 'agreementOn');
  }
  const keys = nameKeys(data.name);
  return { ...data, nameInitials: keys.initials, namePinyin: keys.pinyin };
}

function assertUniqueName(call: CallContext, data: PartnerData, exceptId?: number): void {
  const same = and(eq(partnerUnit.kind, data.kind), eq(partnerUnit.name, data.name));
  const clash = call.db
    .select({ id: partnerUnit.id })
    .from(partnerUnit)
    .where(exceptId === undefined ? same : and(same, ne(partnerUnit.id, exceptId)))
    .get();
  if (clash) throw new AppError('CONFLICT', `${labelOf(partnerKinds, data.kind)}“${data.name}”已登记`, 'name');
}

export const partnerUnitHandlers: HandlerGroup<
  | 'partnerUnit.list'
  | 'partnerUnit.get'
  | 'partnerUnit.options'
  | 'partnerUnit.create'
  | 'partnerUnit.update'
  | 'partnerUnit.delete'
> = {
  'partnerUnit.list': (input, { db }) => {
    const where = and(input.kind ? eq(partnerUnit.kind, input.kind) : undefined, nameSearch(input.q, nameColumns));
    const direction = input.order === 'desc' ? desc : asc;
    const items = db
      .select(columns)
      .from(partnerUnit)
      .where(where)
      .orderBy(direction(sortColumns[input.sort]), direction(partnerUnit.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all();
    const total = db.select({ n: count() }).from(partnerUnit).where(where).get()?.n ?? 0;
    return { items, total, page: input.page, pageSize: input.pageSize };
  },

  'partnerUnit.get': (input, call) => findPartner(call, input.id),

  'partnerUnit.options': (input, { db }) => {
    const items = db
      .select({ id: partnerUnit.id, name: partnerUnit.name, kind: partnerUnit.kind })
      .from(partnerUnit)
      .where(input.kind ? eq(partnerUnit.kind, input.kind) : undefined)
      .orderBy(asc(partnerUnit.namePinyin), asc(partnerUnit.id))
      .all();
    return { items };
  },

  'partnerUnit.create': (input, call) => {
    const values = toRow(input, call);
    assertUniqueName(call, input);
    const row = call.db
      .insert(partnerUnit)
      .values({ ...values, createdAt: call.now, updatedAt: call.now })
      .returning({ id: partnerUnit.id })
      .get();
    const after = findPartner(call, row.id);
    call.audit({ entity: 'partnerUnit', entityId: row.id, before: null, after });
    return after;
  },

  'partnerUnit.update': (input, call) => {
    const before = findPartner(call, input.id);
    const values = toRow(input.data, call);
    if (values.kind !== before.kind && before.activityCount > 0) {
      throw new AppError(
        'CONFLICT',
        `该单位已有${before.activityCount}条共建活动记录，不能改为${labelOf(partnerKinds, values.kind)}（这些活动会从${before.kind === 'court' ? '庭所共建' : '所所共建'}移走）`,
        'kind',
      );
    }
    assertUniqueName(call, input.data, input.id);
    call.db
      .update(partnerUnit)
      .set({ ...values, updatedAt: call.now })
      .where(eq(partnerUnit.id, input.id))
      .run();
    const after = findPartner(call, input.id);
    call.audit({ entity: 'partnerUnit', entityId: input.id, before, after });
    return after;
  },

  'partnerUnit.delete': (input, call) => {
    const before = findPartner(call, input.id);
    if (before.activityCount > 0) {
      throw new AppError('CONFLICT', `“${before.name}”已有${before.activityCount}条共建活动记录，不能删除；请先删除这些活动`);
    }
    call.db.delete(partnerUnit).where(eq(partnerUnit.id, input.id)).run();
    call.audit({ entity: 'partnerUnit', entityId: input.id, before, after: null });
    return { id: input.id };
  },
};
