// Sheet spec of the enterprise register (企业): export of the filtered list, import keyed by credit code, committee by name.
import { eq } from 'drizzle-orm';
import { enterprise as enterpriseTable } from '../../../../drizzle/schema';
import type { ParsedInput } from '../../../shared/contract';
import { enterpriseInput, enterpriseListInput, lacksCommittee, type Enterprise } from '../../../shared/schemas/enterprise';
import { xlsxListTitles } from '../../../shared/schemas/xlsx';
import { enterpriseHandlers } from '../../services/enterprise';
import { toInteger } from '../convert';
import { allPages, listInput, syncHandler, type SheetImporter, type SheetSpec } from '../sheet-spec';
import { committeeByName } from './lookups';

type EnterpriseData = ParsedInput<'enterprise.create'>;

const list = syncHandler(enterpriseHandlers['enterprise.list']);
const create = syncHandler(enterpriseHandlers['enterprise.create']);
const update = syncHandler(enterpriseHandlers['enterprise.update']);

const importer: SheetImporter<EnterpriseData> = {
  schema: enterpriseInput,
  keyField: 'creditCode',
  nameField: 'name',
  keyOf: (data) => data.creditCode,
  nameOf: (data) => data.name,
  convert: { employees: toInteger, committeeId: committeeByName },
  findExisting: (call, key) =>
    call.db.select({ id: enterpriseTable.id }).from(enterpriseTable).where(eq(enterpriseTable.creditCode, key)).get()?.id ?? null,
  create: (data, call) => void create(data, call),
  update: (id, data, call) => void update({ id, data }, call),
};

export const enterpriseSheet: SheetSpec<Enterprise> = {
  title: xlsxListTitles.enterprise,
  columns: [
    { header: '企业名称', width: 30, kind: 'text', field: 'name', hint: '必填，不超过100个字', value: (e) => e.name },
    {
      header: '统一社会信用代码',
      width: 22,
      kind: 'id',
      field: 'creditCode',
      hint: '必填，18位，请以文本格式填写；与已登记的相同代码视为同一企业',
      value: (e) => e.creditCode,
    },
    { header: '职工人数', width: 10, kind: 'text', field: 'employees', hint: '必填，整数', value: (e) => String(e.employees) },
    { header: '地址', width: 30, kind: 'text', field: 'address', hint: '选填，不超过100个字', value: (e) => e.address },
    { header: '联系人', width: 10, kind: 'text', field: 'contact', hint: '选填，不超过30个字', value: (e) => e.contact },
    { header: '联系电话', width: 16, kind: 'text', field: 'phone', hint: '选填，手机11位或区号-座机号', value: (e) => e.phone },
    {
      header: '所属调委会',
      width: 26,
      kind: 'text',
      field: 'committeeId',
      hint: '选填，填写已登记的调解委员会全称；未建调委会的不填',
      value: (e) => e.committeeName,
    },
    { header: '备注', width: 30, kind: 'text', field: 'note', hint: '选填，不超过500个字', value: (e) => e.note },
    { header: '应建未建调委会', width: 14, kind: 'text', value: (e) => (lacksCommittee(e) ? '是' : '否') },
  ],
  rows: (call, filters) => allPages((page) => list(listInput(enterpriseListInput, filters, page), call)),
  importer,
};
