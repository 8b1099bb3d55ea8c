// 解锁: the modal over a locked app (idle or 锁定); only the password or 切换用户 gets past it. The page underneath stays
// as it was but hidden: the mask is opaque (styles.css .unlock-mask), so an open record's full ID numbers cannot be read.
import type { SessionUser } from '@shared/schemas/auth';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { ApiCallError, call, errorMessage } from '../api/client';
import { requireLogin, signedIn } from './session';
import { unlockFailure } from './session-rules';
import { SubmitButton } from '../components/submit-button';

export function UnlockDialog({ user }: { user: SessionUser }) {
  const [form] = Form.useForm<{ password?: string }>();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const unlock = async ({ password = '' }: { password?: string }) => {
    setBusy(true);
    setError(null);
    try {
      const again = await call('auth.unlock', { password });
      signedIn(again);
      // Whatever failed while locked loads again.
      void queryClient.invalidateQueries();
    } catch (err) {
      const failure = unlockFailure(err instanceof ApiCallError ? { code: err.code, message: err.message } : { message: errorMessage(err) });
      if ('login' in failure) {
        // The account was reset or disabled (or the data restored) meanwhile: no password unlocks it, log in again.
        queryClient.clear();
        requireLogin(failure.login);
        return;
      }
      setError(failure.error);
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  };

  const switchUser = async () => {
    try {
      await call('auth.logout', {});
    } catch {
      // The session may be gone already: the login page is right either way.
    }
    queryClient.clear();
    requireLogin();
  };

  return (
    <Modal
      open
      title="已锁定"
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      classNames={{ mask: 'unlock-mask' }}
      footer={null}
      width={400}
    >
      <Typography.Paragraph>
        长时间未操作，已锁定。{user.displayName}（{user.username}）请输入密码解锁。
      </Typography.Paragraph>
      <Form form={form} name="unlock" layout="vertical" onFinish={(v) => void unlock(v)}>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请填写密码' }]}>
          <Input.Password autoComplete="current-password" maxLength={128} autoFocus />
        </Form.Item>
        {error && <Alert role="alert" type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Flex gap={8} justify="end">
          <Button onClick={() => void switchUser()}>切换用户</Button>
          <SubmitButton busy={busy}>解锁</SubmitButton>
        </Flex>
      </Form>
    </Modal>
  );
}
