// Test helper: fast-check inputs for contract methods — near-miss objects from a schema's own keys, hostile text and edge numbers.
import fc from 'fast-check';
import type { z } from 'zod';

export interface Vocabulary {
  keys: Set<string>;
  literals: Set<string>;
}

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const isSchema = (value: unknown): value is z.ZodType => Boolean(value && typeof value === 'object' && '_zod' in value);

/** Every object key and every literal/enum value anywhere inside a schema, to build near-miss inputs. */
export function vocabularyOf(schema: z.ZodType, into: Vocabulary = { keys: new Set(), literals: new Set() }, seen = new Set<unknown>()): Vocabulary {
  if (seen.has(schema)) return into;
  seen.add(schema);
  const def = defOf(schema);
  const visit = (value: unknown): void => {
    if (isSchema(value)) vocabularyOf(value, into, seen);
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
export function nearMissInputs(schema: z.ZodType): fc.Arbitrary<unknown> {
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

const HUGE = 100_000;
/** Text that has broken other programs: injection, markup, control characters, odd Unicode, and very long strings. */
export const hostileTexts: readonly string[] = [
  "'; DROP TABLE staff; --",
  "张三' OR '1'='1",
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  '"><svg onload=alert(1)>',
  '\u0000\u0001\u0007\b\t\n\v\f\r\u001b\u007f',
  '王\u0000五',
  '\u202e\u200b\ufeff\ud800',
  '% _ \\ * " MATCH NEAR( ^',
  '{{constructor.constructor("x")()}}',
  '__proto__',
  ' ',
  '',
  'x'.repeat(HUGE),
  '张'.repeat(HUGE),
  '<b>'.repeat(HUGE / 3),
];
/** Strings a field may actually accept, so that other fields' hostile values reach the handler. */
const plausibleTexts = ['张三', '2026-11-01', '2026-11', '2026-11-01T02:00:00.000Z', '13800138000', '11010519491231002X', '91320102MA1X2Y3Z4K', 'A'];

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...hostileTexts),
  fc.constantFrom(...plausibleTexts),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.tuple(fc.constantFrom(...plausibleTexts), fc.constantFrom(...hostileTexts.slice(0, 9))).map(([a, b]) => a + b),
);
/** Numbers at the edges of every range (NaN and Infinity are not JSON). */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -1, 1, 2, 3, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER, 1e308, -1e308, 0.5, -0, 1e-9),
  fc.integer({ min: -5, max: 40 }),
);
/** A value of the wrong kind for almost any field. */
export const wrongType: fc.Arbitrary<unknown> = fc.constantFrom(null, true, false, 0, -1, '', 'x', [], {}, [1], { id: 1 }, '1', '2026-13-45');

/**
 * Values shaped by the schema itself (every key present or not, enum codes, small ids) whose leaves are hostile:
 * text fields get hostile strings, numbers get edge values, anything may become the wrong type.
 */
export function shapedInputs(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: unknown) => shapedInputs(s as z.ZodType, depth + 1);
  const sometimesWrong = (arb: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: arb, weight: 6 }, { arbitrary: wrongType, weight: 1 });
  if (depth > 6) return wrongType;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const entries = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, inner(v)]));
      return sometimesWrong(fc.record(entries).chain((full) =>
        fc.subarray(Object.keys(full), { minLength: Math.max(0, Object.keys(full).length - 2) }).map((kept) => Object.fromEntries(kept.map((k) => [k, full[k]]))),
      ));
    }
    case 'string':
      return sometimesWrong(hostileText);
    case 'number':
      return sometimesWrong(edgeNumber);
    case 'boolean':
      return sometimesWrong(fc.boolean());
    case 'enum':
      return sometimesWrong(fc.oneof(fc.constantFrom(...Object.values(def.entries as Record<string, unknown>)), hostileText));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'null':
      return fc.constant(null);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return fc.oneof(inner(def.innerType), fc.constant(def.type === 'nullable' ? null : undefined));
    case 'pipe':
      return isTransform(def.in) ? inner(def.out) : inner(def.in);
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map(inner));
    case 'intersection':
      return fc.tuple(inner(def.left), inner(def.right)).map(([a, b]) => (isPlain(a) && isPlain(b) ? { ...a, ...b } : a));
    case 'array':
      return sometimesWrong(fc.array(inner(def.element), { maxLength: 3 }));
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map(inner));
    case 'record':
      return fc.dictionary(fc.oneof(hostileText, fc.constantFrom(...vocabularyOf(schema).keys, 'q')), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 });
    case 'lazy':
      return inner((def.getter as () => unknown)());
    default:
      return fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileText);
  }
}

const isTransform = (value: unknown) => isSchema(value) && defOf(value).type === 'transform';
const isPlain = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** A real input the demo made, with its leaves replaced: every text, one text, one number, or one key dropped or retyped. */
export function mutatedSample(samples: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.tuple(fc.constantFrom(...samples), fc.nat(), hostileText, edgeNumber, wrongType, fc.constantFrom('all', 'one', 'one', 'one', 'keep', 'drop', 'retype')).map(
    ([sample, pickAt, text, num, wrong, how]) => {
      const copy = structuredClone(sample);
      const leaves: { owner: Record<string, unknown>; key: string }[] = [];
      const walk = (value: unknown): void => {
        if (!value || typeof value !== 'object') return;
        for (const [key, child] of Object.entries(value)) {
          leaves.push({ owner: value as Record<string, unknown>, key });
          walk(child);
        }
      };
      walk(copy);
      if (leaves.length === 0 || how === 'keep') return copy;
      const leaf = leaves[pickAt % leaves.length]!;
      if (how === 'drop') delete leaf.owner[leaf.key];
      else if (how === 'retype') leaf.owner[leaf.key] = wrong;
      else if (how === 'one') leaf.owner[leaf.key] = typeof leaf.owner[leaf.key] === 'number' ? num : text;
      else for (const l of leaves) if (typeof l.owner[l.key] === 'string') l.owner[l.key] = text;
      return copy;
    },
  );
}

/**
 * Inputs the schema accepts, found by trying: the related methods' real inputs wrapped as an update ({ id, data }),
 * and objects whose keys get plausible values (small ids, this month, the schema's own codes). Seeds mutatedSample.
 */
export function validSeeds(schema: z.ZodType, related: readonly unknown[], want = 6): unknown[] {
  const ids = [1, 2, 3, 4, 5, 6];
  const wrapped = related.flatMap((s) => {
    const inner = isPlain(s) ? s : {};
    return ids.slice(0, 3).flatMap((id) => [{ id, data: s }, { id, data: inner.data }, { id, step: inner.step }, { ...inner, id }]);
  });
  const { keys, literals } = vocabularyOf(schema);
  const value = fc.oneof(fc.constantFrom(...ids), fc.constantFrom('2026-11', '2026-11-01', '2026', 2026, 11, '张', true, false), literals.size > 0 ? fc.constantFrom(...literals) : fc.constant('x'));
  const guesses = keys.size > 0 ? fc.sample(fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: keys.size }), { numRuns: 400, seed: 7 }) : [{}];
  const found: unknown[] = [];
  for (const candidate of [...wrapped, {}, ...guesses]) {
    if (found.length >= want) break;
    if (schema.safeParse(candidate).success) found.push(candidate);
  }
  return found;
}
