// The add/edit form of an enterprise, validated with the shared enterpriseInput schema (GB 32100 credit code).
import { enterpriseInput, type Enterprise } from '@shared/schemas/enterprise';
import { Form, Input, InputNumber } from 'antd';
import { RecordForm, useRecordSubmit } from '../../forms/record-form';
import { Field, NoteField, PhoneField, third, twoThirds } from '../../forms/record-fields';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { CommitteeSelect } from './committee-select';
import { useSaveEnterprise } from './use-enterprise';

const enterpriseForm = zodForm(enterpriseInput);

export type EnterpriseValues = FormValues<typeof enterpriseInput>;

export function enterpriseToValues(e: Enterprise): EnterpriseValues {
  const { name, creditCode, employees, address, contact, phone, committeeId, note } = e;
  return { name, creditCode, employees, address, contact, phone, committeeId, note };
}

interface Props {
  /** null: a new enterprise. */
  id: number | null;
  initialValues: EnterpriseValues;
  onDone: () => void;
  onChange?: () => void;
}

export function EnterpriseForm({ id, initialValues, onDone, onChange }: Props) {
  const [form] = Form.useForm<EnterpriseValues>();
  const save = useSaveEnterprise();
  const onFinish = useRecordSubmit(enterpriseForm, form, (data) => save.mutateAsync({ id, data }), onDone);

  return (
    <RecordForm<EnterpriseValues>
      form={form}
      name="enterprise"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onChange}
      onCancel={onDone}
      saving={save.isPending}
    >
      <Field {...enterpriseForm.item('name', '企业名称')}>
        <Input autoFocus maxLength={100} />
      </Field>
      <Field col={{ xs: 24, md: 14 }} {...enterpriseForm.item('creditCode', '统一社会信用代码')} validateDebounce={400}>
        <Input maxLength={30} placeholder="18位，字母不分大小写" />
      </Field>
      <Field col={{ xs: 24, md: 10 }} {...enterpriseForm.item('employees', '职工人数')}>
        <InputNumber style={{ width: '100%' }} min={0} precision={0} placeholder="整数" />
      </Field>
      <Field {...enterpriseForm.item('committeeId', '本企业调委会')} extra="职工300人以上的企业应当设立人民调解委员会">
        <CommitteeSelect />
      </Field>
      <Field col={third} {...enterpriseForm.item('contact', '联系人')}>
        <Input maxLength={30} />
      </Field>
      <PhoneField zform={enterpriseForm} col={twoThirds} />
      <Field {...enterpriseForm.item('address', '地址')}>
        <Input maxLength={100} />
      </Field>
      <NoteField zform={enterpriseForm} />
    </RecordForm>
  );
}
