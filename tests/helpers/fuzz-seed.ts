// Test helper: fills a temp core for fuzzing (the demo, plus a case made through this core) and keeps each method's real inputs.
import type { DemoCall } from '../../electron/core/demo-kit';
import { seedDemo } from '../../electron/core/demo-seed';
import { xlsxEntities, xlsxLists } from '../../electron/shared/schemas/xlsx';
import { applicant, respondent } from '../integration/case-workflow-fixtures';
import { stepOf } from '../unit/case-state-fixtures';
import { ok, type TempCore } from './temp-core';

export interface FuzzSeed {
  /** Up to six real inputs per method, as the demo and this seeding sent them. */
  samples: Map<string, unknown[]>;
  /** Templates and an export of the staff register: real workbooks to mutate. */
  workbooks: Buffer[];
}

export async function seedForFuzz(core: TempCore): Promise<FuzzSeed> {
  const samples = new Map<string, unknown[]>();
  const call: DemoCall = async (method, input) => {
    const list = samples.get(method) ?? [];
    if (list.length < 6) samples.set(method, [...list, structuredClone(input)]);
    return ok(core, method, input);
  };
  const { today } = await call('reminder.summary', {});
  await seedDemo(call, { staffCount: 4, today, scenario: 'full' });

  // The demo makes its cases through a second core on a past clock, so one case is made here to record case inputs.
  const mediator = (await call('mediator.list', {})).items[0]!;
  const created = await call('case.create', {
    committeeId: mediator.committeeId,
    source: 'applied',
    receivedOn: '2026-11-02',
    category: '02',
    facts: '李四家卫生间漏水，致张三家天花板受损',
    requests: '赔偿维修费5000元',
    amountFen: 500_000,
    mediatorIds: [mediator.id],
    parties: [respondent, applicant],
  });
  await call('party.create', { caseId: created.id, data: { role: 'applicant', kind: 'person', name: '王五', gender: 'male', phone: '13600136000' } });
  await call('caseStep.create', { caseId: created.id, step: stepOf.accept('2026-11-03') });
  await call('caseStep.create', { caseId: created.id, step: stepOf.session('2026-11-05') });
  await call('dossier.open', { caseId: created.id, openedOn: '2026-11-03' });
  await call('case.checkDuplicates', { parties: [applicant] });
  await call('case.threeCounts', { period: '2026-11' });
  await call('case.month', { month: '2026-11' });

  const investigation = (await call('investigation.list', {})).items[0]!;
  await call('attachment.add', { ownerType: 'investigation', ownerId: investigation.id, name: '排查记录.pdf', dataBase64: Buffer.from('%PDF-1.7\n%%EOF\n').toString('base64') });

  const workbooks: Buffer[] = [];
  for (const list of xlsxLists) {
    const file = await call('xlsx.export', { list, filters: {} });
    if (list === 'staff') workbooks.push(Buffer.from(file.dataBase64, 'base64'));
  }
  for (const entity of xlsxEntities) workbooks.push(Buffer.from((await call('xlsx.template', { entity })).dataBase64, 'base64'));
  return { samples, workbooks };
}
