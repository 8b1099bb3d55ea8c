// 重设密码 of one account (admin): 新密码, 确认新密码; the user then logs in with it.
import { userResetPasswordInput, type User } from '@shared/schemas/auth';
import { App, Form, Input } from 'antd';
import { FormDialog } from '../../forms/form-dialog';
import { FormFooter } from '../../forms/form-footer';
import { submitWithSchema } from '../../forms/submit';
import { zodForm } from '../../forms/zod-form';
import { useResetPassword } from './use-users';

const resetForm = zodForm(userResetPasswordInput);

function ResetForm({ user, onDone, onChange }: { user: User; onDone: () => void; onChange: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const reset = useResetPassword();
  const onFinish = (values: unknown) =>
    void submitWithSchema(resetForm, form, { ...(values as object), id: user.id }, (data) => reset.mutateAsync(data), {
      message,
      onSaved: onDone,
    });
  return (
    <Form form={form} name="userReset" layout="vertical" onFinish={onFinish} onValuesChange={onChange}>
      <Form.Item {...resetForm.item('password', '新密码')} extra="至少8个字符，同时包含字母和数字；请当面告知本人">
        <Input.Password autoComplete="new-password" maxLength={128} autoFocus />
      </Form.Item>
      <Form.Item {...resetForm.item('confirm', '确认新密码')} dependencies={['password']}>
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <FormFooter onCancel={onDone} saving={reset.isPending} />
    </Form>
  );
}

export function ResetPasswordDialog({ user, onClose }: { user: User | null; onClose: () => void }) {
  return (
    <FormDialog open={user !== null} title={`重设密码：${user?.displayName ?? ''}（${user?.username ?? ''}）`} width={440} onClose={onClose}>
      {(slot) => user && <ResetForm user={user} {...slot} />}
    </FormDialog>
  );
}
