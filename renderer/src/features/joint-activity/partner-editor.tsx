// The modal that adds or edits a partner unit; in edit mode it loads the record with partnerUnit.get first.
import type { PartnerKind } from '@shared/schemas/partner-unit';
import { FormDialog, LoadedRecord, type DialogSlot, type EditorProps, type RecordTarget } from '../../forms/form-dialog';
import { newPartnerValues, PartnerForm, partnerToValues } from './partner-form';
import { usePartner } from './use-joint';

export type PartnerTarget = RecordTarget<{ kind?: PartnerKind }>;

function EditBody({ id, ...slot }: DialogSlot & { id: number }) {
  return (
    <LoadedRecord query={usePartner(id)} errorTitle="共建单位信息加载失败" rows={6}>
      {(partner) => (
        <PartnerForm key={id} id={id} initialValues={partnerToValues(partner)} activityCount={partner.activityCount} {...slot} />
      )}
    </LoadedRecord>
  );
}

export function PartnerEditor({ open, target, onClose }: EditorProps<PartnerTarget>) {
  return (
    <FormDialog open={open} title={target.mode === 'create' ? '新增共建单位' : `编辑共建单位：${target.name}`} width={760} onClose={onClose}>
      {(slot) =>
        target.mode === 'create' ? (
          <PartnerForm id={null} initialValues={newPartnerValues(target.kind)} activityCount={0} {...slot} />
        ) : (
          <EditBody id={target.id} {...slot} />
        )
      }
    </FormDialog>
  );
}
