// Disputes found by investigation rounds: the findings register (重大矛盾纠纷 among them) and create/update/delete.
import { and, asc, count, desc, eq, isNull, not, or, sql, type SQL } from 'drizzle-orm';
import { investigation, investigationFinding, mediationCase, type InvestigationFindingRow } from '../../../drizzle/schema';
import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { FindingRow } from '../../shared/schemas/investigation-finding';
import { likeContains, likeEscaped } from '../search-keys';
import { categoryLabelOf, partiesOf, titleOf } from './case-detail';
import type { CallContext, HandlerGroup } from './context';
import { dossierRowOf } from './dossier-view';
import { findRound, isOpenFinding, toFinding } from './investigation-query';

type ListInput = ParsedInput<'investigationFinding.list'>;
type FindingData = ParsedInput<'investigationFinding.update'>['data'];

const riskRank = sql`CASE ${investigationFinding.riskLevel} WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END`;
const openRank = sql`CASE WHEN ${isOpenFinding} THEN 0 ELSE 1 END`;

function conditions(input: ListInput): SQL | undefined {
  const q = input.q;
  return and(
    input.major === undefined ? undefined : eq(investigationFinding.major, input.major),
    input.open === undefined ? undefined : input.open ? isOpenFinding : not(isOpenFinding),
    input.category === undefined ? undefined : eq(investigationFinding.category, input.category),
    input.riskLevel === undefined ? undefined : eq(investigationFinding.riskLevel, input.riskLevel),
    q === ''
      ? undefined
      : or(
          likeEscaped(investigationFinding.summary, likeContains(q)),
          likeEscaped(investigationFinding.parties, likeContains(q)),
          likeEscaped(investigationFinding.grid, likeContains(q)),
          likeEscaped(investigationFinding.responsible, likeContains(q)),
        ),
  );
}

function listFindings(input: ListInput, { db }: CallContext) {
  const where = conditions(input);
  const direction = input.order === 'desc' ? desc : asc;
  const newest = [desc(investigation.conductedOn), desc(investigationFinding.id)];
  const order =
    input.sort === 'status'
      ? [direction(openRank), ...newest]
      : input.sort === 'riskLevel'
        ? [direction(riskRank), ...newest]
        : [direction(investigation.conductedOn), direction(investigationFinding.id)];
  const rows = db
    .select({ finding: investigationFinding, level: investigation.level, period: investigation.period, conductedOn: investigation.conductedOn })
    .from(investigationFinding)
    .innerJoin(investigation, eq(investigation.id, investigationFinding.investigationId))
    .where(where)
    .orderBy(...order)
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .all();
  const items: FindingRow[] = rows.map((r) => ({ ...toFinding(r.finding), level: r.level, period: r.period, conductedOn: r.conductedOn }));
  const total = db.select({ n: count() }).from(investigationFinding).where(where).get()?.n ?? 0;
  return { items, total, page: input.page, pageSize: input.pageSize };
}

function findFinding(call: CallContext, id: number): InvestigationFindingRow {
  const row = call.db.select().from(investigationFinding).where(eq(investigationFinding.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '该纠纷记录不存在或已被删除');
  return row;
}

/**
 * A finding linked to a live case cannot go: the link (mediation_case.finding_id) would vanish silently, even on a
 * locked case. `scope` picks the finding or a round's findings; the message names the case by 卷号, else 卷名.
 */
export function assertNoLinkedCase(call: Pick<CallContext, 'db'>, scope: SQL, what: string): void {
  const linked = call.db
    .select({ id: mediationCase.id, category: mediationCase.category })
    .from(investigationFinding)
    .innerJoin(mediationCase, eq(mediationCase.id, investigationFinding.caseId))
    .where(and(scope, isNull(mediationCase.deletedAt)))
    .get();
  if (!linked) return;
  const name = dossierRowOf(call.db, linked.id)?.number ?? titleOf(partiesOf(call.db, linked.id), categoryLabelOf(call.db, linked.category));
  throw new AppError('CONFLICT', `${what}已关联调解案件“${name}”，不能删除；如需删除，请先在该案件中取消关联`);
}

/** 化解日期: not before the round was conducted, not in the future. */
function assertResolvedOn(call: CallContext, data: FindingData, conductedOn: string): void {
  if (data.resolvedOn === null) return;
  if (data.resolvedOn < conductedOn) {
    throw new AppError('VALIDATION_FAILED', `化解日期不能早于排查日期（${conductedOn}）`, 'resolvedOn');
  }
  if (data.resolvedOn > call.today) throw new AppError('VALIDATION_FAILED', '化解日期不能晚于今天', 'resolvedOn');
}

export const findingHandlers: HandlerGroup<
  'investigationFinding.list' | 'investigationFinding.create' | 'investigationFinding.update' | 'investigationFinding.delete'
> = {
  'investigationFinding.list': listFindings,

  'investigationFinding.create': (input, call) => {
    const round = findRound(call, input.investigationId, 'investigationId');
    assertResolvedOn(call, input, round.conductedOn);
    const row = call.db
      .insert(investigationFinding)
      .values({ ...input, caseId: null, createdAt: call.now, updatedAt: call.now })
      .returning()
      .get();
    const after = toFinding(row);
    call.audit({ entity: 'investigationFinding', entityId: row.id, before: null, after });
    return after;
  },

  'investigationFinding.update': (input, call) => {
    const before = toFinding(findFinding(call, input.id));
    const round = findRound(call, before.investigationId);
    assertResolvedOn(call, input.data, round.conductedOn);
    const row = call.db
      .update(investigationFinding)
      .set({ ...input.data, updatedAt: call.now })
      .where(eq(investigationFinding.id, input.id))
      .returning()
      .get()!; // findFinding above proved the row exists, inside this same transaction
    const after = toFinding(row);
    call.audit({ entity: 'investigationFinding', entityId: row.id, before, after });
    return after;
  },

  'investigationFinding.delete': (input, call) => {
    const before = toFinding(findFinding(call, input.id));
    assertNoLinkedCase(call, eq(investigationFinding.id, input.id), '该纠纷');
    call.db.delete(investigationFinding).where(eq(investigationFinding.id, input.id)).run();
    call.audit({ entity: 'investigationFinding', entityId: input.id, before, after: null });
    return { id: input.id };
  },
};
