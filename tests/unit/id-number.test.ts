// GB 11643 ID numbers: published vectors, and properties over generated numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIdNumber, idCheckChar } from '../../electron/shared/validators/id-number';
import { makeIdNumber } from '../../electron/core/demo-data';

const validId = fc
  .record({
    area: fc.constantFrom('110105', '320102', '440305', '510104', '654321', '820000'),
    birth: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-11-27T00:00:00Z'), noInvalidDate: true }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ area, birth, sequence }) => {
    const first17 = `${area}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
    return first17 + idCheckChar(first17);
  });

describe('checkIdNumber', () => {
  it('accepts the reference vectors and derives birth date and gender', () => {
    expect(checkIdNumber('11010519491231002X')).toEqual({
      ok: true,
      info: { idNumber: '11010519491231002X', birthDate: '1949-12-31', gender: 'female' },
    });
    expect(checkIdNumber('440524188001010014')).toMatchObject({ ok: true, info: { gender: 'male', birthDate: '1880-01-01' } });
    expect(idCheckChar('51310119820113001')).toBe('4');
  });

  it('accepts numbers typed full-width or pasted with spaces', () => {
    expect(checkIdNumber('１１０１０５１９４９１２３１００２ｘ')).toMatchObject({ ok: true, info: { idNumber: '11010519491231002X' } });
    expect(checkIdNumber('110105 19491231 002X')).toMatchObject({ ok: true, info: { idNumber: '11010519491231002X' } });
    expect(checkIdNumber('110105\u300019491231002X')).toMatchObject({ ok: true });
  });

  it('accepts lower-case x and returns it upper-case', () => {
    expect(checkIdNumber(' 11010519491231002x ')).toMatchObject({ ok: true, info: { idNumber: '11010519491231002X' } });
  });

  it.each([
    ['', '请填写身份证号码'],
    ['11010519491231002', '身份证号码应为18位'],
    ['1101051949123100XX', '身份证号码前17位应为数字，最后一位为数字或X'],
    ['00010519491231002X', '身份证号码的地址码不正确'],
    ['110105194902300027', '身份证号码中的出生日期不正确'],
    ['110105194912310021', '身份证号码校验位不正确，请核对'],
  ])('rejects %j with a Chinese reason', (value, reason) => {
    expect(checkIdNumber(value)).toEqual({ ok: false, reason });
  });

  it('rejects a birth date after today only when today is given', () => {
    const future = makeIdNumber('110105', '2027-03-01', 'male', 1);
    expect(checkIdNumber(future).ok).toBe(true);
    expect(checkIdNumber(future, '2026-11-27')).toEqual({ ok: false, reason: '身份证号码中的出生日期晚于今天' });
  });

  it('accepts every generated valid number, with the gender of digit 17', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const check = checkIdNumber(id, '2026-11-27');
        expect(check.ok).toBe(true);
        if (check.ok) expect(check.info.gender).toBe(Number(id[16]) % 2 === 1 ? 'male' : 'female');
      }),
      { numRuns: 500 },
    );
  });

  it('rejects any single-character change of a valid number', () => {
    const alphabet = '0123456789Xx';
    fc.assert(
      fc.property(validId, fc.nat(17), fc.constantFrom(...alphabet), (id, position, replacement) => {
        fc.pre(id[position]!.toUpperCase() !== replacement.toUpperCase());
        const changed = id.slice(0, position) + replacement + id.slice(position + 1);
        expect(checkIdNumber(changed).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (s) => {
      expect(typeof checkIdNumber(s).ok).toBe('boolean');
    }));
  });
});

describe('makeIdNumber (demo data)', () => {
  it('makes valid numbers with the requested birth date and gender', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.constantFrom('male', 'female') as fc.Arbitrary<'male' | 'female'>, (seq, gender) => {
        const id = makeIdNumber('320102', '1980-02-29', gender, seq);
        expect(checkIdNumber(id)).toMatchObject({ ok: true, info: { gender, birthDate: '1980-02-29' } });
      }),
    );
  });
});
