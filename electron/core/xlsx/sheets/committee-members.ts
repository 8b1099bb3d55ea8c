// Export-only sheet spec of committee members (调委会委员): every member of every committee the committee list shows.
import { ethnicities, genders } from '../../../shared/codes';
import { committeeRoles } from '../../../shared/register-codes';
import { committeeListInput } from '../../../shared/schemas/committee';
import type { CommitteeMember } from '../../../shared/schemas/committee-member';
import { xlsxListTitles } from '../../../shared/schemas/xlsx';
import { committeeRegisterHandlers } from '../../services/committee-register';
import { membersOf } from '../../services/committee-member';
import { allPages, listInput, syncHandler, type SheetSpec } from '../sheet-spec';

type MemberRow = CommitteeMember & { committeeName: string };

const committees = syncHandler(committeeRegisterHandlers['committee.list']);

export const committeeMemberSheet: SheetSpec<MemberRow> = {
  title: xlsxListTitles.committeeMember,
  columns: [
    { header: '调委会名称', width: 28, kind: 'text', value: (m) => m.committeeName },
    { header: '姓名', width: 12, kind: 'text', value: (m) => m.name },
    { header: '性别', width: 6, kind: 'code', codes: genders, value: (m) => m.gender },
    { header: '民族', width: 10, kind: 'code', codes: ethnicities, value: (m) => m.ethnicity },
    { header: '职务', width: 10, kind: 'code', codes: committeeRoles, value: (m) => m.role },
    { header: '任期开始日期', width: 14, kind: 'date', value: (m) => m.termStart },
    { header: '任期结束日期', width: 14, kind: 'date', value: (m) => m.termEnd },
    { header: '离任日期', width: 12, kind: 'date', value: (m) => m.leftOn },
    { header: '联系电话', width: 16, kind: 'text', value: (m) => m.phone },
    { header: '备注', width: 30, kind: 'text', value: (m) => m.note },
  ],
  // The committees as the committee list filters them, each with all its members (those who left too).
  rows: (call, filters) =>
    allPages((page) => committees(listInput(committeeListInput, filters, page), call)).flatMap((c) =>
      membersOf(call, c.id).map((m) => ({ ...m, committeeName: c.name })),
    ),
};
