// Contract inputs never throw on any JSON: refinements (whenValid) run only on objects whose named fields parsed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, methodNames } from '../../electron/shared/contract';
import { caseInput } from '../../electron/shared/schemas/case';
import { partyInput } from '../../electron/shared/schemas/case-party';
import { stepInput } from '../../electron/shared/schemas/case-step';
import { nearMissInputs } from '../helpers/fuzz-inputs';

function neverThrows(schema: z.ZodType, input: unknown): void {
  const result = schema.safeParse(input);
  if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
}

describe('whenValid', () => {
  it('does not run case refinements on a missing object (case.update without data)', () => {
    const result = contract['case.update'].input.safeParse({ id: 1, facts: '邻里漏水' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toContainEqual(['data']);
    expect(caseInput.safeParse(null).success).toBe(false);
    expect(partyInput.safeParse([]).success).toBe(false);
  });

  it('still reports a cross-field message while other fields have errors', () => {
    const result = stepInput.safeParse({ kind: 'outcome', occurredOn: 'x', result: 'failure' });
    expect(result.error?.issues.map((i) => i.message)).toContain('调解不成功或终止调解时请选择原因');
  });
});

/**
 * Refinements outside the case area that still run on any value ({ when: () => true }) and throw on e.g. [] or {}:
 * their owner should switch them to whenObject() from schemas/common.ts. Remove a name here once fixed.
 */
const knownThrowing = new Set<string>();

describe('every contract input', () => {
  for (const name of methodNames) {
    (knownThrowing.has(name) ? it.fails : it)(`${name}: safeParse never throws on random JSON or near-miss objects`, () => {
      const schema = contract[name].input as z.ZodType;
      fc.assert(
        fc.property(nearMissInputs(schema), (input) => neverThrows(schema, input)),
        { numRuns: 150 },
      );
    });
  }
});
