// 矛盾纠纷排查零报告表 (domain-reference §4.4): a round that found no dispute, reported and signed all the same.
import { formData, text } from '../../../shared/documents/fields';
import type { FormDoc } from '../../../shared/documents/form-doc';
import { AppError } from '../../../shared/errors';
import type { CallContext } from '../../services/context';
import { roundDetail } from '../../services/investigation-query';
import type { RecordForm } from '../form-definition';
import { fourColumns, officeName, pairRow, wideRow } from './r-common';
import { periodWithSpan, roundHead, roundShape, roundSignOff } from './r-round';

export const ZERO_STATEMENT = '本期经排查未发现矛盾纠纷';

export const zeroReportData = formData({
  ...roundShape,
  排查结果: text(`“${ZERO_STATEMENT}”`),
});
export type ZeroReportData = typeof zeroReportData._output;

function build(call: CallContext, id: number): ZeroReportData {
  const round = roundDetail(call, id);
  if (round.findings.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `该次排查发现了${round.findings.length}件矛盾纠纷，不是零报告，不能打印零报告表；请打印“矛盾纠纷排查记录”`,
    );
  }
  return { ...roundHead(round, officeName(call)), 排查结果: ZERO_STATEMENT };
}

function layout(d: ZeroReportData): FormDoc {
  const unit = d.排查单位 || { blank: 12 };
  return {
    title: '矛盾纠纷排查零报告表',
    blocks: [
      fourColumns([
        wideRow('报告单位', d.排查单位),
        wideRow('排查期间', periodWithSpan(d)),
        pairRow('排查类型', d.排查类型, '排查日期', d.排查日期),
        wideRow('排查范围', d.排查范围),
        pairRow('排查方式', d.排查方式, '排查人员', d.排查人员),
        wideRow('排查结果', d.排查结果, 2),
        pairRow('负责人', d.负责人, '上报日期', d.上报日期),
        wideRow('备注', d.备注, 2),
      ]),
      { kind: 'spacer', lines: 1 },
      {
        kind: 'paragraph',
        indent: true,
        text: [unit, `于${d.排查日期}开展${d.排查期间}${d.排查类型}，${d.排查结果}，特此报告。`],
      },
      { kind: 'spacer', lines: 1 },
      ...roundSignOff('报告人', d),
    ],
  };
}

export const zeroReportForm: RecordForm<typeof zeroReportData> = {
  code: 'zeroReport',
  data: zeroReportData,
  build,
  layout,
};
