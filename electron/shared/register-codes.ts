// National default code lists of the registers (Party, committees, mediators, joint building, investigations).
import { codeList } from './codes';

/** 党员类型 */
export const cpcMemberTypes = codeList([
  { code: 'full', label: '正式党员' },
  { code: 'probationary', label: '预备党员' },
] as const);

/** 党内职务 (支部工作条例 2018: 书记, 副书记, 组织/宣传/纪检委员). */
export const partyPosts = codeList([
  { code: 'secretary', label: '书记' },
  { code: 'deputySecretary', label: '副书记' },
  { code: 'organization', label: '组织委员' },
  { code: 'propaganda', label: '宣传委员' },
  { code: 'discipline', label: '纪检委员' },
  { code: 'member', label: '党员' },
] as const);

/** 三会一课 and other organisational life (glossary `cpcMeeting`). */
export const cpcMeetingKinds = codeList([
  { code: 'memberAssembly', label: '支部党员大会' },
  { code: 'committeeMeeting', label: '支委会' },
  { code: 'groupMeeting', label: '党小组会' },
  { code: 'partyLecture', label: '党课' },
  { code: 'themedDay', label: '主题党日' },
  { code: 'lifeMeeting', label: '组织生活会' },
] as const);

/** 人民调解委员会 kinds; `district` is the 区级调解中心 of the 5:2:1 staffing rule. */
export const committeeKinds = codeList([
  { code: 'village', label: '村人民调解委员会' },
  { code: 'community', label: '社区人民调解委员会' },
  { code: 'street', label: '街道（乡镇）人民调解委员会' },
  { code: 'district', label: '区（县）人民调解中心' },
  { code: 'enterprise', label: '企事业单位人民调解委员会' },
  { code: 'professional', label: '行业性专业性人民调解委员会' },
] as const);

/** Fields of 行业性专业性 committees. */
export const committeeFields = codeList([
  { code: 'property', label: '物业' },
  { code: 'medical', label: '医患' },
  { code: 'labor', label: '劳动' },
  { code: 'traffic', label: '道路交通' },
  { code: 'marriage', label: '婚姻家庭' },
  { code: 'consumer', label: '消费' },
  { code: 'land', label: '征地拆迁' },
  { code: 'other', label: '其他' },
] as const);

export const committeeRoles = codeList([
  { code: 'director', label: '主任' },
  { code: 'deputyDirector', label: '副主任' },
  { code: 'member', label: '委员' },
] as const);

export const mediatorEmployments = codeList([
  { code: 'fullTime', label: '专职' },
  { code: 'partTime', label: '兼职' },
] as const);

export const mediatorTrainingKinds = codeList([
  { code: 'centralized', label: '集中培训' },
  { code: 'rotation', label: '实战轮岗' },
  { code: 'trialObservation', label: '庭审观摩' },
  { code: 'online', label: '网络培训' },
  { code: 'caseStudy', label: '案例研讨' },
  { code: 'other', label: '其他' },
] as const);

/** 人民调解法 Art.15 consequences. */
export const disciplineKinds = codeList([
  { code: 'criticism', label: '批评教育' },
  { code: 'removal', label: '罢免' },
  { code: 'dismissal', label: '解聘' },
] as const);

export const disciplineReasons = codeList([
  { code: 'partiality', label: '偏袒一方当事人' },
  { code: 'insult', label: '侮辱当事人' },
  { code: 'bribe', label: '索取、收受财物或者牟取其他不正当利益' },
  { code: 'leak', label: '泄露当事人的个人隐私、商业秘密' },
  { code: 'other', label: '其他' },
] as const);

export const partnerKinds = codeList([
  { code: 'court', label: '人民法庭' },
  { code: 'policeStation', label: '派出所' },
] as const);

export const jointActivityKinds = codeList([
  { code: 'jointMeeting', label: '联席会议' },
  { code: 'jointInvestigation', label: '联合排查' },
  { code: 'jointMediation', label: '联合调解' },
  { code: 'training', label: '培训' },
  { code: 'legalPublicity', label: '普法宣传' },
  { code: 'caseTransfer', label: '案件移交' },
  { code: 'judicialConfirmation', label: '司法确认对接' },
  { code: 'trialObservation', label: '庭审观摩' },
  { code: 'other', label: '其他' },
] as const);

export const investigationLevels = codeList([
  { code: 'street', label: '街道（半月一排查）' },
  { code: 'district', label: '区（每月一排查）' },
] as const);

export const investigationKinds = codeList([
  { code: 'routine', label: '日常排查' },
  { code: 'special', label: '专项排查' },
  { code: 'keyPeriod', label: '重点时段排查' },
] as const);

export const riskLevels = codeList([
  { code: 'low', label: '低' },
  { code: 'medium', label: '中' },
  { code: 'high', label: '高' },
] as const);

export const findingStatuses = codeList([
  { code: 'pending', label: '待化解' },
  { code: 'mediating', label: '调处中' },
  { code: 'resolved', label: '已化解' },
  { code: 'referred', label: '已移交' },
] as const);

/** The 15 official dispute categories (domain-reference §4.1), 99 其他 kept for the 15th. */
export const disputeCategories = codeList([
  { code: '01', label: '婚姻家庭纠纷' },
  { code: '02', label: '邻里纠纷' },
  { code: '03', label: '房屋宅基地纠纷' },
  { code: '04', label: '合同纠纷' },
  { code: '05', label: '生产经营纠纷' },
  { code: '06', label: '损害赔偿纠纷' },
  { code: '07', label: '山林土地纠纷' },
  { code: '08', label: '征地拆迁纠纷' },
  { code: '09', label: '环境污染纠纷' },
  { code: '10', label: '劳动争议纠纷' },
  { code: '11', label: '消费纠纷' },
  { code: '12', label: '医疗纠纷' },
  { code: '13', label: '道路交通事故纠纷' },
  { code: '14', label: '物业纠纷' },
  { code: '99', label: '其他纠纷' },
] as const);

/** What an attachment is to its record. */
export const attachmentRoles = codeList([
  { code: 'photo', label: '照片' },
  { code: 'signIn', label: '签到表' },
  { code: 'minutes', label: '会议纪要' },
  { code: 'agreement', label: '协议' },
  { code: 'report', label: '签字报告' },
  // Scans of a case's dossier parts (codes of dossierParts in case-codes.ts).
  { code: 'application', label: '申请书或受理登记表（签字件）' },
  { code: 'rightsNotice', label: '权利义务告知书（签字件）' },
  { code: 'idProof', label: '当事人身份证明' },
  { code: 'authorization', label: '授权委托书' },
  { code: 'inquiry', label: '调查记录（签字件）' },
  { code: 'evidence', label: '证据材料' },
  { code: 'session', label: '调解记录（签字件）' },
  { code: 'performanceProof', label: '履行凭证' },
  { code: 'followUp', label: '回访记录（签字件）' },
  { code: 'confirmation', label: '司法确认材料' },
  { code: 'explanation', label: '卷宗情况说明' },
  { code: 'other', label: '其他' },
] as const);
