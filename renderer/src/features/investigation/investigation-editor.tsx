// The modal that records a round or edits one (loaded with investigation.get first).
import { Modal, Skeleton } from 'antd';
import { shanghaiDate } from '@shared/validators/date';
import { QueryError } from '../../components/query-error';
import { useDiscardGuard } from '../../forms/use-discard-guard';
import { InvestigationForm, newRoundValues, roundToValues } from './investigation-form';
import { useInvestigation } from './use-investigation';

export type RoundTarget = { mode: 'create' } | { mode: 'edit'; id: number; label: string };

interface Props {
  open: boolean;
  target: RoundTarget;
  onClose: () => void;
  /** A new round recorded as having found disputes: its findings are entered next. */
  onFoundDisputes: (id: number) => void;
}

function EditBody({ id, onClose, onChange }: { id: number; onClose: () => void; onChange: () => void }) {
  const round = useInvestigation(id);
  if (round.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (round.isError) return <QueryError title="排查记录加载失败" error={round.error} onRetry={() => void round.refetch()} />;
  return <InvestigationForm key={id} id={id} initialValues={roundToValues(round.data)} onDone={onClose} onChange={onChange} />;
}

export function InvestigationEditor({ open, target, onClose, onFoundDisputes }: Props) {
  const guard = useDiscardGuard(onClose);
  return (
    <Modal
      open={open}
      title={target.mode === 'create' ? '登记排查' : `编辑排查记录：${target.label}`}
      footer={null}
      width={880}
      onCancel={guard.requestClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {target.mode === 'create' ? (
        <InvestigationForm
          id={null}
          initialValues={newRoundValues(shanghaiDate(new Date()))}
          onDone={(saved) => {
            guard.close();
            if (saved?.foundDisputes) onFoundDisputes(saved.id);
          }}
          onChange={guard.markDirty}
        />
      ) : (
        <EditBody id={target.id} onClose={guard.close} onChange={guard.markDirty} />
      )}
    </Modal>
  );
}
