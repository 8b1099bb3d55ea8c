// What the dossier rules need to know about one case, read from its steps, agents, scans and paper marks.
import { and, asc, count, eq } from 'drizzle-orm';
import { attachment, caseAgent, caseParty, caseStep, dossierPartMark, type DossierRow, type MediationCaseRow } from '../../../drizzle/schema';
import type { CaseDateFacts } from '../../shared/rules/case-dates';
import type { AgreementFacts, CompletenessFacts } from '../../shared/rules/dossier-completeness';
import { shanghaiDate } from '../../shared/validators/date';
import type { Db } from '../db/open';

export interface StepFacts {
  stepCounts: Record<string, number>;
  agreement: AgreementFacts | null;
  agreementOn: string | null;
  confirmationOn: string | null;
  followUpOn: string | null;
}

const flag = (data: Record<string, unknown>, key: string) => data[key] === true;

export function stepFactsOf(db: Db, caseId: number): StepFacts {
  const steps = db
    .select({ kind: caseStep.kind, occurredOn: caseStep.occurredOn, data: caseStep.data })
    .from(caseStep)
    .where(eq(caseStep.caseId, caseId))
    .orderBy(asc(caseStep.occurredOn), asc(caseStep.id))
    .all();
  const facts: StepFacts = { stepCounts: {}, agreement: null, agreementOn: null, confirmationOn: null, followUpOn: null };
  for (const step of steps) {
    facts.stepCounts[step.kind] = (facts.stepCounts[step.kind] ?? 0) + 1;
    const data = (step.data ?? {}) as Record<string, unknown>;
    if (step.kind === 'agreement') {
      facts.agreementOn = step.occurredOn;
      facts.agreement = {
        form: typeof data.form === 'string' ? data.form : 'written',
        signedByParties: flag(data, 'signedByParties'),
        mediatorSigned: flag(data, 'mediatorSigned'),
        sealed: flag(data, 'sealed'),
        effectiveOn: typeof data.effectiveOn === 'string' ? data.effectiveOn : null,
      };
    }
    if (step.kind === 'judicialConfirmation') facts.confirmationOn ??= step.occurredOn;
    if (step.kind === 'followUp') facts.followUpOn ??= step.occurredOn;
  }
  return facts;
}

function hasAgent(db: Db, caseId: number): boolean {
  const row = db
    .select({ n: count() })
    .from(caseAgent)
    .innerJoin(caseParty, eq(caseAgent.partyId, caseParty.id))
    .where(eq(caseParty.caseId, caseId))
    .get();
  return (row?.n ?? 0) > 0;
}

function scansOf(db: Db, caseId: number): Record<string, number> {
  const rows = db
    .select({ role: attachment.role, n: count() })
    .from(attachment)
    .where(and(eq(attachment.ownerType, 'case'), eq(attachment.ownerId, caseId)))
    .groupBy(attachment.role)
    .all();
  return Object.fromEntries(rows.map((r) => [r.role, r.n]));
}

function marksOf(db: Db, dossierId: number | null): Set<string> {
  if (dossierId === null) return new Set();
  return new Set(db.select({ part: dossierPartMark.part }).from(dossierPartMark).where(eq(dossierPartMark.dossierId, dossierId)).all().map((r) => r.part));
}

export function completenessFactsOf(db: Db, c: MediationCaseRow, d: DossierRow | null, steps: StepFacts): CompletenessFacts {
  return {
    state: c.state,
    stepCounts: steps.stepCounts,
    agreement: steps.agreement,
    hasAgent: hasAgent(db, c.id),
    scans: scansOf(db, c.id),
    onPaper: marksOf(db, d?.id ?? null),
  };
}

export const enteredOnOf = (enteredAt: string | null) => (enteredAt === null ? null : shanghaiDate(new Date(enteredAt)));

export function dateFactsOf(c: MediationCaseRow, steps: StepFacts): CaseDateFacts {
  return {
    state: c.state,
    acceptedOn: c.acceptedOn,
    concludedOn: c.concludedOn,
    agreementEffectiveOn: c.agreementEffectiveOn,
    agreementForm: c.agreementForm,
    agreementOn: steps.agreementOn,
    enteredOn: enteredOnOf(c.enteredAt),
    confirmationOn: steps.confirmationOn,
    followUpOn: steps.followUpOn,
  };
}
