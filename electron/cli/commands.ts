// CLI commands over the core: `demo` fills an empty database, `info` prints the office and counts.
import type { Core } from '../core';
import { demoOffice, demoStaff, demoTrainings } from '../core/demo-data';
import type { MethodName, MethodOutput } from '../shared/contract';
import type { Office } from '../shared/schemas/office';
import { shanghaiDate } from '../shared/validators/date';

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

export async function demo(core: Core, io: Io, staffCount: number): Promise<number> {
  const existing = await call(core, 'office.get', {});
  const { counts } = await call(core, 'app.info', {});
  if (existing !== null || counts.staff > 0) {
    io.err(`数据库中已有数据（${existing?.name ?? `工作人员 ${counts.staff} 人`}），demo 只填充空数据库，未作任何改动。`);
    return 1;
  }
  const people = demoStaff(staffCount);
  await call(core, 'office.save', { ...demoOffice, head: people[0]?.name ?? null });
  const ids: number[] = [];
  for (const person of people) ids.push((await call(core, 'staff.create', person)).id);
  const trainings = demoTrainings(people.length, shanghaiDate(new Date()));
  for (const { index, training } of trainings) await call(core, 'staffTraining.create', { staffId: ids[index], ...training });
  io.out(`已写入演示数据：${demoOffice.name}，工作人员 ${people.length} 人，培训记录 ${trainings.length} 条。`);
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
