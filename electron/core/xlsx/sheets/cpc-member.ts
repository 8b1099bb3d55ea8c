// Sheet spec of the Party member register (党员): export, and import keyed by ID number (else name + birth date), branch by name.
//
// Key: a member with an ID number is matched on it (unique in the table); one without is matched on name and birth
// date among members without an ID number. When the ID number belongs to a staff person the row is linked to that
// record, and the server then takes name, gender, birth date, ethnicity and education from the staff register.
import { and, eq, isNull } from 'drizzle-orm';
import { cpcMember as memberTable, staff } from '../../../../drizzle/schema';
import { educations, ethnicities, genders } from '../../../shared/codes';
import type { ParsedInput } from '../../../shared/contract';
import { cpcMemberTypes, partyPosts } from '../../../shared/register-codes';
import { cpcMemberInput, cpcMemberListInput, type CpcMember } from '../../../shared/schemas/cpc-member';
import { xlsxListTitles } from '../../../shared/schemas/xlsx';
import type { CallContext } from '../../services/context';
import { cpcMemberHandlers } from '../../services/cpc-member';
import { allPages, listInput, syncHandler, type SheetImporter, type SheetSpec } from '../sheet-spec';
import { branchByName } from './lookups';

type MemberData = ParsedInput<'cpcMember.create'>;

const list = syncHandler(cpcMemberHandlers['cpcMember.list']);
const create = syncHandler(cpcMemberHandlers['cpcMember.create']);
const update = syncHandler(cpcMemberHandlers['cpcMember.update']);

/** The key of a member without an ID number: 姓名（出生日期）, which no ID number can look like. */
const NAME_KEY = /^(.*)（(\d{4}-\d{2}-\d{2})）$/;

export function cpcMemberKey(data: Pick<MemberData, 'idNumber' | 'name' | 'birthDate'>): string {
  return data.idNumber ?? `${data.name}（${data.birthDate ?? ''}）`;
}

function findExisting(call: CallContext, key: string): number | null {
  const named = NAME_KEY.exec(key);
  const where = named
    ? and(isNull(memberTable.idNumber), eq(memberTable.name, named[1]!), eq(memberTable.birthDate, named[2]!))
    : eq(memberTable.idNumber, key);
  return call.db.select({ id: memberTable.id }).from(memberTable).where(where).get()?.id ?? null;
}

/** Links the row to the staff person with the same ID number, if there is one. */
function withStaffLink(data: MemberData, call: CallContext): MemberData {
  if (data.idNumber === null) return { ...data, staffId: null };
  const person = call.db.select({ id: staff.id }).from(staff).where(eq(staff.idNumber, data.idNumber)).get();
  return { ...data, staffId: person?.id ?? null };
}

const importer: SheetImporter<MemberData> = {
  schema: cpcMemberInput,
  keyField: 'idNumber',
  nameField: 'name',
  keyOf: cpcMemberKey,
  nameOf: (data) => data.name,
  convert: { branchId: branchByName },
  findExisting,
  create: (data, call) => void create(withStaffLink(data, call), call),
  update: (id, data, call) => void update({ id, data: withStaffLink(data, call) }, call),
};

export const cpcMemberSheet: SheetSpec<CpcMember> = {
  title: xlsxListTitles.cpcMember,
  columns: [
    { header: '所在支部', width: 24, kind: 'text', field: 'branchId', hint: '必填，填写已登记的党支部全称', value: (m) => m.branchName },
    { header: '姓名', width: 12, kind: 'text', field: 'name', hint: '必填，不超过30个字', value: (m) => m.name },
    {
      header: '身份证号码',
      width: 22,
      kind: 'id',
      field: 'idNumber',
      hint: '选填，18位，请以文本格式填写；与工作人员相同的，自动关联该工作人员',
      value: (m) => m.idNumber,
    },
    { header: '性别', width: 6, kind: 'code', field: 'gender', codes: genders, hint: '未填身份证号码的必填', value: (m) => m.gender },
    { header: '出生日期', width: 12, kind: 'date', field: 'birthDate', hint: '未填身份证号码的必填，格式 1980-01-31', value: (m) => m.birthDate },
    { header: '民族', width: 10, kind: 'code', field: 'ethnicity', codes: ethnicities, hint: '必填', value: (m) => m.ethnicity },
    { header: '学历', width: 12, kind: 'code', field: 'education', codes: educations, hint: '必填', value: (m) => m.education },
    { header: '入党时间', width: 12, kind: 'date', field: 'joinedOn', hint: '必填，格式 2026-01-31', value: (m) => m.joinedOn },
    { header: '党员类型', width: 10, kind: 'code', field: 'memberType', codes: cpcMemberTypes, hint: '必填', value: (m) => m.memberType },
    { header: '转正时间', width: 12, kind: 'date', field: 'fullOn', hint: '正式党员必填，预备党员不填', value: (m) => m.fullOn },
    { header: '党内职务', width: 10, kind: 'code', field: 'partyPost', codes: partyPosts, hint: '必填，无职务的选“党员”', value: (m) => m.partyPost },
    { header: '组织关系转入时间', width: 16, kind: 'date', field: 'transferredInOn', hint: '选填', value: (m) => m.transferredInOn },
    { header: '组织关系转出时间', width: 16, kind: 'date', field: 'transferredOutOn', hint: '选填，仍在本支部的不填', value: (m) => m.transferredOutOn },
    { header: '联系电话', width: 16, kind: 'text', field: 'phone', hint: '选填，手机11位或区号-座机号', value: (m) => m.phone },
    { header: '备注', width: 30, kind: 'text', field: 'note', hint: '选填，不超过500个字', value: (m) => m.note },
    { header: '关联工作人员', width: 12, kind: 'text', value: (m) => (m.staffId === null ? '否' : '是') },
  ],
  rows: (call, filters) => allPages((page) => list(listInput(cpcMemberListInput, filters, page), call)),
  importer,
};
