// The office profile form (司法所名称, 机构代码, …), validated with the shared officeInput schema; read-only without office.save.
import type { Office } from '@shared/schemas/office';
import { Alert, App, Button, Card, Form } from 'antd';
import { useCan } from '../../auth/use-can';
import type { FormValues } from '../../forms/zod-form';
import type { officeInput } from '@shared/schemas/office';
import { useSaveOffice } from './use-office';
import { submitWithSchema } from '../../forms/submit';
import { OfficeFields, officeForm } from './office-fields';

type OfficeValues = FormValues<typeof officeInput>;

function toValues(office: Office | null): OfficeValues {
  if (!office) return {};
  const { name, code, district, township, address, head, phone } = office;
  return { name, code, district, township, address, head, phone };
}

export function OfficeForm({ office }: { office: Office | null }) {
  const [form] = Form.useForm<OfficeValues>();
  const save = useSaveOffice();
  const canSave = useCan('office.save');
  const { message } = App.useApp();

  const onFinish = (values: OfficeValues) =>
    void submitWithSchema(officeForm, form, values, (data) => save.mutateAsync(data), {
      message,
      onSaved: (saved) => form.setFieldsValue(toValues(saved)),
    });

  return (
    <Card title="本所信息" style={{ maxWidth: 920 }}>
      {office === null && canSave && (
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
        disabled={!canSave}
      >
        <OfficeFields autoFocus={office === null && canSave} />
        {canSave && (
          <Form.Item style={{ marginBottom: 0 }}>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              保存
            </Button>
          </Form.Item>
        )}
      </Form>
    </Card>
  );
}
