// Every document the app prints: stable code, Chinese name, what it is printed from, and (case forms) the step it needs.
import { codeList, codesOf } from '../codes';

/**
 * `source`: the record a form is filled from. `step`: case forms printed once per step of that kind (null:
 * once per case). `part`: the dossier part the form fills (case forms only).
 */
export const documentForms = codeList([
  { code: 'cover', label: '卷宗封面', source: 'case', step: null, part: 'cover' },
  { code: 'toc', label: '卷内目录', source: 'case', step: null, part: 'toc' },
  { code: 'application', label: '人民调解申请书', source: 'case', step: null, part: 'application' },
  { code: 'acceptance', label: '人民调解受理登记表', source: 'case', step: null, part: 'application' },
  { code: 'rightsNotice', label: '人民调解当事人权利义务告知书', source: 'case', step: null, part: 'rightsNotice' },
  { code: 'inquiry', label: '人民调解调查记录', source: 'case', step: 'inquiry', part: 'inquiry' },
  { code: 'session', label: '人民调解记录', source: 'case', step: 'session', part: 'session' },
  { code: 'agreement', label: '人民调解协议书', source: 'case', step: 'agreement', part: 'agreement' },
  { code: 'oralAgreement', label: '人民调解口头协议登记表', source: 'case', step: 'agreement', part: 'agreement' },
  { code: 'followUp', label: '人民调解回访记录', source: 'case', step: 'followUp', part: 'followUp' },
  { code: 'rejectionNotice', label: '不予受理告知书', source: 'case', step: 'reject', part: null },
  { code: 'terminationNotice', label: '终止调解告知书', source: 'case', step: 'outcome', part: null },
  { code: 'confirmationRequest', label: '司法确认申请书', source: 'case', step: 'agreement', part: 'confirmation' },
  { code: 'backCover', label: '卷宗封底（备考表）', source: 'case', step: null, part: 'backCover' },
  { code: 'jointActivity', label: '共建活动记录', source: 'jointActivity', step: null, part: null },
  { code: 'cpcMeeting', label: '“三会一课”会议记录', source: 'cpcMeeting', step: null, part: null },
  { code: 'investigationRound', label: '矛盾纠纷排查记录', source: 'investigation', step: null, part: null },
  { code: 'zeroReport', label: '矛盾纠纷排查零报告表', source: 'investigation', step: null, part: null },
  { code: 'branchRequest', label: '关于成立党支部的请示', source: 'office', step: null, part: null },
  { code: 'monthlyReport', label: '月度工作报告', source: 'month', step: null, part: null },
] as const);

export type DocumentFormCode = (typeof documentForms)[number]['code'];
export type DocumentSource = (typeof documentForms)[number]['source'];
export const documentFormCodes = codesOf(documentForms);

/** Forms an office may replace with its own .docx template (all but the GB/T 9704 official documents). */
export const templatableForms = documentForms.filter((f) => f.source !== 'office' && f.source !== 'month');

export function formLabel(code: DocumentFormCode): string {
  return documentForms.find((f) => f.code === code)!.label;
}
