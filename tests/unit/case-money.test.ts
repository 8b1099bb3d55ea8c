// Money in the case forms: 元 typed by the clerk ↔ whole 分 in the contract, never through float arithmetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkYuan, fenToYuan, formatFen, MAX_FEN, moneyMessages, yuanToFen } from '../../renderer/src/lib/money';

describe('yuanToFen / fenToYuan', () => {
  it('round-trips every amount in 分 through the input number and through the printed text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000_000 }), (fen) => {
        expect(yuanToFen(fenToYuan(fen))).toBe(fen);
        expect(yuanToFen(formatFen(fen))).toBe(fen);
      }),
    );
  });

  it('reads what a clerk types, without float drift', () => {
    expect(yuanToFen('0.29')).toBe(29);
    expect(yuanToFen(0.29)).toBe(29);
    expect(yuanToFen('12,000.5')).toBe(1_200_050);
    expect(yuanToFen('¥3')).toBe(300);
    expect(yuanToFen(' 1 200 元')).toBe(120_000);
    expect(yuanToFen('')).toBeNull();
    expect(yuanToFen(null)).toBeNull();
    expect(yuanToFen('十元')).toBeNaN();
    expect(formatFen(1_200_000)).toBe('¥12,000.00');
  });
});

describe('checkYuan (strict: refuses instead of rounding or clamping)', () => {
  it('reads valid amounts exactly', () => {
    expect(checkYuan('3500.12')).toEqual({ ok: true, fen: 350_012 });
    expect(checkYuan('3,500.5')).toEqual({ ok: true, fen: 350_050 });
    expect(checkYuan('¥0.29')).toEqual({ ok: true, fen: 29 });
    expect(checkYuan('.5')).toEqual({ ok: true, fen: 50 });
    expect(checkYuan('12.')).toEqual({ ok: true, fen: 1200 });
    expect(checkYuan('3500.100')).toEqual({ ok: true, fen: 350_010 });
    expect(checkYuan('007')).toEqual({ ok: true, fen: 700 });
    expect(checkYuan('-0')).toEqual({ ok: true, fen: 0 });
    expect(checkYuan(' ')).toEqual({ ok: true, fen: null });
    expect(checkYuan('999999999999.99')).toEqual({ ok: true, fen: MAX_FEN });
  });

  it('refuses more than two decimals, negatives, words and huge amounts with a Chinese message', () => {
    expect(checkYuan('3500.125')).toEqual({ ok: false, message: '金额最多保留两位小数' });
    expect(checkYuan(0.001)).toEqual({ ok: false, message: '金额最多保留两位小数' });
    expect(checkYuan('-100')).toEqual({ ok: false, message: '金额不能为负数' });
    expect(checkYuan('-')).toEqual({ ok: false, message: '金额不能为负数' });
    expect(checkYuan(-0.5)).toEqual({ ok: false, message: '金额不能为负数' });
    expect(checkYuan('十元')).toEqual({ ok: false, message: moneyMessages.invalid });
    expect(checkYuan('.')).toEqual({ ok: false, message: moneyMessages.invalid });
    expect(checkYuan('1.2.3')).toEqual({ ok: false, message: moneyMessages.invalid });
    expect(checkYuan('1e3')).toEqual({ ok: false, message: moneyMessages.invalid });
    expect(checkYuan('1000000000000')).toEqual({ ok: false, message: '金额过大' });
    expect(checkYuan('99999999999999999999')).toEqual({ ok: false, message: '金额过大' });
  });

  it('agrees with yuanToFen on every amount it accepts, and reads back every printed amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_FEN }), (fen) => {
        expect(checkYuan(formatFen(fen))).toEqual({ ok: true, fen });
        const yuan = fenToYuan(fen) ?? 0;
        expect(checkYuan(yuan)).toEqual({ ok: true, fen: yuanToFen(yuan) });
      }),
    );
  });
});
