// Money in the case forms: 元 typed by the clerk ↔ whole 分 in the contract, never through float arithmetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToYuan, formatFen, yuanToFen } from '../../renderer/src/lib/money';

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
