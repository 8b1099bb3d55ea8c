// Unified social credit code (GB 32100-2015): test vectors, Chinese reasons, and properties of the MOD 31 check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCreditCode,
  creditCheckChar,
  CREDIT_CODE_CHARSET,
  normalizeCreditCode,
} from '../../electron/shared/validators/credit-code';

const charsetChar = fc.constantFrom(...CREDIT_CODE_CHARSET);
const digit = fc.constantFrom(...'0123456789');
/** A structurally valid body: department and category, a 6-digit area code, 9 characters of the subject code. */
const body = fc
  .tuple(fc.array(charsetChar, { minLength: 2, maxLength: 2 }), fc.array(digit, { minLength: 6, maxLength: 6 }), fc.array(charsetChar, { minLength: 9, maxLength: 9 }))
  .map(([a, b, c]) => [...a, ...b, ...c].join(''));
const validCode = body.map((b) => b + creditCheckChar(b));

describe('checkCreditCode', () => {
  it.each(['91512081MA62K0260E', '91350100M000100Y43'])('accepts the test vector %s', (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true, creditCode: code });
  });

  it('accepts lower case, full-width characters and spaces, and stores the code upper-case', () => {
    expect(checkCreditCode(' 9151 2081 ma62 k026 0e ')).toEqual({ ok: true, creditCode: '91512081MA62K0260E' });
    expect(checkCreditCode('９１５１２０８１ＭＡ６２Ｋ０２６０Ｅ')).toEqual({ ok: true, creditCode: '91512081MA62K0260E' });
  });

  it.each([
    ['', '请填写统一社会信用代码'],
    ['   ', '请填写统一社会信用代码'],
    ['91512081MA62K0260', '统一社会信用代码应为18位（现为17位）'],
    ['91512081MA62K0260E1', '统一社会信用代码应为18位（现为19位）'],
    ['91350100M000100Y4Z', '统一社会信用代码含有不允许的字符“Z”（只用数字和除 I、O、S、V、Z 以外的大写字母）'],
    ['91512081MA62K0260I', '统一社会信用代码含有不允许的字符“I”（只用数字和除 I、O、S、V、Z 以外的大写字母）'],
    ['915120-1MA62K0260E', '统一社会信用代码含有不允许的字符“-”（只用数字和除 I、O、S、V、Z 以外的大写字母）'],
    ['9151A081MA62K0260E', '统一社会信用代码第3–8位（登记管理机关行政区划码）应为数字'],
    ['91512081MA62K0260F', '统一社会信用代码校验位不正确，请核对'],
    ['91350100M000100Y42', '统一社会信用代码校验位不正确，请核对'],
  ])('rejects %j: %s', (code, reason) => {
    expect(checkCreditCode(code)).toEqual({ ok: false, reason });
  });

  it('computes 0 when the weighted sum is a multiple of 31', () => {
    expect(creditCheckChar('00000000000000000')).toBe('0');
    expect(checkCreditCode('000000000000000000').ok).toBe(true);
  });

  it('accepts any structurally valid body with its computed check character', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(checkCreditCode(code)).toEqual({ ok: true, creditCode: code });
      }),
    );
  });

  it('rejects any single-character change of a valid code', () => {
    const other = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ#');
    fc.assert(
      fc.property(validCode, fc.nat(17), other, (code, at, replacement) => {
        fc.pre(code[at] !== replacement);
        const changed = code.slice(0, at) + replacement + code.slice(at + 1);
        expect(checkCreditCode(changed).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalises idempotently, and a valid code is its own normal form', () => {
    const typed = fc.string({ unit: fc.constantFrom(...'0aA９ｍＭ \u3000\tI-'), maxLength: 30 });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), typed), (raw) => {
        const once = normalizeCreditCode(raw);
        expect(normalizeCreditCode(once)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(validCode, (code) => {
        expect(normalizeCreditCode(` ${code.toLowerCase()} `)).toBe(code);
      }),
    );
  });
});
