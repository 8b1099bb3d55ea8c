// The modal that adds or edits a Party member; in edit mode it loads the record with cpcMember.get first.
import { Skeleton } from 'antd';
import { FormDialog, LoadedRecord, type DialogSlot, type EditorProps, type RecordTarget } from '../../forms/form-dialog';
import { MemberForm, memberToValues, type MemberValues } from './member-form';
import { useCpcBranches, useCpcMember } from './use-cpc';

export type MemberTarget = RecordTarget;

function EditBody({ id, ...slot }: DialogSlot & { id: number }) {
  return (
    <LoadedRecord query={useCpcMember(id)} errorTitle="党员信息加载失败" rows={10}>
      {(member) => <MemberForm key={id} id={id} initialValues={memberToValues(member)} staffName={member.name} {...slot} />}
    </LoadedRecord>
  );
}

function CreateBody(slot: DialogSlot) {
  const branches = useCpcBranches();
  if (branches.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  const only = branches.data?.items.length === 1 ? branches.data.items[0]!.id : undefined;
  const initial: MemberValues = { ethnicity: '01', memberType: 'full', partyPost: 'member', branchId: only };
  return <MemberForm id={null} initialValues={initial} {...slot} />;
}

export function MemberEditor({ open, target, onClose }: EditorProps<MemberTarget>) {
  return (
    <FormDialog open={open} title={target.mode === 'create' ? '新增党员' : `编辑党员：${target.name}`} width={880} onClose={onClose}>
      {(slot) => (target.mode === 'create' ? <CreateBody {...slot} /> : <EditBody id={target.id} {...slot} />)}
    </FormDialog>
  );
}
