// `npm run bench` (cases): a district-sized DB (100k cases, ~300k parties) — case list page and search, vs raw SQLite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore, type Core } from '../electron/core';
import { sourceMigrationsFolder } from '../electron/core/resources';
import { nameKeys } from '../electron/core/search-keys';
import { buildDistrict, rng } from './case-data';
import { alternate, type Stat } from './case-timing';
import { FACT_WORDS_2, FACT_WORDS_3 } from './case-words';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const LIKE_RUNS = Math.max(3, Math.floor(RUNS / 40));

async function list(core: Core, input: Record<string, unknown>): Promise<{ total: number; items: unknown[] }> {
  const r = await core.dispatch('case.list', input);
  if (!r.ok) throw new Error(`case.list: ${r.error.message}`);
  return r.value as { total: number; items: unknown[] };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-cases-'));
const dbPath = path.join(dir, 'district.sqlite');
const core = openCore({ dbPath, migrationsFolder: sourceMigrationsFolder, actor: 'bench', appVersion: 'bench', clock: () => new Date('2026-11-27T02:00:00Z') });
const sqlite = core.handle.sqlite;
const lines: string[] = [];
const fmt = (s: Stat) => `${s.p50.toFixed(2)} / ${s.p95.toFixed(2)} ms`;
/** Page rows: ours / raw (≤ 1.5× wanted). Search rows (`speedup`): LIKE / ours (≥ 20× wanted). */
function row(what: string, ours: Stat, raw: Stat | null, target: string, speedup = false): void {
  const r = (a: number, b: number) => `${(speedup ? b / a : a / b).toFixed(speedup ? 0 : 2)}×`;
  const ratio = raw ? `${r(ours.p50, raw.p50)} / ${r(ours.p95, raw.p95)}` : '—';
  lines.push(`| ${what} | ${fmt(ours)} | ${raw ? fmt(raw) : '—'} | ${ratio} | ${target} |`);
}

try {
  const t0 = performance.now();
  const district = buildDistrict(sqlite, CASES);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.exec('ANALYZE');
  const buildMs = performance.now() - t0;
  const sizeMb = fs.statSync(dbPath).size / 1024 / 1024;
  const random = rng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

  // 1. A filtered, sorted 50-row page: committee + state, newest first, pages 1–3.
  const pageInput = (i: number) => ({ committeeId: 1 + (i % 200), state: 'succeeded', sort: 'receivedOn', order: 'desc', page: 1 + (i % 3), pageSize: 50 });
  const rawPage = sqlite.prepare(`SELECT c.id, c.committee_id, cm.name, c.source, c.category, dc.label, c.received_on, c.state, c.concluded_on,
      c.entered_at, c.amount_fen, c.updated_at, d.number, d.status,
      (SELECT group_concat(p.name, '、') FROM case_party p WHERE p.case_id = c.id AND p.role = 'applicant') AS applicants,
      (SELECT group_concat(p.name, '、') FROM case_party p WHERE p.case_id = c.id AND p.role = 'respondent') AS respondents
    FROM mediation_case c JOIN committee cm ON cm.id = c.committee_id LEFT JOIN dispute_category dc ON dc.code = c.category
    LEFT JOIN dossier d ON d.case_id = c.id
    WHERE c.committee_id = ? AND c.state = ? AND c.deleted_at IS NULL ORDER BY c.received_on DESC, c.id DESC LIMIT 50 OFFSET ?`);
  const rawCount = sqlite.prepare(`SELECT count(*) FROM mediation_case c WHERE c.committee_id = ? AND c.state = ? AND c.deleted_at IS NULL`).pluck();
  const page = await alternate(
    RUNS,
    (i) => list(core, pageInput(i)),
    (i) => {
      const p = pageInput(i);
      rawCount.get(p.committeeId, p.state);
      return rawPage.all(p.committeeId, p.state, (p.page - 1) * 50);
    },
  );
  row('case.list: committee + state, by 收案日期 desc, 50 rows (+ total)', page.a, page.b, 'p95 ≤ 15 ms, ≤ 1.5× raw');
  const year = await alternate(RUNS, (i) => list(core, { year: 2021 + (i % 5), sort: 'receivedOn', order: 'desc', page: 1 + (i % 20), pageSize: 50 }));
  row('case.list: one year (≈20k cases), by 收案日期, pages 1–20', year.a, null, 'p95 ≤ 15 ms');
  const all = await alternate(RUNS, (i) => list(core, { sort: 'receivedOn', order: 'desc', page: 1 + (i % 5), pageSize: 50 }));
  row('case.list: all cases (no filter), by 收案日期, pages 1–5', all.a, null, 'p95 ≤ 15 ms');

  // 2. Search through dispatch; the LIKE scan over the base tables for the same term is the baseline.
  const likeScan = sqlite.prepare(`SELECT c.id FROM mediation_case c WHERE c.deleted_at IS NULL AND (c.facts LIKE :p OR c.requests LIKE :p OR EXISTS
      (SELECT 1 FROM case_party p WHERE p.case_id = c.id AND (p.name LIKE :p OR p.name_initials LIKE :p OR p.name_pinyin LIKE :p OR p.id_number LIKE :p OR p.phone LIKE :p)))
    ORDER BY c.received_on DESC, c.id DESC`).pluck();
  const names3 = district.sampleNames.filter((n) => n.length >= 3);
  const searches: { what: string; terms: () => string }[] = [
    { what: '3+ characters: a full party name (张小兰)', terms: () => pick(names3) },
    { what: '3+ characters: words of the facts (宅基地, 交通事故)', terms: () => pick(FACT_WORDS_3) },
    { what: '2 characters: a 2-character name (张伟), names + facts', terms: () => pick(district.sampleNames.filter((n) => n.length === 2)) },
    { what: '2 characters: a word of the facts (漏水)', terms: () => pick(FACT_WORDS_2) },
    { what: '1 character: a surname (张), names only', terms: () => pick(['张', '李', '周', '韩']) },
    { what: 'pinyin initials, 3 letters (zxl)', terms: () => nameKeys(pick(names3)).initials },
    { what: 'pinyin initials, 2 letters (zx)', terms: () => nameKeys(pick(names3)).initials.slice(0, 2) },
    { what: 'ID number, full 18 characters', terms: () => pick(district.sampleIds) },
    { what: 'ID number, last 6 characters', terms: () => pick(district.sampleIds).slice(-6) },
    { what: 'phone, 11 digits', terms: () => pick(district.samplePhones) },
  ];
  for (const s of searches) {
    const terms = Array.from({ length: RUNS }, s.terms);
    const ours = await alternate(RUNS, (i) => list(core, { q: terms[i], sort: 'receivedOn', order: 'desc', pageSize: 50 }));
    const like = await alternate(LIKE_RUNS, (i) => likeScan.all({ p: `%${terms[i]}%` }).slice(0, 50));
    row(`search ${s.what}`, ours.a, like.a, 'p95 ≤ 30 ms, LIKE/ours ≥ 20×', true);
  }

  console.log(`\n司法所台账 case benchmarks — ${CASES} cases, ${district.parties} parties; ${RUNS} runs (LIKE ${LIKE_RUNS}) after warm-up; p50 / p95`);
  console.log(`Build (migrations done; cases, parties, dossiers, FTS + grams, ANALYZE): ${(buildMs / 1000).toFixed(1)} s; DB size ${sizeMb.toFixed(1)} MiB\n`);
  console.log('| what | through dispatch | raw prepared / LIKE scan, same run | ratio p50 / p95 (page: ours/raw; search: LIKE/ours) | target |');
  console.log('|---|---|---|---|---|');
  for (const l of lines) console.log(l);
} finally {
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
