// The add/edit form for one partner unit (共建单位), validated with the shared partnerUnitInput schema.
import { partnerKinds } from '@shared/register-codes';
import { partnerUnitInput, type PartnerKind, type PartnerUnit } from '@shared/schemas/partner-unit';
import { Form, Input } from 'antd';
import { RecordForm, useRecordSubmit } from '../../forms/record-form';
import { CodeField, DateField, Field, NoteField, PhoneField, third, twoThirds } from '../../forms/record-fields';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { useSavePartner } from './use-joint';

const partnerForm = zodForm(partnerUnitInput);

export type PartnerValues = FormValues<typeof partnerUnitInput>;

export function newPartnerValues(kind?: PartnerKind): PartnerValues {
  return kind ? { kind } : {};
}

export function partnerToValues(p: PartnerUnit): PartnerValues {
  const { kind, name, address, contact, phone, agreementOn, note } = p;
  return { kind, name, address, contact, phone, agreementOn, note };
}

interface Props {
  /** null: a new partner unit. */
  id: number | null;
  initialValues: PartnerValues;
  /** Activities already recorded: the kind can no longer change. */
  activityCount: number;
  onDone: () => void;
  onChange?: () => void;
}

export function PartnerForm({ id, initialValues, activityCount, onDone, onChange }: Props) {
  const [form] = Form.useForm<PartnerValues>();
  const save = useSavePartner();
  const kindLocked = activityCount > 0;
  const onFinish = useRecordSubmit(partnerForm, form, (data) => save.mutateAsync({ id, data }), onDone);

  return (
    <RecordForm<PartnerValues>
      form={form}
      name="partnerUnit"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onChange}
      onCancel={onDone}
      saving={save.isPending}
    >
      <CodeField
        col={third}
        {...partnerForm.item('kind', '单位类型')}
        extra={kindLocked ? `已有${activityCount}条共建活动，类型不能更改` : '人民法庭 → 庭所共建；派出所 → 所所共建'}
        list={partnerKinds}
        select={{ disabled: kindLocked, autoFocus: initialValues.kind === undefined }}
      />
      <Field col={twoThirds} {...partnerForm.item('name', '单位名称')}>
        <Input maxLength={50} placeholder="如：城关人民法庭、北关派出所" autoFocus={initialValues.kind !== undefined} />
      </Field>
      <Field {...partnerForm.item('address', '地址')}>
        <Input maxLength={100} />
      </Field>
      <Field col={third} {...partnerForm.item('contact', '联系人')}>
        <Input maxLength={30} />
      </Field>
      <PhoneField zform={partnerForm} col={third} />
      <DateField col={third} {...partnerForm.item('agreementOn', '共建协议签订日期')} />
      <NoteField zform={partnerForm} />
    </RecordForm>
  );
}
