// The modal that records or edits a 三会一课 meeting; in edit mode it loads the record with cpcMeeting.get first.
import { Modal, Skeleton } from 'antd';
import { QueryError } from '../../components/query-error';
import { useDiscardGuard } from '../../forms/use-discard-guard';
import { MeetingForm, meetingToValues, type MeetingValues } from './meeting-form';
import { useCpcBranches, useCpcMeeting } from './use-cpc';

export type MeetingTarget = { mode: 'create' } | { mode: 'edit'; id: number };

function EditBody({ id, onClose, onChange }: { id: number; onClose: () => void; onChange: () => void }) {
  const meeting = useCpcMeeting(id);
  if (meeting.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (meeting.isError) return <QueryError title="会议记录加载失败" error={meeting.error} onRetry={() => void meeting.refetch()} />;
  return <MeetingForm key={id} id={id} initialValues={meetingToValues(meeting.data)} onDone={onClose} onChange={onChange} />;
}

function CreateBody({ onClose, onChange }: { onClose: () => void; onChange: () => void }) {
  const branches = useCpcBranches();
  if (branches.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  const only = branches.data?.items.length === 1 ? branches.data.items[0] : undefined;
  const initial: MeetingValues = {
    branchId: only?.id,
    expectedCount: only && only.memberCount > 0 ? only.memberCount : undefined,
    absentees: [],
  };
  return <MeetingForm id={null} initialValues={initial} onDone={onClose} onChange={onChange} />;
}

export function MeetingEditor({ open, target, onClose }: { open: boolean; target: MeetingTarget; onClose: () => void }) {
  const guard = useDiscardGuard(onClose);
  return (
    <Modal
      open={open}
      title={target.mode === 'create' ? '新增会议记录' : '编辑会议记录'}
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
