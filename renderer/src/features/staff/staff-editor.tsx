// The modal that adds or edits a staff member; in edit mode it loads the record with staff.get first.
import { Modal, Skeleton } from 'antd';
import { QueryError } from '../../components/query-error';
import { newStaffValues, StaffForm, staffToValues } from './staff-form';
import { useStaffMember } from './use-staff';
import { useDiscardGuard } from '../../forms/use-discard-guard';

export type EditorTarget = { mode: 'create' } | { mode: 'edit'; id: number; name: string };

interface Props {
  open: boolean;
  target: EditorTarget;
  onClose: () => void;
}

function EditBody({ id, onClose, onChange }: { id: number; onClose: () => void; onChange: () => void }) {
  const member = useStaffMember(id);
  if (member.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (member.isError) {
    return <QueryError title="工作人员信息加载失败" error={member.error} onRetry={() => void member.refetch()} />;
  }
  return <StaffForm key={id} id={id} initialValues={staffToValues(member.data)} onDone={onClose} onChange={onChange} />;
}

export function StaffEditor({ open, target, onClose }: Props) {
  const guard = useDiscardGuard(onClose);
  return (
    <Modal
      open={open}
      title={target.mode === 'create' ? '新增工作人员' : `编辑工作人员：${target.name}`}
      footer={null}
      width={880}
      onCancel={guard.requestClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {target.mode === 'create' ? (
        <StaffForm id={null} initialValues={newStaffValues} onDone={guard.close} onChange={guard.markDirty} />
      ) : (
        <EditBody id={target.id} onClose={guard.close} onChange={guard.markDirty} />
      )}
    </Modal>
  );
}
