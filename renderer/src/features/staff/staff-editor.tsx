// The modal that adds or edits a staff member; in edit mode it loads the record with staff.get first.
import { FormDialog, LoadedRecord, type DialogSlot, type EditorProps, type RecordTarget } from '../../forms/form-dialog';
import { newStaffValues, StaffForm, staffToValues } from './staff-form';
import { useStaffMember } from './use-staff';

export type EditorTarget = RecordTarget;

function EditBody({ id, ...slot }: DialogSlot & { id: number }) {
  return (
    <LoadedRecord query={useStaffMember(id)} errorTitle="工作人员信息加载失败" rows={10}>
      {(member) => <StaffForm key={id} id={id} initialValues={staffToValues(member)} {...slot} />}
    </LoadedRecord>
  );
}

export function StaffEditor({ open, target, onClose }: EditorProps<EditorTarget>) {
  return (
    <FormDialog
      open={open}
      title={target.mode === 'create' ? '新增工作人员' : `编辑工作人员：${target.name}`}
      width={880}
      onClose={onClose}
    >
      {(slot) =>
        target.mode === 'create' ? <StaffForm id={null} initialValues={newStaffValues} {...slot} /> : <EditBody id={target.id} {...slot} />
      }
    </FormDialog>
  );
}
