// The rule checks (工作提醒): stable codes, Chinese titles, where each rule comes from, and how serious a hit is.

export const reminderCodes = [
  'cpcBranchMissing',
  'cpcCommitteeMissing',
  'cpcMeetingCadence',
  'committeeNotFiled',
  'committeeComposition',
  'enterpriseWithoutCommittee',
  'mediatorUntrained',
  'mediatorStaffing',
  'investigationMissed',
  'majorDisputesOpen',
  'caseOverdue',
  'caseConfirmationDue',
  'caseFollowUpDue',
  'caseEntryLate',
  'dossierIncomplete',
] as const;

export type ReminderCode = (typeof reminderCodes)[number];
export type ReminderSeverity = 'error' | 'warning' | 'info';

export interface ReminderRuleInfo {
  title: string;
  source: string;
  severity: ReminderSeverity;
}

const PLAN = '2013年全区基层司法行政工作计划';
const MEDIATION_LAW = '《中华人民共和国人民调解法》';
const BRANCH_RULES = '《中国共产党支部工作条例（试行）》';

export const reminderCatalog: Readonly<Record<ReminderCode, ReminderRuleInfo>> = {
  cpcBranchMissing: {
    title: '符合条件未建立党支部',
    source: `${BRANCH_RULES}第五条：有正式党员3人以上的，应当成立党支部；${PLAN}第8项`,
    severity: 'error',
  },
  cpcCommitteeMissing: {
    title: '未设立支部委员会',
    source: `${BRANCH_RULES}第六章：正式党员7人以上的党支部应当设立支部委员会（本系统以3名及以上党员担任书记、副书记、组织、宣传、纪检委员视为已设立）`,
    severity: 'warning',
  },
  cpcMeetingCadence: {
    title: '“三会一课”未按期开展',
    source: `${BRANCH_RULES}第十一至十三条：党员大会每季度、支委会每月、党小组会每月一次；党课每年至少一次（不足7名正式党员、未设支委会的小支部不计支委会和党小组会）`,
    severity: 'warning',
  },
  committeeNotFiled: {
    title: '人民调解委员会未备案',
    source: `${PLAN}第1项：辖区内设立的人民调解委员会都要向区司法局备案`,
    severity: 'error',
  },
  committeeComposition: {
    title: '人民调解委员会组成不符合规定',
    source: '《中华人民共和国人民调解法》第八条：委员三至九人，设主任一人，应当有妇女成员',
    severity: 'warning',
  },
  enterpriseWithoutCommittee: {
    title: '300人以上企业未建立调解组织',
    source: `${PLAN}第1项：300人以上的企业单位全部建立人民调解组织`,
    severity: 'error',
  },
  mediatorUntrained: {
    title: '调解员一年内未参加培训',
    source: `${PLAN}第2项：确保每个调解员一年至少轮训一次`,
    severity: 'warning',
  },
  mediatorStaffing: {
    title: '专职人民调解员配备不足',
    source: `${PLAN}第2项：区、街道、村（社区）按5:2:1配备，行业性专业性调解组织配备2至4名专职人民调解员`,
    severity: 'warning',
  },
  investigationMissed: {
    title: '矛盾纠纷排查漏报',
    source: `${PLAN}第4项：街道每半月、区每月排查一次，坚持“零报告”制度`,
    severity: 'error',
  },
  majorDisputesOpen: {
    title: '重大矛盾纠纷尚未化解',
    source: `${PLAN}第4项：做好重大矛盾纠纷的管控和调处`,
    severity: 'info',
  },
  caseOverdue: {
    title: '调解超过期限未结',
    source: '《人民调解工作若干规定》（司法部令第75号）：调解纠纷一般在一个月内调结（期限天数在设置中配置）',
    severity: 'warning',
  },
  caseConfirmationDue: {
    title: '司法确认申请期限将到',
    source: `${MEDIATION_LAW}第三十三条：双方当事人可以自调解协议生效之日起三十日内共同向人民法院申请司法确认（7日内到期的列出）`,
    severity: 'info',
  },
  caseFollowUpDue: {
    title: '回访到期',
    source: `${MEDIATION_LAW}第三十一条：人民调解委员会应当对调解协议的履行情况进行监督；回访期限在设置中配置（7日内到期和已逾期的列出）`,
    severity: 'warning',
  },
  caseEntryLate: {
    title: '逾期录入',
    source: '月度录入制度：当月调结的案件应在次月第一周内（截止日在设置中配置）录入，以案定补按录入的案件核发（列出近三个月结案的案件）',
    severity: 'warning',
  },
  dossierIncomplete: {
    title: '已结案件卷宗不完整或未立卷',
    source: `${MEDIATION_LAW}第二十七条：人民调解委员会应当建立调解工作档案，将调解登记、调解工作记录、调解协议书等材料立卷归档（一案一卷；列出近一年结案的案件）`,
    severity: 'warning',
  },
};
