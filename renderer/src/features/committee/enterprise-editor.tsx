// The modal that adds or edits an enterprise; in edit mode it loads the record with enterprise.get first.
import { FormDialog, LoadedRecord, type DialogSlot, type EditorProps, type RecordTarget } from '../../forms/form-dialog';
import { EnterpriseForm, enterpriseToValues } from './enterprise-form';
import { useEnterprise } from './use-enterprise';

export type EnterpriseTarget = RecordTarget;

function EditBody({ id, ...slot }: DialogSlot & { id: number }) {
  return (
    <LoadedRecord query={useEnterprise(id)} errorTitle="企业信息加载失败" rows={8}>
      {(record) => <EnterpriseForm key={id} id={id} initialValues={enterpriseToValues(record)} {...slot} />}
    </LoadedRecord>
  );
}

export function EnterpriseEditor({ open, target, onClose }: EditorProps<EnterpriseTarget>) {
  return (
    <FormDialog open={open} title={target.mode === 'create' ? '新增企业' : `编辑企业：${target.name}`} width={720} onClose={onClose}>
      {(slot) => (target.mode === 'create' ? <EnterpriseForm id={null} initialValues={{}} {...slot} /> : <EditBody id={target.id} {...slot} />)}
    </FormDialog>
  );
}
