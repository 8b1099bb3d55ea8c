// The modal that adds or edits an enterprise; in edit mode it loads the record with enterprise.get first.
import { Modal, Skeleton } from 'antd';
import { QueryError } from '../../components/query-error';
import { useDiscardGuard } from '../../forms/use-discard-guard';
import { EnterpriseForm, enterpriseToValues } from './enterprise-form';
import { useEnterprise } from './use-enterprise';

export type EnterpriseTarget = { mode: 'create' } | { mode: 'edit'; id: number; name: string };

interface Props {
  open: boolean;
  target: EnterpriseTarget;
  onClose: () => void;
}

function EditBody({ id, onClose, onChange }: { id: number; onClose: () => void; onChange: () => void }) {
  const record = useEnterprise(id);
  if (record.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (record.isError) {
    return <QueryError title="企业信息加载失败" error={record.error} onRetry={() => void record.refetch()} />;
  }
  return <EnterpriseForm key={id} id={id} initialValues={enterpriseToValues(record.data)} onDone={onClose} onChange={onChange} />;
}

export function EnterpriseEditor({ open, target, onClose }: Props) {
  const guard = useDiscardGuard(onClose);
  return (
    <Modal
      open={open}
      title={target.mode === 'create' ? '新增企业' : `编辑企业：${target.name}`}
      footer={null}
      width={720}
      onCancel={guard.requestClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {target.mode === 'create' ? (
        <EnterpriseForm id={null} initialValues={{}} onDone={guard.close} onChange={guard.markDirty} />
      ) : (
        <EditBody id={target.id} onClose={guard.close} onChange={guard.markDirty} />
      )}
    </Modal>
  );
}
