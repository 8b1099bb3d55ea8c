// Demo data stays valid whatever day the demo is made on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoStaff, demoTrainings } from '../../electron/core/demo-data';
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
