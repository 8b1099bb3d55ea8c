// The office profile form (司法所名称, 机构代码, …), validated with the shared officeInput schema.
import { officeInput, type Office } from '@shared/schemas/office';
import { Alert, App, Button, Card, Col, Form, Input, Row } from 'antd';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { useSaveOffice } from './use-office';
import { submitWithSchema } from '../../forms/submit';

const officeForm = zodForm(officeInput);
type OfficeValues = FormValues<typeof officeInput>;

function toValues(office: Office | null): OfficeValues {
  if (!office) return {};
  const { name, code, district, township, address, head, phone } = office;
  return { name, code, district, township, address, head, phone };
}

export function OfficeForm({ office }: { office: Office | null }) {
  const [form] = Form.useForm<OfficeValues>();
  const save = useSaveOffice();
  const { message } = App.useApp();

  const onFinish = (values: OfficeValues) =>
    void submitWithSchema(officeForm, form, values, (data) => save.mutateAsync(data), {
      message,
      onSaved: (saved) => form.setFieldsValue(toValues(saved)),
    });

  return (
    <Card title="本所信息" style={{ maxWidth: 920 }}>
      {office === null && (
        <Alert
          type="info"
          showIcon
          title="首次使用：请先填写并保存本所的基本信息。机构代码填写本街道（乡镇）的行政区划代码。"
          style={{ marginBottom: 24 }}
        />
      )}
      <Form<OfficeValues>
        form={form}
        name="office"
        layout="vertical"
        initialValues={toValues(office)}
        onFinish={onFinish}
      >
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item {...officeForm.item('name', '司法所名称')}>
              <Input placeholder="如：某某街道司法所" maxLength={50} autoFocus={office === null} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item {...officeForm.item('code', '机构代码')} extra="本街道（乡镇）的行政区划代码，9位或12位数字">
              <Input placeholder="如：110105001" maxLength={12} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item {...officeForm.item('district', '所属区县')}>
              <Input placeholder="如：朝阳区" maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item {...officeForm.item('township', '街道（乡镇）')}>
              <Input placeholder="如：某某街道" maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item {...officeForm.item('address', '地址')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item {...officeForm.item('head', '所长')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item {...officeForm.item('phone', '联系电话')}>
              <Input placeholder="手机或区号-座机号" maxLength={30} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            保存
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
