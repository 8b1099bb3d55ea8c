// Everything a case form is printed from, read once per document set: the case page's data plus office and committee.
import { eq } from 'drizzle-orm';
import { committee, office } from '../../../drizzle/schema';
import type { CaseDetail } from '../../shared/schemas/case';
import type { CaseStep } from '../../shared/schemas/case-step';
import { maskDeep } from '../../shared/mask';
import { caseDetailOf } from '../services/case-detail';
import type { CallContext, Viewer } from '../services/context';

export interface CaseDocContext {
  readonly detail: CaseDetail;
  readonly office: { readonly name: string; readonly address: string; readonly phone: string } | null;
  readonly committee: { readonly name: string; readonly address: string; readonly phone: string };
  /** Today (Asia/Shanghai), YYYY-MM-DD: the date printed where a form needs "now". */
  readonly today: string;
}

/**
 * The case's data for printing. For a viewer without the right to see personal data (readonly), every ID number
 * and phone of the parties and agents is masked here, so every form, 整卷 PDF and batch prints masked; the office's
 * and committee's phones are organisations' and stay.
 */
export function loadCaseContext(call: Pick<CallContext, 'db' | 'today'> & { viewer?: Viewer }, caseId: number): CaseDocContext {
  const full = caseDetailOf(call, caseId);
  const detail = call.viewer?.seesSensitive === false ? (maskDeep(full).value as CaseDetail) : full;
  const o = call.db.select().from(office).where(eq(office.id, 1)).get();
  const c = call.db.select().from(committee).where(eq(committee.id, detail.committeeId)).get();
  return {
    detail,
    office: o ? { name: o.name, address: o.address ?? '', phone: o.phone ?? '' } : null,
    committee: { name: detail.committeeName, address: c?.address ?? '', phone: c?.phone ?? '' },
    today: call.today,
  };
}

/** The case's steps of one kind, in workflow order. */
export function stepsOf<K extends CaseStep['kind']>(ctx: CaseDocContext, kind: K): Extract<CaseStep, { kind: K }>[] {
  return ctx.detail.steps.filter((s): s is Extract<CaseStep, { kind: K }> => s.kind === kind);
}
