// .xlsx export and import: which lists export, which registers import, and the shapes of preview and result.
import { z } from 'zod';

/** Lists that export to .xlsx, with the Chinese title used for the sheet and the file name. */
export const xlsxListTitles = {
  staff: '工作人员',
  mediator: '人民调解员',
  committee: '人民调解委员会',
  enterprise: '企业',
  cpcMember: '党员',
  cpcBranch: '党支部',
  cpcMeeting: '三会一课',
  committeeMember: '调委会委员',
  mediatorTraining: '调解员培训',
  mediatorDiscipline: '调解员纪律处分',
  partnerUnit: '共建单位',
  jointActivity: '共建活动',
  investigation: '矛盾纠纷排查',
  investigationFinding: '排查发现的矛盾纠纷',
  case: '调解案件',
} as const;
export type XlsxList = keyof typeof xlsxListTitles;
export const xlsxLists = Object.keys(xlsxListTitles) as [XlsxList, ...XlsxList[]];

/** Registers that import from .xlsx (a subset of the lists). */
export const xlsxEntities = ['staff', 'mediator', 'committee', 'enterprise', 'cpcMember'] as const satisfies readonly XlsxList[];
export type XlsxEntity = (typeof xlsxEntities)[number];

/** What identifies a record of each importable register (its unique key), as the preview table calls it. */
export const xlsxKeyLabels: Record<XlsxEntity, string> = {
  staff: '身份证号码',
  mediator: '身份证号码',
  committee: '调委会名称',
  enterprise: '统一社会信用代码',
  /** A member without an ID number is matched on name and birth date. */
  cpcMember: '身份证号码或姓名+出生日期',
};

/** Largest workbook accepted for import, decoded. */
export const XLSX_MAX_BYTES = 10 * 1024 * 1024;

const dataBase64 = z
  .string('请选择文件')
  .min(1, '请选择文件')
  .max(Math.ceil(XLSX_MAX_BYTES / 3) * 4, '文件超过 10 MB 的上限')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容编码不正确');

export const xlsxFile = z.object({ fileName: z.string(), dataBase64: z.string() });

export const xlsxExportInput = z.object({
  list: z.enum(xlsxLists, '未知的列表'),
  /** The list method's own input without paging (search, sort, filters). */
  filters: z.record(z.string(), z.unknown()).default({}),
});
export const xlsxTemplateInput = z.object({ entity: z.enum(xlsxEntities, '该登记簿不支持导入') });
export const xlsxPreviewInput = xlsxTemplateInput.extend({ dataBase64 });
export const xlsxImportInput = xlsxPreviewInput.extend({
  mode: z.enum(['allOrNothing', 'validOnly'], '请选择导入方式'),
  updateExisting: z.boolean('请选择是否更新已有记录'),
});
export type XlsxImportMode = z.output<typeof xlsxImportInput>['mode'];

export const xlsxCellError = z.object({
  /** The Chinese header and the column letter in the user's file, e.g. 身份证号码（C列）. */
  column: z.string(),
  message: z.string(),
});
export type XlsxCellError = z.output<typeof xlsxCellError>;

export const xlsxRowAction = z.enum(['create', 'update', 'error']);
export const xlsxPreviewRow = z.object({
  /** The sheet's own row number, as Excel shows it. */
  rowNumber: z.int().positive(),
  action: xlsxRowAction,
  key: z.string(),
  name: z.string(),
  errors: z.array(xlsxCellError),
});
export type XlsxPreviewRow = z.output<typeof xlsxPreviewRow>;

const count = z.int().nonnegative();
export const xlsxPreview = z.object({
  rows: z.array(xlsxPreviewRow),
  counts: z.object({ create: count, update: count, error: count }),
});
export type XlsxPreview = z.output<typeof xlsxPreview>;

export const xlsxImportResult = z.object({
  created: count,
  updated: count,
  skipped: count,
  failed: count,
  /** The rows that failed (none are imported in allOrNothing mode when this is not empty). */
  errors: z.array(xlsxPreviewRow),
});
export type XlsxImportResult = z.output<typeof xlsxImportResult>;
