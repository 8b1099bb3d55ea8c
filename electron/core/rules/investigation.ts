// Queries of the investigation rules: missed rounds, and major disputes still open.
import { and, asc, eq, notInArray } from 'drizzle-orm';
import { investigation, investigationFinding } from '../../../drizzle/schema';
import { periodLabel } from '../../shared/investigation-period';
import { missedRounds } from '../../shared/rules/investigation-missed';
import { findingStatuses, riskLevels } from '../../shared/register-codes';
import { labelOf } from '../../shared/codes';
import type { ReminderItem } from '../../shared/schemas/reminder';
import type { Db } from '../db/open';

const levelLabels = { street: '街道半月排查', district: '区级月度排查' } as const;

export function investigationMissedItems(db: Db, today: string): ReminderItem[] {
  const rounds = db.selectDistinct({ level: investigation.level, period: investigation.period }).from(investigation).all();
  return missedRounds(rounds, today).map(({ level, period, label }) => ({
    id: `${level}:${period}`,
    label,
    detail: `未登记${levelLabels[level]}（无纠纷也应零报告）`,
    path: `investigations?new=${level}:${period}`,
  }));
}

export function majorDisputesOpenItems(db: Db): ReminderItem[] {
  return db
    .select({
      id: investigationFinding.id,
      summary: investigationFinding.summary,
      parties: investigationFinding.parties,
      status: investigationFinding.status,
      riskLevel: investigationFinding.riskLevel,
      period: investigation.period,
    })
    .from(investigationFinding)
    .innerJoin(investigation, eq(investigation.id, investigationFinding.investigationId))
    .where(and(eq(investigationFinding.major, true), notInArray(investigationFinding.status, ['resolved', 'referred'])))
    .orderBy(asc(investigationFinding.id))
    .all()
    .map((f) => ({
      id: String(f.id),
      label: f.summary,
      detail: `${f.parties}；${labelOf(findingStatuses, f.status)}，风险${labelOf(riskLevels, f.riskLevel)}（${periodLabel(f.period)}排查发现）`,
      path: 'major-disputes',
    }));
}
