// Preview and import of the registers' .xlsx files: a bad row per register (row + Chinese column), names resolved, keys never duplicated.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { XlsxImportResult, XlsxPreview } from '../../electron/shared/schemas/xlsx';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { creditCode, personId, workbook } from './xlsx-fixtures';

let core: TempCore; // today is 2026-11-27
beforeEach(async () => {
  core = openTempCore();
  await ok(core, 'committee.create', { name: '东湖街道人民调解委员会', kind: 'street' });
  await ok(core, 'cpcBranch.create', { name: '司法所支部', foundedOn: '2015-07-01' });
});
afterEach(() => core.cleanup());

const count = (table: string) => core.handle.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
const preview = (entity: string, dataBase64: string) => ok<XlsxPreview>(core, 'xlsx.preview', { entity, dataBase64 });
const importAll = (entity: string, dataBase64: string, updateExisting = false) =>
  ok<XlsxImportResult>(core, 'xlsx.import', { entity, dataBase64, mode: 'validOnly', updateExisting });

const mediatorHead = ['姓名', '身份证号码', '民族', '政治面貌', '学历', '联系电话', '所属调委会', '专兼职', '专业资质', '入选专家库', '专长领域', '职称', '任职日期', '离任日期', '备注'];
const mediatorRow = (name: string, idNumber: string, o: { committee?: string; pool?: string | null; field?: string | null } = {}) => [
  name, idNumber, '汉族', '群众', '大学本科', null, o.committee ?? '东湖街道人民调解委员会', '兼职', null, o.pool ?? null, o.field ?? null, null, '2020-01-01', null, null,
];

const enterpriseHead = ['企业名称', '统一社会信用代码', '职工人数', '地址', '联系人', '联系电话', '所属调委会', '备注'];
const memberHead = ['所在支部', '姓名', '身份证号码', '性别', '出生日期', '民族', '学历', '入党时间', '党员类型', '转正时间', '党内职务', '组织关系转入时间', '组织关系转出时间', '联系电话', '备注'];
const memberRow = (name: string, idNumber: string | null, o: { birth?: string; branch?: string; joined?: string; phone?: string } = {}) => [
  o.branch ?? '司法所支部', name, idNumber, idNumber ? null : '女', idNumber ? null : (o.birth ?? '1980-03-02'), '汉族', '大学本科',
  o.joined ?? '2005-06-01', '正式党员', '2006-06-01', '党员', null, null, o.phone ?? null, null,
];

describe('mediator import', () => {
  it('resolves the committee by name; an unknown committee or a missing expert field fails its row under the column', async () => {
    const data = await workbook('人民调解员', mediatorHead, [
      mediatorRow('张一', personId(1), { pool: '是', field: '婚姻家庭' }),
      mediatorRow('张二', personId(2), { committee: '不存在调委会' }),
      mediatorRow('张三', personId(3), { pool: '是' }),
      mediatorRow('张四', personId(4)),
    ]);
    const seen = await preview('mediator', data);
    expect(seen.counts).toEqual({ create: 2, update: 0, error: 2 });
    expect(seen.rows[1]).toMatchObject({ rowNumber: 3, action: 'error', name: '张二' });
    expect(seen.rows[1]!.errors).toEqual([
      { column: '所属调委会（G列）', message: '没有名为“不存在调委会”的调解委员会，请先登记该调解委员会或核对名称' },
    ]);
    expect(seen.rows[2]!.errors).toEqual([{ column: '专长领域（K列）', message: '已入选专家库的，请填写专长领域' }]);
    expect(count('mediator')).toBe(0);

    expect(await importAll('mediator', data)).toMatchObject({ created: 2, failed: 2 });
    const list = await ok<{ items: { name: string; inExpertPool: boolean; committeeName: string }[] }>(core, 'mediator.list', { sort: 'name' });
    expect(list.items.map((m) => [m.name, m.inExpertPool, m.committeeName])).toEqual([
      ['张四', false, '东湖街道人民调解委员会'],
      ['张一', true, '东湖街道人民调解委员会'],
    ]);
  });

  it('a committee name used twice is refused rather than guessed', async () => {
    await ok(core, 'committee.create', { name: '东湖街道人民调解委员会', kind: 'community' });
    const seen = await preview('mediator', await workbook('人民调解员', mediatorHead, [mediatorRow('张一', personId(1))]));
    expect(seen.rows[0]!.errors).toEqual([{ column: '所属调委会（G列）', message: expect.stringContaining('有 2 个名为“东湖街道人民调解委员会”的调解委员会') }]);
  });

  it('never duplicates an ID number: the existing mediator is previewed as update, and skipped or updated', async () => {
    const data = await workbook('人民调解员', mediatorHead, [mediatorRow('旧名', personId(5))]);
    await importAll('mediator', data);
    const renamed = await workbook('人民调解员', mediatorHead, [mediatorRow('新名', personId(5).toLowerCase())]);
    expect((await preview('mediator', renamed)).rows.map((r) => [r.action, r.key])).toEqual([['update', personId(5)]]);
    expect(await importAll('mediator', renamed)).toMatchObject({ created: 0, updated: 0, skipped: 1 });
    expect(await importAll('mediator', renamed, true)).toMatchObject({ created: 0, updated: 1, skipped: 0 });
    expect(core.handle.sqlite.prepare('SELECT name FROM mediator').pluck().all()).toEqual(['新名']);
  });
});

describe('committee import', () => {
  it('keys on the name: an existing committee is updated, a bad row names its column', async () => {
    const head = ['调委会名称', '调委会类型', '行业领域', '备案编号', '备案日期', '成立日期', '地址', '联系电话', '备注'];
    const data = await workbook('人民调解委员会', head, [
      ['东湖街道人民调解委员会', '街道（乡镇）人民调解委员会', null, '东司调备〔2020〕1号', '2020-05-10', '2019-12-01', '东湖路1号', null, null],
      ['医患纠纷人民调解委员会', '行业性专业性人民调解委员会', null, null, null, null, null, null, null],
      ['安康村人民调解委员会', '村人民调解委员会', null, null, null, null, null, null, null],
    ]);
    const seen = await preview('committee', data);
    expect(seen.rows.map((r) => [r.rowNumber, r.action])).toEqual([[2, 'update'], [3, 'error'], [4, 'create']]);
    expect(seen.rows[1]!.errors).toEqual([{ column: '行业领域（C列）', message: '请选择行业性专业性调委会的行业领域' }]);
    expect(await importAll('committee', data, true)).toMatchObject({ created: 1, updated: 1, failed: 1 });
    expect(count('committee')).toBe(2);
    expect(core.handle.sqlite.prepare("SELECT filing_number FROM committee WHERE name = '东湖街道人民调解委员会'").pluck().get()).toBe('东司调备〔2020〕1号');
  });
});

describe('enterprise import', () => {
  it('keys on the credit code, reads the employee count, links the committee by name, and names a bad cell', async () => {
    const data = await workbook('企业', enterpriseHead, [
      ['江铃汽车', creditCode(1), '1200', null, '周明', null, '东湖街道人民调解委员会', null],
      ['洪都商贸', creditCode(2), '三百', null, null, null, null, null],
      ['小店', creditCode(3).slice(0, 17) + (creditCode(3).endsWith('0') ? '1' : '0'), 4, null, null, null, null, null],
    ]);
    const seen = await preview('enterprise', data);
    expect(seen.rows[1]).toMatchObject({ rowNumber: 3, errors: [{ column: '职工人数（C列）', message: '“三百”不是整数' }] });
    expect(seen.rows[2]).toMatchObject({ rowNumber: 4, errors: [{ column: '统一社会信用代码（B列）', message: expect.stringContaining('校验') }] });
    expect(await importAll('enterprise', data)).toMatchObject({ created: 1, failed: 2 });

    const again = await workbook('企业', enterpriseHead, [['江铃汽车股份有限公司', creditCode(1).toLowerCase(), 1300, null, null, null, null, null]]);
    expect((await preview('enterprise', again)).rows[0]).toMatchObject({ action: 'update', key: creditCode(1) });
    expect(await importAll('enterprise', again, true)).toMatchObject({ updated: 1 });
    expect(core.handle.sqlite.prepare('SELECT name, employees, committee_id FROM enterprise').all()).toEqual([
      { name: '江铃汽车股份有限公司', employees: 1300, committee_id: null },
    ]);
  });
});

describe('Party member import', () => {
  it('links the staff person with the same ID number, keys the rest on name + birth date, and names a bad cell', async () => {
    const staffId = personId(7, '1986-06-15', 'male');
    await ok(core, 'staff.create', {
      name: '欧阳明远', idNumber: staffId, ethnicity: '03', politicalStatus: '01', education: '14', post: '所长', staffingType: 'politicalLegal',
    });
    const data = await workbook('党员', memberHead, [
      memberRow('随便写的名字', staffId),
      memberRow('李红', null),
      memberRow('王五', null, { branch: '别的支部' }),
      memberRow('赵六', personId(8), { joined: '1990-01-01' }),
    ]);
    const seen = await preview('cpcMember', data);
    expect(seen.rows.map((r) => [r.rowNumber, r.action, r.key])).toEqual([
      [2, 'create', staffId], [3, 'create', '李红（1980-03-02）'], [4, 'error', ''], [5, 'error', personId(8)],
    ]);
    expect(seen.rows[2]!.errors).toEqual([{ column: '所在支部（A列）', message: expect.stringContaining('没有名为“别的支部”的党支部') }]);
    expect(seen.rows[3]!.errors).toEqual([{ column: '入党时间（H列）', message: '入党时应年满十八周岁，请核对入党时间和出生日期' }]);
    expect(await importAll('cpcMember', data)).toMatchObject({ created: 2, failed: 2 });
    const linked = core.handle.sqlite.prepare('SELECT name, staff_id AS staffId, ethnicity FROM cpc_member WHERE id_number IS NOT NULL').get();
    expect(linked).toEqual({ name: '欧阳明远', staffId: 1, ethnicity: '03' });

    const update = await workbook('党员', memberHead, [memberRow('李红', null, { phone: '13900139000' }), memberRow('李红', null, { birth: '1985-01-01' })]);
    expect((await preview('cpcMember', update)).rows.map((r) => r.action)).toEqual(['update', 'create']);
    expect(await importAll('cpcMember', update, true)).toMatchObject({ created: 1, updated: 1 });
    expect(core.handle.sqlite.prepare("SELECT birth_date, phone FROM cpc_member WHERE name = '李红' ORDER BY birth_date").all()).toEqual([
      { birth_date: '1980-03-02', phone: '13900139000' },
      { birth_date: '1985-01-01', phone: null },
    ]);
  });
});
