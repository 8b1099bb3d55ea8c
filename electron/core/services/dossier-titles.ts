// 卷名 of a few cases at once (for 三统一 differences and 工作台 items), deleted cases included.
import { asc, inArray } from 'drizzle-orm';
import { caseParty, disputeCategory, mediationCase } from '../../../drizzle/schema';
import { caseTitle } from '../../shared/rules/case-title';
import type { Db } from '../db/open';

const CHUNK = 500;

export function caseTitlesOf(db: Db, ids: readonly number[]): Map<number, string> {
  const titles = new Map<number, string>();
  if (ids.length === 0) return titles;
  const labels = new Map(db.select({ code: disputeCategory.code, label: disputeCategory.label }).from(disputeCategory).all().map((r) => [r.code, r.label]));
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const cases = db.select({ id: mediationCase.id, category: mediationCase.category }).from(mediationCase).where(inArray(mediationCase.id, chunk)).all();
    const parties = db
      .select({ caseId: caseParty.caseId, role: caseParty.role, name: caseParty.name })
      .from(caseParty)
      .where(inArray(caseParty.caseId, chunk))
      .orderBy(asc(caseParty.caseId), asc(caseParty.sortOrder), asc(caseParty.id))
      .all();
    for (const c of cases) {
      const own = parties.filter((p) => p.caseId === c.id);
      const names = (role: string) => own.filter((p) => p.role === role).map((p) => p.name);
      titles.set(c.id, caseTitle(names('applicant'), names('respondent'), labels.get(c.category) ?? ''));
    }
  }
  return titles;
}
