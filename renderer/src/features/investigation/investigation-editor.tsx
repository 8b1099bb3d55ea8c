// The modal that records a round or edits one (loaded with investigation.get first).
import { shanghaiDate } from '@shared/validators/date';
import { FormDialog, LoadedRecord, type DialogSlot } from '../../forms/form-dialog';
import { InvestigationForm, newRoundValues, roundToValues } from './investigation-form';
import type { RoundPreset } from './round-preset';
import { useInvestigation } from './use-investigation';

/** A new round (its level and period chosen in advance by a 工作台 link), or one to edit. */
export type RoundTarget = { mode: 'create'; preset?: RoundPreset } | { mode: 'edit'; id: number; label: string };

interface Props {
  open: boolean;
  target: RoundTarget;
  onClose: () => void;
  /** A new round recorded as having found disputes: its findings are entered next. */
  onFoundDisputes: (id: number) => void;
}

function EditBody({ id, ...slot }: DialogSlot & { id: number }) {
  return (
    <LoadedRecord query={useInvestigation(id)} errorTitle="排查记录加载失败" rows={8}>
      {(round) => <InvestigationForm key={id} id={id} initialValues={roundToValues(round)} {...slot} />}
    </LoadedRecord>
  );
}

export function InvestigationEditor({ open, target, onClose, onFoundDisputes }: Props) {
  return (
    <FormDialog open={open} title={target.mode === 'create' ? '登记排查' : `编辑排查记录：${target.label}`} width={880} onClose={onClose}>
      {({ onDone, onChange }) =>
        target.mode === 'create' ? (
          <InvestigationForm
            id={null}
            initialValues={newRoundValues(shanghaiDate(new Date()), target.preset)}
            onDone={(saved) => {
              onDone();
              if (saved?.foundDisputes) onFoundDisputes(saved.id);
            }}
            onChange={onChange}
          />
        ) : (
          <EditBody id={target.id} onDone={onDone} onChange={onChange} />
        )
      }
    </FormDialog>
  );
}
