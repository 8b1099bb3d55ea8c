// Demo data stays valid whatever day the demo is made on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoCreditCode } from '../../electron/core/demo-committee';
import { demoStaff, demoTrainings, seededRandom } from '../../electron/core/demo-data';
import { PeopleBook } from '../../electron/core/demo-kit';
import { checkCreditCode } from '../../electron/shared/validators/credit-code';
import { checkIdNumber } from '../../electron/shared/validators/id-number';

describe('demoTrainings', () => {
  it('never dates a course after today, whatever today is', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (d) => {
        const today = d.toISOString().slice(0, 10);
        for (const { training } of demoTrainings(30, today)) {
          expect(training.startDate <= today).toBe(true);
          expect(training.endDate === null || (training.endDate! <= today && training.endDate! >= training.startDate)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('demoStaff', () => {
  it('makes up to 100 people with distinct names and valid, distinct ID numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.nat(), (count, seed) => {
        const people = demoStaff(count, seed);
        expect(people).toHaveLength(count);
        expect(new Set(people.map((p) => p.name)).size).toBe(count);
        expect(new Set(people.map((p) => p.idNumber)).size).toBe(count);
        for (const p of people) expect(checkIdNumber(p.idNumber).ok).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('demo registers', () => {
  it('makes valid GB 32100 credit codes of 玄武区 enterprises', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const code = demoCreditCode(seededRandom(seed));
        expect(checkCreditCode(code)).toEqual({ ok: true, creditCode: code });
        expect(code.slice(2, 8)).toBe('320102');
      }),
      { numRuns: 200 },
    );
  });

  it('makes people with valid ID numbers that never clash with the staff (born outside 320102) nor with each other', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const staff = demoStaff(8);
        const book = new PeopleBook(seededRandom(seed), '2026-11-27', staff.map((p) => p.name));
        const people = Array.from({ length: 80 }, () => book.person(25, 65));
        for (const p of people) {
          const check = checkIdNumber(p.idNumber, '2026-11-27');
          expect(check.ok && check.info.birthDate === p.birthDate && check.info.gender === p.gender).toBe(true);
          expect(p.idNumber.startsWith('320102')).toBe(false);
        }
        expect(new Set([...people, ...staff].map((p) => p.name)).size).toBe(88);
        expect(new Set(people.map((p) => p.idNumber)).size).toBe(80);
      }),
      { numRuns: 30 },
    );
  });
});
