// 新增账户 (用户名, 姓名, 角色, 密码, 确认密码) and 编辑 (姓名, 角色, 停用) of 账户管理.
import { roleLabels, roles, userCreateInput, userUpdateInput, type User } from '@shared/schemas/auth';
import { App, Form, Input, Select, Switch } from 'antd';
import { FormDialog } from '../../forms/form-dialog';
import { FormFooter } from '../../forms/form-footer';
import { submitWithSchema } from '../../forms/submit';
import { zodForm } from '../../forms/zod-form';
import { useCreateUser, useUpdateUser } from './use-users';

const createForm = zodForm(userCreateInput);
const updateForm = zodForm(userUpdateInput);
const roleOptions = roles.map((value) => ({ value, label: roleLabels[value] }));

interface FormProps {
  onDone: () => void;
  onChange: () => void;
}

function CreateUserForm({ onDone, onChange }: FormProps) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const create = useCreateUser();
  const onFinish = (values: unknown) =>
    void submitWithSchema(createForm, form, values, (data) => create.mutateAsync(data), { message, onSaved: onDone });
  return (
    <Form form={form} name="userCreate" layout="vertical" initialValues={{ role: 'staff' }} onFinish={onFinish} onValuesChange={onChange}>
      <Form.Item {...createForm.item('username', '用户名')} extra="登录时使用：英文字母、数字、点、下划线或短横线">
        <Input autoComplete="off" maxLength={32} autoFocus />
      </Form.Item>
      <Form.Item {...createForm.item('displayName', '姓名')}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item {...createForm.item('role', '角色')}>
        <Select options={roleOptions} />
      </Form.Item>
      <Form.Item {...createForm.item('password', '密码')} extra="至少8个字符，同时包含字母和数字">
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <Form.Item {...createForm.item('confirm', '确认密码')} dependencies={['password']}>
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <FormFooter onCancel={onDone} saving={create.isPending} />
    </Form>
  );
}

function EditUserForm({ user, onDone, onChange }: FormProps & { user: User }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const update = useUpdateUser();
  const onFinish = (values: unknown) =>
    void submitWithSchema(updateForm, form, { ...(values as object), id: user.id }, (data) => update.mutateAsync(data), {
      message,
      onSaved: onDone,
    });
  const initialValues = { displayName: user.displayName, role: user.role, disabled: user.disabled };
  return (
    <Form form={form} name="userEdit" layout="vertical" initialValues={initialValues} onFinish={onFinish} onValuesChange={onChange}>
      <Form.Item label="用户名">
        <Input value={user.username} disabled />
      </Form.Item>
      <Form.Item {...updateForm.item('displayName', '姓名')}>
        <Input maxLength={30} autoFocus />
      </Form.Item>
      <Form.Item {...updateForm.item('role', '角色')}>
        <Select options={roleOptions} />
      </Form.Item>
      <Form.Item {...updateForm.item('disabled', '停用')} valuePropName="checked" extra="停用后该账户不能登录，记录仍然保留">
        <Switch />
      </Form.Item>
      <FormFooter onCancel={onDone} saving={update.isPending} />
    </Form>
  );
}

export type UserTarget = { mode: 'create' } | { mode: 'edit'; user: User };

export function UserEditor({ open, target, onClose }: { open: boolean; target: UserTarget; onClose: () => void }) {
  const title = target.mode === 'create' ? '新增账户' : `编辑账户：${target.user.displayName}`;
  return (
    <FormDialog open={open} title={title} width={480} onClose={onClose}>
      {(slot) => (target.mode === 'create' ? <CreateUserForm {...slot} /> : <EditUserForm user={target.user} {...slot} />)}
    </FormDialog>
  );
}
