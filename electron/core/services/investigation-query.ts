// Reading investigation rounds: the register's filters, search, sort and counts, and one round with its findings.
import { and, asc, count, desc, eq, like, or, sql, type SQL } from 'drizzle-orm';
import { investigation, investigationFinding, type InvestigationFindingRow } from '../../../drizzle/schema';
import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { InvestigationDetail, InvestigationRow } from '../../shared/schemas/investigation';
import { openFindingStatuses, type InvestigationFinding } from '../../shared/schemas/investigation-finding';
import { likeContains, likeEscaped } from '../search-keys';
import type { CallContext } from './context';

type ListInput = ParsedInput<'investigation.list'>;

const openList = sql.join(
  openFindingStatuses.map((s) => sql`${s}`),
  sql`, `,
);

// Spelled out in full: drizzle writes a single-table select's columns unqualified, and a bare "id" here would be f.id.
const roundId = sql.raw('"investigation"."id"');
const findingsCount = sql<number>`(SELECT COUNT(*) FROM investigation_finding f WHERE f.investigation_id = ${roundId})`;
const majorOpenCount = sql<number>`(SELECT COUNT(*) FROM investigation_finding f WHERE f.investigation_id = ${roundId} AND f.major = 1 AND f.status IN (${openList}))`;

/** SQL that is true for a dispute still being worked on (待化解 / 调处中). */
export const isOpenFinding = sql`${investigationFinding.status} IN (${openList})`;

export const toFinding = (row: InvestigationFindingRow): InvestigationFinding => {
  const { caseId: _caseId, ...rest } = row;
  return rest;
};

function conditions(input: ListInput): SQL | undefined {
  const q = input.q;
  return and(
    input.level === undefined ? undefined : eq(investigation.level, input.level),
    input.kind === undefined ? undefined : eq(investigation.kind, input.kind),
    input.year === undefined ? undefined : like(investigation.period, `${input.year}-%`),
    input.zeroReport === undefined ? undefined : input.zeroReport ? sql`${findingsCount} = 0` : sql`${findingsCount} > 0`,
    q === ''
      ? undefined
      : or(
          likeEscaped(investigation.grid, likeContains(q)),
          likeEscaped(investigation.investigators, likeContains(q)),
          likeEscaped(investigation.responsible, likeContains(q)),
        ),
  );
}

export function listInvestigations(input: ListInput, { db }: CallContext) {
  const where = conditions(input);
  const direction = input.order === 'desc' ? desc : asc;
  const order =
    input.sort === 'period'
      ? [direction(investigation.period), direction(investigation.conductedOn), direction(investigation.id)]
      : [direction(investigation.conductedOn), direction(investigation.id)];
  const rows = db
    .select({ round: investigation, findingsCount, majorOpenCount })
    .from(investigation)
    .where(where)
    .orderBy(...order)
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .all();
  const items: InvestigationRow[] = rows.map((r) => ({
    ...r.round,
    findingsCount: r.findingsCount,
    majorOpenCount: r.majorOpenCount,
    zeroReport: r.findingsCount === 0,
  }));
  const total = db.select({ n: count() }).from(investigation).where(where).get()?.n ?? 0;
  return { items, total, page: input.page, pageSize: input.pageSize };
}

export function findRound(call: Pick<CallContext, 'db'>, id: number, field?: string) {
  const row = call.db.select().from(investigation).where(eq(investigation.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '该排查记录不存在或已被删除', field);
  return row;
}

/** A round's findings, in the order they were recorded. */
export function findingsOf(call: Pick<CallContext, 'db'>, investigationId: number): InvestigationFinding[] {
  return call.db
    .select()
    .from(investigationFinding)
    .where(eq(investigationFinding.investigationId, investigationId))
    .orderBy(asc(investigationFinding.id))
    .all()
    .map(toFinding);
}

export function roundDetail(call: Pick<CallContext, 'db'>, id: number): InvestigationDetail {
  const round = findRound(call, id);
  const findings = findingsOf(call, id);
  return { ...round, zeroReport: findings.length === 0, findings };
}
