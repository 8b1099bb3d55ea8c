// Code lists of mediation cases and dossiers (domain-reference §1, §4): stable codes, Chinese labels.
import { codeList } from './codes';

/** 案件来源; `group` is the report's split: 主动调解 / 申请调解 / 接受委托移送调解 (domain-reference §4.2). */
export const caseSources = codeList([
  { code: 'applied', label: '当事人申请', group: 'applied' },
  { code: 'initiative', label: '调委会主动调解', group: 'initiative' },
  { code: 'investigation', label: '排查发现', group: 'initiative' },
  { code: 'courtAssigned', label: '法院委派', group: 'referred' },
  { code: 'courtEntrusted', label: '法院委托', group: 'referred' },
  { code: 'police', label: '公安移送', group: 'referred' },
  { code: 'procuratorate', label: '检察院移送', group: 'referred' },
  { code: 'petition', label: '信访或政府部门移交', group: 'referred' },
  { code: 'legalAid', label: '法律援助中心移送', group: 'referred' },
  { code: 'other', label: '其他', group: 'applied' },
] as const);

export const caseSourceGroups = codeList([
  { code: 'initiative', label: '主动调解' },
  { code: 'applied', label: '申请调解' },
  { code: 'referred', label: '接受委托移送调解' },
] as const);

/** The state of a case, derived from its steps (electron/shared/rules/case-state.ts). */
export const caseStates = codeList([
  { code: 'received', label: '待受理' },
  { code: 'rejected', label: '不予受理' },
  { code: 'mediating', label: '调解中' },
  { code: 'succeeded', label: '调解成功' },
  { code: 'failed', label: '调解不成功' },
  { code: 'terminated', label: '终止调解' },
] as const);

/** States in which the case has ended (its 结案 date is `concludedOn`). */
export const concludedStates = ['rejected', 'succeeded', 'failed', 'terminated'] as const;
/** States that count as mediated (调解) in the monthly counts and 三统一. */
export const mediatedStates = ['succeeded', 'failed', 'terminated'] as const;

/** The kinds of step (glossary: accept, reject, inquiry, session, outcome, agreement, performance, followUp, judicialConfirmation). */
export const caseStepKinds = codeList([
  { code: 'accept', label: '受理' },
  { code: 'reject', label: '不予受理' },
  { code: 'inquiry', label: '调查' },
  { code: 'session', label: '调解' },
  { code: 'outcome', label: '调解结果' },
  { code: 'agreement', label: '调解协议' },
  { code: 'performance', label: '履行情况' },
  { code: 'followUp', label: '回访' },
  { code: 'judicialConfirmation', label: '司法确认' },
] as const);

/** 不予受理 reasons (2002 规定 Art.22, 人民调解法 Art.17). */
export const rejectReasons = codeList([
  { code: 'partyRefused', label: '一方当事人明确拒绝调解' },
  { code: 'specialOrgan', label: '法律规定由专门机关管辖处理或禁止采用民间调解' },
  { code: 'alreadyHandled', label: '人民法院、公安机关或其他行政机关已经受理或解决' },
  { code: 'other', label: '其他' },
] as const);

/** 调解结果 */
export const outcomeResults = codeList([
  { code: 'success', label: '调解成功' },
  { code: 'failure', label: '调解不成功' },
  { code: 'terminated', label: '终止调解' },
] as const);

/** Why mediation failed or was ended (Art.26, local 终止调解告知书). */
export const endReasons = codeList([
  { code: 'partyRefused', label: '一方当事人拒绝继续调解' },
  { code: 'withdrawn', label: '申请人撤回申请' },
  { code: 'noAgreement', label: '经调解未能达成协议' },
  { code: 'expired', label: '调解期限届满未达成协议' },
  { code: 'other', label: '其他' },
] as const);

export const agreementForms = codeList([
  { code: 'written', label: '书面协议' },
  { code: 'oral', label: '口头协议' },
] as const);

/** 履行情况 */
export const performanceStatuses = codeList([
  { code: 'full', label: '已全部履行' },
  { code: 'partial', label: '部分履行' },
  { code: 'none', label: '未履行' },
  { code: 'notDue', label: '履行期限未到' },
] as const);

/** 回访满意度 */
export const satisfactionLevels = codeList([
  { code: 'satisfied', label: '满意' },
  { code: 'basic', label: '基本满意' },
  { code: 'unsatisfied', label: '不满意' },
] as const);

/** 司法确认结果 (domain-reference §1.13). */
export const confirmationResults = codeList([
  { code: 'pending', label: '审查中' },
  { code: 'confirmed', label: '确认有效' },
  { code: 'notConfirmed', label: '不予确认' },
  { code: 'dismissed', label: '驳回申请' },
] as const);

export const partyRoles = codeList([
  { code: 'applicant', label: '申请人' },
  { code: 'respondent', label: '被申请人' },
] as const);

export const partyKinds = codeList([
  { code: 'person', label: '自然人' },
  { code: 'organization', label: '法人或其他组织' },
] as const);

export const agentKinds = codeList([
  { code: 'entrusted', label: '委托代理人' },
  { code: 'legal', label: '法定代理人' },
] as const);

export const agentAuthorities = codeList([
  { code: 'general', label: '一般授权' },
  { code: 'special', label: '特别授权' },
] as const);

/**
 * The parts of a dossier in binding order (domain-reference §1.1): cover and 卷内目录 first, 封底 last.
 * `generated`: the app can produce it from the case data (documents issue); `signed`: the paper carries
 * signatures or the seal, so the dossier needs the signed original (a scan, or marked as filed on paper).
 */
export const dossierParts = codeList([
  { code: 'cover', label: '卷宗封面', generated: true, signed: false },
  { code: 'toc', label: '卷内目录', generated: true, signed: false },
  { code: 'application', label: '人民调解申请书或受理登记表', generated: true, signed: true },
  { code: 'rightsNotice', label: '当事人权利义务告知书', generated: true, signed: true },
  { code: 'idProof', label: '当事人身份证明', generated: false, signed: false },
  { code: 'authorization', label: '授权委托书', generated: false, signed: true },
  { code: 'inquiry', label: '人民调解调查记录', generated: true, signed: true },
  { code: 'evidence', label: '证据材料', generated: false, signed: false },
  { code: 'session', label: '人民调解记录', generated: true, signed: true },
  { code: 'agreement', label: '人民调解协议书或口头协议登记表', generated: true, signed: true },
  { code: 'performanceProof', label: '履行凭证', generated: false, signed: false },
  { code: 'followUp', label: '人民调解回访记录', generated: true, signed: true },
  { code: 'confirmation', label: '司法确认有关材料', generated: false, signed: false },
  { code: 'explanation', label: '卷宗情况说明', generated: false, signed: false },
  { code: 'backCover', label: '卷宗封底（备考表）', generated: true, signed: false },
] as const);
export type DossierPartCode = (typeof dossierParts)[number]['code'];
