// The modal that adds or edits a mediator; in edit mode it loads the record with mediator.get first.
import { Modal, Skeleton } from 'antd';
import { QueryError } from '../../components/query-error';
import { useDiscardGuard } from '../../forms/use-discard-guard';
import { MediatorForm, mediatorToValues, newMediatorValues } from './mediator-form';
import { useMediator } from './use-mediator';

export type MediatorEditorTarget = { mode: 'create' } | { mode: 'edit'; id: number; name: string };

interface Props {
  open: boolean;
  target: MediatorEditorTarget;
  onClose: () => void;
}

function EditBody({ id, onClose, onChange }: { id: number; onClose: () => void; onChange: () => void }) {
  const m = useMediator(id);
  if (m.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (m.isError) return <QueryError title="调解员信息加载失败" error={m.error} onRetry={() => void m.refetch()} />;
  return <MediatorForm key={id} id={id} initialValues={mediatorToValues(m.data)} onDone={onClose} onChange={onChange} />;
}

export function MediatorEditor({ open, target, onClose }: Props) {
  const guard = useDiscardGuard(onClose);
  return (
    <Modal
      open={open}
      title={target.mode === 'create' ? '新增调解员' : `编辑调解员：${target.name}`}
      footer={null}
      width={880}
      onCancel={guard.requestClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {target.mode === 'create' ? (
        <MediatorForm id={null} initialValues={newMediatorValues} onDone={guard.close} onChange={guard.markDirty} />
      ) : (
        <EditBody id={target.id} onClose={guard.close} onChange={guard.markDirty} />
      )}
    </Modal>
  );
}
