// The modal that adds a member to a committee or edits one taken from the drawer's table.
import type { CommitteeMember } from '@shared/schemas/committee-member';
import { Modal } from 'antd';
import { useDiscardGuard } from '../../forms/use-discard-guard';
import { MemberForm, memberToValues, newMemberValues } from './member-form';

export type MemberTarget = { mode: 'create' } | { mode: 'edit'; record: CommitteeMember };

interface Props {
  committeeId: number;
  open: boolean;
  target: MemberTarget;
  onClose: () => void;
}

export function MemberEditor({ committeeId, open, target, onClose }: Props) {
  const edit = target.mode === 'edit' ? target.record : null;
  const guard = useDiscardGuard(onClose);
  return (
    <Modal
      open={open}
      title={edit ? `编辑成员：${edit.name}` : '新增成员'}
      footer={null}
      width={720}
      onCancel={guard.requestClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <MemberForm
        key={edit?.id ?? 'new'}
        committeeId={committeeId}
        id={edit?.id ?? null}
        initialValues={edit ? memberToValues(edit) : newMemberValues()}
        onDone={guard.close}
        onChange={guard.markDirty}
      />
    </Modal>
  );
}
