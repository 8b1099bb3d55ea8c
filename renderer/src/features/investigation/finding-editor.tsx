// The modal that adds a dispute to a round or edits one from the round's findings table.
import type { InvestigationFinding } from '@shared/schemas/investigation-finding';
import { Modal } from 'antd';
import { useDiscardGuard } from '../../forms/use-discard-guard';
import { FindingForm, findingToValues, type FindingValues } from './finding-form';

export type FindingTarget = { mode: 'create' } | { mode: 'edit'; record: InvestigationFinding };

export interface FindingRound {
  id: number;
  conductedOn: string;
  grid: string | null;
}

interface Props {
  round: FindingRound;
  open: boolean;
  target: FindingTarget;
  onClose: () => void;
}

export function FindingEditor({ round, open, target, onClose }: Props) {
  const edit = target.mode === 'edit' ? target.record : null;
  const guard = useDiscardGuard(onClose);
  const fresh: FindingValues = { grid: round.grid, status: 'pending', riskLevel: 'low', major: false };
  return (
    <Modal
      open={open}
      title={edit ? '编辑纠纷' : '登记发现的纠纷'}
      footer={null}
      width={760}
      onCancel={guard.requestClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <FindingForm
        key={edit?.id ?? 'new'}
        investigationId={round.id}
        conductedOn={round.conductedOn}
        id={edit?.id ?? null}
        initialValues={edit ? findingToValues(edit) : fresh}
        onDone={guard.close}
        onChange={guard.markDirty}
      />
    </Modal>
  );
}
