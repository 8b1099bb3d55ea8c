// The office's settings for cases and dossiers (系统 → 设置) and the editable dispute categories (代码表).
import { z } from 'zod';
import { codeOf, instant, optionalText, requiredText } from './common';

export const DEFAULT_DOSSIER_PATTERN = '（{年}）{简称}调字第{序号:3}号';

const dayCount = (label: string, max: number) =>
  z.int(`${label}应为整数`).min(1, `${label}应在1–${max}之间`).max(max, `${label}应在1–${max}之间`);

/** Every setting with its default; a stored value is read through this, so a missing key takes the default. */
export const caseSettings = z.object({
  /** Cases concluded in month M are to be entered by the end of this day of month M+1 (product §9). */
  entryDeadlineDay: dayCount('月度录入截止日', 28).default(7),
  /** Mediation is normally concluded within this many days of acceptance (2002 规定). */
  concludeWithinDays: dayCount('调解期限天数', 365).default(30),
  /** A 回访 is due this many days after the agreement. */
  followUpDays: dayCount('回访期限天数', 365).default(30),
  /** Art.33: judicial confirmation within 30 days of the agreement taking effect. */
  confirmationDays: dayCount('司法确认申请期限天数', 365).default(30),
  /** 卷号 pattern: {年}, {简称} and {序号} or {序号:N} (zero-padded to N digits), all required. */
  dossierNumberPattern: requiredText('卷号格式', 60)
    .refine((v) => /\{序号(?::[1-9])?\}/.test(v), '卷号格式须包含{序号}或{序号:位数}')
    .refine((v) => v.includes('{年}'), '卷号格式须包含{年}')
    // Without the committee's 简称 every committee would count into the same numbers and clash.
    .refine((v) => v.includes('{简称}'), '卷号格式须包含{简称}，否则各调委会的卷号会重复')
    .refine((v) => !/\{(?!年\}|简称\}|序号(?::[1-9])?\})/.test(v), '卷号格式只能使用{年}、{简称}、{序号}、{序号:位数}')
    .default(DEFAULT_DOSSIER_PATTERN),
  /** 保管期限 choices (domain-reference §3: set locally). */
  retentionPeriods: z
    .array(requiredText('保管期限', 20))
    .min(1, '请至少保留一个保管期限')
    .max(20, '保管期限最多20项')
    .refine((v) => new Set(v).size === v.length, '保管期限不能重复')
    .default(['永久', '长期', '短期']),
});
export type CaseSettings = z.output<typeof caseSettings>;

/** Only the keys given: the defaults are taken off, so an update never writes a default over a stored value. */
const fields = caseSettings.shape;
export const settingsUpdateInput = z
  .object({
    entryDeadlineDay: fields.entryDeadlineDay.unwrap().optional(),
    concludeWithinDays: fields.concludeWithinDays.unwrap().optional(),
    followUpDays: fields.followUpDays.unwrap().optional(),
    confirmationDays: fields.confirmationDays.unwrap().optional(),
    dossierNumberPattern: fields.dossierNumberPattern.unwrap().optional(),
    retentionPeriods: fields.retentionPeriods.unwrap().optional(),
  })
  .strict();

export const disputeCategory = z.object({
  code: z.string(),
  label: z.string(),
  /** For a local sub-type, the national category it counts under. */
  parentCode: z.string().nullable(),
  builtin: z.boolean(),
  active: z.boolean(),
  sortOrder: z.int(),
  createdAt: instant,
  updatedAt: instant,
});
export type DisputeCategory = z.output<typeof disputeCategory>;

export const disputeCategoryList = z.object({ items: z.array(disputeCategory) });

/** A local sub-type: its code is given by the app (parent code + two digits, e.g. 1001). */
export const disputeCategoryCreateInput = z.object({
  label: requiredText('纠纷类型名称', 20),
  parentCode: codeOf('所属全国统计类型', ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '99']),
});

export const disputeCategoryUpdateInput = z.object({
  code: z.string('请选择纠纷类型').min(1, '请选择纠纷类型').max(10, '纠纷类型代码不正确'),
  /** Built-in labels are the national statistics names and cannot be renamed. */
  label: optionalText('纠纷类型名称', 20),
  active: z.boolean('是否启用应为是或否'),
});
