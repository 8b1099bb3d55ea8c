// The add/edit form for one training record, validated with the shared staffTrainingInput schema.
import { trainingKinds } from '@shared/codes';
import { staffTrainingInput, type StaffTraining } from '@shared/schemas/staff-training';
import { App, Col, Form, Input, InputNumber, Row } from 'antd';
import { useEffect } from 'react';
import { CodeSelect, IsoDatePicker, isoDateItemProps } from '../../forms/field-inputs';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { useSaveTraining } from './use-staff-training';
import { FormFooter } from '../../forms/form-footer';
import { submitWithSchema } from '../../forms/submit';

const trainingForm = zodForm(staffTrainingInput);
const FORM_NAME = 'staffTraining';

export type TrainingValues = FormValues<typeof staffTrainingInput>;

export function trainingToValues(t: StaffTraining): TrainingValues {
  const { title, kind, startDate, endDate, hours, organizer, note } = t;
  return { title, kind, startDate, endDate, hours, organizer, note };
}

interface Props {
  staffId: number;
  /** null: a new record for the person. */
  id: number | null;
  initialValues: TrainingValues;
  onDone: () => void;
  /** Called on every edit, so the dialog knows there is something to lose. */
  onChange?: () => void;
}

export function TrainingForm({ staffId, id, initialValues, onDone, onChange }: Props) {
  const [form] = Form.useForm<TrainingValues>();
  const save = useSaveTraining(staffId);
  const { message } = App.useApp();

  useEffect(() => {
    // Not `autoFocus`: over the drawer, its focus trap would take the focus back before the modal's own trap
    // starts. So 培训名称 gets the cursor after this commit's effects, unless the user is already in a field.
    const timer = window.setTimeout(() => {
      const active = document.activeElement;
      if (!(active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement)) form.focusField('title');
    });
    return () => window.clearTimeout(timer);
  }, [form]);

  const onFinish = (values: TrainingValues) =>
    void submitWithSchema(trainingForm, form, values, (data) => save.mutateAsync({ id, data }), {
      message,
      onSaved: onDone,
      errorPrefix: 'data.',
    });

  return (
    <Form<TrainingValues>
      form={form}
      name={FORM_NAME}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onChange}
      scrollToFirstError
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item {...trainingForm.item('title', '培训名称')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...trainingForm.item('kind', '培训类型')}>
            <CodeSelect list={trainingKinds} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...trainingForm.item('organizer', '主办单位')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item {...trainingForm.item('startDate', '开始日期')} {...isoDateItemProps}>
            <IsoDatePicker placeholder="请选择日期" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item {...trainingForm.item('endDate', '结束日期')} {...isoDateItemProps} dependencies={['startDate']}>
            <IsoDatePicker placeholder="当天结束可不填" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item {...trainingForm.item('hours', '学时')}>
            <InputNumber style={{ width: '100%' }} placeholder="整数，可不填" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item {...trainingForm.item('note', '备注')}>
            <Input.TextArea rows={2} maxLength={500} showCount />
          </Form.Item>
        </Col>
      </Row>
      <FormFooter onCancel={onDone} saving={save.isPending} />
    </Form>
  );
}
