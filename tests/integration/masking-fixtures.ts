// Canary data for the masking tests: people with known ID numbers and phones entered through the API, and logins by role.
import PizZip from 'pizzip';
import ExcelJS from 'exceljs';
import { makeIdNumber } from '../../electron/core/demo-data';
import { creditCode } from './xlsx-fixtures';
import type { Role } from '../../electron/shared/schemas/auth';
import type { CaseDetail } from '../../electron/shared/schemas/case';
import { PDFDocument } from '@cantoo/pdf-lib';
import { pdfText, squeeze } from '../helpers/pdf-text';
import { ok, type TempCore } from '../helpers/temp-core';
import { addCommittee, mediatorOf } from './mediator-helpers';

/** Canary ID numbers (valid) and mobiles; none of them may ever appear whole in a readonly viewer's output. */
export const ids = ['11010519491231002X', ...[1, 2, 3, 4, 5].map((n) => makeIdNumber('110105', `196${n}-0${n}-1${n}`, 'male', 40 + n))];
export const phones = Array.from({ length: 9 }, (_, i) => `1391234567${i}`);
export const canaries = [...ids, ...phones];

export interface Seeded {
  staffId: number;
  memberId: number;
  branchId: number;
  mediatorId: number;
  committeeId: number;
  enterpriseId: number;
  partnerId: number;
  caseId: number;
}

/** Staff, a Party member, a mediator, a committee member, an enterprise and partner contact, a case with agent and dossier. */
export async function seedCanaries(core: TempCore): Promise<Seeded> {
  const call = <T = { id: number }>(method: string, input: unknown) => ok<T>(core, method, input);
  const committeeId = addCommittee(core, '城关社区人民调解委员会');
  const staffId = (await call('staff.create', {
    name: '欧阳明远', idNumber: ids[1], ethnicity: '01', politicalStatus: '01', education: '14', post: '所长', staffingType: 'politicalLegal', phone: phones[0],
  })).id;
  const branchId = (await call('cpcBranch.create', { name: '司法所支部', foundedOn: '2015-07-01' })).id;
  const memberId = (await call('cpcMember.create', {
    branchId, name: '李红', idNumber: ids[2], phone: phones[1], ethnicity: '01', education: '21', joinedOn: '2005-06-01', memberType: 'full', fullOn: '2006-06-01', partyPost: 'member',
  })).id;
  const mediatorId = (await call('mediator.create', mediatorOf(committeeId, { idNumber: ids[3], phone: phones[2] }))).id;
  await call('committeeMember.create', {
    committeeId, name: '王芳', gender: 'female', ethnicity: '01', role: 'director', termStart: '2024-06-01', termEnd: '2027-05-31', phone: phones[3],
  });
  const enterpriseId = (await call('enterprise.create', { name: '洪都商贸有限公司', creditCode: creditCode(1), employees: 30, contact: '周明', phone: phones[4], committeeId })).id;
  const partnerId = (await call('partnerUnit.create', { kind: 'court', name: '东湖人民法庭', contact: '王庭长', phone: phones[5] })).id;
  const detail = await call<CaseDetail>('case.create', {
    committeeId, source: 'applied', receivedOn: '2026-11-02', category: '02', facts: '李四家卫生间漏水，致张三家天花板受损', mediatorIds: [mediatorId],
    parties: [
      {
        role: 'applicant', kind: 'person', name: '张三', idNumber: ids[0], phone: phones[6], address: '城关镇东街1号',
        agents: [{ name: '张小明', kind: 'entrusted', authority: 'general', relation: '儿子', idNumber: ids[4], phone: phones[7] }],
      },
      { role: 'respondent', kind: 'person', name: '李四', idNumber: ids[5], phone: phones[8] },
    ],
  });
  await call('caseStep.create', { caseId: detail.id, step: { kind: 'accept', occurredOn: '2026-11-03', people: '王调解' } });
  await call('dossier.open', { caseId: detail.id, openedOn: '2026-11-03' });
  // Scans (a PDF page showing the ID number): the 申请书 (the app generates that form) and the 身份证明 (it does not).
  const scan = await PDFDocument.create();
  // The scan shows the applicant's ID number, as a scanned ID card would.
  scan.addPage([595, 842]).drawText(`ID ${ids[0]}`, { x: 50, y: 700, size: 14 });
  const dataBase64 = Buffer.from(await scan.save()).toString('base64');
  for (const role of ['application', 'idProof']) {
    await call('attachment.add', { ownerType: 'case', ownerId: detail.id, name: `${role}.pdf`, role, dataBase64 });
  }
  return { staffId, memberId, branchId, mediatorId, committeeId, enterpriseId, partnerId, caseId: detail.id };
}

export const PASSWORD = 'Canary-pass-123';

/** Creates a user of `role` (trusted dispatch) and logs a session in as it; returns the session key. */
export async function loginAs(core: TempCore, role: Role): Promise<string> {
  const username = `${role}user`;
  await ok(core, 'user.create', { username, displayName: `测试${role}`, role, password: PASSWORD, confirm: PASSWORD });
  const key = `test:${role}`;
  const result = await core.dispatchAs(key, 'auth.login', { username, password: PASSWORD });
  if (!result.ok) throw new Error(`login as ${role} failed: ${JSON.stringify(result.error)}`);
  return key;
}

/** The text a user would read in a generated file: PDF via pdftotext, Word's document.xml and .xlsx cells. */
export async function fileText(dataBase64: string, kind: 'pdf' | 'docx' | 'xlsx'): Promise<string> {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (kind === 'pdf') return squeeze(pdfText(bytes).text);
  if (kind === 'docx') {
    const xml = new PizZip(bytes).file('word/document.xml')?.asText() ?? '';
    return xml.replace(/<[^>]+>/g, '');
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const cells: string[] = [];
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value ?? ''))));
  return cells.join('\n');
}

/** The canaries found whole in `text`. */
export const leaks = (text: string): string[] => canaries.filter((c) => text.includes(c));
