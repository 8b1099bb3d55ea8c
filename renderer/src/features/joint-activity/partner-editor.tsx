// The modal that adds or edits a partner unit; in edit mode it loads the record with partnerUnit.get first.
import type { PartnerKind } from '@shared/schemas/partner-unit';
import { Modal, Skeleton } from 'antd';
import { QueryError } from '../../components/query-error';
import { useDiscardGuard } from '../../forms/use-discard-guard';
import { newPartnerValues, PartnerForm, partnerToValues } from './partner-form';
import { usePartner } from './use-joint';

export type PartnerTarget = { mode: 'create'; kind?: PartnerKind } | { mode: 'edit'; id: number; name: string };

interface Props {
  open: boolean;
  target: PartnerTarget;
  onClose: () => void;
}

function EditBody({ id, onClose, onChange }: { id: number; onClose: () => void; onChange: () => void }) {
  const partner = usePartner(id);
  if (partner.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (partner.isError) {
    return <QueryError title="共建单位信息加载失败" error={partner.error} onRetry={() => void partner.refetch()} />;
  }
  return (
    <PartnerForm
      key={id}
      id={id}
      initialValues={partnerToValues(partner.data)}
      activityCount={partner.data.activityCount}
      onDone={onClose}
      onChange={onChange}
    />
  );
}

export function PartnerEditor({ open, target, onClose }: Props) {
  const guard = useDiscardGuard(onClose);
  return (
    <Modal
      open={open}
      title={target.mode === 'create' ? '新增共建单位' : `编辑共建单位：${target.name}`}
      footer={null}
      width={760}
      onCancel={guard.requestClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {target.mode === 'create' ? (
        <PartnerForm
          id={null}
          initialValues={newPartnerValues(target.kind)}
          activityCount={0}
          onDone={guard.close}
          onChange={guard.markDirty}
        />
      ) : (
        <EditBody id={target.id} onClose={guard.close} onChange={guard.markDirty} />
      )}
    </Modal>
  );
}
