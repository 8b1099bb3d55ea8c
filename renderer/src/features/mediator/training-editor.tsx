// The modal that adds a mediator training record (for a given or a chosen mediator) or edits one.
import type { MediatorTraining } from '@shared/schemas/mediator-training';
import { FormDialog } from '../../forms/form-dialog';
import { MediatorTrainingForm, trainingToValues } from './training-form';

export type TrainingTarget = { mode: 'create'; mediatorId: number | null } | { mode: 'edit'; record: MediatorTraining };

interface Props {
  open: boolean;
  target: TrainingTarget;
  /** Show the mediator picker (the training register). */
  pickMediator: boolean;
  onClose: () => void;
}

export function MediatorTrainingEditor({ open, target, pickMediator, onClose }: Props) {
  const edit = target.mode === 'edit' ? target.record : null;
  const initialValues = edit ? trainingToValues(edit) : { mediatorId: target.mode === 'create' ? (target.mediatorId ?? undefined) : undefined };
  return (
    <FormDialog open={open} title={edit ? `编辑培训记录：${edit.mediatorName}` : '新增调解员培训记录'} width={640} onClose={onClose}>
      {(slot) => (
        <MediatorTrainingForm key={edit?.id ?? 'new'} id={edit?.id ?? null} initialValues={initialValues} pickMediator={pickMediator} {...slot} />
      )}
    </FormDialog>
  );
}
