// Sheet spec of the committee register (人民调解委员会): export with counts, import keyed by the committee's name.
import { eq } from 'drizzle-orm';
import { committee as committeeTable } from '../../../../drizzle/schema';
import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { committeeFields, committeeKinds } from '../../../shared/register-codes';
import { committeeInput, committeeListInput, type CommitteeListItem } from '../../../shared/schemas/committee';
import { xlsxListTitles } from '../../../shared/schemas/xlsx';
import { committeeRegisterHandlers } from '../../services/committee-register';
import { allPages, listInput, syncHandler, type SheetImporter, type SheetSpec } from '../sheet-spec';

type CommitteeData = ParsedInput<'committee.create'>;

const list = syncHandler(committeeRegisterHandlers['committee.list']);
const create = syncHandler(committeeRegisterHandlers['committee.create']);
const update = syncHandler(committeeRegisterHandlers['committee.update']);

const importer: SheetImporter<CommitteeData> = {
  schema: committeeInput,
  keyField: 'name',
  nameField: 'name',
  keyOf: (data) => data.name,
  nameOf: (data) => data.name,
  findExisting: (call, key) => {
    const found = call.db.select({ id: committeeTable.id }).from(committeeTable).where(eq(committeeTable.name, key)).all();
    if (found.length > 1) {
      throw new AppError('CONFLICT', `系统中已有 ${found.length} 个名为“${key}”的调委会，无法确定更新哪一个`, 'name');
    }
    return found[0]?.id ?? null;
  },
  create: (data, call) => void create(data, call),
  update: (id, data, call) => void update({ id, data }, call),
};

const count = (n: number) => String(n);

export const committeeSheet: SheetSpec<CommitteeListItem> = {
  title: xlsxListTitles.committee,
  columns: [
    { header: '调委会名称', width: 28, kind: 'text', field: 'name', hint: '必填，不超过60个字；与已登记的同名调委会视为同一个', value: (c) => c.name },
    { header: '调委会类型', width: 26, kind: 'code', field: 'kind', codes: committeeKinds, hint: '必填', value: (c) => c.kind },
    { header: '行业领域', width: 10, kind: 'code', field: 'field', codes: committeeFields, hint: '行业性专业性调委会必填，其他类型不填', value: (c) => c.field },
    { header: '备案编号', width: 16, kind: 'text', field: 'filingNumber', hint: '选填，与备案日期同时填写', value: (c) => c.filingNumber },
    { header: '备案日期', width: 12, kind: 'date', field: 'filedOn', hint: '选填，格式 2026-01-31', value: (c) => c.filedOn },
    { header: '成立日期', width: 12, kind: 'date', field: 'foundedOn', hint: '选填，格式 2026-01-31', value: (c) => c.foundedOn },
    { header: '地址', width: 30, kind: 'text', field: 'address', hint: '选填，不超过100个字', value: (c) => c.address },
    { header: '联系电话', width: 16, kind: 'text', field: 'phone', hint: '选填，手机11位或区号-座机号', personal: false, value: (c) => c.phone },
    { header: '备注', width: 30, kind: 'text', field: 'note', hint: '选填，不超过500个字', value: (c) => c.note },
    { header: '在任委员数', width: 10, kind: 'text', value: (c) => count(c.activeMemberCount) },
    { header: '调解员数', width: 10, kind: 'text', value: (c) => count(c.mediatorCount) },
    { header: '企业数', width: 8, kind: 'text', value: (c) => count(c.enterpriseCount) },
  ],
  rows: (call, filters) => allPages((page) => list(listInput(committeeListInput, filters, page), call)),
  importer,
};
