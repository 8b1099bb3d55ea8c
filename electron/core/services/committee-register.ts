// Committees (调委会): list with member counts, detail with members, options for selects, create/update/delete.
import { and, asc, count, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { committee, dossierCounter, enterprise, mediationCase, type CommitteeRow } from '../../../drizzle/schema';
import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Committee, CommitteeDetail } from '../../shared/schemas/committee';
import { nameKeys, nameSearch } from '../search-keys';
import { membersOf } from './committee-member';
import type { CallContext, HandlerGroup } from './context';

type CommitteeData = ParsedInput<'committee.create'>;

export function toCommittee(row: CommitteeRow): Committee {
  const { nameInitials: _i, namePinyin: _p, ...rest } = row;
  return rest;
}

/**
 * Counts beside each committee. A member is in office as the composition rule says (rules/committee-composition):
 * not left and term not ended. The outer column is written out in full: drizzle renders it unqualified ("id"),
 * which the subquery would take as its own.
 */
function countsOn(today: string) {
  return {
    activeMemberCount: sql<number>`(SELECT COUNT(*) FROM committee_member m WHERE m.committee_id = "committee"."id"
      AND m.term_start <= ${today} AND (m.left_on IS NULL OR m.left_on > ${today}) AND m.term_end >= ${today})`.mapWith(Number),
    mediatorCount: sql<number>`(SELECT COUNT(*) FROM mediator d WHERE d.committee_id = "committee"."id")`.mapWith(Number),
    enterpriseCount: sql<number>`(SELECT COUNT(*) FROM enterprise e WHERE e.committee_id = "committee"."id")`.mapWith(Number),
  };
}

const sortColumns = {
  name: committee.namePinyin,
  kind: committee.kind,
  foundedOn: committee.foundedOn,
  filedOn: committee.filedOn,
  createdAt: committee.createdAt,
} as const;

function listCondition(input: ParsedInput<'committee.list'>): SQL | undefined {
  return and(
    nameSearch(input.q, { name: committee.name, initials: committee.nameInitials, pinyin: committee.namePinyin }),
    input.kind === undefined ? undefined : eq(committee.kind, input.kind),
    input.filed === undefined ? undefined : input.filed === 'yes' ? isNotNull(committee.filingNumber) : isNull(committee.filingNumber),
  );
}

/** Checks what needs today's date and adds the search keys. */
function toRow(data: CommitteeData, call: CallContext) {
  if (data.filedOn !== null && data.filedOn > call.today) {
    throw new AppError('VALIDATION_FAILED', '备案日期不能晚于今天', 'filedOn');
  }
  if (data.foundedOn !== null && data.foundedOn > call.today) {
    throw new AppError('VALIDATION_FAILED', '成立日期不能晚于今天', 'foundedOn');
  }
  const keys = nameKeys(data.name);
  return { ...data, nameInitials: keys.initials, namePinyin: keys.pinyin };
}

export function findCommittee(call: CallContext, id: number, field?: string): CommitteeRow {
  const row = call.db.select().from(committee).where(eq(committee.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '该调委会不存在或已被删除', field);
  return row;
}

function detailOf(call: CallContext, id: number): CommitteeDetail {
  const row = call.db.select({ c: committee, ...countsOn(call.today) }).from(committee).where(eq(committee.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '该调委会不存在或已被删除');
  const { c, ...n } = row;
  return { ...toCommittee(c), ...n, members: membersOf(call, id) };
}

export const committeeRegisterHandlers: HandlerGroup<
  'committee.list' | 'committee.get' | 'committee.options' | 'committee.create' | 'committee.update' | 'committee.delete'
> = {
  'committee.list': (input, { db, today }) => {
    const where = listCondition(input);
    const direction = input.order === 'desc' ? desc : asc;
    const rows = db
      .select({ c: committee, ...countsOn(today) })
      .from(committee)
      .where(where)
      .orderBy(direction(sortColumns[input.sort]), direction(committee.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all();
    const total = db.select({ n: count() }).from(committee).where(where).get()?.n ?? 0;
    const items = rows.map(({ c, ...n }) => ({ ...toCommittee(c), ...n }));
    return { items, total, page: input.page, pageSize: input.pageSize };
  },

  'committee.get': (input, call) => detailOf(call, input.id),

  'committee.options': (input, { db }) => ({
    items: db
      .select({ id: committee.id, name: committee.name, kind: committee.kind })
      .from(committee)
      .where(input.kind === undefined ? undefined : eq(committee.kind, input.kind))
      .orderBy(asc(committee.namePinyin), asc(committee.id))
      .all(),
  }),

  'committee.create': (input, call) => {
    const row = call.db
      .insert(committee)
      .values({ ...toRow(input, call), createdAt: call.now, updatedAt: call.now })
      .returning()
      .get();
    const after = toCommittee(row);
    call.audit({ entity: 'committee', entityId: row.id, before: null, after });
    return after;
  },

  'committee.update': (input, call) => {
    const before = toCommittee(findCommittee(call, input.id));
    const row = call.db
      .update(committee)
      .set({ ...toRow(input.data, call), updatedAt: call.now })
      .where(eq(committee.id, input.id))
      .returning()
      .get()!; // findCommittee above proved the row exists, inside this same transaction
    const after = toCommittee(row);
    call.audit({ entity: 'committee', entityId: row.id, before, after });
    return after;
  },

  'committee.delete': (input, call) => {
    const detail = detailOf(call, input.id);
    if (detail.mediatorCount > 0) {
      throw new AppError(
        'CONFLICT',
        `“${detail.name}”还有${detail.mediatorCount}名调解员，不能删除；请先将调解员调往其他调委会或删除其登记`,
      );
    }
    // Cases and dossier numbers stay on file (deleted cases too: they are kept softly), and they restrict the delete.
    const cases = call.db.select({ n: count() }).from(mediationCase).where(eq(mediationCase.committeeId, input.id)).get()?.n ?? 0;
    const numbered = call.db.select({ n: count() }).from(dossierCounter).where(eq(dossierCounter.committeeId, input.id)).get()?.n ?? 0;
    if (cases > 0 || numbered > 0) {
      throw new AppError('CONFLICT', `“${detail.name}”已登记过调解案件或卷宗，案件和卷宗须长期保存，不能删除该调委会`);
    }
    // Members go with it (ON DELETE CASCADE) and enterprises are unlinked (SET NULL); the audit row keeps both.
    const unlinked = call.db
      .select({ id: enterprise.id, name: enterprise.name })
      .from(enterprise)
      .where(eq(enterprise.committeeId, input.id))
      .all();
    call.db.delete(committee).where(eq(committee.id, input.id)).run();
    const { activeMemberCount: _a, mediatorCount: _m, enterpriseCount: _e, ...before } = detail;
    call.audit({ entity: 'committee', entityId: input.id, before: { ...before, unlinkedEnterprises: unlinked }, after: null });
    return { id: input.id };
  },
};

