// Helpers of the first-half case form tests: demo cases by state, a bare case made through the API, every form built for a case.
import type { Core } from '../../../electron/core';
import { loadCaseContext, type CaseDocContext } from '../../../electron/core/documents/case-context';
import { caseFormsA } from '../../../electron/core/documents/forms/case-forms-a';
import type { CaseForm } from '../../../electron/core/documents/form-definition';
import { documentForms } from '../../../electron/shared/documents/form-codes';
import type { FormDoc } from '../../../electron/shared/documents/form-doc';
import type { CaseDetail } from '../../../electron/shared/schemas/case';
import { ok } from '../../helpers/temp-core';

export const TODAY = '2026-11-27';

export function contextOf(core: Core, caseId: number): CaseDocContext {
  return loadCaseContext({ db: core.handle.db, today: TODAY }, caseId);
}

/** Ids of demo cases, the first one found in each state asked for. */
export async function demoCaseIds(core: Core, states: readonly string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const state of states) {
    const page = await ok<{ items: { id: number }[] }>(core, 'case.list', { state, pageSize: 1 });
    if (page.items[0]) out[state] = page.items[0].id;
  }
  return out;
}

/** A case with only what intake requires: every optional field empty, two parties with a name only. */
export async function bareCase(core: Core): Promise<number> {
  const committees = await ok<{ items: { id: number }[] }>(core, 'committee.list', { pageSize: 1 });
  const detail = await ok<CaseDetail>(core, 'case.create', {
    committeeId: committees.items[0]!.id,
    source: 'initiative',
    receivedOn: '2026-11-20',
    category: '01',
    facts: '双方因琐事争执',
    parties: [
      { role: 'applicant', kind: 'person', name: '甲' },
      { role: 'respondent', kind: 'organization', name: '乙公司' },
    ],
  });
  return detail.id;
}

export interface Built {
  readonly code: string;
  readonly form: CaseForm;
  readonly data: unknown;
  readonly doc: FormDoc;
}

/** Every first-half form that applies to the case: once per case, or once per step of its kind. */
export function buildAll(ctx: CaseDocContext): Built[] {
  const out: Built[] = [];
  for (const [code, form] of Object.entries(caseFormsA) as [string, CaseForm][]) {
    const kind = documentForms.find((f) => f.code === code)!.step;
    const steps = kind === null ? [null] : ctx.detail.steps.filter((s) => s.kind === kind);
    for (const step of steps) {
      if (!form.applies(ctx, step)) continue;
      const data = form.build(ctx, step);
      out.push({ code, form, data, doc: form.layout(data) });
    }
  }
  return out;
}
