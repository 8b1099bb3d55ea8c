// Demo data stays valid whatever day the demo is made on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoTrainings } from '../../electron/core/demo-data';

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
