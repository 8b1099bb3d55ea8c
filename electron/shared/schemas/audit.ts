// Schemas of the audit log viewer: the paged, filtered list of audit rows and the chain check's result.
import { z } from 'zod';
import { instant, listInputOf, optionalIsoDate, optionalText, pageOf, sortOrder, whenValid } from './common';

export const auditSortFields = ['id'] as const;

export const auditListInput = listInputOf(auditSortFields, 'id', {
  entity: optionalText('对象类型', 50),
  method: optionalText('操作', 80),
  actor: optionalText('操作人', 50),
  entityId: optionalText('记录编号', 40),
  /** Dates in Asia/Shanghai, both inclusive. */
  from: optionalIsoDate('开始日期'),
  to: optionalIsoDate('结束日期'),
})
  .extend({ order: sortOrder.default('desc') })
  .refine((v) => v.from === null || v.to === null || v.from <= v.to, {
    message: '开始日期不能晚于结束日期',
    path: ['to'],
    ...whenValid('from', 'to'),
  });

export const auditRow = z.object({
  id: z.int().positive(),
  at: instant,
  actor: z.string(),
  method: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  /** The record before the change (null on create). */
  before: z.json().nullable(),
  /** The record after the change (null on delete). */
  after: z.json().nullable(),
});

export const auditPage = pageOf(auditRow);

export const auditFacets = z.object({
  entities: z.array(z.string()),
  methods: z.array(z.string()),
  actors: z.array(z.string()),
});

export const auditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.int().nonnegative(),
  firstBroken: z.object({ id: z.int().nonnegative().nullable(), reason: z.string() }).nullable(),
});

export type AuditRow = z.infer<typeof auditRow>;
export type AuditListInput = z.input<typeof auditListInput>;
export type AuditVerifyResult = z.infer<typeof auditVerifyResult>;
