// Second-half case forms from real data: every demo case and step, and bare cases made through the API with optional fields empty.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDocContext } from '../../../electron/core/documents/case-context';
import { BLANK_NUMBER } from '../../../electron/core/documents/forms/common';
import { caseFormsB } from '../../../electron/core/documents/forms/case-forms-b';
import { amountCn } from '../../../electron/shared/documents/money-cn';
import type { CaseStep } from '../../../electron/shared/schemas/case-step';
import { openDemoCore } from '../../helpers/demo-core';
import { ok, type TempCore } from '../../helpers/temp-core';
import { bareCases, buildAllB, contextOf, type BuiltB } from './forms-b-helpers';

let core: TempCore;
let demo: { ctx: CaseDocContext; built: BuiltB[] }[];

beforeAll(async () => {
  core = openDemoCore();
  const page = await ok<{ items: { id: number }[] }>(core, 'case.list', { pageSize: 100 });
  demo = page.items.map(({ id }) => {
    const ctx = contextOf(core, id);
    return { ctx, built: buildAllB(ctx) };
  });
}, 60_000);
afterAll(() => core.cleanup());

describe('second-half forms from the demo office', () => {
  it('prints every one of the six forms for some demo case, and builds all of them without null or undefined', () => {
    const counts = new Map<string, number>();
    for (const b of demo.flatMap((d) => d.built)) counts.set(b.code, (counts.get(b.code) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(Object.keys(caseFormsB).sort());
  });

  it('numbers agreements by their own number or the 卷号, and prints amounts in capitals with figures', () => {
    const agreements = demo.flatMap(({ ctx, built }) => built.filter((b) => b.code === 'agreement').map((b) => ({ ctx, b })));
    expect(agreements.length).toBeGreaterThan(0);
    for (const { ctx, b } of agreements) {
      const step = b.step as Extract<CaseStep, { kind: 'agreement' }>;
      expect(b.data.编号).toBe(step.number ?? ctx.detail.dossier?.number ?? '');
      expect(b.data.协议金额).toBe(step.amountFen === null ? '' : amountCn(step.amountFen));
      expect(b.data.份数).not.toBe('');
      const signatures = b.doc.blocks.find((x) => x.kind === 'signatures');
      expect(signatures?.kind === 'signatures' && signatures.lines.length).toBe(ctx.detail.parties.length + 2);
    }
    expect(agreements.some(({ b }) => String(b.data.协议金额).startsWith('人民币'))).toBe(true);
  });

  it('sends 司法确认 to the court on record when the case has one', () => {
    const withCourt = demo.flatMap(({ ctx, built }) =>
      built.filter((b) => b.code === 'confirmationRequest' && ctx.detail.steps.some((s) => s.kind === 'judicialConfirmation')),
    );
    expect(withCourt.length).toBeGreaterThan(0);
    for (const b of withCourt) expect(String(b.data.受理法院)).toMatch(/法院|法庭/);
  });
});

describe('second-half forms of bare cases (every optional field empty)', () => {
  it('builds every form with blanks to write on', async () => {
    const ids = await bareCases(core);
    const built = ids.flatMap((id) => buildAllB(contextOf(core, id)));
    expect(new Set(built.map((b) => b.code))).toEqual(new Set(Object.keys(caseFormsB)));
    const agreement = built.find((b) => b.code === 'agreement')!;
    expect(agreement.data.编号).toBe('');
    expect(agreement.data.协议金额).toBe('');
    expect(agreement.doc.number).toBe(BLANK_NUMBER);
    const request = built.find((b) => b.code === 'confirmationRequest')!;
    expect(request.data.受理法院).toBe('');
    expect(request.data.申请日期).toBe('');
    const rejection = built.find((b) => b.code === 'rejectionNotice')!;
    expect(rejection.data.法律依据).toBe('');
    expect(rejection.data.解决途径).toContain('人民法院');
    expect(rejection.data.途径备注).toBe('');
    expect(built.filter((b) => b.code === 'terminationNotice').map((b) => b.data.调解结果).sort()).toEqual(['终止调解', '调解不成功'].sort());
  });
});
