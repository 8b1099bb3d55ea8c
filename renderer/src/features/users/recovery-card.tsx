// 恢复码 on 账户管理 (admin): issue a new recovery code after the admin's own password; shown once.
import { App, Button, Card, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { RecoveryCodeView } from '../../auth/recovery-code-view';

export function RecoveryCard() {
  const [form] = Form.useForm<{ password?: string }>();
  const { message } = App.useApp();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<string | null>(null);

  const close = () => {
    setAsking(false);
    setCode(null);
    form.resetFields();
  };

  const issue = async ({ password = '' }: { password?: string }) => {
    setBusy(true);
    try {
      setCode((await call('auth.newRecoveryCode', { password })).recoveryCode);
    } catch (err) {
      form.setFields([{ name: 'password', errors: [errorMessage(err)] }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="恢复码">
      <Typography.Paragraph type="secondary">
        管理员忘记密码时凭恢复码重设。恢复码遗失或可能被他人看到时，请重新生成：旧的恢复码随即作废。
      </Typography.Paragraph>
      <Button onClick={() => setAsking(true)}>重新生成恢复码</Button>
      <Modal
        open={asking}
        title="重新生成恢复码"
        footer={null}
        width={code ? 560 : 420}
        closable={code === null}
        mask={{ closable: false }}
        keyboard={code === null}
        onCancel={close}
        destroyOnHidden
      >
        {code ? (
          <RecoveryCodeView
            code={code}
            continueLabel="完成"
            onContinue={() => {
              close();
              void message.success('新的恢复码已生效');
            }}
          />
        ) : (
          <Form form={form} name="newRecoveryCode" layout="vertical" onFinish={(v) => void issue(v)}>
            <Form.Item name="password" label="当前密码" rules={[{ required: true, message: '请填写密码' }]} extra="为确认是您本人操作，请输入您的登录密码">
              <Input.Password autoComplete="current-password" maxLength={128} autoFocus />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} block>
              生成新的恢复码
            </Button>
          </Form>
        )}
      </Modal>
    </Card>
  );
}
