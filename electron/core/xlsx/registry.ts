// The sheet spec of every list that exports to .xlsx, and of every register that imports.
//
// To add a list: (1) write sheets/<list>.ts exporting a SheetSpec (copy sheets/staff.ts: columns, rows,
// and an importer if it imports); (2) add its name and Chinese title to xlsxListTitles in
// electron/shared/schemas/xlsx.ts, and to xlsxEntities and xlsxKeyLabels there if it imports; (3) add one line
// below. Put <ExportButton list=… /> and <ImportButton entity=… /> (renderer/src/features/excel) on the page.
// The type of `sheets` makes a missing line a compile error.
import type { XlsxList } from '../../shared/schemas/xlsx';
import { AppError } from '../../shared/errors';
import type { SheetImporter, SheetSpec } from './sheet-spec';
import { committeeSheet } from './sheets/committee';
import { committeeMemberSheet } from './sheets/committee-members';
import { cpcBranchSheet, cpcMeetingSheet } from './sheets/cpc-lists';
import { cpcMemberSheet } from './sheets/cpc-member';
import { enterpriseSheet } from './sheets/enterprise';
import { investigationFindingSheet, investigationSheet } from './sheets/investigation';
import { jointActivitySheet, partnerUnitSheet } from './sheets/joint';
import { mediatorSheet } from './sheets/mediator';
import { mediatorDisciplineSheet, mediatorTrainingSheet } from './sheets/mediator-records';
import { staffSheet } from './sheets/staff';
import { caseSheet } from './sheets/cases';

export const sheets: { [L in XlsxList]: SheetSpec<unknown> } = {
  staff: staffSheet,
  mediator: mediatorSheet,
  committee: committeeSheet,
  enterprise: enterpriseSheet,
  cpcMember: cpcMemberSheet,
  cpcBranch: cpcBranchSheet,
  cpcMeeting: cpcMeetingSheet,
  committeeMember: committeeMemberSheet,
  mediatorTraining: mediatorTrainingSheet,
  mediatorDiscipline: mediatorDisciplineSheet,
  partnerUnit: partnerUnitSheet,
  jointActivity: jointActivitySheet,
  investigation: investigationSheet,
  investigationFinding: investigationFindingSheet,
  case: caseSheet,
};

export function importerOf(list: XlsxList): { sheet: SheetSpec<unknown>; importer: SheetImporter<unknown> } {
  const sheet = sheets[list];
  if (!sheet.importer) throw new AppError('VALIDATION_FAILED', `“${sheet.title}”不支持导入`);
  return { sheet, importer: sheet.importer };
}
