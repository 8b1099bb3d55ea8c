// The month's figures of the 月度工作报告, counted in SQL: cases (三统一 basis), categories, sources, agreements, 排查, training.
import { and, between, count, countDistinct, eq, inArray, isNull, like, sql, sum } from 'drizzle-orm';
import {
  caseStep,
  disputeCategory,
  investigation,
  investigationFinding,
  mediationCase,
  mediatorTraining,
  staffTraining,
} from '../../../../drizzle/schema';
import { caseSourceGroups, caseSources } from '../../../shared/case-codes';
import { periodRange } from '../../../shared/rules/case-periods';
import type { Db } from '../../db/open';
import { concludedIn } from '../../services/dossier-counts';

export interface Share {
  /** Category code or source group code. */
  code: string;
  label: string;
  count: number;
}

export interface MonthlyFigures {
  period: string;
  start: string;
  end: string;
  /** New cases received in the month (登记日期 in the month). */
  received: number;
  /** Cases mediated and concluded in the month: the report's cases (三统一 reported). */
  mediated: number;
  succeeded: number;
  failed: number;
  terminated: number;
  /** 不予受理 decided in the month. */
  rejected: number;
  /** 纠纷涉及金额 of the mediated cases and 协议金额 of the successful ones, in 分. */
  disputeFen: number;
  agreementFen: number;
  /** By national category (local sub-types counted under their parent), most first. */
  categories: Share[];
  /** By report source group 主动调解 / 申请调解 / 接受委托移送调解. */
  sourceGroups: Share[];
  written: number;
  oral: number;
  confirmations: number;
  confirmed: number;
  followUps: number;
  satisfied: number;
  rounds: number;
  zeroReports: number;
  findings: number;
  majorFindings: number;
  staffTrainings: number;
  staffTrained: number;
  mediatorTrainings: number;
  mediatorsTrained: number;
}

const live = isNull(mediationCase.deletedAt);

function stepCounts(db: Db, kind: string, start: string, end: string, okWhen: ReturnType<typeof sql>) {
  const row = db
    .select({ n: count(), ok: sql<number>`coalesce(sum(case when ${okWhen} then 1 else 0 end), 0)` })
    .from(caseStep)
    .innerJoin(mediationCase, eq(mediationCase.id, caseStep.caseId))
    .where(and(eq(caseStep.kind, kind), between(caseStep.occurredOn, start, end), live))
    .get();
  return { n: row?.n ?? 0, ok: Number(row?.ok ?? 0) };
}

function trainings(db: Db, table: typeof staffTraining | typeof mediatorTraining, person: ReturnType<typeof sql>, start: string, end: string) {
  const row = db
    .select({ n: count(), people: countDistinct(person) })
    .from(table)
    .where(between(table.startDate, start, end))
    .get();
  return { n: row?.n ?? 0, people: row?.people ?? 0 };
}

export function monthlyFigures(db: Db, period: string): MonthlyFigures {
  const { start, end } = periodRange(period);
  const mediatedWhere = and(concludedIn(start, end), live);
  const received = db.select({ n: count() }).from(mediationCase).where(and(between(mediationCase.receivedOn, start, end), live)).get()?.n ?? 0;
  const byState = db
    .select({ state: mediationCase.state, n: count(), amount: sum(mediationCase.amountFen), agreed: sum(mediationCase.agreementAmountFen) })
    .from(mediationCase)
    .where(mediatedWhere)
    .groupBy(mediationCase.state)
    .all();
  const stateOf = (s: string) => byState.find((r) => r.state === s);
  const rejected =
    db
      .select({ n: count() })
      .from(mediationCase)
      .where(and(eq(mediationCase.state, 'rejected'), between(mediationCase.concludedOn, start, end), live))
      .get()?.n ?? 0;
  const national = sql<string>`coalesce(${disputeCategory.parentCode}, ${mediationCase.category})`;
  const categoryRows = db
    .select({ code: national, n: count() })
    .from(mediationCase)
    .leftJoin(disputeCategory, eq(disputeCategory.code, mediationCase.category))
    .where(mediatedWhere)
    .groupBy(national)
    .all();
  const labels = new Map(
    db
      .select({ code: disputeCategory.code, label: disputeCategory.label })
      .from(disputeCategory)
      .where(inArray(disputeCategory.code, categoryRows.map((r) => r.code).concat([''])))
      .all()
      .map((r) => [r.code, r.label]),
  );
  const categories = categoryRows
    .map((r) => ({ label: labels.get(r.code) ?? r.code, count: r.n, code: r.code }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  const bySource = db.select({ source: mediationCase.source, n: count() }).from(mediationCase).where(mediatedWhere).groupBy(mediationCase.source).all();
  const groupOf = (source: string) => caseSources.find((s) => s.code === source)?.group ?? 'applied';
  const sourceGroups = caseSourceGroups.map((g) => ({
    code: g.code,
    label: g.label,
    count: bySource.filter((r) => groupOf(r.source) === g.code).reduce((a, r) => a + r.n, 0),
  }));
  const forms = db
    .select({ form: mediationCase.agreementForm, n: count() })
    .from(mediationCase)
    .where(and(mediatedWhere, eq(mediationCase.state, 'succeeded')))
    .groupBy(mediationCase.agreementForm)
    .all();
  const confirmations = stepCounts(db, 'judicialConfirmation', start, end, sql`json_extract(${caseStep.data}, '$.result') = 'confirmed'`);
  const followUps = stepCounts(db, 'followUp', start, end, sql`json_extract(${caseStep.data}, '$.satisfaction') in ('satisfied', 'basic')`);
  const monthRounds = like(investigation.period, `${period}%`);
  const rounds = db
    .select({ id: investigation.id, n: count(investigationFinding.id), major: sql<number>`coalesce(sum(${investigationFinding.major}), 0)` })
    .from(investigation)
    .leftJoin(investigationFinding, eq(investigationFinding.investigationId, investigation.id))
    .where(monthRounds)
    .groupBy(investigation.id)
    .all();
  const staffT = trainings(db, staffTraining, sql`${staffTraining.staffId}`, start, end);
  const mediatorT = trainings(db, mediatorTraining, sql`${mediatorTraining.mediatorId}`, start, end);
  return {
    period,
    start,
    end,
    received,
    mediated: byState.reduce((a, r) => a + r.n, 0),
    succeeded: stateOf('succeeded')?.n ?? 0,
    failed: stateOf('failed')?.n ?? 0,
    terminated: stateOf('terminated')?.n ?? 0,
    rejected,
    disputeFen: byState.reduce((a, r) => a + Number(r.amount ?? 0), 0),
    agreementFen: Number(stateOf('succeeded')?.agreed ?? 0),
    categories,
    sourceGroups,
    written: forms.find((f) => f.form === 'written')?.n ?? 0,
    oral: forms.find((f) => f.form === 'oral')?.n ?? 0,
    confirmations: confirmations.n,
    confirmed: confirmations.ok,
    followUps: followUps.n,
    satisfied: followUps.ok,
    rounds: rounds.length,
    zeroReports: rounds.filter((r) => r.n === 0).length,
    findings: rounds.reduce((a, r) => a + r.n, 0),
    majorFindings: rounds.reduce((a, r) => a + Number(r.major), 0),
    staffTrainings: staffT.n,
    staffTrained: staffT.people,
    mediatorTrainings: mediatorT.n,
    mediatorsTrained: mediatorT.people,
  };
}
