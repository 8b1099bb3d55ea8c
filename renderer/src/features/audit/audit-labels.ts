// Chinese names for what the audit log stores in code form: entities, operations, record fields, and the time.
import { dossierParts } from '@shared/case-codes';
import { labelOf } from '@shared/codes';
import { entityLabels, methodWord } from './audit-words';

export const entityLabel = (entity: string) => entityLabels[entity] ?? entity;

/** “修改（staff.update）”: the verb in Chinese when known, the method name always (it is what the filter matches). */
export function methodLabel(method: string): string {
  const verb = methodWord(method);
  return verb ? `${verb}（${method}）` : method;
}

/** A record number as stored, made readable where it is compound: dossierPartMark '1:confirmation' → 卷宗1·司法确认有关材料. */
export function entityIdLabel(entity: string, entityId: string | null): string {
  if (entityId === null) return '—';
  if (entity !== 'dossierPartMark') return entityId;
  const [dossierId = '', part = ''] = entityId.split(':');
  return `卷宗${dossierId}·${labelOf(dossierParts, part)}`;
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
