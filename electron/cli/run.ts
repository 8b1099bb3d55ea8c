// Parses the command line and runs one command; returns the exit code (usage errors → 2).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { DatabaseCorruptError, MigrationError, type Core } from '../core';
import { AppError } from '../shared/errors';
import { corruptionAdvice, findRecoveryBackups } from '../core/backup';
import { demoScenarios, type DemoScenario } from '../core/demo-seed';
import { localDbPath } from '../core/local-core';
import { appVersion, sourceMigrationsFolder } from '../core/resources';
import { backup, demo, info, restore, type Io } from './commands';
import { verify } from './verify';
import { doc, DOC_USAGE } from './doc';
import { CliError, exportPackage, importPackageFile, registerOffice, report, verifyPackageFile } from './report';

const isDemoScenario = (v: string): v is DemoScenario => (demoScenarios as readonly string[]).includes(v);

export const USAGE = `用法：npm run cli -- <命令> [选项]

命令：
  demo            向空数据库写入演示数据：一个司法所及其工作人员、党支部、调委会与企业、调解员、共建活动、
                  矛盾纠纷排查、各种状态的调解案件与卷宗，并列出各项工作提醒的条数和消除方法
  info            显示本所信息和数据统计
  backup          备份数据库和附件到数据目录的 backups/manual/，并校验备份
  restore <备份>  从备份文件夹恢复（先校验；当前数据库和附件移到 backups/before-restore-<时间>/）。
                  恢复前请先关闭台账程序
  verify          校验审计日志的哈希链：发现被改动、删除或插入的记录时退出码为 1
  verify <数据包>  校验一个数据包（zip 安全、BagIt 完整性、签名、记录格式）：通过退出码 0，否则 1 并列出每个问题
  report          统计报表（--period 2026-10、2026-Q4 或 2026）：默认在终端显示；--format xlsx|pdf|docx|json
                  [--out 文件] 导出；--district 显示全区统计（已导入的各所数据包）
  export          导出数据包（--period 2026-10 [--out 文件] [--data-only]）：三统一不一致或卷宗不全时列出案件并
                  退出码 1；默认写入数据目录的 exports/上报/；--data-only 不含卷宗 PDF
  import <数据包>  区司法局：校验并导入数据包（重复导入不改变数据；同一所同一期间较新的包替换较早的）
  register-office 区司法局：登记司法所的签名公钥（--code <机构代码> --name <名称> --key <公钥>；公钥见司法所
                  “数据上报”页，或 verify 未登记的数据包时显示），登记前请电话核对指纹
${DOC_USAGE}

选项：
  --db <文件>        数据库文件（默认：用户数据目录中的 ledger.sqlite，或环境变量 LEDGER_DB）
  --staff <人数>     demo 写入的工作人员人数，1–100，默认 8
  --scenario <情形>  demo 的情形：full（默认，含党支部，除“符合条件未建立党支部”外每项提醒都有）
                     或 no-branch（尚未建立党支部：出现“符合条件未建立党支部”，在“党建 → 党支部”建立后消除）
  --to <文件夹>      backup 另存一份到此文件夹（如 U 盘）
  --case/--id/--step <编号>, --period <月份>, --format <pdf|docx>, --out <文件>   doc 的选项（见上）
  --period, --format, --out, --district   report 和 export 的选项（见上）
  -h, --help         显示本帮助`;

/** Positional arguments each command takes after its name. */
const arity: Record<string, readonly number[]> = { demo: [0], info: [0], backup: [0], restore: [1], verify: [0, 1], doc: [1], report: [0], export: [0], import: [1], 'register-office': [0] };

function usageError(io: Io, message: string): number {
  io.err(`${message}\n\n${USAGE}`);
  return 2;
}

export async function runCli(
  argv: string[],
  io: Io,
  open: (dbArg: string | undefined) => Core,
  locate: (dbArg: string | undefined) => string = localDbPath,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        staff: { type: 'string' },
        scenario: { type: 'string' },
        to: { type: 'string' },
        case: { type: 'string' },
        id: { type: 'string' },
        step: { type: 'string' },
        period: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        district: { type: 'boolean' },
        'data-only': { type: 'boolean' },
        code: { type: 'string' },
        name: { type: 'string' },
        key: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError(io, `参数错误：${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const [command, ...extra] = positionals;
  if (command === undefined || !(command in arity) || !arity[command]!.includes(extra.length)) {
    return usageError(io, command === undefined ? '缺少命令' : command === 'restore' ? 'restore 需要一个备份文件夹' : command === 'doc' ? 'doc 需要一个文书代码，或 dossier、batch、list' : command === 'import' ? 'import 需要一个数据包文件' : `未知命令或多余参数：${positionals.join(' ')}`);
  }
  const staffCount = Number(values.staff ?? '8');
  if (command === 'demo' && (!Number.isInteger(staffCount) || staffCount < 1 || staffCount > 100)) return usageError(io, '--staff 应为 1–100 的整数');
  const scenario = values.scenario ?? 'full';
  if (command === 'demo' && !isDemoScenario(scenario)) return usageError(io, `--scenario 应为 ${demoScenarios.join(' 或 ')}`);
  if (command !== 'demo' && (values.staff !== undefined || values.scenario !== undefined)) return usageError(io, '--staff 和 --scenario 只用于 demo 命令');
  if (command !== 'backup' && values.to !== undefined) return usageError(io, '--to 只用于 backup 命令');
  const docFlags = ['case', 'id', 'step'] as const;
  if (command !== 'doc' && docFlags.some((f) => values[f] !== undefined)) return usageError(io, '--case、--id、--step 只用于 doc 命令');
  const periodFlags = ['period', 'format', 'out'] as const;
  if (!['doc', 'report', 'export'].includes(command) && periodFlags.some((f) => values[f] !== undefined)) return usageError(io, '--period、--format、--out 只用于 doc、report、export 命令');
  if (command === 'export' && values.format !== undefined) return usageError(io, 'export 不接受 --format（数据包总是 zip）');
  if (command !== 'report' && values.district !== undefined) return usageError(io, '--district 只用于 report 命令');
  if (command !== 'export' && values['data-only'] !== undefined) return usageError(io, '--data-only 只用于 export 命令');
  if (command !== 'register-office' && [values.code, values.name, values.key].some((v) => v !== undefined)) return usageError(io, '--code、--name、--key 只用于 register-office 命令');
  if (command === 'restore') {
    const knownMigrationMillis = readMigrationFiles({ migrationsFolder: sourceMigrationsFolder }).at(-1)?.folderMillis ?? 0;
    const reopen = () => open(values.db).close();
    return restore(io, { dbPath: locate(values.db), from: extra[0]!, knownMigrationMillis, reopen });
  }
  let core: Core;
  try {
    core = open(values.db);
  } catch (error) {
    if (error instanceof DatabaseCorruptError) {
      corruptionAdvice(error.file, error.problems, findRecoveryBackups(path.dirname(error.file))).forEach((line) => io.err(line));
      return 1;
    }
    if (error instanceof MigrationError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
  try {
    if (command === 'backup') return await backup(core, io, appVersion, values.to);
    if (command === 'verify') return extra.length === 1 ? await verifyPackageFile(core, io, extra[0]!) : await verify(core, io);
    if (command === 'report') return await report(core, io, values);
    if (command === 'export') return await exportPackage(core, io, values);
    if (command === 'import') return await importPackageFile(core, io, extra[0]!);
    if (command === 'register-office') return await registerOffice(core, io, values);
    if (command === 'doc') return await doc(core, io, extra[0]!, values);
    return command === 'demo' && isDemoScenario(scenario) ? await demo(core, io, staffCount, scenario) : await info(core, io);
  } catch (error) {
    io.err((error as Error).message);
    if (!(error instanceof CliError) && !(error instanceof AppError)) console.error(error);
    return 1;
  } finally {
    core.close();
  }
}
