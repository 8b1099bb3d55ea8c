// Snippet hits shown as the user knows the data: a party's code with its name and field, the dossier's real 卷号.
import type Database from 'better-sqlite3';
import { toHalfWidth } from '../../shared/validators/text';
import { statementsOf } from './statements';

const statements = statementsOf({
  parties: `SELECT "case_id" AS "caseId", "name", "id_number" AS "idNumber", "credit_code" AS "creditCode", "phone", NULL AS "agentOf"
    FROM "case_party" WHERE "case_id" IN (SELECT "value" FROM json_each(?)) ORDER BY "case_id", "sort_order", "id"`,
  agents: `SELECT p."case_id" AS "caseId", a."name", a."id_number" AS "idNumber", NULL AS "creditCode", a."phone", p."name" AS "agentOf"
    FROM "case_agent" a JOIN "case_party" p ON p."id" = a."party_id"
    WHERE p."case_id" IN (SELECT "value" FROM json_each(?)) ORDER BY p."case_id", a."id"`,
  numbers: `SELECT "case_id" AS "caseId", "number" FROM "dossier" WHERE "case_id" IN (SELECT "value" FROM json_each(?))`,
});

/** A party or agent with the codes the index holds for it. */
export interface CodeHolder {
  caseId: number;
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  phone: string | null;
  /** The party an agent acts for; null for a party. */
  agentOf: string | null;
}

const fields = [
  ['idNumber', '身份证号码'],
  ['creditCode', '统一社会信用代码'],
  ['phone', '联系电话'],
] as const;

/** A code as the index holds it: no spaces or dashes, upper case (0931-8123456 → 09318123456). */
const compactCode = (code: string): string => toHalfWidth(code).replace(/[\s-]+/g, '').toUpperCase();

/** The code marked where `needle` (normal form) occurs in it, with a few characters either side. */
function markCode(code: string, needle: string): string | null {
  const at = code.toLowerCase().indexOf(needle);
  if (at < 0) return null;
  const start = Math.max(0, at - 4);
  const end = Math.min(code.length, at + needle.length + 4);
  return `${start > 0 ? '…' : ''}${code.slice(start, at)}【${code.slice(at, at + needle.length)}】${code.slice(at + needle.length, end)}${end < code.length ? '…' : ''}`;
}

/** 张三 身份证号码 3201【0519】… — the first party or agent whose ID number, credit code or phone holds `needle`. */
export function codeHit(holders: readonly CodeHolder[], needle: string): string | null {
  for (const h of holders) {
    for (const [field, label] of fields) {
      const code = h[field];
      const marked = code === null || code === '' ? null : markCode(compactCode(code), needle);
      if (marked !== null) return `${h.agentOf === null ? h.name : `${h.name}（${h.agentOf}的代理人）`} ${label} ${marked}`;
    }
  }
  return null;
}

/** The real 卷号 (full-width brackets as written) with the place the normal-form `needle` matched marked. */
export function numberHit(number: string, needle: string): string | null {
  const chars = [...number];
  const norm = chars.map((c) => toHalfWidth(c).toLowerCase());
  const size = [...needle].length;
  if (size === 0) return null;
  for (let i = 0; i + size <= chars.length; i += 1) {
    if (norm.slice(i, i + size).join('') === needle) {
      return `卷号 ${chars.slice(0, i).join('')}【${chars.slice(i, i + size).join('')}】${chars.slice(i + size).join('')}`;
    }
  }
  return null;
}

/** The parties and agents (parties first) and the 卷号 of each case among `ids`. */
export function hitSourcesOf(sqlite: Database.Database, ids: readonly number[]): { holders: Map<number, CodeHolder[]>; numbers: Map<number, string> } {
  const s = statements(sqlite);
  const idList = JSON.stringify(ids);
  const holders = new Map<number, CodeHolder[]>();
  for (const h of [...s.parties.all(idList), ...s.agents.all(idList)] as CodeHolder[]) {
    holders.set(h.caseId, [...(holders.get(h.caseId) ?? []), h]);
  }
  const numbers = new Map((s.numbers.all(idList) as { caseId: number; number: string }[]).map((r) => [r.caseId, r.number]));
  return { holders, numbers };
}
