// Inputs and outputs of 统计报表 (issue 6): the period report, its exports, and the monthly prevention figures.
import { z } from 'zod';
import { instant } from './common';

/** A report period: month YYYY-MM, quarter YYYY-Qn or year YYYY (glossary). */
export const periodCode = z
  .string('请选择统计期间')
  .trim()
  .regex(/^(\d{4})(-(0[1-9]|1[0-2])|-Q[1-4])?$/, '统计期间格式应为 2026-11、2026-Q4 或 2026')
  .refine((v) => Number(v.slice(0, 4)) >= 2000 && Number(v.slice(0, 4)) <= 2099, '统计期间的年份应在 2000–2099 之间');
export const monthCode = z
  .string('请选择月份')
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11');

export const periodInput = z.object({ period: periodCode });
export const monthInput = z.object({ month: monthCode });

/** A count with its share of a whole, in percent to one decimal (null when the whole is 0). */
export const share = z.object({ code: z.string(), label: z.string(), count: z.int().nonnegative(), percent: z.number().nullable() });
export type Share = z.output<typeof share>;

const n = z.int().nonnegative();

/** The figures of one office (or the sum of several) for one period: domain-reference §4.2. */
export const reportFigures = z.object({
  cases: z.object({
    /** 受理纠纷数: received (登记) in the period. */
    received: n,
    /** 调解纠纷数: mediated and concluded in the period — the cases 三统一 counts. */
    mediated: n,
    succeeded: n,
    failed: n,
    terminated: n,
    /** 不予受理 decided in the period. */
    rejected: n,
    /** 调解成功率 = succeeded ÷ mediated × 100, one decimal; null when nothing was mediated. */
    successRate: z.number().nullable(),
    /** 纠纷涉及金额 of the mediated cases and 协议金额 of the successful ones, in 万元 to two decimals. */
    disputeWan: z.number(),
    agreementWan: z.number(),
  }),
  /** The 15 national categories in order (local sub-types counted under their parent), over mediated cases. */
  categories: z.array(share),
  /** 主动调解 / 申请调解 / 接受委托移送调解, over mediated cases. */
  sources: z.array(share),
  agreements: z.object({
    written: n,
    oral: n,
    /** 司法确认 steps in the period, and of them confirmed. */
    confirmations: n,
    confirmed: n,
    /** 履行 steps in the period, and of them fully performed. */
    performances: n,
    performed: n,
    followUps: n,
    /** Follow-ups whose satisfaction is 满意 or 基本满意. */
    satisfied: n,
  }),
  prevention: z.object({
    criminalCases: n,
    criminalPersons: n,
    petitionCases: n,
    petitionPersons: n,
    suicideCases: n,
    suicidePersons: n,
    fights: n,
    preventedDisputes: n,
    /** Months of the period with figures entered. */
    monthsEntered: n,
  }),
  investigation: z.object({
    rounds: n,
    zeroReports: n,
    findings: n,
    majorFindings: n,
  }),
  organisation: z.object({
    /** Committees by kind (committeeKinds order), not counting none. */
    committees: z.array(share),
    committeesTotal: n,
    mediators: n,
    fullTime: n,
  }),
  training: z.object({
    /** Mediators in post at the period's end, and of them trained in that calendar year up to the period's end. */
    mediators: n,
    trained: n,
    /** trained ÷ mediators × 100, one decimal; null without mediators. */
    coverage: z.number().nullable(),
    trainingsInPeriod: n,
  }),
  joint: z.object({ activities: n, courtActivities: n, policeActivities: n }),
});
export type ReportFigures = z.output<typeof reportFigures>;

/** One month of the trend chart. */
export const trendPoint = z.object({ month: z.string(), received: n, mediated: n, succeeded: n });

/** A rule check's result on the report (工作提醒 titles). */
export const reportCheck = z.object({ code: z.string(), title: z.string(), count: n, severity: z.string() });

export const report = z.object({
  period: z.string(),
  label: z.string(),
  start: z.string(),
  end: z.string(),
  office: z.object({ code: z.string(), name: z.string() }).nullable(),
  figures: reportFigures,
  /** Each month of the period (for a month: the 12 months up to it). */
  trend: z.array(trendPoint),
  checks: z.array(reportCheck),
  generatedAt: instant,
});
export type Report = z.output<typeof report>;

export const reportDocumentInput = periodInput.extend({ format: z.enum(['pdf', 'docx'], '请选择 PDF 或 Word 格式') });

const figure = (label: string) => z.int(`${label}应为整数`).min(0, `${label}不能为负数`).max(100_000, `${label}过大`);

export const preventionInput = z.object({
  month: monthCode,
  criminalCases: figure('防止民间纠纷转化为刑事案件（件）'),
  criminalPersons: figure('防止民间纠纷转化为刑事案件（人）'),
  petitionCases: figure('防止群体性上访（件）'),
  petitionPersons: figure('防止群体性上访（人）'),
  suicideCases: figure('防止因纠纷引起自杀（件）'),
  suicidePersons: figure('防止因纠纷引起自杀（人）'),
  fights: figure('制止群体性械斗（件）'),
  preventedDisputes: figure('预防纠纷数'),
  note: z.string('备注应为文字').trim().max(200, '备注不能超过200个字').nullish().transform((v) => (v ? v : null)),
});
export type PreventionInput = z.input<typeof preventionInput>;

export const prevention = preventionInput.extend({ month: z.string(), note: z.string().nullable(), updatedAt: instant.nullable() });
export type Prevention = z.output<typeof prevention>;
