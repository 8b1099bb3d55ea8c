// Every contract method, through the real dispatcher on a demo-filled DB, ends in success or a Chinese non-INTERNAL error on generated input.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, methodNames, type MethodName } from '../../electron/shared/contract';
import { attachmentAddInputs, xlsxInputs } from '../helpers/fuzz-files';
import { mutatedSample, nearMissInputs, shapedInputs, validSeeds, wrongType } from '../helpers/fuzz-inputs';
import { seedForFuzz } from '../helpers/fuzz-seed';
import { openTempCore, type TempCore } from '../helpers/temp-core';

/** Runs per method; FUZZ_RUNS=500 for a longer local search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const HAN = /\p{Script=Han}/u;

let core: TempCore;
let samples = new Map<string, unknown[]>();
let workbooks: Buffer[] = [];

beforeAll(async () => {
  core = openTempCore();
  ({ samples, workbooks } = await seedForFuzz(core));
}, 120_000);
afterAll(() => {
  core.cleanup();
  if (process.env.FUZZ_STATS) console.table(Object.fromEntries(outcomes));
});

/** Inputs that carry file bytes get generated files as well, since random text never passes their base64 check. */
function dedicated(method: MethodName): fc.Arbitrary<unknown> | null {
  if (method === 'attachment.add') return attachmentAddInputs();
  if (method === 'xlsx.preview') return xlsxInputs(workbooks, false);
  if (method === 'xlsx.import') return xlsxInputs(workbooks, true);
  return null;
}

/** Valid inputs to mutate: what the demo sent, else inputs built from the same area's demo inputs or by trying. */
function seedsFor(method: MethodName, schema: z.ZodType): unknown[] {
  const own = samples.get(method);
  if (own?.length) return own;
  const area = method.split('.')[0]!;
  const related = [...samples].filter(([name]) => name.startsWith(`${area}.`)).flatMap(([, list]) => list);
  return validSeeds(schema, related);
}

function inputsFor(method: MethodName): fc.Arbitrary<unknown> {
  const schema = contract[method].input as z.ZodType;
  const arbs: fc.WeightedArbitrary<unknown>[] = [
    { arbitrary: fc.jsonValue(), weight: 1 },
    { arbitrary: wrongType, weight: 1 },
    { arbitrary: nearMissInputs(schema), weight: 2 },
    { arbitrary: shapedInputs(schema), weight: 2 },
  ];
  const seeds = seedsFor(method, schema);
  if (seeds.length > 0) arbs.push({ arbitrary: mutatedSample(seeds), weight: 5 });
  const files = dedicated(method);
  if (files) arbs.push({ arbitrary: files, weight: 5 });
  return fc.oneof(...arbs);
}

/** Long strings are cut so a failure report stays readable. */
function brief(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : v))?.slice(0, 1500) ?? String(value);
}

/** Per method: how many calls succeeded, were refused by the schema, or were refused by the handler (FUZZ_STATS=1 prints them). */
const outcomes = new Map<string, { ok: number; schema: number; handler: number }>();
function tally(method: string, outcome: 'ok' | 'schema' | 'handler'): void {
  const counts = outcomes.get(method) ?? { ok: 0, schema: 0, handler: 0 };
  counts[outcome] += 1;
  outcomes.set(method, counts);
}

async function check(method: MethodName, input: unknown): Promise<void> {
  let result: Awaited<ReturnType<TempCore['dispatch']>>;
  try {
    result = await core.dispatch(method, input);
  } catch (cause) {
    throw new Error(`${method} threw ${String(cause)} on ${brief(input)}`);
  }
  if (result.ok) return tally(method, 'ok');
  const { code, message, field } = result.error;
  tally(method, code === 'VALIDATION_FAILED' && contract[method].input.safeParse(input).success === false ? 'schema' : 'handler');
  const shapeOk = typeof code === 'string' && typeof message === 'string' && (field === undefined || typeof field === 'string');
  if (!shapeOk || code === 'INTERNAL' || !HAN.test(message)) {
    throw new Error(`${method} answered ${brief(result.error)} on ${brief(input)}`);
  }
}

// Reads first, then changes, deletions last, so most calls find the demo's records still there.
const rank = (m: MethodName) => (!contract[m].mutates ? 0 : /\.(delete|remove)$/.test(m) ? 2 : 1);
const ordered = [...methodNames].sort((a, b) => rank(a) - rank(b));

describe(`fuzzed dispatch (${RUNS} runs per method)`, () => {
  it('covers every contract method', () => {
    expect(new Set(ordered)).toEqual(new Set(methodNames));
  });

  for (const method of ordered) {
    it(`${method}: success or a structured Chinese error, never INTERNAL or a throw`, async () => {
      const details = await fc.check(fc.asyncProperty(inputsFor(method), (input) => check(method, input)), { numRuns: RUNS });
      if (details.failed) {
        const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
        throw new Error(`seed ${details.seed}, path ${details.counterexamplePath}: ${error}`);
      }
    });
  }
});
