// 人民币大写 (domain-reference §6.3): a hand-checked table, and properties over every amount up to 9,999亿.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountCn, amountCnOrBlank, amountFigures, MAX_PRINTABLE_FEN, rmbUpper } from '../../../electron/shared/documents/money-cn';

/** [amount in 元 as written on paper, capitals]: checked by hand against §6.3 and the style in money-cn.ts. */
const table: [string, string][] = [
  ['0.00', '零元整'],
  ['0.01', '壹分'],
  ['0.05', '伍分'],
  ['0.10', '壹角'],
  ['0.11', '壹角壹分'],
  ['0.50', '伍角'],
  ['1.00', '壹元整'],
  ['1.01', '壹元零壹分'],
  ['1.05', '壹元零伍分'],
  ['1.10', '壹元壹角'],
  ['10.00', '壹拾元整'],
  ['15.00', '壹拾伍元整'],
  ['20.00', '贰拾元整'],
  ['100.00', '壹佰元整'],
  ['101.00', '壹佰零壹元整'],
  ['110.00', '壹佰壹拾元整'],
  ['300.05', '叁佰元零伍分'],
  ['300.50', '叁佰元零伍角'],
  ['305.00', '叁佰零伍元整'],
  ['325.04', '叁佰贰拾伍元零肆分'],
  ['1,000.00', '壹仟元整'],
  ['1,001.00', '壹仟零壹元整'],
  ['1,010.00', '壹仟零壹拾元整'],
  ['1,409.50', '壹仟肆佰零玖元伍角'],
  ['1,680.32', '壹仟陆佰捌拾元零叁角贰分'],
  ['6,007.14', '陆仟零柒元壹角肆分'],
  ['10,000.00', '壹万元整'],
  ['10,001.00', '壹万零壹元整'],
  ['10,100.00', '壹万零壹佰元整'],
  ['11,000.00', '壹万壹仟元整'],
  ['12,000.00', '壹万贰仟元整'],
  ['16,409.02', '壹万陆仟肆佰零玖元零贰分'],
  ['100,000.00', '壹拾万元整'],
  ['107,000.00', '壹拾万零柒仟元整'],
  ['1,000,000.01', '壹佰万元零壹分'],
  ['1,000,010.00', '壹佰万零壹拾元整'],
  ['5,000,000.00', '伍佰万元整'],
  ['9,090,909.09', '玖佰零玖万零玖佰零玖元零玖分'],
  ['10,000,000.10', '壹仟万元零壹角'],
  ['20,000,000.50', '贰仟万元零伍角'],
  ['100,000,000.00', '壹亿元整'],
  ['100,000,000.01', '壹亿元零壹分'],
  ['100,000,001.00', '壹亿零壹元整'],
  ['100,010,000.00', '壹亿零壹万元整'],
  ['123,456,789.00', '壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元整'],
  ['1,000,000,000.00', '壹拾亿元整'],
  ['1,000,000,100.00', '壹拾亿零壹佰元整'],
  ['3,200,000,000.00', '叁拾贰亿元整'],
  ['999,999,999,999.99', '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
];

const fenOf = (paper: string): number => Number(paper.replace(/[,.]/g, ''));

/** Reads capitals back to 分 (leniently: 零 is skipped), so that a round trip checks the value printed. */
function parseRmbUpper(text: string): number {
  const digit = (c: string): number => {
    const d = '零壹贰叁肆伍陆柒捌玖'.indexOf(c);
    if (d < 1) throw new Error(`not a digit: ${c} in ${text}`);
    return d;
  };
  const group = (s: string): number => {
    let value = 0;
    const body = s.replaceAll('零', '');
    for (let i = 0; i < body.length; i += 1) {
      const d = digit(body[i]!);
      const place = { 仟: 1000, 佰: 100, 拾: 10 }[body[i + 1] ?? ''];
      value += d * (place ?? 1);
      if (place) i += 1;
    }
    return value;
  };
  const [, yuanPart = '', small] = /^(?:(.*)元)?(.*?)整?$/.exec(text)!;
  const [yi, wanAndUnits] = yuanPart.includes('亿') ? yuanPart.split('亿') : ['', yuanPart];
  const [wan, units] = wanAndUnits!.includes('万') ? wanAndUnits!.split('万') : ['', wanAndUnits];
  const yuan = group(yi!) * 1e8 + group(wan!) * 1e4 + group(units!);
  const m = /^零?(?:(.)角)?零?(?:(.)分)?$/.exec(small!);
  if (!m) throw new Error(`bad 角分 in ${text}`);
  return yuan * 100 + (m[1] ? digit(m[1]) * 10 : 0) + (m[2] ? digit(m[2]) : 0);
}

/** Runs of zeros between two non-zero digits of the amount in 分: each prints as one 零 in this style. */
function innerZeroRuns(fen: number): number {
  return (String(fen).replace(/0+$/, '').match(/0+/g) ?? []).length;
}

const anyFen = fc.oneof(
  fc.integer({ min: 0, max: MAX_PRINTABLE_FEN }),
  fc.integer({ min: 0, max: 10 ** 13 - 1 }),
  // Amounts full of zeros: the hard cases of the 零 rules.
  fc.array(fc.constantFrom(0, 0, 0, 1, 5, 9), { minLength: 1, maxLength: 14 }).map((ds) => Number(ds.join(''))),
);

describe('rmbUpper', () => {
  it.each(table)('¥%s → %s', (paper, capitals) => {
    expect(rmbUpper(fenOf(paper))).toBe(capitals);
    expect(parseRmbUpper(capitals)).toBe(fenOf(paper));
  });

  it('holds at least 40 hand-checked amounts, all different', () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
    expect(new Set(table.map(([p]) => fenOf(p))).size).toBe(table.length);
  });

  it('prints the value it was given, for any amount up to 9,999亿', () => {
    fc.assert(fc.property(anyFen, (fen) => parseRmbUpper(rmbUpper(fen)) === fen), { numRuns: 5000 });
  });

  it('follows the writing rules: 整 only after 元, one 零 per run of zeros, never a leading 零 or a bare 拾', () => {
    fc.assert(
      fc.property(anyFen, (fen) => {
        const s = rmbUpper(fen);
        expect(s.endsWith('整')).toBe(fen % 100 === 0);
        expect(s.endsWith('元整') || s.endsWith('角') || s.endsWith('分')).toBe(true);
        expect(s).not.toMatch(/零零|[一二三四五六七八九十两毛另0-9]/);
        if (fen === 0) expect(s).toBe('零元整');
        else {
          expect(s.startsWith('零')).toBe(false);
          expect(s).not.toMatch(/零[元万亿角分整]/);
          expect([...s].filter((c) => c === '零').length).toBe(innerZeroRuns(fen));
        }
        expect(s).not.toMatch(/^拾|[^壹贰叁肆伍陆柒捌玖]拾/);
        expect(s.includes('元')).toBe(fen >= 100 || fen === 0);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses amounts it cannot print', () => {
    for (const bad of [-1, 1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, MAX_PRINTABLE_FEN + 1, 10 ** 14, 2 ** 60]) {
      expect(() => rmbUpper(bad), String(bad)).toThrow(RangeError);
      expect(() => amountFigures(bad), String(bad)).toThrow(RangeError);
    }
  });
});

describe('amountFigures / amountCn', () => {
  it('prints the figures with thousands separators and two decimals', () => {
    expect(amountFigures(0)).toBe('¥0.00');
    expect(amountFigures(1)).toBe('¥0.01');
    expect(amountFigures(99_999)).toBe('¥999.99');
    expect(amountFigures(100_000)).toBe('¥1,000.00');
    expect(amountFigures(1_200_000)).toBe('¥12,000.00');
    expect(amountFigures(MAX_PRINTABLE_FEN)).toBe('¥999,999,999,999.99');
  });

  it('writes capitals and figures together, as agreements do', () => {
    expect(amountCn(1_200_000)).toBe('人民币壹万贰仟元整（¥12,000.00）');
    expect(amountCn(140_950)).toBe('人民币壹仟肆佰零玖元伍角（¥1,409.50）');
    expect(amountCnOrBlank(null)).toBe('');
    expect(amountCnOrBlank(undefined)).toBe('');
    expect(amountCnOrBlank(0)).toBe('人民币零元整（¥0.00）');
  });

  it('figures match the table', () => {
    for (const [paper] of table) expect(amountFigures(fenOf(paper))).toBe(`¥${paper}`);
  });
});
