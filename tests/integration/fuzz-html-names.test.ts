// Names holding HTML are stored as the text typed: create → get gives them back unchanged, neither escaped nor stripped.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../electron/core/demo-data';
import type { CaseDetail } from '../../electron/shared/schemas/case';
import { ok, type TempCore } from '../helpers/temp-core';
import { openCaseWorld, type CaseWorld } from './case-workflow-fixtures';

let w: CaseWorld;
let core: TempCore;
let caseId: number;
beforeAll(async () => {
  w = await openCaseWorld();
  core = w.core;
  caseId = (await w.intake()).id;
});
afterAll(() => core.cleanup());

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const markup = fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '&lt;b&gt;', '"><svg/onload=alert(1)>', "'; DROP TABLE staff; --", '<a href="javascript:x">');
/** A name with markup in it, as the schema keeps it: no surrounding spaces, within the length limit. */
const htmlName = (max: number) =>
  fc
    .tuple(fc.constantFrom('张', '李', '王'), markup, fc.string({ maxLength: 6 }), fc.constantFrom('三', '有限公司'))
    .map((parts) => parts.join('').replace(/\s+/g, ' ').slice(0, max).trim())
    .filter((name) => name.length > 0);

let sequence = 0;
/** A different birth date per run, so ID numbers never repeat however many runs FUZZ_RUNS asks for. */
const birthDateOf = (n: number) => new Date(Date.UTC(1960, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
describe('names with HTML round-trip as text', () => {
  it('staff: create → get keeps the name exactly', async () => {
    await fc.assert(
      fc.asyncProperty(htmlName(30), async (name) => {
        sequence += 1;
        const input = { name, idNumber: makeIdNumber('320102', birthDateOf(sequence), 'male', 1), ethnicity: '01', politicalStatus: '01', education: '21', post: '工作人员', staffingType: 'politicalLegal' };
        const created = await ok<{ id: number; name: string }>(core, 'staff.create', input);
        expect(created.name).toBe(name);
        expect((await ok<{ name: string }>(core, 'staff.get', { id: created.id })).name).toBe(name);
      }),
      { numRuns: RUNS },
    );
  });

  it('case party: create → case.get keeps the name exactly', async () => {
    await fc.assert(
      fc.asyncProperty(htmlName(60), async (name) => {
        const known = new Set((await ok<CaseDetail>(core, 'case.get', { id: caseId })).parties.map((p) => p.id));
        const after = await ok<CaseDetail>(core, 'party.create', { caseId, data: { role: 'respondent', kind: 'organization', name, legalRepresentative: '赵六' } });
        const party = after.parties.find((p) => !known.has(p.id))!;
        expect(party.name).toBe(name);
        const read = await ok<CaseDetail>(core, 'case.get', { id: caseId });
        expect(read.parties.find((p) => p.id === party.id)?.name).toBe(name);
        await ok(core, 'party.delete', { id: party.id });
      }),
      { numRuns: RUNS },
    );
  });
});
