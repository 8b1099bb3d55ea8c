// Sheet spec of the mediator register (人民调解员): export of the filtered list, import keyed by ID number, committee by name.
import { eq } from 'drizzle-orm';
import { mediator as mediatorTable } from '../../../../drizzle/schema';
import { educations, ethnicities, genders, politicalStatuses } from '../../../shared/codes';
import type { ParsedInput } from '../../../shared/contract';
import { mediatorEmployments } from '../../../shared/register-codes';
import { mediatorInput, mediatorListInput, type MediatorListItem } from '../../../shared/schemas/mediator';
import { xlsxListTitles } from '../../../shared/schemas/xlsx';
import { mediatorHandlers } from '../../services/mediator';
import { toBoolean, yesNoCodes, yesNoOf } from '../convert';
import { allPages, listInput, syncHandler, type SheetImporter, type SheetSpec } from '../sheet-spec';
import { committeeByName } from './lookups';

type MediatorData = ParsedInput<'mediator.create'>;

const list = syncHandler(mediatorHandlers['mediator.list']);
const create = syncHandler(mediatorHandlers['mediator.create']);
const update = syncHandler(mediatorHandlers['mediator.update']);

const importer: SheetImporter<MediatorData> = {
  schema: mediatorInput,
  keyField: 'idNumber',
  nameField: 'name',
  keyOf: (data) => data.idNumber,
  nameOf: (data) => data.name,
  convert: { committeeId: committeeByName, inExpertPool: toBoolean },
  findExisting: (call, key) =>
    call.db.select({ id: mediatorTable.id }).from(mediatorTable).where(eq(mediatorTable.idNumber, key)).get()?.id ?? null,
  create: (data, call) => void create(data, call),
  update: (id, data, call) => void update({ id, data }, call),
};

export const mediatorSheet: SheetSpec<MediatorListItem> = {
  title: xlsxListTitles.mediator,
  columns: [
    { header: '姓名', width: 12, kind: 'text', field: 'name', hint: '必填，不超过30个字', value: (m) => m.name },
    { header: '性别', width: 6, kind: 'code', codes: genders, value: (m) => m.gender },
    { header: '身份证号码', width: 22, kind: 'id', field: 'idNumber', hint: '必填，18位，请以文本格式填写', value: (m) => m.idNumber },
    { header: '出生日期', width: 12, kind: 'date', value: (m) => m.birthDate },
    { header: '民族', width: 10, kind: 'code', field: 'ethnicity', codes: ethnicities, hint: '必填', value: (m) => m.ethnicity },
    { header: '政治面貌', width: 14, kind: 'code', field: 'politicalStatus', codes: politicalStatuses, hint: '必填', value: (m) => m.politicalStatus },
    { header: '学历', width: 12, kind: 'code', field: 'education', codes: educations, hint: '必填', value: (m) => m.education },
    { header: '联系电话', width: 16, kind: 'text', field: 'phone', hint: '选填，手机11位或区号-座机号', value: (m) => m.phone },
    {
      header: '所属调委会',
      width: 24,
      kind: 'text',
      field: 'committeeId',
      hint: '必填，填写已登记的调解委员会全称',
      value: (m) => m.committeeName,
    },
    { header: '专兼职', width: 8, kind: 'code', field: 'employment', codes: mediatorEmployments, hint: '必填', value: (m) => m.employment },
    { header: '专业资质', width: 20, kind: 'text', field: 'qualifications', hint: '选填，不超过200个字', value: (m) => m.qualifications },
    {
      header: '入选专家库',
      width: 10,
      kind: 'code',
      field: 'inExpertPool',
      codes: yesNoCodes,
      hint: '选填，是或否，不填为否',
      value: (m) => yesNoOf(m.inExpertPool),
    },
    { header: '专长领域', width: 16, kind: 'text', field: 'expertField', hint: '入选专家库的必填，不超过50个字', value: (m) => m.expertField },
    { header: '职称', width: 16, kind: 'text', field: 'title', hint: '选填，如 一级人民调解员', value: (m) => m.title },
    { header: '任职日期', width: 12, kind: 'date', field: 'startedOn', hint: '选填，格式 2026-01-31', value: (m) => m.startedOn },
    { header: '离任日期', width: 12, kind: 'date', field: 'leftOn', hint: '选填，仍在任的不填', value: (m) => m.leftOn },
    { header: '备注', width: 30, kind: 'text', field: 'note', hint: '选填，不超过500个字', value: (m) => m.note },
    { header: '最近培训日期', width: 14, kind: 'date', value: (m) => m.lastTrainingOn },
  ],
  rows: (call, filters) => allPages((page) => list(listInput(mediatorListInput, filters, page), call)),
  importer,
};
