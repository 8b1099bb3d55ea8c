// 卷宗封面 (domain-reference §1.2): committee + 调解卷宗, 卷名, 卷号, 人民调解员, 调解日期, 立卷人, 立卷日期, 保管期限, 备注.
import { formData, text } from '../../../shared/documents/fields';
import type { FormDoc } from '../../../shared/documents/form-doc';
import { BLANK_DATE, dateCn, plain } from '../../../shared/documents/format';
import type { CaseForm } from '../form-definition';

export const coverData = formData({
  调委会名称: text('人民调解委员会名称'),
  卷名: text('卷名，如“张三与李四邻里纠纷”'),
  卷号: text('卷号，如（2026）城关调字第001号；未建卷宗时为空'),
  人民调解员: text('承办人民调解员，多人以顿号分隔'),
  调解开始日期: text('调解日期起：受理日期'),
  调解结束日期: text('调解日期止：结案日期（未结案时为空）'),
  立卷人: text('立卷人（立卷后才有）'),
  立卷日期: text('立卷日期（立卷后才有）'),
  保管期限: text('保管期限，如“永久”“长期”“10年”'),
  备注: text('卷宗备注'),
});
export type CoverData = typeof coverData._output;

/** The number line of a cover without a dossier number: the year and the committee's short name are written by hand. */
export const BLANK_DOSSIER_NUMBER = '（　　）　　调字第　　　号';

export const coverForm: CaseForm<typeof coverData> = {
  code: 'cover',
  data: coverData,
  // Printable once the case is accepted (mediation has begun) or a dossier exists; the number may still be blank.
  applies: (ctx) => ctx.detail.dossier !== null || ctx.detail.acceptedOn !== null,
  build: (ctx) => {
    const d = ctx.detail;
    const dossier = d.dossier;
    return {
      调委会名称: ctx.committee.name,
      卷名: d.title,
      卷号: dossier?.number ?? '',
      人民调解员: d.mediators.map((m) => m.name).join('、'),
      调解开始日期: dateCn(d.acceptedOn),
      调解结束日期: dateCn(d.acceptedOn ? d.concludedOn : null),
      立卷人: plain(dossier?.closedBy),
      立卷日期: dateCn(dossier?.closedOn),
      保管期限: plain(dossier?.retention),
      备注: plain(dossier?.note),
    };
  },
  // A cover-style field table: the renderers print labels right-aligned and values on a rule, blank ones empty.
  layout: (d): FormDoc => ({
    kicker: d.调委会名称,
    title: '调解卷宗',
    cover: true,
    blocks: [
      {
        kind: 'fields',
        columns: 2,
        widths: [1, 4],
        rows: [
          [{ label: '卷　　名' }, { value: d.卷名 }],
          [{ label: '卷　　号' }, { value: d.卷号 || BLANK_DOSSIER_NUMBER }],
          [{ label: '人民调解员' }, { value: d.人民调解员 }],
          [{ label: '调解日期' }, { value: `自${d.调解开始日期 || BLANK_DATE}至${d.调解结束日期 || BLANK_DATE}` }],
          [{ label: '立 卷 人' }, { value: d.立卷人 }],
          [{ label: '立卷日期' }, { value: d.立卷日期 || BLANK_DATE }],
          [{ label: '保管期限' }, { value: d.保管期限 }],
          [{ label: '备　　注' }, { value: d.备注 }],
        ],
      },
    ],
  }),
};
