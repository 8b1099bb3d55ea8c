// GB/T 9704 layout helpers: the 28-character line breaking with 避头尾, title balancing, 署名/日期 indents.
import { describe, expect, it } from 'vitest';
import { balancedLines, breakLines } from '../../../electron/core/documents/official/line-break';
import { signatureIndents, widthInChars } from '../../../electron/core/documents/official/model';
import { problemText, successRate, wanYuan } from '../../../electron/core/documents/official/monthly-report';

const text = (n: number, from = 0) => Array.from({ length: n }, (_, i) => String.fromCodePoint(0x4e00 + from + i)).join('');
// A grid like the PDF's: 16 pt characters, 28 of them (27 spacings) across 442.2 pt.
const WIDTH = (156 * 72) / 25.4;
const SPACING = (WIDTH - 28 * 16) / 27;
const measure = (ch: string) => (widthInChars(ch) === 1 ? 16 : 8) + SPACING;
const lines = (t: string, indent = 0) => breakLines([{ text: t, face: 'f' }], WIDTH, measure, SPACING, indent).map((l) => l.runs.map((r) => r.text).join(''));

describe('breakLines on the 28-character grid', () => {
  it('puts 28 characters on a line and wraps the 29th', () => {
    expect(lines(text(56)).map((l) => l.length)).toEqual([28, 28]);
    expect(lines(text(29)).map((l) => l.length)).toEqual([28, 1]);
    expect(lines(text(28))).toHaveLength(1);
  });

  it('shortens the first line by the 2-character indent', () => {
    expect(lines(text(54), 2 * (16 + SPACING)).map((l) => l.length)).toEqual([26, 28]);
  });

  it('never starts a line with a closing mark nor ends one with an opening mark', () => {
    const closing = lines(`${text(28)}，${text(3)}`);
    expect(closing[0]).toHaveLength(27);
    expect(closing[1]!.startsWith('，')).toBe(false);
    const opening = lines(`${text(27)}（${text(5)}）`);
    expect(opening[0]!.endsWith('（')).toBe(false);
  });

  it('keeps dates and numbers whole', () => {
    const broken = lines(`${text(24)}2026年10月${text(4)}`);
    expect(broken[0]).toBe(text(24));
    expect(broken[1]!.startsWith('2026年10月')).toBe(true);
  });

  it('balances a two-line title', () => {
    const title = balancedLines([{ text: '玄武门司法所关于2026年10月人民调解工作情况的报告', face: 't' }], WIDTH, (ch) => widthInChars(ch) * 22);
    expect(title.map((l) => l.runs[0]!.text)).toEqual(['玄武门司法所关于2026年10月', '人民调解工作情况的报告']);
  });
});

describe('署名 and 成文日期 without a seal', () => {
  it('puts the 署名 2 characters from the right and the date 2 characters further right than its start', () => {
    // 玄武门司法所 = 6 chars, 2026年11月27日 = 7 chars: the date would end 1 char in, so both move left.
    const { signer, date } = signatureIndents('玄武门司法所', '2026年11月27日');
    expect(date).toBe(2);
    expect(signer + 6 - (date + 7)).toBe(2);
    const long = signatureIndents('玄武区玄武门街道人民调解委员会', '2026年1月5日');
    expect(long).toEqual({ signer: 2, date: 2 + 15 - 2 - 6 });
  });
});

describe('report numbers', () => {
  it('rounds the success rate to one decimal and amounts to 万元 with two', () => {
    expect(successRate(842, 869)).toBe('96.9');
    expect(successRate(5894, 5935)).toBe('99.3');
    expect(successRate(0, 0)).toBeNull();
    expect(wanYuan(8_370_000)).toBe('8.37');
    expect(wanYuan(140_950)).toBe('0.14');
  });

  it('quotes a reminder hit with one colon, Chinese dates and no "；" of its own', () => {
    expect(problemText('董婷婷', '后宰门村人民调解委员会：最近一次培训 2025-09-25，已超过一年')).toBe('董婷婷：后宰门村人民调解委员会，最近一次培训2025年9月25日，已超过一年');
    expect(problemText('某纠纷', '甲与乙；调处中')).toBe('某纠纷：甲与乙，调处中');
    expect(problemText('案', '卷宗（2026）玄武门调字第006号未立卷：本卷还缺 1 项（回访）')).toBe('案：卷宗（2026）玄武门调字第006号未立卷，本卷还缺1项（回访）');
  });
});
