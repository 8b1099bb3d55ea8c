// Enterprises (企业): list with search by name/pinyin/credit code and the ≥300 filters, create/update/delete with audit rows.
import { and, asc, count, desc, eq, gte, isNotNull, isNull, ne, type SQL } from 'drizzle-orm';
import { committee, enterprise, type EnterpriseRow } from '../../../drizzle/schema';
import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { COMMITTEE_REQUIRED_EMPLOYEES, type Enterprise } from '../../shared/schemas/enterprise';
import { nameKeys, nameSearch } from '../search-keys';
import { findCommittee } from './committee-register';
import type { CallContext, HandlerGroup } from './context';

type EnterpriseData = ParsedInput<'enterprise.create'>;

function toEnterprise(row: EnterpriseRow, committeeName: string | null): Enterprise {
  const { nameInitials: _i, namePinyin: _p, ...rest } = row;
  return { ...rest, committeeName };
}

const sortColumns = {
  name: enterprise.namePinyin,
  employees: enterprise.employees,
  createdAt: enterprise.createdAt,
} as const;

function listCondition(input: ParsedInput<'enterprise.list'>): SQL | undefined {
  const keys = { name: enterprise.name, initials: enterprise.nameInitials, pinyin: enterprise.namePinyin };
  return and(
    nameSearch(input.q, keys, enterprise.creditCode),
    input.hasCommittee === undefined
      ? undefined
      : input.hasCommittee === 'yes'
        ? isNotNull(enterprise.committeeId)
        : isNull(enterprise.committeeId),
    input.large ? gte(enterprise.employees, COMMITTEE_REQUIRED_EMPLOYEES) : undefined,
  );
}

function selectWithCommittee(call: Pick<CallContext, 'db'>) {
  return call.db
    .select({ e: enterprise, committeeName: committee.name })
    .from(enterprise)
    .leftJoin(committee, eq(enterprise.committeeId, committee.id));
}

function findEnterprise(call: CallContext, id: number): Enterprise {
  const row = selectWithCommittee(call).where(eq(enterprise.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '该企业不存在或已被删除');
  return toEnterprise(row.e, row.committeeName);
}

/** Checks the committee and the credit code's uniqueness; returns the row values and the committee's name. */
function toRow(data: EnterpriseData, call: CallContext, exceptId?: number) {
  const committeeName = data.committeeId === null ? null : findCommittee(call, data.committeeId, 'committeeId').name;
  const clash = call.db
    .select({ name: enterprise.name })
    .from(enterprise)
    .where(and(eq(enterprise.creditCode, data.creditCode), exceptId === undefined ? undefined : ne(enterprise.id, exceptId)))
    .get();
  if (clash) throw new AppError('CONFLICT', `该统一社会信用代码已登记（${clash.name}）`, 'creditCode');
  const keys = nameKeys(data.name);
  return { values: { ...data, nameInitials: keys.initials, namePinyin: keys.pinyin }, committeeName };
}

export const enterpriseHandlers: HandlerGroup<
  'enterprise.list' | 'enterprise.get' | 'enterprise.create' | 'enterprise.update' | 'enterprise.delete'
> = {
  'enterprise.list': (input, call) => {
    const where = listCondition(input);
    const direction = input.order === 'desc' ? desc : asc;
    const rows = selectWithCommittee(call)
      .where(where)
      .orderBy(direction(sortColumns[input.sort]), direction(enterprise.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all();
    const total = call.db.select({ n: count() }).from(enterprise).where(where).get()?.n ?? 0;
    const items = rows.map((r) => toEnterprise(r.e, r.committeeName));
    return { items, total, page: input.page, pageSize: input.pageSize };
  },

  'enterprise.get': (input, call) => findEnterprise(call, input.id),

  'enterprise.create': (input, call) => {
    const { values, committeeName } = toRow(input, call);
    const row = call.db
      .insert(enterprise)
      .values({ ...values, createdAt: call.now, updatedAt: call.now })
      .returning()
      .get();
    const after = toEnterprise(row, committeeName);
    call.audit({ entity: 'enterprise', entityId: row.id, before: null, after });
    return after;
  },

  'enterprise.update': (input, call) => {
    const before = findEnterprise(call, input.id);
    const { values, committeeName } = toRow(input.data, call, input.id);
    const row = call.db
      .update(enterprise)
      .set({ ...values, updatedAt: call.now })
      .where(eq(enterprise.id, input.id))
      .returning()
      .get()!; // findEnterprise above proved the row exists, inside this same transaction
    const after = toEnterprise(row, committeeName);
    call.audit({ entity: 'enterprise', entityId: row.id, before, after });
    return after;
  },

  'enterprise.delete': (input, call) => {
    const before = findEnterprise(call, input.id);
    call.db.delete(enterprise).where(eq(enterprise.id, input.id)).run();
    call.audit({ entity: 'enterprise', entityId: input.id, before, after: null });
    return { id: input.id };
  },
};
