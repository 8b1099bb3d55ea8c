// Chinese names for what the audit log stores in code form: entities, operations, record fields, and the time.

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
};

export const entityLabel = (entity: string) => entityLabels[entity] ?? entity;

/** “修改（staff.update）”: the verb in Chinese when known, the method name always (it is what the filter matches). */
export function methodLabel(method: string): string {
  const verb = verbLabels[method.slice(method.lastIndexOf('.') + 1)];
  return verb ? `${verb}（${method}）` : method;
}

const fieldLabels: Record<string, string> = {
  id: '编号',
  name: '名称/姓名',
  idNumber: '身份证号码',
  gender: '性别',
  birthDate: '出生日期',
  phone: '联系电话',
  post: '职务',
  ethnicity: '民族',
  politicalStatus: '政治面貌',
  education: '学历',
  staffingType: '编制类型',
  note: '备注',
  address: '地址',
  createdAt: '创建时间',
  updatedAt: '修改时间',
  startDate: '开始日期',
  endDate: '结束日期',
  date: '日期',
  content: '内容',
};

export const fieldLabel = (key: string) => (fieldLabels[key] ? `${fieldLabels[key]}（${key}）` : key);

/** An ISO instant as Beijing time, 2026-11-27 10:00:00 (Asia/Shanghai has no daylight saving). */
export function beijingTime(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return shifted.toISOString().slice(0, 19).replace('T', ' ');
}
