// The add/edit form for one staff member, validated with the shared staffInput schema.
import { educations, ethnicities, politicalStatuses, postSuggestions, staffingTypes } from '@shared/codes';
import { staffInput, type Staff } from '@shared/schemas/staff';
import { App, AutoComplete, Col, Form, Input, Row } from 'antd';
import { CodeSelect, IsoDatePicker, isoDateItemProps } from '../../forms/field-inputs';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { IdDerivedFields } from './staff-fields';
import { useSaveStaff } from './use-staff';
import { FormFooter } from '../../forms/form-footer';
import { submitWithSchema } from '../../forms/submit';

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
  const { message } = App.useApp();

  const onFinish = (values: StaffValues) =>
    void submitWithSchema(staffForm, form, values, (data) => save.mutateAsync({ id, data }), {
      message,
      onSaved: onDone,
      errorPrefix: 'data.',
    });

  return (
    <Form<StaffValues>
      form={form}
      name={FORM_NAME}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onChange}
      scrollToFirstError
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item {...staffForm.item('name', '姓名')}>
            <Input autoFocus maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item {...staffForm.item('idNumber', '身份证号码')} validateDebounce={400}>
            <Input maxLength={24} placeholder="18位，末位可为X" />
          </Form.Item>
        </Col>
        <IdDerivedFields form={form} idPrefix={FORM_NAME} />
        <Col xs={24} md={8}>
          <Form.Item {...staffForm.item('ethnicity', '民族')}>
            <CodeSelect list={ethnicities} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item {...staffForm.item('politicalStatus', '政治面貌')}>
            <CodeSelect list={politicalStatuses} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item {...staffForm.item('education', '学历')}>
            <CodeSelect list={educations} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item {...staffForm.item('staffingType', '编制类型')}>
            <CodeSelect list={staffingTypes} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item {...staffForm.item('post', '职务')}>
            <AutoComplete
              options={postOptions}
              placeholder="可从列表选择或直接填写"
              showSearch={{ filterOption: (input, option) => String(option?.value ?? '').includes(input.trim()) }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item {...staffForm.item('startDate', '到所工作时间')} {...isoDateItemProps} dependencies={['idNumber']}>
            <IsoDatePicker placeholder="请选择日期" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item {...staffForm.item('phone', '联系电话')} validateDebounce={400}>
            <Input placeholder="手机或区号-座机号" maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item {...staffForm.item('note', '备注')}>
            <Input.TextArea rows={2} maxLength={500} showCount />
          </Form.Item>
        </Col>
      </Row>
      <FormFooter onCancel={onDone} saving={save.isPending} />
    </Form>
  );
}
