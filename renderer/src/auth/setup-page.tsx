// 初始设置 (first run): the office profile when it does not exist yet, then the first 管理员; then the recovery code, once.
import { setupInput, type AuthStatus } from '@shared/schemas/auth';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Divider, Form, Input, Row, Typography } from 'antd';
import { useState } from 'react';
import { ApiCallError, call, errorMessage } from '../api/client';
import { OfficeFields, officeForm } from '../features/office/office-fields';
import { zodForm } from '../forms/zod-form';
import { AuthFrame } from './auth-frame';
import { RecoveryCodeView } from './recovery-code-view';
import { loadSession } from './session';

const adminForm = zodForm(setupInput.shape.admin);

export function SetupPage({ office }: { office: AuthStatus['office'] }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [saving, setSaving] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  const askOffice = office === null;

  const onFinish = async (values: Record<string, unknown>) => {
    const admin = adminForm.parse(values);
    const profile = askOffice ? officeForm.parse(values) : null;
    const errors = [...(admin.ok ? [] : admin.fields), ...(profile && !profile.ok ? profile.fields : [])];
    if (!admin.ok || (profile && !profile.ok)) {
      form.setFields(errors);
      return;
    }
    setSaving(true);
    try {
      const done = await call('auth.setup', { office: profile?.ok ? profile.data : null, admin: admin.data });
      queryClient.clear();
      setCode(done.recoveryCode);
    } catch (err) {
      const field = err instanceof ApiCallError ? err.field?.replace(/^(admin|office)\./, '') : undefined;
      if (field && [...adminForm.fields, ...officeForm.fields].includes(field)) form.setFields([{ name: field, errors: [errorMessage(err)] }]);
      else void message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  if (code) {
    return (
      <AuthFrame title="请保存恢复码" width={560}>
        <RecoveryCodeView code={code} onContinue={() => void loadSession()} />
      </AuthFrame>
    );
  }

  return (
    <AuthFrame title="初始设置" width={askOffice ? 920 : 480}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 24 }}
        title={
          askOffice
            ? '首次使用：请填写本所信息，并设置第一个管理员账户。'
            : `本所：${office.name}。请设置第一个管理员账户。`
        }
      />
      <Form form={form} name="setup" layout="vertical" onFinish={(v) => void onFinish(v as Record<string, unknown>)}>
        {askOffice && (
          <>
            <Typography.Title level={5}>本所信息</Typography.Title>
            <OfficeFields autoFocus />
            <Divider />
          </>
        )}
        <Typography.Title level={5}>管理员</Typography.Title>
        <Row gutter={24}>
          <Col xs={24} md={askOffice ? 12 : 24}>
            <Form.Item {...adminForm.item('username', '用户名')} extra="英文字母、数字、点、下划线或短横线，如 admin">
              <Input autoComplete="username" maxLength={32} autoFocus={!askOffice} />
            </Form.Item>
          </Col>
          <Col xs={24} md={askOffice ? 12 : 24}>
            <Form.Item {...adminForm.item('displayName', '姓名')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} md={askOffice ? 12 : 24}>
            <Form.Item {...adminForm.item('password', '密码')} extra="至少8个字符，同时包含字母和数字">
              <Input.Password autoComplete="new-password" maxLength={128} />
            </Form.Item>
          </Col>
          <Col xs={24} md={askOffice ? 12 : 24}>
            <Form.Item {...adminForm.item('confirm', '确认密码')} dependencies={['password']}>
              <Input.Password autoComplete="new-password" maxLength={128} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={saving} block>
          完成设置
        </Button>
      </Form>
    </AuthFrame>
  );
}
