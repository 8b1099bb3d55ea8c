// Which case forms print for a case now: each form once, or once per step of its kind, where it applies.
import { documentForms, formLabel, type DocumentFormCode } from '../../shared/documents/form-codes';
import { dateCn } from '../../shared/documents/format';
import type { FormDoc } from '../../shared/documents/form-doc';
import type { CaseStep } from '../../shared/schemas/case-step';
import { AppError } from '../../shared/errors';
import type { CaseDocContext } from './case-context';
import type { CaseForm } from './form-definition';
import { caseFormOf } from './registry';

export interface PlannedForm {
  readonly code: DocumentFormCode;
  readonly label: string;
  readonly form: CaseForm;
  readonly step: CaseStep | null;
  /** The part of the dossier it fills, null for notices that are not bound. */
  readonly part: string | null;
  /** Which step, in words, when the case has several of its kind ('' otherwise). */
  readonly detail: string;
}

const caseFormCodes = documentForms.filter((f) => f.source === 'case');

/** Every case form that applies to the case now, in the order of the code list (binding order). */
export function plannedForms(ctx: CaseDocContext): PlannedForm[] {
  const out: PlannedForm[] = [];
  for (const f of caseFormCodes) {
    const form = caseFormOf(f.code);
    if (form === undefined) continue;
    if (f.step === null) {
      if (form.applies(ctx, null)) out.push({ code: f.code, label: f.label, form, step: null, part: f.part, detail: '' });
      continue;
    }
    const steps = ctx.detail.steps.filter((s) => s.kind === f.step && form.applies(ctx, s));
    for (const step of steps) {
      const detail = steps.length > 1 ? `${dateCn(step.occurredOn)}` : '';
      out.push({ code: f.code, label: f.label, form, step, part: f.part, detail });
    }
  }
  return out;
}

/** The form for a render request: the step named, or the case's latest step of the form's kind. */
export function plannedForm(ctx: CaseDocContext, code: DocumentFormCode, stepId: number | undefined): PlannedForm {
  const all = plannedForms(ctx).filter((p) => p.code === code);
  const label = formLabel(code);
  const hit = stepId === undefined ? all.at(-1) : all.find((p) => p.step?.id === stepId);
  if (hit === undefined) {
    const why = stepId === undefined ? '本案件当前不适用该文书' : '所选步骤不适用该文书';
    throw new AppError('VALIDATION_FAILED', `不能生成${label}：${why}`, stepId === undefined ? 'form' : 'stepId');
  }
  return hit;
}

export function layoutOf(ctx: CaseDocContext, p: PlannedForm): FormDoc {
  return p.form.layout(p.form.build(ctx, p.step));
}
