// The mediation rule checks through dispatch on a temp DB: filing, composition, enterprises, training, staffing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { fixtures } from './reminder-fixtures';

interface Result {
  count: number;
  items: { id: string; label: string; detail: string; path: string }[];
}

let core: TempCore;
let add: ReturnType<typeof fixtures>;
beforeEach(() => {
  core = openTempCore({ now: '2026-11-27T02:00:00.000Z' }); // today 2026-11-27 in Asia/Shanghai
  add = fixtures(core);
});
afterEach(() => core.cleanup());

const check = (method: string) => ok<Result>(core, `reminder.${method}`, {});

/** A committee that meets Art.8: a female 主任 and two members. */
function compliant(name: string, kind = 'community'): number {
  const id = add.committee(name, { kind });
  add.committeeMember(id, { gender: 'female', role: 'director' });
  add.committeeMember(id);
  add.committeeMember(id);
  return id;
}

describe('reminder.committeeNotFiled', () => {
  it('flags committees without a filing number or date', async () => {
    compliant('已备案调委会');
    const none = add.committee('未备案调委会', { filingNumber: null, filedOn: null });
    const noDate = add.committee('缺日期调委会', { filedOn: null });
    expect((await check('committeeNotFiled')).items).toEqual([
      { id: String(none), label: '未备案调委会', detail: '未向区司法局备案', path: `committees?open=${none}` },
      { id: String(noDate), label: '缺日期调委会', detail: '缺少备案日期', path: `committees?open=${noDate}` },
    ]);
  });
});

describe('reminder.committeeComposition', () => {
  it('flags too few active members or no woman, and names a missing 主任', async () => {
    compliant('合规调委会');
    const small = add.committee('两人调委会');
    add.committeeMember(small, { gender: 'female', role: 'director' });
    add.committeeMember(small);
    add.committeeMember(small, { leftOn: '2026-11-01' });
    const men = add.committee('无女性调委会');
    for (let i = 0; i < 3; i += 1) add.committeeMember(men);
    const result = await check('committeeComposition');
    expect(result.items).toEqual([
      { id: String(small), label: '两人调委会', detail: '在任委员2人，女性1人：成员不足3人', path: `committees?open=${small}` },
      { id: String(men), label: '无女性调委会', detail: '在任委员3人，女性0人：无女性成员、未设主任', path: `committees?open=${men}` },
    ]);
  });

  it('flags 10 active members and not a committee lacking only a 主任', async () => {
    const big = add.committee('十人调委会');
    add.committeeMember(big, { gender: 'female', role: 'director' });
    for (let i = 0; i < 9; i += 1) add.committeeMember(big);
    const noDirector = add.committee('无主任调委会');
    for (let i = 0; i < 3; i += 1) add.committeeMember(noDirector, { gender: 'female' });
    expect((await check('committeeComposition')).items.map((i) => i.label)).toEqual(['十人调委会']);
  });
});

describe('reminder.enterpriseWithoutCommittee', () => {
  it('flags 300 employees without a committee, not 299', async () => {
    add.enterprise('小厂', 299);
    const big = add.enterprise('大厂', 300);
    add.enterprise('有调委会的厂', 800, compliant('厂调委会', 'enterprise'));
    expect((await check('enterpriseWithoutCommittee')).items).toEqual([
      { id: String(big), label: '大厂', detail: '职工300人，未建立人民调解委员会', path: `enterprises?open=${big}` },
    ]);
  });
});

describe('reminder.mediatorUntrained', () => {
  it('flags an active mediator trained 366 days ago or never, not 364 days ago', async () => {
    const c = compliant('社区调委会');
    const recent = add.mediator(c, { name: '近期培训' });
    add.training(recent, '2025-11-28'); // 364 days before 2026-11-27
    const old = add.mediator(c, { name: '逾期培训' });
    add.training(old, '2025-11-26'); // 366 days
    const never = add.mediator(c, { name: '从未培训' });
    const gone = add.mediator(c, { name: '已离任', leftOn: '2026-01-01' });
    const result = await check('mediatorUntrained');
    expect(result.items).toEqual([
      { id: String(old), label: '逾期培训', detail: '社区调委会：最近一次培训 2025-11-26，已超过一年', path: `mediators?open=${old}` },
      { id: String(never), label: '从未培训', detail: '社区调委会：无培训记录', path: `mediators?open=${never}` },
    ]);
    expect(result.items.map((i) => i.id)).not.toContain(String(gone));
  });
});

describe('reminder.mediatorStaffing', () => {
  function staffed(name: string, kind: string, fullTime: number): number {
    const id = compliant(name, kind);
    for (let i = 0; i < fullTime; i += 1) add.mediator(id);
    return id;
  }
  it('applies 5:2:1 and 2–4 to full-time active mediators', async () => {
    const district = staffed('区调解中心', 'district', 4);
    staffed('区调解中心二', 'district', 5);
    const street = staffed('街道调委会', 'street', 1);
    add.mediator(street, { employment: 'partTime' });
    add.mediator(street, { leftOn: '2026-10-01' });
    staffed('街道调委会二', 'street', 2);
    const village = staffed('村调委会', 'village', 0);
    staffed('社区调委会', 'community', 1);
    const pro1 = staffed('物业调委会', 'professional', 1);
    staffed('医患调委会', 'professional', 2);
    staffed('交通调委会', 'professional', 4);
    const pro5 = staffed('劳动调委会', 'professional', 5);
    staffed('企业调委会', 'enterprise', 0);
    const result = await check('mediatorStaffing');
    expect(result.items.map((i) => i.id)).toEqual([district, street, village, pro1, pro5].map(String));
    expect(result.items[1]).toEqual({
      id: String(street),
      label: '街道调委会',
      detail: '现有专职调解员1名，街道调委会应配备专职调解员不少于2名',
      path: `committees?open=${street}`,
    });
  });
});
