// `npm run cli -- report …` and `export …`: the period's statistics (office or district) and the upload package.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../core';
import type { MethodName, MethodOutput } from '../shared/contract';
import type { ReportFigures } from '../shared/schemas/statistics';
import type { Io } from './commands';

export class CliError extends Error {}

export async function call<M extends MethodName>(core: Core, method: M, input: unknown): Promise<MethodOutput<M>> {
  const result = await core.dispatch(method, input);
  if (!result.ok) {
    const field = result.error.field ? `（字段 ${result.error.field}）` : '';
    throw new CliError(`${result.error.message}${field}`);
  }
  return result.value as MethodOutput<M>;
}

export interface ReportOptions {
  period?: string;
  format?: string;
  out?: string;
  district?: boolean;
  'data-only'?: boolean;
}

const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}%`);

/** The figures as text lines, in the paper table's order. */
export function figureLines(f: ReportFigures): string[] {
  const c = f.cases;
  const shares = (items: ReportFigures['categories']) =>
    items.filter((s) => s.count > 0).map((s) => `${s.label} ${s.count}（${pct(s.percent)}）`).join('，') || '无';
  return [
    `  受理 ${c.received} 件，调解 ${c.mediated} 件，成功 ${c.succeeded} 件，不成功 ${c.failed} 件，终止 ${c.terminated} 件，不予受理 ${c.rejected} 件`,
    `  调解成功率 ${pct(c.successRate)}；涉及金额 ${c.disputeWan.toFixed(2)} 万元，协议金额 ${c.agreementWan.toFixed(2)} 万元`,
    `  纠纷类型：${shares(f.categories)}`,
    `  来源：${shares(f.sources)}`,
    `  书面协议 ${f.agreements.written} 件，口头协议 ${f.agreements.oral} 件；司法确认 ${f.agreements.confirmations} 件（确认有效 ${f.agreements.confirmed} 件）；履行 ${f.agreements.performances} 次（全部履行 ${f.agreements.performed} 次）；回访 ${f.agreements.followUps} 次（满意 ${f.agreements.satisfied} 次）`,
    `  预防：防止民转刑 ${f.prevention.criminalCases} 件 ${f.prevention.criminalPersons} 人，防止群体性上访 ${f.prevention.petitionCases} 件 ${f.prevention.petitionPersons} 人，防止自杀 ${f.prevention.suicideCases} 件 ${f.prevention.suicidePersons} 人，制止械斗 ${f.prevention.fights} 件，预防纠纷 ${f.prevention.preventedDisputes} 件`,
    `  排查 ${f.investigation.rounds} 次（零报告 ${f.investigation.zeroReports} 次），发现纠纷 ${f.investigation.findings} 件（重大 ${f.investigation.majorFindings} 件）`,
    `  调委会 ${f.organisation.committeesTotal} 个，调解员 ${f.organisation.mediators} 名（专职 ${f.organisation.fullTime} 名）；培训覆盖 ${f.training.trained}/${f.training.mediators}（${pct(f.training.coverage)}）`,
  ];
}

function save(io: Io, out: string | undefined, file: { fileName: string; dataBase64: string }): void {
  const target = path.resolve(out ?? file.fileName);
  fs.writeFileSync(target, Buffer.from(file.dataBase64, 'base64'));
  io.out(`已生成：${target}`);
}

export async function report(core: Core, io: Io, o: ReportOptions): Promise<number> {
  if (o.period === undefined) throw new CliError('report 需要 --period，如 2026-10、2026-Q4 或 2026');
  const format = o.format ?? 'text';
  if (o.district) {
    if (format !== 'text' && format !== 'json') throw new CliError('全区统计只支持 --format text 或 json');
    const r = await call(core, 'district.report', { period: o.period });
    if (format === 'json') return io.out(JSON.stringify(r, null, 2)), 0;
    io.out(`全区统计 ${r.label}：${r.offices.length} 个司法所有数据${r.missing.length > 0 ? `，未报送：${r.missing.map((m) => m.name).join('、')}` : ''}`);
    for (const office of r.offices) {
      io.out(`${office.office?.name ?? ''}（${office.office?.code ?? ''}）`);
      figureLines(office.figures).slice(0, 2).forEach((l) => io.out(l));
    }
    io.out('合计');
    figureLines(r.total.figures).forEach((l) => io.out(l));
    for (const check of r.checks.filter((c) => c.count > 0)) {
      io.out(`  ${check.title}：${check.offices.map((o2) => `${o2.name}（${o2.detail}）`).join('；')}`);
    }
    return 0;
  }
  if (format === 'xlsx') return save(io, o.out, await call(core, 'report.xlsx', { period: o.period })), 0;
  if (format === 'pdf' || format === 'docx') return save(io, o.out, await call(core, 'report.document', { period: o.period, format })), 0;
  const r = await call(core, 'report.get', { period: o.period });
  if (format === 'json') return io.out(JSON.stringify(r, null, 2)), 0;
  if (format !== 'text') throw new CliError('--format 应为 text、json、xlsx、pdf 或 docx');
  io.out(`${r.office?.name ?? '本所'} ${r.label} 人民调解工作统计（${r.start} 至 ${r.end}）`);
  figureLines(r.figures).forEach((l) => io.out(l));
  const hits = r.checks.filter((c) => c.count > 0);
  io.out(hits.length === 0 ? '  工作提醒：无' : `  工作提醒：${hits.map((c) => `${c.title} ${c.count}`).join('；')}`);
  return 0;
}

/** Exports the period's package through the same job the app runs; copies it to --out when given. */
export async function exportPackage(core: Core, io: Io, o: ReportOptions): Promise<number> {
  if (o.period === undefined) throw new CliError('export 需要 --period，如 2026-10');
  const pre = await call(core, 'package.preflight', { period: o.period });
  for (const c of pre.late) io.err(`  提示（逾期录入）：${c.title}${c.number ? `（${c.number}）` : ''}：${c.message}`);
  if (!pre.ready) {
    io.err(`${pre.label}不能导出数据包：`);
    if (!pre.threeCounts.agree) io.err(`  三统一不一致：录入 ${pre.threeCounts.entered} 件，卷宗 ${pre.threeCounts.dossiers} 卷，报表 ${pre.threeCounts.reported} 件`);
    for (const d of pre.threeCounts.differences) io.err(`  案件 ${d.caseId} ${d.title}${d.number ? `（${d.number}）` : ''}：${d.message}`);
    for (const c of pre.incomplete) io.err(`  案件 ${c.caseId} ${c.title}${c.number ? `（${c.number}）` : ''}：${c.message}`);
    return 1;
  }
  let job = await call(core, 'package.exportStart', { period: o.period, dataOnly: o['data-only'] ?? false });
  let stage = '';
  while (job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 200));
    job = await call(core, 'package.exportStatus', { jobId: job.jobId });
    const now = `${job.stage} ${job.done}/${job.total}`;
    if (now !== stage) io.out(`  ${now}`);
    stage = now;
  }
  if (job.state !== 'done' || job.exportId === null) {
    io.err(job.state === 'cancelled' ? '导出已取消' : `导出失败：${job.error ?? '未知原因'}`);
    return 1;
  }
  const record = (await call(core, 'package.exports', {})).items.find((e) => e.id === job.exportId);
  if (record === undefined) throw new CliError('导出记录未找到');
  let file = record.path;
  if (o.out !== undefined) {
    // Like the export itself: the final name appears only once the copy is complete.
    file = path.resolve(o.out);
    const temp = `${file}.${process.pid}.tmp`;
    try {
      fs.copyFileSync(record.path, temp);
      fs.renameSync(temp, file);
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }
  io.out(`已导出数据包：${file}`);
  io.out(`  ${(record.size / 1024).toFixed(0)} KB，SHA-256 ${record.sha256}`);
  io.out(`  签名公钥指纹 ${record.keyFingerprint}`);
  return 0;
}

function readPackageFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch {
    throw new CliError(`无法读取文件：${file}`);
  }
}

/** Verifies a package file and prints its summary and every problem; returns the verification. */
async function checkPackageFile(core: Core, io: Io, file: string, data: Buffer) {
  const { verifyPackage } = await import('../core/district/verify');
  const { registeredKey } = await import('../core/district/import');
  const verified = await verifyPackage(data, (code) => registeredKey(core.handle.db, code), path.basename(file));
  const { result } = verified;
  const s = result.summary;
  if (s !== null) {
    io.out(`数据包：${s.officeName}（${s.officeCode}）${s.period}，格式 ${s.formatVersion}，导出于 ${s.exportedAt}`);
    io.out(`  签名公钥指纹 ${s.keyFingerprint}（${{ registered: '与登记的公钥一致', unknown: '本所公钥尚未登记', mismatch: '与登记的公钥不一致' }[s.keyStatus]}）`);
  }
  io.out(`  SHA-256 ${result.sha256}`);
  if (result.valid) {
    io.out('校验通过：数据包完整、签名有效、记录符合格式。');
    return verified;
  }
  io.err(`校验未通过，共 ${result.problems.length} 个问题：`);
  for (const p of result.problems) io.err(`  [${p.code}] ${p.message}${p.path ? `（${p.path}）` : ''}`);
  if (s?.keyStatus === 'unknown') io.err(`  核对指纹无误后，可在“数据接收（区司法局）→ 登记的司法所”登记公钥：${s.publicKey}`);
  return verified;
}

/** `verify FILE`: every problem of a package, exit code 0 when valid and 1 when not. */
export async function verifyPackageFile(core: Core, io: Io, file: string): Promise<number> {
  const verified = await checkPackageFile(core, io, file, readPackageFile(file));
  return verified.result.valid ? 0 : 1;
}

/** `import FILE`: verifies (printing every problem), then imports; a second import of the same file changes nothing. */
export async function importPackageFile(core: Core, io: Io, file: string): Promise<number> {
  const { importPackage } = await import('../core/district/import');
  const data = readPackageFile(file);
  const verified = await checkPackageFile(core, io, file, data);
  if (!verified.result.valid) return 1;
  const out = await core.runAsync('district.import', (call) => importPackage(call, data, path.basename(file), verified));
  const s = out.verify.summary;
  const what = { imported: '已导入', replaced: '已导入，并替换了该所该期间较早的数据包', unchanged: '此数据包已导入过，未作改动' }[out.outcome];
  io.out(`${what}：${s?.officeName ?? ''}（${s?.officeCode ?? ''}）${s?.period ?? ''}，数据包编号 ${out.packageId}`);
  if (s) io.out(`  ${Object.entries(s.counts).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join('，')}`);
  return 0;
}

export interface RegisterOptions {
  code?: string;
  name?: string;
  key?: string;
}

/** `register-office`: the district registers an office's public key (read to it over the phone as a fingerprint). */
export async function registerOffice(core: Core, io: Io, o: RegisterOptions): Promise<number> {
  if (o.code === undefined || o.name === undefined || o.key === undefined) throw new CliError('register-office 需要 --code <机构代码> --name <司法所名称> --key <公钥>');
  const office = await call(core, 'district.saveOffice', { code: o.code, name: o.name, publicKey: o.key });
  io.out(`已登记：${office.name}（${office.code}），公钥指纹 ${office.fingerprint}`);
  io.out('请与司法所“数据上报”页显示的指纹逐字核对。');
  return 0;
}
