// The add/edit form for one discipline event (Art.15); a removal or dismissal reminds that 离任日期 is set separately.
import { disciplineKinds, disciplineReasons } from '@shared/register-codes';
import { leavingDisciplineKinds, mediatorDisciplineInput, type MediatorDiscipline } from '@shared/schemas/mediator-discipline';
import { Alert, Col, Form, Input } from 'antd';
import { RecordForm, useFocusAfterOpen, useRecordSubmit } from '../../forms/record-form';
import { CodeField, DateField, Field, half } from '../../forms/record-fields';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { useSaveDiscipline } from './use-mediator-records';

const disciplineForm = zodForm(mediatorDisciplineInput);

export type DisciplineValues = FormValues<typeof mediatorDisciplineInput>;

export function disciplineToValues(d: MediatorDiscipline): DisciplineValues {
  const { occurredOn, kind, reason, detail } = d;
  return { occurredOn, kind, reason, detail };
}

interface Props {
  mediatorId: number;
  /** The mediator is still in post: a removal or dismissal then suggests setting 离任日期. */
  inPost: boolean;
  id: number | null;
  initialValues: DisciplineValues;
  onDone: (saved: MediatorDiscipline | null) => void;
  onChange?: () => void;
}

export function DisciplineForm({ mediatorId, inPost, id, initialValues, onDone, onChange }: Props) {
  const [form] = Form.useForm<DisciplineValues>();
  const save = useSaveDiscipline(mediatorId);
  const kind: unknown = Form.useWatch('kind', form);
  useFocusAfterOpen(form, 'occurredOn');
  const leaving = inPost && typeof kind === 'string' && leavingDisciplineKinds.includes(kind);
  const onFinish = useRecordSubmit(disciplineForm, form, (data) => save.mutateAsync({ id, data }), onDone);

  return (
    <RecordForm<DisciplineValues>
      form={form}
      name="mediatorDiscipline"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onChange}
      onCancel={() => onDone(null)}
      saving={save.isPending}
    >
      <DateField col={half} {...disciplineForm.item('occurredOn', '处理日期')} />
      <CodeField col={half} {...disciplineForm.item('kind', '处理方式')} list={disciplineKinds} />
      <CodeField {...disciplineForm.item('reason', '事由')} extra="《人民调解法》第十五条所列行为" list={disciplineReasons} />
      <Field {...disciplineForm.item('detail', '具体情况')} dependencies={['reason']}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Field>
      {leaving && (
        <Col span={24}>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="罢免、解聘后该调解员不再任职"
            description="离任日期不会自动填写；保存后可一键把离任日期设为处理日期。"
          />
        </Col>
      )}
    </RecordForm>
  );
}
