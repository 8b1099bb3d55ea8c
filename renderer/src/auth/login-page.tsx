// 登录: 用户名 and 密码 (Enter submits), the refusal under the form; 忘记密码 opens the recovery form.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../api/client';
import { AuthFrame } from './auth-frame';
import { RecoverForm } from './recover-form';
import { signedIn } from './session';
import { SubmitButton } from '../components/submit-button';

interface LoginValues {
  username?: string;
  password?: string;
}

export function LoginPage({ notice }: { notice: string | null }) {
  const [form] = Form.useForm<LoginValues>();
  const queryClient = useQueryClient();
  const [recovering, setRecovering] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (recovering) return <RecoverForm onBack={() => setRecovering(false)} />;

  const onFinish = async ({ username = '', password = '' }: LoginValues) => {
    setBusy(true);
    setError(null);
    try {
      const user = await call('auth.login', { username, password });
      queryClient.clear();
      signedIn(user);
    } catch (err) {
      setError(errorMessage(err));
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthFrame title="登录">
      {notice && !error && <Alert type="info" showIcon title={notice} style={{ marginBottom: 16 }} />}
      <Form form={form} name="login" layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请填写用户名' }]}>
          <Input autoComplete="username" maxLength={64} autoFocus />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请填写密码' }]}>
          <Input.Password autoComplete="current-password" maxLength={128} />
        </Form.Item>
        <SubmitButton busy={busy} block>登录</SubmitButton>
      </Form>
      {error && <Alert role="alert" type="error" showIcon title={error} style={{ marginTop: 16 }} />}
      <div style={{ marginTop: 16, textAlign: 'right' }}>
        <Typography.Link onClick={() => setRecovering(true)}>忘记密码</Typography.Link>
      </div>
    </AuthFrame>
  );
}
