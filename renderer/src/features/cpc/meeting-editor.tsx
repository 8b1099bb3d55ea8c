// The modal that records or edits a 三会一课 meeting; in edit mode it loads the record with cpcMeeting.get first.
import { Skeleton } from 'antd';
import { FormDialog, LoadedRecord, type DialogSlot, type EditorProps } from '../../forms/form-dialog';
import { MeetingForm, meetingToValues, type MeetingValues } from './meeting-form';
import { useCpcBranches, useCpcMeeting } from './use-cpc';

export type MeetingTarget = { mode: 'create' } | { mode: 'edit'; id: number };

function EditBody({ id, ...slot }: DialogSlot & { id: number }) {
  return (
    <LoadedRecord query={useCpcMeeting(id)} errorTitle="会议记录加载失败" rows={10}>
      {(meeting) => <MeetingForm key={id} id={id} initialValues={meetingToValues(meeting)} {...slot} />}
    </LoadedRecord>
  );
}

function CreateBody(slot: DialogSlot) {
  const branches = useCpcBranches();
  if (branches.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  const only = branches.data?.items.length === 1 ? branches.data.items[0] : undefined;
  const initial: MeetingValues = {
    branchId: only?.id,
    expectedCount: only && only.memberCount > 0 ? only.memberCount : undefined,
    absentees: [],
  };
  return <MeetingForm id={null} initialValues={initial} {...slot} />;
}

export function MeetingEditor({ open, target, onClose }: EditorProps<MeetingTarget>) {
  return (
    <FormDialog open={open} title={target.mode === 'create' ? '新增会议记录' : '编辑会议记录'} width={880} onClose={onClose}>
      {(slot) => (target.mode === 'create' ? <CreateBody {...slot} /> : <EditBody id={target.id} {...slot} />)}
    </FormDialog>
  );
}
