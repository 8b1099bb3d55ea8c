// The add/edit form of a 三会一课 meeting, validated with the shared cpcMeetingInput schema (attendance must add up).
import { cpcMeetingKinds } from '@shared/register-codes';
import { cpcMeetingInput, type CpcMeeting } from '@shared/schemas/cpc-meeting';
import { Form, Input, InputNumber, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { RecordForm, useRecordSubmit } from '../../forms/record-form';
import { CodeField, DateField, Field, third, twoThirds } from '../../forms/record-fields';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { AbsenteesInput, useAbsenteeRows } from './absentees-input';
import { BranchSelect } from './branch-select';
import { useSaveMeeting } from './use-cpc';

const meetingForm = zodForm(cpcMeetingInput);
export type MeetingValues = FormValues<typeof cpcMeetingInput>;

export function meetingToValues(m: CpcMeeting): MeetingValues {
  const { id: _id, branchName: _b, createdAt: _c, updatedAt: _u, ...values } = m;
  return values;
}

/** A TimePicker over an 'HH:MM' string kept in the form store. */
const timeItemProps = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value, 'HH:mm') : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('HH:mm') : null),
};

interface Props {
  id: number | null;
  initialValues: MeetingValues;
  onDone: () => void;
  onChange: () => void;
}

export function MeetingForm({ id, initialValues, onDone, onChange }: Props) {
  const [form] = Form.useForm<MeetingValues>();
  const save = useSaveMeeting();
  const expected: unknown = Form.useWatch('expectedCount', form);
  const present: unknown = Form.useWatch('presentCount', form);
  const expectedAbsent = typeof expected === 'number' && typeof present === 'number' ? expected - present : null;
  const onFinish = useRecordSubmit(meetingForm, form, (data) => save.mutateAsync({ id, data }), onDone);
  const absentees = useAbsenteeRows(form);

  return (
    <RecordForm<MeetingValues>
      form={form}
      name="cpcMeeting"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onChange}
      onCancel={onDone}
      onSubmitCapture={absentees.finishAll}
      saving={save.isPending}
    >
      <CodeField col={third} {...meetingForm.item('kind', '会议类型')} list={cpcMeetingKinds} select={{ autoFocus: true }} />
      <DateField col={third} {...meetingForm.item('heldOn', '会议日期')} />
      <Field col={third} {...meetingForm.item('startTime', '开始时间')} {...timeItemProps}>
        <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} placeholder="可不填" />
      </Field>
      <Field col={third} {...meetingForm.item('branchId', '党支部')}>
        <BranchSelect />
      </Field>
      <Field col={twoThirds} {...meetingForm.item('place', '会议地点')}>
        <Input maxLength={100} />
      </Field>
      <Field col={third} {...meetingForm.item('host', '主持人')}>
        <Input maxLength={30} />
      </Field>
      <Field col={third} {...meetingForm.item('recorder', '记录人')}>
        <Input maxLength={30} />
      </Field>
      <Field col={third} {...meetingForm.item('guests', '列席人员')}>
        <Input maxLength={200} placeholder="可不填" />
      </Field>
      <Field col={third} {...meetingForm.item('expectedCount', '应到人数')}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Field>
      <Field col={third} {...meetingForm.item('presentCount', '实到人数')} dependencies={['expectedCount']}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Field>
      <Field {...meetingForm.item('absentees', '缺席人员及原因', absentees.defer)} dependencies={['expectedCount', 'presentCount']}>
        <AbsenteesInput expectedAbsent={expectedAbsent} rows={absentees} />
      </Field>
      <Field {...meetingForm.item('topics', '会议议题')}>
        <Input.TextArea rows={2} maxLength={1000} showCount />
      </Field>
      <Field {...meetingForm.item('summary', '内容摘要')}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Field>
      <Field {...meetingForm.item('resolutions', '决议或表决结果')}>
        <Input.TextArea rows={2} maxLength={2000} showCount />
      </Field>
    </RecordForm>
  );
}
