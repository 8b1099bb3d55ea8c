// The modal that adds or edits a Party member; in edit mode it loads the record with cpcMember.get first.
import { Modal, Skeleton } from 'antd';
import { QueryError } from '../../components/query-error';
import { useDiscardGuard } from '../../forms/use-discard-guard';
import { MemberForm, memberToValues, type MemberValues } from './member-form';
import { useCpcBranches, useCpcMember } from './use-cpc';

export type MemberTarget = { mode: 'create' } | { mode: 'edit'; id: number; name: string };

function EditBody({ id, onClose, onChange }: { id: number; onClose: () => void; onChange: () => void }) {
  const member = useCpcMember(id);
  if (member.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (member.isError) return <QueryError title="党员信息加载失败" error={member.error} onRetry={() => void member.refetch()} />;
  return (
    <MemberForm
      key={id}
      id={id}
      initialValues={memberToValues(member.data)}
      staffName={member.data.name}
      onDone={onClose}
      onChange={onChange}
    />
  );
}

function CreateBody({ onClose, onChange }: { onClose: () => void; onChange: () => void }) {
  const branches = useCpcBranches();
  if (branches.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  const only = branches.data?.items.length === 1 ? branches.data.items[0]!.id : undefined;
  const initial: MemberValues = { ethnicity: '01', memberType: 'full', partyPost: 'member', branchId: only };
  return <MemberForm id={null} initialValues={initial} onDone={onClose} onChange={onChange} />;
}

export function MemberEditor({ open, target, onClose }: { open: boolean; target: MemberTarget; onClose: () => void }) {
  const guard = useDiscardGuard(onClose);
  return (
    <Modal
      open={open}
      title={target.mode === 'create' ? '新增党员' : `编辑党员：${target.name}`}
      footer={null}
      width={880}
      onCancel={guard.requestClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {target.mode === 'create' ? (
        <CreateBody onClose={guard.close} onChange={guard.markDirty} />
      ) : (
        <EditBody id={target.id} onClose={guard.close} onChange={guard.markDirty} />
      )}
    </Modal>
  );
}
