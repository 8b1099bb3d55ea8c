// The modal that adds or edits a committee; in edit mode it loads the record with committee.get first.
import { Modal, Skeleton } from 'antd';
import { QueryError } from '../../components/query-error';
import { useDiscardGuard } from '../../forms/use-discard-guard';
import { CommitteeForm, committeeToValues } from './committee-form';
import { useCommittee } from './use-committee';

export type CommitteeTarget = { mode: 'create' } | { mode: 'edit'; id: number; name: string };

interface Props {
  open: boolean;
  target: CommitteeTarget;
  onClose: () => void;
}

function EditBody({ id, onClose, onChange }: { id: number; onClose: () => void; onChange: () => void }) {
  const record = useCommittee(id);
  if (record.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (record.isError) {
    return <QueryError title="调委会信息加载失败" error={record.error} onRetry={() => void record.refetch()} />;
  }
  return <CommitteeForm key={id} id={id} initialValues={committeeToValues(record.data)} onDone={onClose} onChange={onChange} />;
}

export function CommitteeEditor({ open, target, onClose }: Props) {
  const guard = useDiscardGuard(onClose);
  return (
    <Modal
      open={open}
      title={target.mode === 'create' ? '新增调委会' : `编辑调委会：${target.name}`}
      footer={null}
      width={760}
      onCancel={guard.requestClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {target.mode === 'create' ? (
        <CommitteeForm id={null} initialValues={{}} onDone={guard.close} onChange={guard.markDirty} />
      ) : (
        <EditBody id={target.id} onClose={guard.close} onChange={guard.markDirty} />
      )}
    </Modal>
  );
}
