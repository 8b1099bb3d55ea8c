// `npm run bench` (second part): the 工作台 rule checks on the demo office, and .xlsx export/preview of a large staff list.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { demo } from '../electron/cli/commands';
import { openCore, type Core } from '../electron/core';
import { sourceMigrationsFolder } from '../electron/core/resources';

const STAFF = Number(process.env.BENCH_STAFF ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 500);
const XLSX_RUNS = Math.max(3, Math.min(10, Math.floor(RUNS / 50)));

async function time(runs: number, fn: () => unknown): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < Math.min(5, runs); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

async function must<T>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

const rows: { what: string; ours: { p50: number; p95: number }; raw?: { p50: number; p95: number } }[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-reg-'));
const open = (name: string) =>
  openCore({ dbPath: path.join(dir, name), migrationsFolder: sourceMigrationsFolder, actor: 'bench', appVersion: 'bench', clock: () => new Date('2026-11-27T02:00:00Z') });
const quiet = { out: () => {}, err: (line: string) => console.error(line) };

const office = open('demo.sqlite');
const big = open('staff.sqlite');
try {
  if ((await demo(office, quiet, 8)) !== 0) throw new Error('demo failed');
  const summary = await time(RUNS, () => must(office, 'reminder.summary', {}));
  rows.push({ what: 'reminder.summary: all 10 rules on the demo office', ours: summary });

  // STAFF people with valid, distinct ID numbers, inserted raw (the bench is about export and preview, not entry).
  const { makeIdNumber } = await import('../electron/core/demo-data');
  const insert = big.handle.sqlite.prepare(
    `INSERT INTO staff (name, name_initials, name_pinyin, id_number, gender, birth_date, ethnicity, political_status, education, post, staffing_type, created_at, updated_at)
     VALUES (?, 'zs', 'zhangsan', ?, ?, ?, '01', '01', '21', '工作人员', 'contract', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  );
  big.handle.sqlite.transaction(() => {
    for (let i = 0; i < STAFF; i++) {
      const birth = `${1960 + (i % 40)}-${String(1 + (Math.floor(i / 40) % 12)).padStart(2, '0')}-${String(1 + (Math.floor(i / 480) % 28)).padStart(2, '0')}`;
      const gender = i % 2 ? 'male' : 'female';
      insert.run(`张三${i}`, makeIdNumber('320102', birth, gender, Math.floor(i / 13_440)), gender, birth);
    }
  })();

  let file = '';
  const exported = await time(XLSX_RUNS, async () => {
    file = (await must<{ dataBase64: string }>(big, 'xlsx.export', { list: 'staff', filters: {} })).dataBase64;
  });
  const rawWrite = await time(XLSX_RUNS, async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('工作人员');
    for (const row of big.handle.sqlite.prepare('SELECT name, id_number, birth_date, phone FROM staff').raw().all()) sheet.addRow(row as unknown[]);
    await book.xlsx.writeBuffer();
  });
  rows.push({ what: `xlsx.export of ${STAFF} staff (all columns as text, labels)`, ours: exported, raw: rawWrite });

  const preview = await time(XLSX_RUNS, () => must(big, 'xlsx.preview', { entity: 'staff', dataBase64: file }));
  const rawRead = await time(XLSX_RUNS, async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file, 'base64') as unknown as Parameters<typeof book.xlsx.load>[0]);
  });
  rows.push({ what: `xlsx.preview of that file (zip guard, parse, validate ${STAFF} rows, dry run)`, ours: preview, raw: rawRead });
} finally {
  office.close();
  big.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

const fmt = (s: { p50: number; p95: number }) => `${s.p50.toFixed(2)} / ${s.p95.toFixed(2)} ms`;
console.log(`\n司法所台账 register benchmarks — rules ${RUNS} runs, xlsx ${XLSX_RUNS} runs, after warm-up; p50 / p95\n`);
console.log('| what | through dispatch | raw exceljs / none, same run | ratio p50 |');
console.log('|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.what} | ${fmt(r.ours)} | ${r.raw ? fmt(r.raw) : '—'} | ${r.raw ? (r.ours.p50 / r.raw.p50).toFixed(2) + '×' : '—'} |`);
}
