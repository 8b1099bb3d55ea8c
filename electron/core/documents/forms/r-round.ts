// The head of both 排查 forms (排查记录, 零报告表): office, period, kind, date, area, method, people, report date.
import { labelOf } from '../../../shared/codes';
import { text } from '../../../shared/documents/fields';
import type { Block } from '../../../shared/documents/form-doc';
import { BLANK_DATE, dateCn } from '../../../shared/documents/format';
import { parsePeriod, periodLabel, periodRange } from '../../../shared/investigation-period';
import { investigationKinds, investigationLevels } from '../../../shared/register-codes';
import type { Investigation } from '../../../shared/schemas/investigation';

export const roundShape = {
  排查单位: text('本司法所名称'),
  排查层级: text('街道（半月一排查）或区（每月一排查）'),
  排查期间: text('如2026年11月上半月'),
  期间起止: text('如2026年11月1日至2026年11月15日'),
  排查类型: text('日常排查、专项排查或重点时段排查'),
  排查日期: text('开展排查的日期'),
  排查范围: text('排查的网格或区域；未登记为空'),
  排查方式: text('如走访、网格巡查、座谈；未登记为空'),
  排查人员: text('参加排查的人员'),
  负责人: text('签字负责人'),
  上报日期: text('上报日期；未上报为空'),
  备注: text('备注'),
};

export type RoundHead = { [K in keyof typeof roundShape]: string };

/** 2026年11月1日至2026年11月15日, or '' for a period code the register should never hold. */
function periodSpan(period: string): string {
  if (!parsePeriod(period)) return '';
  const { first, last } = periodRange(period);
  return `${dateCn(first)}至${dateCn(last)}`;
}

export function roundHead(round: Investigation, office: string): RoundHead {
  return {
    排查单位: office,
    排查层级: labelOf(investigationLevels, round.level),
    排查期间: parsePeriod(round.period) ? periodLabel(round.period) : round.period,
    期间起止: periodSpan(round.period),
    排查类型: labelOf(investigationKinds, round.kind),
    排查日期: dateCn(round.conductedOn),
    排查范围: round.grid ?? '',
    排查方式: round.method ?? '',
    排查人员: round.investigators,
    负责人: round.responsible,
    上报日期: dateCn(round.reportedOn),
    备注: round.note ?? '',
  };
}

/** The end of both 排查 forms: `who` (排查人, 报告人) and the 负责人 sign, the office seals on the report date. */
export function roundSignOff(who: string, d: RoundHead): Block[] {
  return [
    { kind: 'signatures', lines: [{ label: `${who}（签名）：` }, { label: '负责人（签名）：', date: d.上报日期 }] },
    { kind: 'seal', organ: d.排查单位, date: d.上报日期 || BLANK_DATE },
  ];
}

/** 2026年11月上半月（2026年11月1日至2026年11月15日）. */
export function periodWithSpan(d: RoundHead): string {
  return d.期间起止 ? `${d.排查期间}（${d.期间起止}）` : d.排查期间;
}
