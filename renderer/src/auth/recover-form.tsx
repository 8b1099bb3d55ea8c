// 用恢复码重设管理员密码: 用户名, 恢复码, 新密码, 确认新密码 → 重设密码, then the new recovery code, once.
import { recoverInput } from '@shared/schemas/auth';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../api/client';
import { zodForm } from '../forms/zod-form';
import { AuthFrame } from './auth-frame';
import { RecoveryCodeView } from './recovery-code-view';
import { loadSession } from './session';
import { SubmitButton } from '../components/submit-button';

const recoverForm = zodForm(recoverInput);

export function RecoverForm({ onBack }: { onBack: () => void }) {
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(null);

  if (code) {
    return (
      <AuthFrame title="密码已重设，请保存新的恢复码" width={560}>
        <RecoveryCodeView code={code} onContinue={() => void loadSession()} />
      </AuthFrame>
    );
  }

  const onFinish = async (values: unknown) => {
    const parsed = recoverForm.parse(values);
    if (!parsed.ok) {
      form.setFields(parsed.fields);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const done = await call('auth.recover', parsed.data);
      queryClient.clear();
      setCode(done.recoveryCode);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthFrame title="用恢复码重设管理员密码">
      <Typography.Paragraph type="secondary">
        管理员忘记密码时，凭初始设置（或上次重设）时保存的恢复码重设。其他账户忘记密码请联系管理员重设。
      </Typography.Paragraph>
      <Form form={form} name="recover" layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Form.Item {...recoverForm.item('username', '用户名')}>
          <Input autoComplete="username" maxLength={64} autoFocus />
        </Form.Item>
        <Form.Item {...recoverForm.item('recoveryCode', '恢复码')}>
          <Input autoComplete="off" maxLength={64} placeholder="XXXX-XXXX-XXXX-XXXX-XXXX" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item {...recoverForm.item('password', '新密码')} extra="至少8个字符，同时包含字母和数字">
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item {...recoverForm.item('confirm', '确认新密码')} dependencies={['password']}>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <SubmitButton busy={busy} block>重设密码</SubmitButton>
      </Form>
      {error && <Alert role="alert" type="error" showIcon title={error} style={{ marginTop: 16 }} />}
      <div style={{ marginTop: 16, textAlign: 'right' }}>
        <Typography.Link onClick={onBack}>返回登录</Typography.Link>
      </div>
    </AuthFrame>
  );
}
