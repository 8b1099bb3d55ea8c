// The add/edit form for one joint activity; the partner select offers only partners of the page's kind.
import type { CodeItem } from '@shared/codes';
import { jointActivityInput, type JointActivity } from '@shared/schemas/joint-activity';
import type { PartnerUnitOption } from '@shared/schemas/partner-unit';
import { Form, Input, InputNumber, Select } from 'antd';
import { RecordForm, useRecordSubmit } from '../../forms/record-form';
import { CodeField, DateField, Field, half, quarter } from '../../forms/record-fields';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { useSaveActivity } from './use-joint';

const activityForm = zodForm(jointActivityInput);

export type ActivityValues = FormValues<typeof jointActivityInput>;

export function activityToValues(a: JointActivity): ActivityValues {
  const { partnerUnitId, heldOn, kind, place, ourParticipants, partnerParticipants, summary, results, casesCount, note } = a;
  return { partnerUnitId, heldOn, kind, place, ourParticipants, partnerParticipants, summary, results, casesCount, note };
}

interface Props {
  /** null: a new activity. */
  id: number | null;
  initialValues: ActivityValues;
  partners: readonly PartnerUnitOption[];
  kinds: readonly CodeItem[];
  partnerLabel: string;
  onDone: () => void;
  onChange?: () => void;
}

export function ActivityForm({ id, initialValues, partners, kinds, partnerLabel, onDone, onChange }: Props) {
  const [form] = Form.useForm<ActivityValues>();
  const save = useSaveActivity();
  const onFinish = useRecordSubmit(activityForm, form, (data) => save.mutateAsync({ id, data }), onDone);

  return (
    <RecordForm<ActivityValues>
      form={form}
      name="jointActivity"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onChange}
      onCancel={onDone}
      saving={save.isPending}
    >
      <Field col={half} {...activityForm.item('partnerUnitId', partnerLabel)}>
        <Select
          autoFocus
          placeholder="请选择"
          virtual={false}
          showSearch={{ optionFilterProp: 'label' }}
          options={partners.map((p) => ({ value: p.id, label: p.name }))}
        />
      </Field>
      <DateField col={quarter} {...activityForm.item('heldOn', '活动日期')} />
      <CodeField col={quarter} {...activityForm.item('kind', '活动类型')} list={kinds} />
      <Field col={half} {...activityForm.item('place', '活动地点')}>
        <Input maxLength={100} />
      </Field>
      <Field col={half} {...activityForm.item('casesCount', '涉及案件数')}>
        <InputNumber min={0} max={9999} precision={0} style={{ width: '100%' }} placeholder="可不填" />
      </Field>
      <Field col={half} {...activityForm.item('ourParticipants', '本所参加人员')}>
        <Input maxLength={200} placeholder="多人用顿号分隔" />
      </Field>
      <Field col={half} {...activityForm.item('partnerParticipants', '对方参加人员')}>
        <Input maxLength={200} placeholder="多人用顿号分隔" />
      </Field>
      <Field {...activityForm.item('summary', '内容摘要')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Field>
      <Field {...activityForm.item('results', '成效')}>
        <Input.TextArea rows={2} maxLength={1000} showCount />
      </Field>
      <Field {...activityForm.item('note', '备注')}>
        <Input.TextArea rows={1} maxLength={500} />
      </Field>
    </RecordForm>
  );
}
