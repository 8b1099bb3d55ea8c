// The add/edit form of a committee, validated with the shared committeeInput schema; 行业领域 only for professional ones.
import { committeeFields, committeeKinds } from '@shared/register-codes';
import { committeeInput, type Committee } from '@shared/schemas/committee';
import { Col, Form, Input } from 'antd';
import { CodeSelect } from '../../forms/field-inputs';
import { RecordForm, useRecordSubmit } from '../../forms/record-form';
import { CodeField, DateField, Field, half, NoteField, PhoneField, third, twoThirds } from '../../forms/record-fields';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { useSaveCommittee } from './use-committee';

const committeeForm = zodForm(committeeInput);

export type CommitteeValues = FormValues<typeof committeeInput>;

export function committeeToValues(c: Committee): CommitteeValues {
  const { name, shortName, kind, field, filingNumber, filedOn, foundedOn, address, phone, note } = c;
  return { name, shortName, kind, field, filingNumber, filedOn, foundedOn, address, phone, note };
}

interface Props {
  /** null: a new committee. */
  id: number | null;
  initialValues: CommitteeValues;
  onDone: () => void;
  onChange?: () => void;
}

export function CommitteeForm({ id, initialValues, onDone, onChange }: Props) {
  const [form] = Form.useForm<CommitteeValues>();
  const save = useSaveCommittee();
  const kind: unknown = Form.useWatch('kind', form);
  const onFinish = useRecordSubmit(committeeForm, form, (data) => save.mutateAsync({ id, data }), onDone);

  return (
    <RecordForm<CommitteeValues>
      form={form}
      name="committee"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={(changed: CommitteeValues) => {
        // A field belongs to professional committees only: drop it when the kind changes away.
        if ('kind' in changed && changed.kind !== 'professional') form.setFieldValue('field', null);
        onChange?.();
      }}
      onCancel={onDone}
      saving={save.isPending}
    >
      <Field col={twoThirds} {...committeeForm.item('name', '调委会名称')}>
        <Input autoFocus maxLength={60} placeholder="如：东湖街道人民调解委员会" />
      </Field>
      <Field col={third} {...committeeForm.item('shortName', '卷号简称')} tooltip="卷号中的简称，如（2026）东湖调字第001号；不填则取名称去掉“人民调解委员会”等字样">
        <Input maxLength={10} placeholder="如：东湖" />
      </Field>
      <CodeField col={half} {...committeeForm.item('kind', '调委会类型')} list={committeeKinds} />
      <Col {...half}>
        {kind === 'professional' && (
          <Form.Item {...committeeForm.item('field', '行业领域')} required dependencies={['kind']}>
            <CodeSelect list={committeeFields} />
          </Form.Item>
        )}
      </Col>
      <Field col={third} {...committeeForm.item('filingNumber', '备案编号')} dependencies={['filedOn']}>
        <Input maxLength={50} placeholder="未备案可不填" />
      </Field>
      <DateField col={third} {...committeeForm.item('filedOn', '备案日期')} dependencies={['filingNumber', 'foundedOn']} placeholder="与备案编号同填" />
      <DateField col={third} {...committeeForm.item('foundedOn', '成立日期')} />
      <Field col={twoThirds} {...committeeForm.item('address', '地址')}>
        <Input maxLength={100} />
      </Field>
      <PhoneField zform={committeeForm} col={third} />
      <NoteField zform={committeeForm} />
    </RecordForm>
  );
}
