// 卷号: the pattern's placeholders, zero padding, committee 简称, and properties over any sequence number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { committeeShortName, formatDossierNumber } from '../../electron/shared/rules/dossier-number';
import { DEFAULT_DOSSIER_PATTERN } from '../../electron/shared/schemas/setting';

describe('formatDossierNumber', () => {
  it('fills the default pattern', () => {
    expect(formatDossierNumber(DEFAULT_DOSSIER_PATTERN, { year: 2026, shortName: '城关', seq: 1 })).toBe('（2026）城关调字第001号');
    expect(formatDossierNumber(DEFAULT_DOSSIER_PATTERN, { year: 2026, shortName: '城关', seq: 1234 })).toBe('（2026）城关调字第1234号');
  });
  it('leaves {序号} unpadded and fills every placeholder', () => {
    expect(formatDossierNumber('{简称}{年}-{序号}', { year: 2027, shortName: '东街', seq: 7 })).toBe('东街2027-7');
    expect(formatDossierNumber('（{年}）人调字第{序号:5}号', { year: 2027, shortName: 'x', seq: 42 })).toBe('（2027）人调字第00042号');
  });
  it('always shows the sequence number, padded to at least the width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 9 }), (seq, width) => {
        const n = formatDossierNumber(`（{年}）调字第{序号:${width}}号`, { year: 2026, shortName: '城关', seq });
        const digits = /第(\d+)号$/.exec(n)![1]!;
        expect(Number(digits)).toBe(seq);
        expect(digits.length).toBe(Math.max(width, String(seq).length));
      }),
    );
  });
  it('gives distinct numbers for distinct sequence numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 9 }), (a, b, width) => {
        fc.pre(a !== b);
        const at = (seq: number) => formatDossierNumber(`{年}{简称}{序号:${width}}`, { year: 2026, shortName: '城关', seq });
        expect(at(a)).not.toBe(at(b));
      }),
    );
  });
});

describe('committeeShortName', () => {
  it('prefers the stored 简称', () => {
    expect(committeeShortName('城关街道人民调解委员会', ' 城关 ')).toBe('城关');
  });
  it('strips the committee words and a trailing place word', () => {
    expect(committeeShortName('城关街道人民调解委员会', null)).toBe('城关');
    expect(committeeShortName('东风社区调解委员会', '')).toBe('东风');
    expect(committeeShortName('李家村调委会', null)).toBe('李家');
    expect(committeeShortName('城南办事处人民调解委员会', null)).toBe('城南');
    expect(committeeShortName('医疗纠纷人民调解委员会', null)).toBe('医疗纠纷');
  });
  it('keeps at least two characters', () => {
    expect(committeeShortName('李村人民调解委员会', null)).toBe('李村');
    expect(committeeShortName('调委会', null)).toBe('调委会');
  });
});
