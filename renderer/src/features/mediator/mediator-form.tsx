// The add/edit form for one mediator, validated with the shared mediatorInput schema.
import { mediatorEmployments } from '@shared/register-codes';
import { mediatorInput, mediatorTitleSuggestions, type Mediator } from '@shared/schemas/mediator';
import { AutoComplete, Checkbox, Form, Input, Radio } from 'antd';
import { codeOptions } from '../../forms/field-inputs';
import { RecordForm, useRecordSubmit } from '../../forms/record-form';
import { DateField, Field, half, NoteField, PhoneField, third, twoThirds } from '../../forms/record-fields';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { PersonFields } from '../staff/staff-fields';
import { CommitteeSelect } from './committee-select';
import { useSaveMediator } from './use-mediator';

const mediatorForm = zodForm(mediatorInput);
const FORM_NAME = 'mediator';

export type MediatorValues = FormValues<typeof mediatorInput>;

export const newMediatorValues: MediatorValues = { ethnicity: '01', employment: 'partTime', inExpertPool: false };

export function mediatorToValues(m: Mediator): MediatorValues {
  const { id: _id, gender: _g, birthDate: _b, committeeName: _c, createdAt: _ca, updatedAt: _u, ...values } = m;
  return values;
}

const titleOptions = mediatorTitleSuggestions.map((value) => ({ value }));
const employmentOptions = codeOptions(mediatorEmployments);

interface Props {
  /** null: a new mediator. */
  id: number | null;
  initialValues: MediatorValues;
  onDone: () => void;
  onChange?: () => void;
}

export function MediatorForm({ id, initialValues, onDone, onChange }: Props) {
  const [form] = Form.useForm<MediatorValues>();
  const save = useSaveMediator();
  const inPool: unknown = Form.useWatch('inExpertPool', form);
  const onFinish = useRecordSubmit(mediatorForm, form, (data) => save.mutateAsync({ id, data }), onDone);

  return (
    <RecordForm<MediatorValues>
      form={form}
      name={FORM_NAME}
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onChange}
      onCancel={onDone}
      saving={save.isPending}
    >
      <PersonFields zform={mediatorForm} form={form} idPrefix={FORM_NAME} />
      <PhoneField zform={mediatorForm} col={third} />
      <Field col={half} {...mediatorForm.item('committeeId', '所属调委会')}>
        <CommitteeSelect />
      </Field>
      <Field col={third} {...mediatorForm.item('employment', '专兼职')}>
        <Radio.Group options={employmentOptions} optionType="button" buttonStyle="solid" />
      </Field>
      <Field col={third} {...mediatorForm.item('title', '职称')}>
        <AutoComplete
          options={titleOptions}
          placeholder="试点地区填写，可不填"
          showSearch={{ filterOption: (input, option) => String(option?.value ?? '').includes(input.trim()) }}
        />
      </Field>
      <DateField col={third} {...mediatorForm.item('startedOn', '任职日期')} dependencies={['idNumber']} />
      <DateField col={third} {...mediatorForm.item('leftOn', '离任日期')} dependencies={['startedOn']} placeholder="在任不填" />
      <Field {...mediatorForm.item('qualifications', '专业资质')}>
        <Input maxLength={200} placeholder="如法律职业资格、心理咨询师等，可不填" />
      </Field>
      <Field col={third} {...mediatorForm.item('inExpertPool', '专家库')} valuePropName="checked">
        <Checkbox>已入选专家人才库</Checkbox>
      </Field>
      {inPool === true && (
        <Field col={twoThirds} {...mediatorForm.item('expertField', '专长领域')} required preserve={false} dependencies={['inExpertPool']}>
          <Input maxLength={50} placeholder="如婚姻家庭、医疗、劳动、物业" />
        </Field>
      )}
      <NoteField zform={mediatorForm} />
    </RecordForm>
  );
}
