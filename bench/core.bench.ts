// `npm run bench`: the core through dispatch vs raw better-sqlite3 on the same file, same run (see shared/notes/perf-anchors.md).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore, type Core } from '../electron/core';
import { demoStaff, makeIdNumber } from '../electron/core/demo-data';
import { sourceMigrationsFolder } from '../electron/core/resources';

const STAFF = Number(process.env.BENCH_STAFF ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 500);

function stats(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

async function time(runs: number, fn: (i: number) => unknown): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < Math.min(50, runs); i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

async function must(core: Core, method: string, input: unknown): Promise<unknown> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}

/** A distinct valid ID number for every n (birth dates spread over 40 years, 100 sequence numbers each). */
function uniqueId(area: string, n: number): string {
  const birth = `${1960 + (n % 40)}-${String(1 + (Math.floor(n / 40) % 12)).padStart(2, '0')}-${String(1 + (Math.floor(n / 480) % 28)).padStart(2, '0')}`;
  return makeIdNumber(area, birth, n % 2 ? 'male' : 'female', Math.floor(n / 13_440));
}

const rows: { what: string; ours: { p50: number; p95: number }; raw?: { p50: number; p95: number } }[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-'));
const core = openCore({ dbPath: path.join(dir, 'bench.sqlite'), migrationsFolder: sourceMigrationsFolder, actor: 'bench', appVersion: 'bench' });
const raw = core.handle.sqlite;

try {
  const people = demoStaff(Math.min(STAFF, 100), 7);
  let seq = 0;
  const unique = (i: number) => ({ ...people[i % people.length]!, startDate: '2020-01-01', idNumber: uniqueId('110105', seq++) });
  const insertRaw = raw.prepare(
    `INSERT INTO staff (name, name_initials, name_pinyin, id_number, gender, birth_date, ethnicity, political_status, education, post, staffing_type, created_at, updated_at)
     VALUES (?, 'x', 'x', ?, 'male', '1980-01-01', '01', '01', '21', 'p', 'contract', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  );
  const auditRaw = raw.prepare("INSERT INTO audit_log (at, actor, method, entity, entity_id, after) VALUES ('t', 'b', 'm', 'staff', ?, ?)");
  const createRaw = raw.transaction((i: number) => {
    const id = insertRaw.run(`raw${i}`, `R${String(i).padStart(17, '0')}`).lastInsertRowid;
    auditRaw.run(String(id), '{}');
  });

  let rawSeq = 0;
  const create = await time(RUNS, (i) => must(core, 'staff.create', unique(i)));
  const createBase = await time(RUNS, () => createRaw(rawSeq++));
  rows.push({ what: 'staff.create (validate, pinyin, insert + audit row, fsync)', ours: create, raw: createBase });

  // Fill up to STAFF people in one raw transaction so the list benches see a realistic table.
  const fill = raw.transaction(() => {
    for (let i = seq; i < STAFF; i++) insertRaw.run(people[i % people.length]!.name, uniqueId('320102', i));
  });
  fill();
  raw.exec("UPDATE staff SET name_initials = 'x', name_pinyin = 'x' WHERE name_initials = 'x'");

  const listRaw = raw.prepare(
    `SELECT * FROM staff WHERE name LIKE ? ESCAPE '\\' OR name_initials LIKE ? ESCAPE '\\' OR name_pinyin LIKE ? ESCAPE '\\' OR id_number LIKE ? ESCAPE '\\'
     ORDER BY name_pinyin, id LIMIT 20 OFFSET 0`,
  );
  const countRaw = raw.prepare(
    `SELECT COUNT(*) FROM staff WHERE name LIKE ? ESCAPE '\\' OR name_initials LIKE ? ESCAPE '\\' OR name_pinyin LIKE ? ESCAPE '\\' OR id_number LIKE ? ESCAPE '\\'`,
  );
  const search = await time(RUNS, () => must(core, 'staff.list', { q: 'zs', sort: 'name' }));
  const searchBase = await time(RUNS, () => {
    listRaw.all('%zs%', 'zs%', 'zs%', '%ZS%');
    countRaw.pluck().get('%zs%', 'zs%', 'zs%', '%ZS%');
  });
  rows.push({ what: `staff.list search "zs" over ${STAFF} staff (page + total)`, ours: search, raw: searchBase });

  const pageRaw = raw.prepare('SELECT * FROM staff ORDER BY created_at, id LIMIT 20 OFFSET ?');
  const totalRaw = raw.prepare('SELECT COUNT(*) FROM staff');
  const page = await time(RUNS, (i) => must(core, 'staff.list', { page: 1 + (i % 50), pageSize: 20 }));
  const pageBase = await time(RUNS, (i) => {
    pageRaw.all((i % 50) * 20);
    totalRaw.pluck().get();
  });
  rows.push({ what: `staff.list page 1–50 of ${STAFF}, no search`, ours: page, raw: pageBase });

  const getRaw = raw.prepare('SELECT * FROM staff WHERE id = ?');
  const get = await time(RUNS, (i) => must(core, 'staff.get', { id: 1 + (i % STAFF) }));
  const getBase = await time(RUNS, (i) => getRaw.get(1 + (i % STAFF)));
  rows.push({ what: 'staff.get by id (dispatch overhead)', ours: get, raw: getBase });

  const file = path.join(dir, 'bench.sqlite');
  const open = await time(20, () => {
    const c = openCore({ dbPath: file, migrationsFolder: sourceMigrationsFolder, actor: 'bench', appVersion: 'bench' });
    c.close();
  });
  rows.push({ what: 'open DB (pragmas + migration check), close', ours: open });
} finally {
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

const fmt = (s: { p50: number; p95: number }) => `${s.p50.toFixed(3)} / ${s.p95.toFixed(3)} ms`;
console.log(`\n司法所台账 core benchmarks — ${RUNS} runs each after warm-up; p50 / p95\n`);
console.log('| what | through dispatch | raw better-sqlite3, same run | ratio p50 |');
console.log('|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.what} | ${fmt(r.ours)} | ${r.raw ? fmt(r.raw) : '—'} | ${r.raw ? (r.ours.p50 / r.raw.p50).toFixed(2) + '×' : '—'} |`);
}
