// The dialog that records a new step of a case or edits one from the timeline.
import type { CaseDetail } from '@shared/schemas/case';
import type { CaseStep, StepKind } from '@shared/schemas/case-step';
import { FormDialog } from '../../forms/form-dialog';
import { newStepValues, StepForm, stepToValues } from './step-form';
import { stepKindLabel } from './step-schema';

export type StepTarget = { mode: 'create'; kind: StepKind; hint?: string } | { mode: 'edit'; step: CaseStep };

interface Props {
  detail: CaseDetail;
  target: StepTarget | null;
  onClose: () => void;
}

export function StepEditor({ detail, target, onClose }: Props) {
  const kind = target === null ? 'accept' : target.mode === 'create' ? target.kind : target.step.kind;
  const title =
    target?.mode === 'edit' ? `编辑${stepKindLabel(kind)}记录（${target.step.occurredOn}）` : `登记${stepKindLabel(kind)}`;
  return (
    <FormDialog open={target !== null} title={title} width={780} onClose={onClose}>
      {(slot) =>
        target && (
          <StepForm
            key={target.mode === 'edit' ? target.step.id : `new-${kind}`}
            detail={detail}
            kind={kind}
            stepId={target.mode === 'edit' ? target.step.id : null}
            initialValues={target.mode === 'edit' ? stepToValues(target.step) : newStepValues(kind, detail)}
            hint={target.mode === 'create' ? target.hint : undefined}
            {...slot}
          />
        )
      }
    </FormDialog>
  );
}
