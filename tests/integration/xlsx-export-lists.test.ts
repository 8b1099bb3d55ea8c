// .xlsx export of every list, import-only or not: one sheet, Chinese headers and labels, the on-screen filters applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxListTitles, xlsxLists, type XlsxList } from '../../electron/shared/schemas/xlsx';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { exportList, seedRegisters, sheetRows } from './xlsx-fixtures';

let core: TempCore;
beforeAll(async () => {
  core = openTempCore();
  await seedRegisters(core);
});
afterAll(() => core.cleanup());

/** The exported rows of a list as objects keyed by the Chinese headers. */
async function exported(list: XlsxList, filters: Record<string, unknown> = {}) {
  const file = await exportList(core, list, filters);
  expect(file.fileName).toBe(`${xlsxListTitles[list]}_2026-11-27.xlsx`);
  const [head, ...rows] = await sheetRows(file.dataBase64);
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]])));
}

describe('xlsx export of every list', () => {
  it('every list exports one titled sheet with a Chinese header row', async () => {
    for (const list of xlsxLists) {
      const file = await exportList(core, list);
      const [head] = await sheetRows(file.dataBase64);
      expect(head!.every((h) => h !== null && /[\u4e00-\u9fff]/.test(h)), list).toBe(true);
    }
  });

  it('三会一课: absentees as 姓名（原因）；…, the kind as its label', async () => {
    expect(await exported('cpcMeeting')).toEqual([
      expect.objectContaining({ 党支部: '司法所支部', 会议类型: '支部党员大会', 应到人数: '4', 实到人数: '2', 缺席人员及原因: '王老（出差）；小陈（病假）' }),
    ]);
  });

  it('Party branches with counts and committee; members filtered by branch', async () => {
    const branches = await exported('cpcBranch');
    expect(branches.map((b) => [b['支部名称'], b['党员人数'], b['支部委员会']])).toEqual([
      ['司法所支部', '2', '书记：欧阳明远'],
      ['联合支部', '1', null],
    ]);
    const members = await exported('cpcMember', { active: false });
    expect(members.map((m) => [m['姓名'], m['所在支部'], m['组织关系转出时间'], m['关联工作人员']])).toEqual([['王老', '联合支部', '2024-01-01', '否']]);
  });

  it('committee members of every committee with its name, and the committee filter applies', async () => {
    const all = await exported('committeeMember');
    expect(all.map((m) => [m['调委会名称'], m['姓名'], m['职务'], m['离任日期']])).toEqual([
      ['东湖街道人民调解委员会', '王芳', '主任', null],
      ['医患纠纷人民调解委员会', '李强', '委员', '2023-06-01'],
    ]);
    expect((await exported('committeeMember', { kind: 'professional' })).map((m) => m['姓名'])).toEqual(['李强']);
  });

  it('mediators with their committee and 是/否; training and discipline of all mediators', async () => {
    const pool = await exported('mediator', { inExpertPool: true, sort: 'name' });
    expect(pool.map((m) => [m['姓名'], m['所属调委会'], m['入选专家库'], m['最近培训日期']])).toEqual([
      ['李明', '医患纠纷人民调解委员会', '是', null],
      ['张调解', '东湖街道人民调解委员会', '是', '2026-03-03'],
    ]);
    expect(await exported('mediatorTraining')).toEqual([
      expect.objectContaining({ 调解员: '张调解', 培训类型: '集中培训', 学时: '16', 主办单位: '区司法局' }),
    ]);
    expect(await exported('mediatorDiscipline')).toEqual([
      expect.objectContaining({ 调解员: '赵四', 处理方式: '批评教育', 事由: expect.any(String), 处理日期: '2025-05-01' }),
    ]);
  });

  it('enterprises flag 应建未建; partner units and activities follow the partnerKind filter', async () => {
    const large = await exported('enterprise', { large: true, sort: 'employees', order: 'desc' });
    expect(large.map((e) => [e['企业名称'], e['职工人数'], e['所属调委会'], e['应建未建调委会']])).toEqual([
      ['江铃汽车股份有限公司', '1200', '东湖街道人民调解委员会', '否'],
      ['洪都商贸有限公司', '350', null, '是'],
    ]);
    // 活动次数 is whatever partnerUnit.list counts (compared with the list, not a constant).
    const listed = await ok<{ items: { name: string; activityCount: number }[] }>(core, 'partnerUnit.list', { sort: 'name' });
    const partners = await exported('partnerUnit', { sort: 'name' });
    expect(partners.map((p) => [p['单位名称'], p['活动次数']])).toEqual(listed.items.map((p) => [p.name, String(p.activityCount)]));
    expect(partners.map((p) => p['共建单位类型']).sort()).toEqual(['人民法庭', '派出所']);
    expect((await exported('jointActivity')).length).toBe(2);
    const police = await exported('jointActivity', { partnerKind: 'policeStation' });
    expect(police.map((a) => [a['共建类型'], a['共建单位'], a['涉及案件数']])).toEqual([['派出所', '东湖派出所', null]]);
  });

  it('investigation rounds with findings count and 零报告, and the major disputes list', async () => {
    const rounds = await exported('investigation', { sort: 'period' });
    expect(rounds.map((r) => [r['排查期间'], r['发现纠纷数'], r['零报告'], r['未化解重大纠纷数']])).toEqual([
      ['2026年11月上半月', '0', '是', '0'],
      ['2026年11月下半月', '1', '否', '1'],
    ]);
    expect(await exported('investigationFinding', { major: true })).toEqual([
      expect.objectContaining({ 排查期间: '2026年11月下半月', 风险等级: '高', 化解状态: '待化解', 重大矛盾纠纷: '是', 当事人: '赵某、钱某' }),
    ]);
  });
});
