// Contract inputs never throw on any JSON: refinements (whenValid) run only on objects whose named fields parsed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, methodNames } from '../../electron/shared/contract';
import { caseInput } from '../../electron/shared/schemas/case';
import { partyInput } from '../../electron/shared/schemas/case-party';
import { stepInput } from '../../electron/shared/schemas/case-step';

interface Vocabulary {
  keys: Set<string>;
  literals: Set<string>;
}

/** Every object key and every literal/enum value anywhere inside a schema, to build near-miss inputs. */
function vocabularyOf(schema: z.ZodType, into: Vocabulary = { keys: new Set(), literals: new Set() }, seen = new Set<unknown>()): Vocabulary {
  if (seen.has(schema)) return into;
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const visit = (value: unknown): void => {
    if (value && typeof value === 'object' && '_zod' in value) vocabularyOf(value as z.ZodType, into, seen);
    else if (Array.isArray(value)) value.forEach(visit);
  };
  if (def.type === 'object') {
    for (const [key, field] of Object.entries(def.shape as Record<string, unknown>)) {
      into.keys.add(key);
      visit(field);
    }
  }
  if (def.type === 'literal') for (const v of def.values as unknown[]) if (typeof v === 'string') into.literals.add(v);
  if (def.type === 'enum') for (const v of Object.values(def.entries as Record<string, unknown>)) if (typeof v === 'string') into.literals.add(v);
  if (def.type === 'lazy') visit((def.getter as () => unknown)());
  for (const [key, value] of Object.entries(def)) if (key !== 'shape') visit(value);
  return into;
}

/** Random JSON, plus objects built from the schema's own keys and codes with values of any type (missing, wrong-typed, nested). */
function inputsFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const { keys, literals } = vocabularyOf(schema);
  const keyArb = keys.size > 0 ? fc.constantFrom(...keys) : fc.string();
  const leaf = fc.oneof(fc.jsonValue({ maxDepth: 2 }), literals.size > 0 ? fc.constantFrom(...literals) : fc.string(), fc.integer({ min: -2, max: 3 }));
  const { node } = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.dictionary(keyArb, tie('node'), { maxKeys: 12 }),
      fc.array(tie('node'), { maxLength: 3 }),
    ),
  }));
  return fc.oneof(fc.jsonValue(), fc.dictionary(keyArb, node, { minKeys: 1, maxKeys: 16 }));
}

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
        fc.property(inputsFor(schema), (input) => neverThrows(schema, input)),
        { numRuns: 150 },
      );
    });
  }
});
