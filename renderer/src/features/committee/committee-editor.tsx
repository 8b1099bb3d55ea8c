// The modal that adds or edits a committee; in edit mode it loads the record with committee.get first.
import { FormDialog, LoadedRecord, type DialogSlot, type EditorProps, type RecordTarget } from '../../forms/form-dialog';
import { CommitteeForm, committeeToValues } from './committee-form';
import { useCommittee } from './use-committee';

export type CommitteeTarget = RecordTarget;

function EditBody({ id, ...slot }: DialogSlot & { id: number }) {
  return (
    <LoadedRecord query={useCommittee(id)} errorTitle="调委会信息加载失败" rows={8}>
      {(record) => <CommitteeForm key={id} id={id} initialValues={committeeToValues(record)} {...slot} />}
    </LoadedRecord>
  );
}

export function CommitteeEditor({ open, target, onClose }: EditorProps<CommitteeTarget>) {
  return (
    <FormDialog open={open} title={target.mode === 'create' ? '新增调委会' : `编辑调委会：${target.name}`} width={760} onClose={onClose}>
      {(slot) => (target.mode === 'create' ? <CommitteeForm id={null} initialValues={{}} {...slot} /> : <EditBody id={target.id} {...slot} />)}
    </FormDialog>
  );
}
