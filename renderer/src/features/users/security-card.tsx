// 安全设置 on 账户管理: 空闲锁定（分钟）, the idle time after which every session locks.
import { securitySettings } from '@shared/schemas/auth';
import { App, Button, Card, Form, InputNumber, Skeleton, Space } from 'antd';
import { QueryError } from '../../components/query-error';
import { submitWithSchema } from '../../forms/submit';
import { zodForm } from '../../forms/zod-form';
import { useSaveSecurity, useSecurity } from './use-users';

const securityForm = zodForm(securitySettings);

export function SecurityCard() {
  const settings = useSecurity();
  const save = useSaveSecurity();
  const [form] = Form.useForm();
  const { message } = App.useApp();

  let body;
  if (settings.isPending) body = <Skeleton active paragraph={{ rows: 1 }} />;
  else if (settings.isError) body = <QueryError title="安全设置加载失败" error={settings.error} onRetry={() => void settings.refetch()} />;
  else
    body = (
      <Form
        form={form}
        name="security"
        layout="inline"
        initialValues={settings.data}
        onFinish={(values) => void submitWithSchema(securityForm, form, values, (data) => save.mutateAsync(data), { message, onSaved: () => undefined })}
      >
        <Form.Item {...securityForm.item('idleLockMinutes', '空闲锁定（分钟）')} extra="超过这段时间没有键盘和鼠标操作，程序自动锁定，需要输入密码解锁">
          <InputNumber min={1} max={240} precision={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              保存
            </Button>
          </Space>
        </Form.Item>
      </Form>
    );
  return <Card title="安全设置">{body}</Card>;
}
