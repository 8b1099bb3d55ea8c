// 卷内目录 (domain-reference §1.3): 序号 | 文书名称 | 页号 | 备注, one row per document of the dossier in binding order.
import { formData, list, text } from '../../../shared/documents/fields';
import type { Cell, FormDoc } from '../../../shared/documents/form-doc';
import type { CaseForm } from '../form-definition';

export const tocData = formData({
  卷号: text('卷号，如（2026）城关调字第001号'),
  卷名: text('卷名，如“张三与李四邻里纠纷”'),
  目录: list('卷内文书，按装订顺序', {
    序号: text('序号'),
    文书名称: text('文书名称'),
    页号: text('起始页号（打印整卷时填入；单独打印时为空，手工填写）'),
    备注: text('备注，如“扫描件”“纸质归档”'),
  }),
});
export type TocData = typeof tocData._output;

/** One row of the table: where its page number comes from (a fixed text, or the page a PDF node starts on). */
export interface TocRow {
  readonly title: string;
  readonly page: string | { readonly pageRef: string };
  readonly note: string;
}

/** Rows fit on one page up to this count; the table is padded with empty rows to it. */
export const TOC_ROWS_PER_PAGE = 18;

export function tocDoc(number: string, title: string, rows: readonly TocRow[]): FormDoc {
  const cells = rows.map((r, i): Cell[] => [
    { value: String(i + 1), align: 'center' },
    { value: r.title },
    typeof r.page === 'string' ? { value: r.page, align: 'center' } : { pageRef: r.page.pageRef },
    { value: r.note },
  ]);
  return {
    title: '卷内目录',
    number: number ? `卷号：${number}` : undefined,
    blocks: [
      ...(title ? [{ kind: 'paragraph' as const, text: [`卷名：${title}`] }] : []),
      { kind: 'table', header: ['序号', '文书名称', '页号', '备注'], widths: [1, 6, 1.5, 2.5], rows: cells, minRows: TOC_ROWS_PER_PAGE },
    ],
  };
}

export const tocForm: CaseForm<typeof tocData> = {
  code: 'toc',
  data: tocData,
  applies: (ctx) => ctx.detail.dossier !== null,
  // The documents of the dossier come from its parts; page numbers are known only when the whole dossier is
  // laid out, so a separately printed 目录 leaves them blank (the whole-dossier PDF fills them).
  build: (ctx) => ({
    卷号: ctx.detail.dossier?.number ?? '',
    卷名: ctx.detail.title,
    目录: ctx.detail.completeness.parts
      .filter((p) => p.part !== 'cover' && p.part !== 'toc' && p.part !== 'backCover')
      .filter((p) => p.need !== 'notApplicable' && (p.hasData || p.scans > 0 || p.onPaper))
      .map((p, i) => ({
        序号: String(i + 1),
        文书名称: p.label,
        页号: '',
        备注: p.scans > 0 ? '扫描件' : p.onPaper ? '纸质归档' : '',
      })),
  }),
  layout: (d) => tocDoc(d.卷号, d.卷名, d.目录.map((r) => ({ title: r.文书名称, page: r.页号, note: r.备注 }))),
};
