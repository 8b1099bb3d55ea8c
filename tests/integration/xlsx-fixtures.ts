// Shared data of the register .xlsx tests: a core filled through dispatch with every register, and workbook helpers.
import ExcelJS from 'exceljs';
import { makeIdNumber } from '../../electron/core/demo-data';
import { creditCheckChar } from '../../electron/shared/validators/credit-code';
import type { XlsxList } from '../../electron/shared/schemas/xlsx';
import { ok, type TempCore } from '../helpers/temp-core';

type Id = { id: number };

export function creditCode(seq: number): string {
  const body = `91320102MA${String(seq).padStart(7, '0')}`;
  return body + creditCheckChar(body);
}

export const personId = (seq: number, birth = '1975-04-12', gender: 'male' | 'female' = seq % 2 ? 'male' : 'female') =>
  makeIdNumber('320102', birth, gender, seq);

/** A workbook as a user would fill in the template: header row, then rows of cell values. */
export async function workbook(sheetName: string, head: string[], rows: ExcelJS.CellValue[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(head);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

export async function exportList(core: TempCore, list: XlsxList, filters: Record<string, unknown> = {}) {
  return ok<{ fileName: string; dataBase64: string }>(core, 'xlsx.export', { list, filters });
}

/** The first sheet of an exported workbook as rows of cell texts (header row first). */
export async function sheetRows(dataBase64: string): Promise<(string | null)[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const ws = wb.worksheets[0]!;
  const rows: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells: (string | null)[] = [];
    for (let c = 1; c <= ws.columnCount; c += 1) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined ? null : String(v));
    }
    rows.push(cells);
  });
  return rows;
}

/** Committees, members, mediators (with training and discipline), enterprises, staff, Party work, joint building, investigations. */
export async function seedRegisters(core: TempCore) {
  const east = await ok<Id>(core, 'committee.create', {
    name: '东湖街道人民调解委员会', kind: 'street', filingNumber: '东司调备〔2020〕1号', filedOn: '2020-05-10', foundedOn: '2019-12-01',
    address: '东湖路1号', phone: '0791-86221234', note: '含“引号”，逗号',
  });
  const medical = await ok<Id>(core, 'committee.create', { name: '医患纠纷人民调解委员会', kind: 'professional', field: 'medical' });
  const village = await ok<Id>(core, 'committee.create', { name: '安康村人民调解委员会', kind: 'village', foundedOn: '2010-03-01' });
  await ok(core, 'committeeMember.create', {
    committeeId: east.id, name: '王芳', gender: 'female', ethnicity: '01', role: 'director', termStart: '2024-06-01', termEnd: '2027-05-31',
  });
  await ok(core, 'committeeMember.create', {
    committeeId: medical.id, name: '李强', gender: 'male', role: 'member', termStart: '2021-01-01', termEnd: '2023-12-31', leftOn: '2023-06-01',
  });

  const mediators: Id[] = [];
  const committees = [east.id, medical.id, village.id];
  for (let i = 0; i < 7; i += 1) {
    mediators.push(
      await ok<Id>(core, 'mediator.create', {
        name: ['张调解', '李明', '欧阳慧', '赵四', '钱五', '孙六', '周七'][i], idNumber: personId(100 + i, `197${i}-0${i + 1}-1${i}`),
        ethnicity: i === 2 ? '03' : '01', politicalStatus: i % 2 ? '13' : '01', education: '21', phone: i % 3 ? '13800138000' : null,
        committeeId: committees[i % 3], employment: i % 2 ? 'partTime' : 'fullTime', qualifications: i === 1 ? '法律职业资格' : null,
        inExpertPool: i < 2, expertField: i < 2 ? '医疗纠纷' : null, title: i === 0 ? '一级人民调解员' : null,
        startedOn: `201${i}-06-01`, leftOn: i === 6 ? '2025-01-31' : null, note: i === 3 ? '多行\n备注' : null,
      }),
    );
  }
  await ok(core, 'mediatorTraining.create', {
    mediatorId: mediators[0]!.id, title: '人民调解员岗前培训', kind: 'centralized', startDate: '2026-03-01', endDate: '2026-03-03', hours: 16, organizer: '区司法局',
  });
  await ok(core, 'mediatorDiscipline.create', { mediatorId: mediators[3]!.id, occurredOn: '2025-05-01', kind: 'criticism', reason: 'partiality', detail: null });

  for (let i = 0; i < 4; i += 1) {
    await ok(core, 'enterprise.create', {
      name: ['江铃汽车股份有限公司', '洪都商贸有限公司', '小店便利店', '东湖物业公司'][i], creditCode: creditCode(i + 1),
      employees: [1200, 350, 4, 80][i], address: i === 0 ? '迎宾大道1号' : null, contact: i < 2 ? '周明' : null,
      phone: i === 1 ? '0791-88888888' : null, committeeId: i === 0 ? east.id : null, note: i === 3 ? '物业' : null,
    });
  }

  const person = await ok<Id & { idNumber: string }>(core, 'staff.create', {
    name: '欧阳明远', idNumber: personId(7, '1986-06-15', 'male'), ethnicity: '03', politicalStatus: '01', education: '14', post: '所长', staffingType: 'politicalLegal',
  });
  const branch = await ok<Id>(core, 'cpcBranch.create', { name: '司法所支部', foundedOn: '2015-07-01', approvedBy: '区委组织部' });
  const joint = await ok<Id>(core, 'cpcBranch.create', { name: '联合支部', foundedOn: '2018-01-01' });
  const member = { ethnicity: '01', education: '21', joinedOn: '2005-06-01', memberType: 'full', fullOn: '2006-06-01', partyPost: 'member' };
  await ok(core, 'cpcMember.create', { ...member, branchId: branch.id, staffId: person.id, name: '欧阳明远', partyPost: 'secretary' });
  await ok(core, 'cpcMember.create', { ...member, branchId: branch.id, name: '李红', idNumber: personId(21, '1980-03-02', 'female'), phone: '13900139000' });
  await ok(core, 'cpcMember.create', { ...member, branchId: joint.id, name: '王老', gender: 'male', birthDate: '1950-10-01', transferredInOn: '2019-01-01', transferredOutOn: '2024-01-01', note: '已转出' });
  await ok(core, 'cpcMember.create', {
    ...member, branchId: joint.id, name: '小陈', gender: 'female', birthDate: '1998-02-03', joinedOn: '2026-06-01', memberType: 'probationary', fullOn: null,
  });
  await ok(core, 'cpcMeeting.create', {
    branchId: branch.id, kind: 'memberAssembly', heldOn: '2026-03-01', startTime: '09:30', place: '会议室', host: '欧阳明远', recorder: '李红',
    expectedCount: 4, presentCount: 2, absentees: [{ name: '王老', reason: '出差' }, { name: '小陈', reason: '病假' }], topics: '学习党章',
  });

  const court = await ok<Id>(core, 'partnerUnit.create', { kind: 'court', name: '东湖人民法庭', agreementOn: '2024-01-01' });
  const police = await ok<Id>(core, 'partnerUnit.create', { kind: 'policeStation', name: '东湖派出所' });
  const activity = {
    heldOn: '2026-10-15', kind: 'jointMeeting', place: '司法所会议室', ourParticipants: '张三、李四', partnerParticipants: '王庭长',
    summary: '联席会议', results: null, casesCount: 3,
  };
  await ok(core, 'jointActivity.create', { ...activity, partnerUnitId: court.id });
  await ok(core, 'jointActivity.create', { ...activity, partnerUnitId: police.id, kind: 'jointMediation', casesCount: null });

  const round = {
    level: 'street', period: '2026-11-H1', kind: 'routine', conductedOn: '2026-11-12', grid: '东城第三网格',
    investigators: '李明、王芳', method: '走访', responsible: '张所长', reportedOn: '2026-11-14', note: null,
  };
  await ok(core, 'investigation.create', round);
  const found = await ok<Id>(core, 'investigation.create', { ...round, period: '2026-11-H2', conductedOn: '2026-11-20', reportedOn: null });
  await ok(core, 'investigationFinding.create', {
    investigationId: found.id, category: '08', summary: '拆迁补偿款分配争议', parties: '赵某、钱某', grid: null, riskLevel: 'high',
    responsible: '李明', status: 'pending', major: true, resolvedOn: null, note: null,
  });
  return { east, medical, village, branch, joint, person };
}
