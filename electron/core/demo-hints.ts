// How to clear each 工作提醒 in the app, naming the demo's own records: printed by `npm run cli -- demo`.
import type { ReminderCode } from '../shared/rules/catalog';
import type { ReminderItem } from '../shared/schemas/reminder';

const names = (items: readonly ReminderItem[]) => items.slice(0, 3).map((i) => `“${i.label}”`).join('、') + (items.length > 3 ? '等' : '');

/** What the user does in the app to clear the rule's hits, in Chinese. */
export const clearHints: Readonly<Record<ReminderCode, (items: readonly ReminderItem[]) => string>> = {
  cpcBranchMissing: () => '在“党建 → 党支部”建立本所党支部，提醒即消除',
  cpcCommitteeMissing: (items) =>
    `在“党建 → 党员”为${names(items)}的一名在册正式党员设宣传委员（或副书记、纪检委员）职务，补齐3名支委`,
  cpcMeetingCadence: (items) => {
    const first = items[0]?.detail.match(/^(.+?)无(.+)$/);
    const example = first ? `，如登记${first[1]}的${first[2]}` : '';
    return `在“党建 → 三会一课”补登缺少的会议${example}`;
  },
  committeeNotFiled: (items) => `在“人民调解 → 调委会”打开${names(items)}，填写备案编号和备案日期`,
  committeeComposition: (items) => `在“人民调解 → 调委会”为${names(items)}增补委员（需3–9人、设主任、有女性委员）`,
  enterpriseWithoutCommittee: (items) => `在“人民调解 → 企业”打开${names(items)}，选择其人民调解委员会（或先建立企业调委会）`,
  mediatorUntrained: (items) => `在“人民调解 → 培训”为调解员${names(items)}登记一次近一年内的培训`,
  mediatorStaffing: (items) => `在“人民调解 → 调解员”为${names(items)}增配专职调解员（或把兼职调解员改为专职）`,
  investigationMissed: (items) => `在“矛盾纠纷排查”补登${names(items)}的街道排查（没有发现纠纷也登记，即零报告）`,
  majorDisputesOpen: (items) => `在“矛盾纠纷排查 → 重大矛盾纠纷”把${names(items)}的化解状态改为已化解并填写化解日期`,
  caseOverdue: (items) => `在“调解案件与卷宗 → 调解案件”打开${names(items)}，登记调解结果（成功、不成功或终止）`,
  caseConfirmationDue: (items) => `打开${names(items)}，登记当事人的司法确认申请（或告知当事人期限）`,
  caseFollowUpDue: (items) => `打开${names(items)}，登记一次回访`,
  caseEntryLate: (items) => `${names(items)}已逾期录入，无法消除；以后结案的案件请在次月截止日前录入`,
  dossierIncomplete: (items) => `打开${names(items)}，补齐“本卷还缺”所列材料后建卷、立卷`,
};
