// The modal that adds a training record for a person or edits one taken from the drawer's list.
import type { StaffTraining } from '@shared/schemas/staff-training';
import { Modal } from 'antd';
import { useDiscardGuard } from '../../forms/use-discard-guard';
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
  const guard = useDiscardGuard(onClose);
  return (
    <Modal
      open={open}
      title={edit ? `编辑培训记录：${edit.title}` : '新增培训记录'}
      footer={null}
      width={640}
      onCancel={guard.requestClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <TrainingForm
        key={edit?.id ?? 'new'}
        staffId={staffId}
        id={edit?.id ?? null}
        initialValues={edit ? trainingToValues(edit) : {}}
        onDone={guard.close}
        onChange={guard.markDirty}
      />
    </Modal>
  );
}
