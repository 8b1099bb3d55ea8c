// 卷宗封底（备考表）: 本卷情况说明 (page count to write, notes), 立卷人, 检查人, 立卷日期.
// [unverified] No national 2010 format of the 封底 was found (domain-reference §1.1 lists it only by name); this
// follows the common archival 卷内备考表: a 本卷情况说明 box with the page count, then 立卷人 / 检查人 / 立卷日期.
import { dossierParts } from '../../../shared/case-codes';
import { labelOf } from '../../../shared/codes';
import { formData, text } from '../../../shared/documents/fields';
import type { FormDoc } from '../../../shared/documents/form-doc';
import { BLANK_DATE, dateCn, plain } from '../../../shared/documents/format';
import type { CaseDocContext } from '../case-context';
import type { CaseForm } from '../form-definition';

export const backCoverData = formData({
  卷号: text('卷号；未建卷宗时为空'),
  页数: text('本卷页数（整卷打印时填入；单独打印时为空，手工填写）'),
  情况说明: text('本卷情况说明：纸质归档的原件、重新打开卷宗的原因等，每条一行'),
  立卷人: text('立卷人'),
  检查人: text('检查人（案件中无此记录，手工填写）'),
  立卷日期: text('立卷日期'),
});
export type BackCoverData = typeof backCoverData._output;

/**
 * What the 备考表 records about this dossier, one fact per line: originals filed on paper, reopening. Gaps in the
 * dossier (本卷还缺) are the app's checklist, not archive facts, and are not printed here.
 */
export function dossierNotes(ctx: CaseDocContext): string[] {
  const d = ctx.detail;
  const notes: string[] = [];
  const onPaper = d.completeness.parts.filter((p) => p.onPaper).map((p) => labelOf(dossierParts, p.part));
  if (onPaper.length) notes.push(`${onPaper.join('、')}为纸质原件归档。`);
  const dossier = d.dossier;
  if (dossier?.reopenedOn) {
    notes.push(`本卷于${dateCn(dossier.reopenedOn)}重新打开${dossier.reopenReason ? `，原因：${dossier.reopenReason}` : ''}。`);
  }
  return notes;
}

export const backCoverForm: CaseForm<typeof backCoverData> = {
  code: 'backCover',
  data: backCoverData,
  applies: (ctx) => ctx.detail.dossier !== null,
  build: (ctx) => {
    const dossier = ctx.detail.dossier;
    return {
      卷号: plain(dossier?.number),
      页数: '',
      情况说明: dossierNotes(ctx).join('\n'),
      立卷人: plain(dossier?.closedBy),
      检查人: '',
      立卷日期: dateCn(dossier?.closedOn),
    };
  },
  // One bordered box: 本卷情况说明 (page count first, then the notes), then 立卷人 / 检查人 / 立卷日期.
  layout: (d): FormDoc => ({
    title: '卷内备考表',
    number: d.卷号 ? `卷号：${d.卷号}` : undefined,
    blocks: [
      {
        kind: 'fields',
        columns: 2,
        widths: [1, 4],
        rows: [
          [{ label: '本卷情况说明', span: 2 }],
          [{ value: [`本卷共有文件材料${d.页数 || '　　　'}页。`, ...noteLines(d.情况说明)].join('\n'), span: 2, lines: 10 }],
          [{ label: '立 卷 人' }, { value: d.立卷人 }],
          [{ label: '检 查 人' }, { value: d.检查人 }],
          [{ label: '立卷日期' }, { value: d.立卷日期 || BLANK_DATE }],
        ],
      },
    ],
  }),
};

function noteLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
