// The modal that adds a training record for a person or edits one taken from the drawer's list.
import type { StaffTraining } from '@shared/schemas/staff-training';
import { FormDialog } from '../../forms/form-dialog';
import { TrainingForm, trainingToValues } from './training-form';

export type TrainingTarget = { mode: 'create' } | { mode: 'edit'; record: StaffTraining };

interface Props {
  staffId: number;
  open: boolean;
  target: TrainingTarget;
  onClose: () => void;
}

export function TrainingEditor({ staffId, open, target, onClose }: Props) {
  const edit = target.mode === 'edit' ? target.record : null;
  return (
    <FormDialog open={open} title={edit ? `编辑培训记录：${edit.title}` : '新增培训记录'} width={640} onClose={onClose}>
      {(slot) => (
        <TrainingForm
          key={edit?.id ?? 'new'}
          staffId={staffId}
          id={edit?.id ?? null}
          initialValues={edit ? trainingToValues(edit) : {}}
          {...slot}
        />
      )}
    </FormDialog>
  );
}
