// 修改密码: 当前密码, 新密码, 确认新密码 for the logged-in user.
import { changePasswordInput } from '@shared/schemas/auth';
import { App, Button, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { call } from '../api/client';
import { showServerError } from '../forms/server-error';
import { zodForm } from '../forms/zod-form';
import { SubmitButton } from '../components/submit-button';

const passwordForm = zodForm(changePasswordInput);

export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: unknown) => {
    const parsed = passwordForm.parse(values);
    if (!parsed.ok) {
      form.setFields(parsed.fields);
      return;
    }
    setBusy(true);
    try {
      await call('auth.changePassword', parsed.data);
      void message.success('密码已修改');
      onClose();
    } catch (err) {
      showServerError(form, passwordForm.fields, err, message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title="修改密码" footer={null} onCancel={onClose} destroyOnHidden width={420} mask={{ closable: false }}>
      <Form form={form} name="changePassword" layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Form.Item {...passwordForm.item('current', '当前密码')}>
          <Input.Password autoComplete="current-password" maxLength={128} autoFocus />
        </Form.Item>
        <Form.Item {...passwordForm.item('password', '新密码')} extra="至少8个字符，同时包含字母和数字">
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item {...passwordForm.item('confirm', '确认新密码')} dependencies={['password']}>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Flex gap={8} justify="end">
          <Button onClick={onClose}>取消</Button>
          <SubmitButton busy={busy}>保存</SubmitButton>
        </Flex>
      </Form>
    </Modal>
  );
}
