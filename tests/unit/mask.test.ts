// The masking functions: hand examples from the design, and properties over generated ID numbers and phones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskDeep, maskIdNumber, maskPhone, maskText } from '../../electron/shared/mask';
import { checkIdNumber, idCheckChar } from '../../electron/shared/validators/id-number';
import { isValidPhone } from '../../electron/shared/validators/phone';

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** Valid 18-digit ID numbers: Beijing 110105, a real birth date, a sequence, the check character. */
const idNumbers = fc
  .record({ date: fc.date({ min: new Date('1930-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }), seq: digits(3) })
  .map(({ date, seq }) => {
    const first17 = `110105${date.toISOString().slice(0, 10).replace(/-/g, '')}${seq}`;
    return first17 + idCheckChar(first17);
  });
const mobiles = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([second, rest]) => `1${second}${rest}`);
const landlines = fc
  .tuple(fc.constantFrom('025', '010', '0931', '0571'), fc.integer({ min: 2, max: 9 }), digits(7))
  .map(([area, first, rest]) => `${area}-${first}${rest}`);
const visible = (masked: string) => [...masked].filter((c) => c !== '*').length;

describe('hand examples', () => {
  it('masks ID numbers keeping the first and last four', () => {
    expect(maskIdNumber('110101199003070021')).toBe('1101**********0021');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskIdNumber('110101900307123')).toBe('1101*******7123');
  });
  it('masks mobiles and landlines keeping the prefix and last four', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('025-84561234')).toBe('025-****1234');
    expect(maskPhone('0931-8123456-12')).toBe('0931-***3456-**');
  });
  it('keeps at most the last 2 characters of anything else', () => {
    expect(maskIdNumber('12345')).toBe('****5');
    expect(maskPhone('12345678')).toBe('******78');
    expect(maskPhone('ab')).toBe('**');
    expect(maskIdNumber('')).toBe('');
  });
  it('passes null (and undefined) through', () => {
    expect(maskIdNumber(null)).toBeNull();
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone(undefined as unknown as null)).toBeUndefined();
  });
  it('masks codes quoted in a search snippet, keeping the 【】 marks and short numbers', () => {
    expect(maskText('张三 身份证号码 【11010519491231002X】')).toBe('张三 身份证号码 【1101**********002X】');
    expect(maskText('张三 联系电话 1391【2345】678')).toBe('张三 联系电话 【139****5678】');
    expect(maskText('卷号 （2026）城关调字第【001】号')).toBe('卷号 （2026）城关调字第【001】号');
    expect(maskText('…2026-11-02 借款 5000 元')).toBe('…2026-11-02 借款 5000 元');
  });
});

describe('properties', () => {
  it('generated ID numbers are valid, and masking keeps length, 8 characters at most, never the full value', () => {
    fc.assert(
      fc.property(idNumbers, (id) => {
        expect(checkIdNumber(id).ok).toBe(true);
        const masked = maskIdNumber(id);
        expect(masked).toHaveLength(id.length);
        expect(visible(masked)).toBeLessThanOrEqual(8);
        expect(masked.startsWith(id.slice(0, 4)) && masked.endsWith(id.slice(-4))).toBe(true);
        expect(masked).not.toContain(id);
        expect(maskIdNumber(masked)).toBe(masked);
      }),
    );
  });
  it('generated phones are valid, and masking keeps length, never the middle, and is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(mobiles, landlines), (phone) => {
        expect(isValidPhone(phone)).toBe(true);
        const masked = maskPhone(phone);
        expect(masked).toHaveLength(phone.length);
        expect(masked).not.toContain(phone);
        const digitsShown = masked.replace(/[^0-9]/g, '').length;
        expect(digitsShown).toBeLessThanOrEqual(phone.startsWith('1') ? 7 : phone.indexOf('-') + 4);
        expect(masked.slice(-4)).toBe(phone.slice(-4));
        expect(maskPhone(masked)).toBe(masked);
      }),
    );
  });
  it('any string: masking is idempotent, keeps length and never reveals more than the documented characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        for (const mask of [maskIdNumber, maskPhone, maskText] as const) {
          const once = mask(s);
          expect(mask(once)).toBe(once);
          expect([...once]).toHaveLength([...s].length);
        }
        expect(visible(maskIdNumber(s)) - visible(s)).toBeLessThanOrEqual(0);
        expect(visible(maskIdNumber(s))).toBeLessThanOrEqual(8);
        expect(visible(maskPhone(s))).toBeLessThanOrEqual(Math.max(8, 2));
      }),
    );
  });
  it('a snippet quoting a generated ID or mobile never shows it whole', () => {
    fc.assert(
      fc.property(fc.oneof(idNumbers, mobiles), fc.string({ maxLength: 8 }), (code, prefix) => {
        const masked = maskText(`${prefix}【${code}】`);
        expect(masked).not.toContain(code);
        expect(maskText(masked)).toBe(masked);
      }),
    );
  });
});

describe('maskDeep', () => {
  const record = {
    name: '张三',
    idNumber: '11010519491231002X',
    phone: '13912345678',
    note: '13912345678',
    agents: [{ name: '李四', idNumber: null, phone: '025-84561234' }],
    nested: { items: [{ phone: '13812345678' }] },
  };

  it('masks values under sensitive keys only, reports their paths, and leaves the input alone', () => {
    const copy = structuredClone(record);
    const out = maskDeep(record);
    expect(out.value).toEqual({
      ...record,
      idNumber: '1101**********002X',
      phone: '139****5678',
      agents: [{ name: '李四', idNumber: null, phone: '025-****1234' }],
      nested: { items: [{ phone: '138****5678' }] },
    });
    expect(out.paths).toEqual(['idNumber', 'phone', 'agents[0].phone', 'nested.items[0].phone']);
    expect(record).toEqual(copy);
  });
  it('keeps the paths it is told to keep, takes other keys, and is idempotent', () => {
    expect(maskDeep(record, undefined, { keep: (p) => p === 'phone' }).paths).not.toContain('phone');
    expect(maskDeep({ mobile: '13912345678', phone: '13912345678' }, { mobile: 'phone' }).value).toEqual({
      mobile: '139****5678',
      phone: '13912345678',
    });
    const once = maskDeep(record).value;
    expect(maskDeep(once)).toEqual({ value: once, paths: [] });
  });
  it('passes null, undefined and scalars through', () => {
    for (const v of [null, undefined, 3, 'text', true]) expect(maskDeep(v)).toEqual({ value: v, paths: [] });
  });
});
