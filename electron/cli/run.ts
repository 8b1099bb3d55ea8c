// Parses the command line and runs one command; returns the exit code (usage errors → 2).
import { parseArgs } from 'node:util';
import { MigrationError, type Core } from '../core';
import { demoScenarios, type DemoScenario } from '../core/demo-seed';
import { demo, info, type Io } from './commands';

const isDemoScenario = (v: string): v is DemoScenario => (demoScenarios as readonly string[]).includes(v);

export const USAGE = `用法：npm run cli -- <命令> [选项]

命令：
  demo   向空数据库写入演示数据：一个司法所及其工作人员、党支部、调委会与企业、调解员、共建活动、
         矛盾纠纷排查，并列出各项工作提醒的条数和消除方法
  info   显示本所信息和数据统计

选项：
  --db <文件>        数据库文件（默认：用户数据目录中的 ledger.sqlite，或环境变量 LEDGER_DB）
  --staff <人数>     demo 写入的工作人员人数，1–100，默认 8
  --scenario <情形>  demo 的情形：full（默认，含党支部，除“符合条件未建立党支部”外每项提醒都有）
                     或 no-branch（尚未建立党支部：出现“符合条件未建立党支部”，在“党建 → 党支部”建立后消除）
  -h, --help         显示本帮助`;

export async function runCli(argv: string[], io: Io, open: (dbArg: string | undefined) => Core): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { db: { type: 'string' }, staff: { type: 'string' }, scenario: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.err(`参数错误：${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const [command, ...extra] = positionals;
  if (command === undefined || extra.length > 0 || !['demo', 'info'].includes(command)) {
    io.err(`${command === undefined ? '缺少命令' : `未知命令或多余参数：${positionals.join(' ')}`}\n\n${USAGE}`);
    return 2;
  }
  const staffCount = Number(values.staff ?? '8');
  if (command === 'demo' && (!Number.isInteger(staffCount) || staffCount < 1 || staffCount > 100)) {
    io.err(`--staff 应为 1–100 的整数\n\n${USAGE}`);
    return 2;
  }
  const scenario = values.scenario ?? 'full';
  if (command === 'demo' && !isDemoScenario(scenario)) {
    io.err(`--scenario 应为 ${demoScenarios.join(' 或 ')}\n\n${USAGE}`);
    return 2;
  }
  if (command !== 'demo' && (values.staff !== undefined || values.scenario !== undefined)) {
    io.err(`--staff 和 --scenario 只用于 demo 命令\n\n${USAGE}`);
    return 2;
  }
  let core: Core;
  try {
    core = open(values.db);
  } catch (error) {
    if (error instanceof MigrationError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
  try {
    return command === 'demo' && isDemoScenario(scenario) ? await demo(core, io, staffCount, scenario) : await info(core, io);
  } catch (error) {
    io.err((error as Error).message);
    return 1;
  } finally {
    core.close();
  }
}
