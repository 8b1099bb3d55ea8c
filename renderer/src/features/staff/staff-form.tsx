// The add/edit form for one staff member, validated with the shared staffInput schema.
import { postSuggestions, staffingTypes } from '@shared/codes';
import { staffInput, type Staff } from '@shared/schemas/staff';
import { AutoComplete, Form } from 'antd';
import { RecordForm, useRecordSubmit } from '../../forms/record-form';
import { CodeField, DateField, Field, NoteField, PhoneField, third } from '../../forms/record-fields';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { PersonFields } from './staff-fields';
import { useSaveStaff } from './use-staff';

const staffForm = zodForm(staffInput);
const FORM_NAME = 'staff';

export type StaffValues = FormValues<typeof staffInput>;

export const newStaffValues: StaffValues = { ethnicity: '01' };

export function staffToValues(s: Staff): StaffValues {
  const { name, idNumber, ethnicity, politicalStatus, education, post, staffingType, startDate, phone, note } = s;
  return { name, idNumber, ethnicity, politicalStatus, education, post, staffingType, startDate, phone, note };
}

const postOptions = postSuggestions.map((value) => ({ value }));

interface Props {
  /** null: a new staff member. */
  id: number | null;
  initialValues: StaffValues;
  onDone: () => void;
  /** Called on every edit, so the dialog knows there is something to lose. */
  onChange?: () => void;
}

export function StaffForm({ id, initialValues, onDone, onChange }: Props) {
  const [form] = Form.useForm<StaffValues>();
  const save = useSaveStaff();
  const onFinish = useRecordSubmit(staffForm, form, (data) => save.mutateAsync({ id, data }), onDone);

  return (
    <RecordForm<StaffValues>
      form={form}
      name={FORM_NAME}
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onChange}
      onCancel={onDone}
      saving={save.isPending}
    >
      <PersonFields zform={staffForm} form={form} idPrefix={FORM_NAME} />
      <CodeField col={third} {...staffForm.item('staffingType', '编制类型')} list={staffingTypes} />
      <Field col={third} {...staffForm.item('post', '职务')}>
        <AutoComplete
          options={postOptions}
          placeholder="可从列表选择或直接填写"
          showSearch={{ filterOption: (input, option) => String(option?.value ?? '').includes(input.trim()) }}
        />
      </Field>
      <DateField col={third} {...staffForm.item('startDate', '到所工作时间')} dependencies={['idNumber']} />
      <PhoneField zform={staffForm} col={third} />
      <NoteField zform={staffForm} />
    </RecordForm>
  );
}
