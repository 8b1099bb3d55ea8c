// One setting: its label, input, a one-line explanation and 恢复默认 (greyed out while the value is the default).
import { UndoOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import type { ReactNode } from 'react';
import type { ItemBinding } from '../../forms/zod-form';

interface Props {
  binding: ItemBinding;
  /** One Chinese line saying what the setting does. */
  help: ReactNode;
  defaultValue: unknown;
  defaultText: string;
  children: ReactNode;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function SettingField({ binding, help, defaultValue, defaultText, children }: Props) {
  const form = Form.useFormInstance();
  const value: unknown = Form.useWatch(binding.name, form);
  const reset = () => {
    form.setFieldValue(binding.name, defaultValue);
    void form.validateFields([binding.name]);
  };
  return (
    <Form.Item label={binding.label} htmlFor={`settings_${binding.name}`} extra={help} required={false}>
      <Flex gap={8} align="start">
        <Form.Item noStyle name={binding.name} rules={binding.rules}>
          {children}
        </Form.Item>
        <Button
          icon={<UndoOutlined />}
          aria-label={`${binding.label}恢复默认`}
          title={`恢复默认：${defaultText}`}
          disabled={same(value, defaultValue)}
          onClick={reset}
        >
          恢复默认
        </Button>
      </Flex>
    </Form.Item>
  );
}
