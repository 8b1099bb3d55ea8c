// Phone and date validators, and the schema helpers built on them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidPhone, normalizePhone } from '../../electron/shared/validators/phone';
import { isIsoDate, shanghaiDate } from '../../electron/shared/validators/date';
import { optionalPhone } from '../../electron/shared/schemas/common';

describe('phones', () => {
  it.each(['13800138000', '138 0013 8000', '025-83361234', '02583361234', '0571-8888888', '010-62345678-123', '１３８００１３８０００'])(
    'accepts %s',
    (v) => expect(isValidPhone(v)).toBe(true),
  );
  it.each(['12800138000', '1380013800', '138001380001', 'abc', '025-1234', '83361234', ''])('rejects %j', (v) =>
    expect(isValidPhone(v)).toBe(false),
  );
  it('normalises full-width digits and spaces', () => {
    expect(normalizePhone('１３８ ００１３ ８０００')).toBe('13800138000');
  });
  it('every 1[3-9] mobile number passes', () => {
    fc.assert(fc.property(fc.integer({ min: 3, max: 9 }), fc.nat(999_999_999), (second, rest) => {
      expect(isValidPhone(`1${second}${String(rest).padStart(9, '0')}`)).toBe(true);
    }));
  });
  it('the schema turns blank into null and reports bad numbers in Chinese', () => {
    const schema = optionalPhone('联系电话');
    expect(schema.parse('')).toBeNull();
    expect(schema.parse(undefined)).toBeNull();
    expect(schema.parse(' 138 0013 8000')).toBe('13800138000');
    expect(schema.safeParse('12345').error?.issues[0]?.message).toBe('联系电话格式不正确（手机11位，或区号-座机号）');
  });
});

describe('dates', () => {
  it.each([['2024-02-29', true], ['2023-02-29', false], ['2026-13-01', false], ['2026-1-01', false], ['20260101', false]])(
    '%s → %s',
    (v, expected) => expect(isIsoDate(v)).toBe(expected),
  );
  it('today is taken in Asia/Shanghai', () => {
    expect(shanghaiDate(new Date('2026-11-27T15:59:59Z'))).toBe('2026-11-27');
    expect(shanghaiDate(new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
  });
  it('round-trips every real day', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
      expect(isIsoDate(d.toISOString().slice(0, 10))).toBe(true);
    }));
  });
});

describe('cross-field rules report alongside other errors', () => {
  it('staff: 到所工作时间 before birth is reported even when the name is missing', async () => {
    const { staffInput } = await import('../../electron/shared/schemas/staff');
    const result = staffInput.safeParse({ idNumber: '11010519491231002X', startDate: '1940-01-01' });
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];
    expect(messages).toContain('name:请填写姓名');
    expect(messages).toContain('startDate:到所工作时间应晚于出生日期');
  });
  it('training: an end date before the start is reported even when the title is missing', async () => {
    const { staffTrainingInput } = await import('../../electron/shared/schemas/staff-training');
    const result = staffTrainingInput.safeParse({ startDate: '2026-05-10', endDate: '2026-05-01' });
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];
    expect(messages).toContain('title:请填写培训名称');
    expect(messages).toContain('endDate:结束日期不能早于开始日期');
    expect(staffTrainingInput.safeParse({ startDate: 'bad', endDate: '2026-05-01' }).error?.issues.some((i) => i.path[0] === 'endDate')).toBe(false);
  });
});
