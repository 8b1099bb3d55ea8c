// Date rules of case steps: not before receipt nor after today, work after 受理, follow-ups after the agreement.
import { AppError } from '../../shared/errors';
import { stepLabel, type StateStep } from '../../shared/rules/case-state';

interface DateRefusal {
  field: string;
  message: string;
}

const afterAccept = new Set(['inquiry', 'session', 'outcome', 'agreement']);
const afterAgreement = new Set(['performance', 'followUp']);

/** How `step` breaks the date rules beside the case's other steps (`others`), ignoring today; or null. */
function orderRefusal(step: StateStep, others: readonly StateStep[], receivedOn: string): DateRefusal | null {
  if (step.occurredOn < receivedOn) return { field: 'occurredOn', message: `日期不能早于收案日期（${receivedOn}）` };
  const accept = others.find((s) => s.kind === 'accept');
  if (afterAccept.has(step.kind) && accept && step.occurredOn < accept.occurredOn) {
    return { field: 'occurredOn', message: `日期不能早于受理日期（${accept.occurredOn}）` };
  }
  const agreement = others.find((s) => s.kind === 'agreement');
  if (agreement?.kind !== 'agreement') return null;
  if (afterAgreement.has(step.kind) && step.occurredOn < agreement.occurredOn) {
    return { field: 'occurredOn', message: `日期不能早于调解协议日期（${agreement.occurredOn}）` };
  }
  if (step.kind === 'judicialConfirmation' && agreement.effectiveOn !== null && step.occurredOn < agreement.effectiveOn) {
    return { field: 'occurredOn', message: `申请日期不能早于协议生效日期（${agreement.effectiveOn}）` };
  }
  return null;
}

function todayRefusal(step: StateStep, today: string): DateRefusal | null {
  if (step.occurredOn > today) return { field: 'occurredOn', message: '日期不能晚于今天' };
  if (step.kind === 'agreement' && step.effectiveOn !== null && step.effectiveOn > today) {
    return { field: 'effectiveOn', message: '协议生效日期不能晚于今天' };
  }
  if (step.kind === 'judicialConfirmation' && step.decidedOn !== null && step.decidedOn > today) {
    return { field: 'decidedOn', message: '决定日期不能晚于今天' };
  }
  return null;
}

/**
 * Throws VALIDATION_FAILED when `step` (new or changed) breaks a date rule, or makes another step break one
 * (e.g. 受理 moved after a 调解 already recorded).
 */
export function assertStepDates(step: StateStep, others: readonly StateStep[], receivedOn: string, today: string): void {
  const own = todayRefusal(step, today) ?? orderRefusal(step, others, receivedOn);
  if (own) throw new AppError('VALIDATION_FAILED', own.message, own.field);
  const all = [...others, step];
  for (const other of others) {
    const clash = orderRefusal(
      other,
      all.filter((s) => s !== other),
      receivedOn,
    );
    if (clash) {
      const field = step.kind === 'agreement' && other.kind === 'judicialConfirmation' ? 'effectiveOn' : 'occurredOn';
      throw new AppError(
        'VALIDATION_FAILED',
        `${stepLabel(step.kind)}的日期不能晚于已登记的${stepLabel(other.kind)}（${other.occurredOn}）`,
        field,
      );
    }
  }
}

/** A new 收案日期 may not fall after a step already recorded. */
export function assertReceivedOn(receivedOn: string, steps: readonly StateStep[]): void {
  const earliest = steps.reduce<string | null>((min, s) => (min === null || s.occurredOn < min ? s.occurredOn : min), null);
  if (earliest !== null && receivedOn > earliest) {
    throw new AppError('VALIDATION_FAILED', `收案日期不能晚于已登记的步骤日期（${earliest}）`, 'receivedOn');
  }
}
