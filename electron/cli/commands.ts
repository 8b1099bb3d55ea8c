// CLI commands over the core: `demo` fills an empty database and prints the 工作提醒, `info` prints the office and counts, `backup` and `restore`.
import path from 'node:path';
import type { Core } from '../core';
import { BackupError, backupsRoot, copyBackup, createBackup, restoreBackup, secondFolderRoot } from '../core/backup';
import { demoOffice } from '../core/demo-data';
import { clearHints } from '../core/demo-hints';
import type { DemoCall } from '../core/demo-kit';
import { existingData, seedDemo, type DemoScenario } from '../core/demo-seed';
import type { MethodName, MethodOutput } from '../shared/contract';
import type { Office } from '../shared/schemas/office';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

async function call<M extends MethodName>(core: Core, method: M, input: unknown): Promise<MethodOutput<M>> {
  const result = await core.dispatch(method, input);
  if (!result.ok) {
    const field = result.error.field ? `（字段 ${result.error.field}）` : '';
    throw new Error(`${method} 失败：${result.error.message}${field}`);
  }
  return result.value as MethodOutput<M>;
}

export async function demo(core: Core, io: Io, staffCount: number, scenario: DemoScenario = 'full'): Promise<number> {
  const demoCall: DemoCall = (method, input) => call(core, method, input);
  const existing = await existingData(demoCall);
  if (existing !== null) {
    io.err(`数据库中已有数据（${existing}），demo 只填充空数据库，未作任何改动。`);
    return 1;
  }
  const { today } = await call(core, 'reminder.summary', {});
  const n = await seedDemo(demoCall, { staffCount, today, scenario });
  io.out(`已写入演示数据：${demoOffice.name}，工作人员 ${n.staff} 人，培训记录 ${n.staffTrainings} 条。`);
  io.out(`  党建：党支部 ${n.cpcBranches} 个，党员 ${n.cpcMembers} 名，三会一课 ${n.cpcMeetings} 次`);
  io.out(`  人民调解：调委会 ${n.committees} 个（委员 ${n.committeeMembers} 人），企业 ${n.enterprises} 家，调解员 ${n.mediators} 名（培训 ${n.mediatorTrainings} 条，奖惩 ${n.mediatorDisciplines} 条）`);
  io.out(`  共建：共建单位 ${n.partnerUnits} 个，共建活动 ${n.jointActivities} 次`);
  io.out(`  矛盾纠纷排查：${n.investigations} 次（零报告 ${n.zeroReports} 次），发现纠纷 ${n.findings} 件（重大矛盾纠纷 ${n.majorDisputes} 件）`);
  io.out(`  调解案件：${n.cases} 件，卷宗 ${n.dossiers} 卷（已立卷 ${n.closedDossiers} 卷），逾期录入 ${n.lateEntries} 件`);
  const summary = await call(core, 'reminder.summary', {});
  io.out(`工作提醒（按 ${summary.today} 检查，打开“工作台”可见）：`);
  for (const rule of summary.rules) {
    io.out(`  ${rule.title}：${rule.count}`);
    if (rule.count > 0) io.out(`    消除方法：${clearHints[rule.code](rule.items)}`);
    else if (rule.code === 'cpcBranchMissing' && scenario === 'full') io.out('    演示数据已建立党支部；用 --scenario=no-branch 写入尚未建支部的情形可看到此提醒');
  }
  io.out(`数据库：${core.dbPath}`);
  return 0;
}

function describeOffice(office: Office): string[] {
  return [
    `司法所：${office.name}（机构代码 ${office.code}）`,
    `所属：${office.district} ${office.township}`,
    `地址：${office.address ?? '—'}    所长：${office.head ?? '—'}    电话：${office.phone ?? '—'}`,
  ];
}

export async function info(core: Core, io: Io): Promise<number> {
  const office = await call(core, 'office.get', {});
  const app = await call(core, 'app.info', {});
  const staff = await call(core, 'staff.list', { pageSize: 100, sort: 'createdAt' });
  if (office === null) io.out('尚未填写本所信息。');
  else describeOffice(office).forEach((line) => io.out(line));
  io.out(`工作人员：${app.counts.staff} 人`);
  for (const person of staff.items) io.out(`  ${person.name}  ${person.post}`);
  if (staff.total > staff.items.length) io.out(`  ……另有 ${staff.total - staff.items.length} 人`);
  io.out(`数据库：${app.dbPath}（结构版本 ${app.schemaVersion}，程序版本 ${app.version}）`);
  return 0;
}

export async function backup(core: Core, io: Io, appVersion: string, to: string | undefined, now = new Date()): Promise<number> {
  const dataDir = path.dirname(core.dbPath);
  try {
    const made = await createBackup({ sqlite: core.handle.sqlite, dataDir, root: backupsRoot(dataDir), kind: 'manual', now, appVersion });
    const { manifest } = made;
    io.out(`已备份并校验通过：${made.dir}`);
    io.out(`  数据库 ${(manifest.db.size / 1024).toFixed(0)} KB，附件 ${manifest.attachments.count} 个（${(manifest.attachments.bytes / 1024).toFixed(0)} KB）`);
    if (to !== undefined) io.out(`已复制到第二位置并校验通过：${copyBackup(made.dir, secondFolderRoot(path.resolve(to)))}`);
    return 0;
  } catch (error) {
    io.err(error instanceof BackupError ? error.message : `备份失败：${(error as Error).message}`);
    return 1;
  }
}

/** Restores without opening the current database first: it may be the damaged one. `reopen` opens and closes the restored file. */
export function restore(io: Io, options: { dbPath: string; from: string; knownMigrationMillis: number; reopen: () => void }, now = new Date()): number {
  // Accept the folder itself or any file in it (manifest.json, ledger.sqlite), as users will pick either.
  const from = path.resolve(options.from);
  const backupDir = /\.(json|sqlite)$/i.test(from) ? path.dirname(from) : from;
  try {
    const result = restoreBackup({ dbPath: options.dbPath, backupDir, now, knownMigrationMillis: options.knownMigrationMillis, reopen: options.reopen });
    const rows = Object.entries(result.tables).filter(([t]) => !t.startsWith('__')).reduce((sum, [, n]) => sum + n, 0);
    io.out(`已从备份恢复：${backupDir}`);
    io.out(`  共 ${rows} 条记录，附件 ${result.attachments} 个；数据库：${options.dbPath}`);
    io.out(`恢复前的数据库和附件已移到：${result.asideDir}`);
    return 0;
  } catch (error) {
    io.err(error instanceof BackupError ? `${error.message}。未作任何改动。` : (error as Error).message);
    return 1;
  }
}
