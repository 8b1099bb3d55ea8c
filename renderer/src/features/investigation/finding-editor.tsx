// The modal that adds a dispute to a round or edits one from the round's findings table.
import type { InvestigationFinding } from '@shared/schemas/investigation-finding';
import { FormDialog } from '../../forms/form-dialog';
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
  const fresh: FindingValues = { grid: round.grid, status: 'pending', riskLevel: 'low', major: false };
  return (
    <FormDialog open={open} title={edit ? '编辑纠纷' : '登记发现的纠纷'} width={760} onClose={onClose}>
      {(slot) => (
        <FindingForm
          key={edit?.id ?? 'new'}
          investigationId={round.id}
          conductedOn={round.conductedOn}
          id={edit?.id ?? null}
          initialValues={edit ? findingToValues(edit) : fresh}
          {...slot}
        />
      )}
    </FormDialog>
  );
}
