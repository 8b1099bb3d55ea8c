// Intake warnings: parties already on record (same ID number / credit code, or name + phone) and open cases between the same sides.
import { and, asc, eq, inArray, isNull, ne, type SQL } from 'drizzle-orm';
import { caseParty, dossier, mediationCase } from '../../../drizzle/schema';
import type { ParsedInput } from '../../shared/contract';
import type { DuplicateCheckResult } from '../../shared/schemas/case-party';
import { normalizePhone } from '../../shared/validators/phone';
import { toHalfWidth } from '../../shared/validators/text';
import type { Db } from '../db/open';
import { caseTitlesOf } from './dossier-titles';

type CheckInput = ParsedInput<'case.checkDuplicates'>;
type InputParty = CheckInput['parties'][number];
type MatchedBy = 'idNumber' | 'creditCode' | 'namePhone';

const MAX_PER_PARTY = 10;
const MAX_OPEN_CASES = 10;

const code = (v: string | null) => (v === null ? null : toHalfWidth(v).replace(/\s+/g, '').toUpperCase());

/** Parties of other, non-deleted cases matching `where` (each condition uses one of case_party's indexes). */
function partiesWhere(db: Db, where: SQL, exceptCaseId: number | null, limit: number) {
  return db
    .select({ id: caseParty.id, caseId: caseParty.caseId, name: caseParty.name, state: mediationCase.state })
    .from(caseParty)
    .innerJoin(mediationCase, eq(mediationCase.id, caseParty.caseId))
    .where(and(where, isNull(mediationCase.deletedAt), exceptCaseId === null ? undefined : ne(caseParty.caseId, exceptCaseId)))
    .orderBy(asc(caseParty.id))
    .limit(limit)
    .all();
}

function matchesOf(db: Db, p: InputParty, exceptCaseId: number | null) {
  const found: { id: number; caseId: number; name: string; state: string; matchedBy: MatchedBy }[] = [];
  const add = (where: SQL, matchedBy: MatchedBy) => {
    for (const row of partiesWhere(db, where, exceptCaseId, MAX_PER_PARTY)) {
      if (found.length < MAX_PER_PARTY && !found.some((f) => f.id === row.id)) found.push({ ...row, matchedBy });
    }
  };
  const idNumber = code(p.idNumber);
  const creditCode = code(p.creditCode);
  if (idNumber) add(eq(caseParty.idNumber, idNumber), 'idNumber');
  if (creditCode) add(eq(caseParty.creditCode, creditCode), 'creditCode');
  if (p.name !== '' && p.phone !== null) add(and(eq(caseParty.name, p.name), eq(caseParty.phone, normalizePhone(p.phone)))!, 'namePhone');
  return found;
}

/** Open cases (待受理 or 调解中) with a party that is the same as `p`: by ID number or credit code when given, else by name. */
function openCasesWith(db: Db, p: InputParty, exceptCaseId: number | null): Set<number> {
  const idNumber = code(p.idNumber);
  const creditCode = code(p.creditCode);
  const where = idNumber
    ? eq(caseParty.idNumber, idNumber)
    : creditCode
      ? eq(caseParty.creditCode, creditCode)
      : p.name !== ''
        ? eq(caseParty.name, p.name)
        : null;
  if (where === null) return new Set();
  const open = and(where, inArray(mediationCase.state, ['received', 'mediating']))!;
  return new Set(partiesWhere(db, open, exceptCaseId, 200).map((r) => r.caseId));
}

/** 卷号 + 卷名 when the case has a dossier, else “收案日期 收案：卷名”. */
function labelsOf(db: Db, caseIds: readonly number[]): Map<number, string> {
  const labels = new Map<number, string>();
  if (caseIds.length === 0) return labels;
  const titles = caseTitlesOf(db, caseIds);
  const cases = db
    .select({ id: mediationCase.id, receivedOn: mediationCase.receivedOn, number: dossier.number })
    .from(mediationCase)
    .leftJoin(dossier, eq(dossier.caseId, mediationCase.id))
    .where(inArray(mediationCase.id, [...caseIds]))
    .all();
  for (const c of cases) {
    const title = titles.get(c.id) ?? '';
    labels.set(c.id, c.number === null ? `${c.receivedOn} 收案：${title}` : `${c.number} ${title}`);
  }
  return labels;
}

export function checkDuplicates(db: Db, input: CheckInput): DuplicateCheckResult {
  const perParty = input.parties.map((p, index) => ({ index, matches: matchesOf(db, p, input.caseId) }));
  const sideCases = (role: string) => {
    const ids = new Set<number>();
    for (const p of input.parties.filter((x) => x.role === role)) for (const id of openCasesWith(db, p, input.caseId)) ids.add(id);
    return ids;
  };
  const respondentCases = sideCases('respondent');
  const open = [...sideCases('applicant')].filter((id) => respondentCases.has(id)).sort((a, b) => a - b).slice(0, MAX_OPEN_CASES);
  const states = new Map(
    open.length === 0
      ? []
      : db.select({ id: mediationCase.id, state: mediationCase.state }).from(mediationCase).where(inArray(mediationCase.id, open)).all().map((r) => [r.id, r.state]),
  );
  const labels = labelsOf(db, [...new Set([...perParty.flatMap((p) => p.matches.map((m) => m.caseId)), ...open])]);
  return {
    parties: perParty.map((p) => ({
      index: p.index,
      matches: p.matches.map((m) => ({
        caseId: m.caseId,
        caseLabel: labels.get(m.caseId) ?? '',
        caseState: m.state,
        partyName: m.name,
        matchedBy: m.matchedBy,
      })),
    })),
    openCases: open.map((id) => ({ caseId: id, caseLabel: labels.get(id) ?? '', caseState: states.get(id) ?? '' })),
  };
}
