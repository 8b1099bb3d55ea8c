// One setting: its label, input, a one-line explanation and 恢复默认 (greyed out while the value is the default).
import { UndoOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Typography, type FormRule } from 'antd';
import type { ReactNode } from 'react';
import type { ItemBinding } from '../../forms/zod-form';

interface Props {
  binding: ItemBinding;
  /** One Chinese line saying what the setting does. */
  help: ReactNode;
  defaultValue: unknown;
  defaultText: string;
  /** Shown right after the input, e.g. the allowed range 可填 1–28. */
  after?: ReactNode;
  /** Checks run before the schema's, stopping at the first message (e.g. the 序号 width). */
  rules?: FormRule[];
  children: ReactNode;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function SettingField({ binding, help, defaultValue, defaultText, after, rules = [], children }: Props) {
  const form = Form.useFormInstance();
  const value: unknown = Form.useWatch(binding.name, form);
  const reset = () => {
    form.setFieldValue(binding.name, defaultValue);
    void form.validateFields([binding.name]);
  };
  return (
    <Form.Item label={binding.label} htmlFor={`settings_${binding.name}`} extra={help} required={false}>
      <Flex gap={8} align="start">
        <Form.Item noStyle name={binding.name} rules={[...rules, ...binding.rules]} validateFirst>
          {children}
        </Form.Item>
        {after ? (
          <Typography.Text type="secondary" style={{ lineHeight: '32px', whiteSpace: 'nowrap' }}>
            {after}
          </Typography.Text>
        ) : null}
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
