// Helpers of the second-half case form tests: build every form of a case (checked), and bare cases made through the API.
import { expect } from 'vitest';
import type { Core } from '../../../electron/core';
import type { CaseDocContext } from '../../../electron/core/documents/case-context';
import { caseFormsB } from '../../../electron/core/documents/forms/case-forms-b';
import type { CaseForm } from '../../../electron/core/documents/form-definition';
import { documentForms } from '../../../electron/shared/documents/form-codes';
import type { FormDoc } from '../../../electron/shared/documents/form-doc';
import type { CaseStep, StepInput } from '../../../electron/shared/schemas/case-step';
import { ok } from '../../helpers/temp-core';
import { bareCase, contextOf } from './forms-a-helpers';

export interface BuiltB {
  readonly code: string;
  readonly step: CaseStep;
  readonly data: Record<string, unknown>;
  readonly doc: FormDoc;
}

export { contextOf };

/** Every second-half form that applies to the case, once per step of its kind; each checked against its schema. */
export function buildAllB(ctx: CaseDocContext): BuiltB[] {
  const out: BuiltB[] = [];
  for (const [code, form] of Object.entries(caseFormsB) as [string, CaseForm][]) {
    const kind = documentForms.find((f) => f.code === code)!.step;
    for (const step of ctx.detail.steps.filter((s) => s.kind === kind)) {
      if (!form.applies(ctx, step)) continue;
      const data = form.build(ctx, step);
      expect(form.data.parse(data), code).toEqual(data);
      const doc = form.layout(data);
      expect(JSON.stringify({ data, doc }), `${code} of case ${ctx.detail.id}`).not.toMatch(/undefined|null|NaN|\[object/);
      out.push({ code, step, data: data as Record<string, unknown>, doc });
    }
  }
  return out;
}

/** Bare cases: intake with names only, and each step with only its required fields. */
export async function bareCases(core: Core): Promise<number[]> {
  const on = '2026-11-21';
  const plans: StepInput[][] = [
    [{ kind: 'reject', occurredOn: on, people: '登记员', reason: 'other', content: '不属于民间纠纷' }],
    [{ kind: 'accept', occurredOn: on, people: '受理人' }, { kind: 'outcome', occurredOn: on, result: 'terminated', reason: 'other' }],
    [
      { kind: 'accept', occurredOn: on, people: '受理人' },
      { kind: 'session', occurredOn: on, people: '调解员', content: '调解' },
      { kind: 'outcome', occurredOn: on, result: 'success' },
      { kind: 'agreement', occurredOn: on, people: '调解员', form: 'written', clauses: ['双方和解'] },
      { kind: 'followUp', occurredOn: on, people: '回访人', partyVisited: '甲', performance: 'notDue', satisfaction: 'basic', content: '回访' },
    ],
    [
      { kind: 'accept', occurredOn: on, people: '受理人' },
      { kind: 'session', occurredOn: on, people: '调解员', content: '调解' },
      { kind: 'outcome', occurredOn: on, result: 'failure', reason: 'noAgreement' },
    ],
    [
      { kind: 'accept', occurredOn: on, people: '受理人' },
      { kind: 'session', occurredOn: on, people: '调解员', content: '调解' },
      { kind: 'outcome', occurredOn: on, result: 'success' },
      { kind: 'agreement', occurredOn: on, people: '调解员', form: 'oral', content: '当场和解' },
    ],
  ];
  const ids: number[] = [];
  for (const plan of plans) {
    const id = await bareCase(core);
    for (const step of plan) await ok(core, 'caseStep.create', { caseId: id, step });
    ids.push(id);
  }
  return ids;
}
