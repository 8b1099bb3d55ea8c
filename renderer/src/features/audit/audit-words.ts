// Chinese words for the audit log's entities and methods. No imports: the audit e2e spec checks every mutation and entity has one.

export const entityLabels: Record<string, string> = {
  office: '本所信息',
  staff: '工作人员',
  staffTraining: '工作人员培训',
  cpcBranch: '党支部',
  cpcMember: '党员',
  cpcMeeting: '三会一课',
  committee: '人民调解委员会',
  committeeMember: '调委会委员',
  enterprise: '企业',
  mediator: '人民调解员',
  mediatorTraining: '调解员培训',
  mediatorDiscipline: '调解员奖惩',
  partnerUnit: '共建单位',
  jointActivity: '共建活动',
  investigation: '矛盾纠纷排查',
  investigationFinding: '排查发现的纠纷',
  attachment: '附件',
  xlsxImport: 'Excel 导入',
  case: '调解案件',
  caseParty: '案件当事人',
  caseStep: '案件办理步骤',
  dossier: '卷宗',
  dossierPartMark: '卷宗材料标记',
  setting: '案件与卷宗设置',
  disputeCategory: '纠纷类型',
  document: '文书',
  documentTemplate: '文书模板',
  report: '统计报表',
  prevention: '预防成效',
  package: '数据包',
  districtOffice: '登记的司法所',
  districtPackage: '导入的数据包',
  user_account: '账户',
  auth_state: '登录安全设置',
  reveal: '完整个人信息',
  backup: '备份',
  backupSettings: '备份设置',
};

const verbLabels: Record<string, string> = {
  create: '新增',
  update: '修改',
  delete: '删除',
  save: '保存',
  import: '导入',
  export: '导出',
  reveal: '查看完整信息',
  print: '打印',
  // A reveal (issue 7): a detail view showed full ID numbers or phones to a permitted role.
  get: '查看',
};

/** Whole methods whose last word alone would say too little (dossier.close is 立卷归档, not “关闭”). */
const methodWords: Record<string, string> = {
  'attachment.add': '上传附件',
  'attachment.remove': '删除附件',
  'dossier.open': '建立卷宗',
  'dossier.close': '立卷归档',
  'dossier.reopen': '重新打开卷宗',
  'dossier.markPart': '标记卷宗材料',
  'setting.update': '修改设置',
  'xlsx.import': '导入 Excel',
  // A sensitive read (issue 7): the row's entity is the exported list, its after the filters and row count.
  'xlsx.export': '导出 Excel',
  // Prints are sensitive reads too: the row names the form, the record and the format, never the content.
  'document.render': '生成文书',
  'document.dossier': '生成整卷 PDF',
  'document.batchStart': '批量生成卷宗',
  'template.upload': '上传文书模板',
  'template.restore': '恢复内置文书模板',
  'prevention.save': '保存预防成效',
  // Sensitive reads: the report of a period exported or printed, and the upload package written.
  'report.xlsx': '导出统计报表',
  'report.document': '生成统计报告',
  'package.exportStart': '导出数据包',
  'district.import': '导入数据包',
  'district.saveOffice': '登记司法所公钥',
  'district.removeOffice': '删除登记的司法所',
  // Accounts (issue 7): every login attempt, the lock and the recovery are audited even when they fail.
  'auth.setup': '初始设置',
  'auth.login': '登录',
  'auth.unlock': '解锁',
  'auth.logout': '退出登录',
  'auth.lock': '锁定',
  'auth.recover': '用恢复码重设密码',
  'auth.changePassword': '修改密码',
  'auth.newRecoveryCode': '重新生成恢复码',
  'user.resetPassword': '重设账户密码',
  'user.unlock': '解锁账户',
  'security.save': '保存安全设置',
  'backup.create': '立即备份',
  'backup.saveSettings': '保存备份设置',
  'backup.restore': '从备份恢复',
};

/** The Chinese words of a method, or null when there are none (the audit e2e test requires them for every mutation). */
export function methodWord(method: string): string | null {
  return methodWords[method] ?? verbLabels[method.slice(method.lastIndexOf('.') + 1)] ?? null;
}

