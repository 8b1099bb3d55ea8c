// List searches must not be oracles for masked values: a readonly viewer finds nothing by ID-number or phone digits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../electron/core/demo-data';
import { permissionOf } from '../../electron/shared/access';
import { loginAs, ok, openTempCore, type LoggedIn, type TempCore } from '../helpers/temp-core';
import { addCommittee, mediatorOf } from './mediator-helpers';
import { creditCode } from './xlsx-fixtures';

const partyId = '11010519491231002X';
const partyPhone = '13912345676';
const agentPhone = '13712340098';
const staffId = makeIdNumber('320102', '1968-07-21', 'male', 31);
const memberId = makeIdNumber('320102', '1972-03-14', 'female', 42);
const mediatorIdNumber = makeIdNumber('320102', '1966-09-05', 'male', 53);
const orgCode = creditCode(7);

interface Page {
  items: { id: number; snippet?: string | null }[];
  total: number;
}

let core: TempCore;
let readonly: LoggedIn;
let staff: LoggedIn;
let caseId: number;

beforeAll(async () => {
  core = openTempCore({ now: '2026-11-10T02:00:00.000Z' });
  const committeeId = addCommittee(core, '城关社区人民调解委员会');
  await ok(core, 'staff.create', {
    name: '欧阳明远', idNumber: staffId, ethnicity: '01', politicalStatus: '01', education: '14', post: '所长', staffingType: 'politicalLegal',
  });
  const branchId = (await ok<{ id: number }>(core, 'cpcBranch.create', { name: '司法所支部', foundedOn: '2015-07-01' })).id;
  await ok(core, 'cpcMember.create', {
    branchId, name: '李红', idNumber: memberId, ethnicity: '01', education: '21', joinedOn: '2005-06-01', memberType: 'full', fullOn: '2006-06-01', partyPost: 'member',
  });
  await ok(core, 'mediator.create', mediatorOf(committeeId, { name: '赵调解', idNumber: mediatorIdNumber }));
  caseId = (await ok<{ id: number }>(core, 'case.create', {
    committeeId, source: 'applied', receivedOn: '2026-11-02', category: '02', facts: '李四家卫生间漏水，致张三家天花板受损，维修费2026元（工单1234号）',
    parties: [
      {
        role: 'applicant', kind: 'person', name: '张三', idNumber: partyId, phone: partyPhone,
        agents: [{ name: '张小明', kind: 'entrusted', authority: 'general', relation: '儿子', phone: agentPhone }],
      },
      { role: 'respondent', kind: 'organization', name: '洪都物业有限公司', creditCode: orgCode },
    ],
  })).id;
  readonly = await loginAs(core, 'readonly');
  staff = await loginAs(core, 'staff');
});

afterAll(() => core?.close());

const caseHits = async (q: string, as?: LoggedIn): Promise<Page> =>
  as === undefined ? ok<Page>(core, 'case.list', { q }) : as.ok<Page>('case.list', { q });

describe('case.list search for a viewer who sees ID numbers and phones masked', () => {
  // Probes: a birth date inside the ID number, its tail (a long code is matched by its tail), a whole
  // phone, a phone's middle digits, an agent's phone.
  const probes = ['19491231', partyId, '1231002x', partyPhone, '3912345', agentPhone.slice(3, 9)];

  it.each(probes)('finds the case by %s for a trusted caller and for staff', async (q) => {
    expect((await caseHits(q)).items.map((c) => c.id)).toEqual([caseId]);
    expect((await caseHits(q, staff)).items.map((c) => c.id)).toEqual([caseId]);
  });

  it.each(probes)('does not find it by %s for readonly', async (q) => {
    const page = await caseHits(q, readonly);
    expect(page.total).toBe(0);
    expect(page.items).toEqual([]);
  });

  it('still finds by name, pinyin, facts, the organisation’s credit code and digits of the facts', async () => {
    for (const q of ['张三', 'zhangsan', 'zs', '漏水', orgCode, orgCode.slice(-6), '2026元']) {
      expect((await caseHits(q, readonly)).items.map((c) => c.id), q).toEqual([caseId]);
    }
  });

  it('never marks an ID number or phone in a readonly snippet', async () => {
    // 1234 is in the facts and in both phones: staff see the phone marked, readonly the facts.
    expect((await caseHits('1234', staff)).items[0]!.snippet).toMatch(/联系电话/);
    const page = await caseHits('1234', readonly);
    expect(page.items.map((c) => c.id)).toEqual([caseId]);
    expect(page.items[0]!.snippet).toContain('【1234】');
    expect(page.items[0]!.snippet).not.toMatch(/身份证号码|联系电话/);
  });
});

describe('register list searches by ID number', () => {
  const registers = [
    ['staff.list', staffId, '欧阳明远'],
    ['cpcMember.list', memberId, '李红'],
    ['mediator.list', mediatorIdNumber, '赵调解'],
  ] as const;

  it.each(registers)('%s: ID digits find the person for a trusted caller and staff, not for readonly', async (method, idNumber) => {
    const q = idNumber.slice(6, 14);
    expect((await ok<Page>(core, method, { q })).total).toBe(1);
    expect((await staff.ok<Page>(method, { q })).total).toBe(1);
    expect((await readonly.ok<Page>(method, { q })).total).toBe(0);
  });

  it.each(registers)('%s: a name search still works for readonly', async (method, _id, name) => {
    expect((await readonly.ok<Page>(method, { q: name })).total).toBe(1);
  });
});

describe('entry and batch methods readonly may not call', () => {
  it.each(['case.checkDuplicates', 'xlsx.preview', 'template.check', 'document.batchStart', 'document.batchCancel'] as const)(
    '%s needs write',
    async (method) => {
      expect(permissionOf(method)).toBe('write');
      const result = await readonly.call(method, {});
      expect(result.ok ? null : result.error.code).toMatch(/FORBIDDEN|VALIDATION_FAILED/);
    },
  );

  it('refuses a duplicate probe to readonly with FORBIDDEN', async () => {
    const result = await readonly.call('case.checkDuplicates', { parties: [{ role: 'applicant', name: '张三', idNumber: partyId }] });
    expect(result.ok ? null : result.error.code).toBe('FORBIDDEN');
  });
});
