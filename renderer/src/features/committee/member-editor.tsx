// The modal that adds a member to a committee or edits one taken from the drawer's table.
import type { CommitteeMember } from '@shared/schemas/committee-member';
import { FormDialog } from '../../forms/form-dialog';
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
  return (
    <FormDialog open={open} title={edit ? `编辑成员：${edit.name}` : '新增成员'} width={720} onClose={onClose}>
      {(slot) => (
        <MemberForm
          key={edit?.id ?? 'new'}
          committeeId={committeeId}
          id={edit?.id ?? null}
          initialValues={edit ? memberToValues(edit) : newMemberValues()}
          {...slot}
        />
      )}
    </FormDialog>
  );
}
