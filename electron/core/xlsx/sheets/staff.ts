// Sheet spec of the staff register (工作人员): columns, export of the filtered list, import keyed by ID number.
import { eq } from 'drizzle-orm';
import { staff as staffTable } from '../../../../drizzle/schema';
import { educations, ethnicities, genders, politicalStatuses, staffingTypes } from '../../../shared/codes';
import { staffInput, staffListInput, type Staff } from '../../../shared/schemas/staff';
import { xlsxListTitles } from '../../../shared/schemas/xlsx';
import type { ParsedInput } from '../../../shared/contract';
import { staffHandlers } from '../../services/staff';
import { allPages, listInput, syncHandler, type SheetImporter, type SheetSpec } from '../sheet-spec';

type StaffData = ParsedInput<'staff.create'>;

const list = syncHandler(staffHandlers['staff.list']);
const create = syncHandler(staffHandlers['staff.create']);
const update = syncHandler(staffHandlers['staff.update']);

const importer: SheetImporter<StaffData> = {
  schema: staffInput,
  keyField: 'idNumber',
  nameField: 'name',
  keyOf: (data) => data.idNumber,
  nameOf: (data) => data.name,
  findExisting: (call, key) =>
    call.db.select({ id: staffTable.id }).from(staffTable).where(eq(staffTable.idNumber, key)).get()?.id ?? null,
  create: (data, call) => void create(data, call),
  update: (id, data, call) => void update({ id, data }, call),
};

export const staffSheet: SheetSpec<Staff> = {
  title: xlsxListTitles.staff,
  columns: [
    { header: '姓名', width: 12, kind: 'text', field: 'name', hint: '必填，不超过30个字', value: (s) => s.name },
    { header: '性别', width: 6, kind: 'code', codes: genders, value: (s) => s.gender },
    { header: '身份证号码', width: 22, kind: 'id', field: 'idNumber', hint: '必填，18位，请以文本格式填写', value: (s) => s.idNumber },
    { header: '出生日期', width: 12, kind: 'date', value: (s) => s.birthDate },
    { header: '民族', width: 10, kind: 'code', field: 'ethnicity', codes: ethnicities, hint: '必填', value: (s) => s.ethnicity },
    { header: '政治面貌', width: 14, kind: 'code', field: 'politicalStatus', codes: politicalStatuses, hint: '必填', value: (s) => s.politicalStatus },
    { header: '学历', width: 12, kind: 'code', field: 'education', codes: educations, hint: '必填', value: (s) => s.education },
    { header: '职务', width: 16, kind: 'text', field: 'post', hint: '必填，不超过30个字', value: (s) => s.post },
    { header: '编制类型', width: 14, kind: 'code', field: 'staffingType', codes: staffingTypes, hint: '必填', value: (s) => s.staffingType },
    { header: '到所工作时间', width: 14, kind: 'date', field: 'startDate', hint: '选填，格式 2026-01-31', value: (s) => s.startDate },
    { header: '联系电话', width: 16, kind: 'text', field: 'phone', hint: '选填，手机11位或区号-座机号', value: (s) => s.phone },
    { header: '备注', width: 30, kind: 'text', field: 'note', hint: '选填，不超过500个字', value: (s) => s.note },
  ],
  rows: (call, filters) => allPages((page) => list(listInput(staffListInput, filters, page), call)),
  importer,
};
