// 协议条款 as an editable numbered list (1、2、3…): add (the cursor goes into the new clause), remove and move up/down, all by Tab.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Input, Typography } from 'antd';
import type { StepSchema } from './step-schema';
import type { ZodForm } from '../../forms/zod-form';

interface Props {
  zform: ZodForm<StepSchema>;
  /** Written agreements need at least one clause. */
  required: boolean;
}

export function StepClauses({ zform, required }: Props) {
  const form = Form.useFormInstance();
  const listRule = {
    validator: async () => {
      const parsed = zform.parse(form.getFieldsValue(true));
      const issue = parsed.ok ? undefined : parsed.fields.find((f) => f.name === 'clauses');
      if (issue) throw new Error(issue.errors[0]);
    },
  };
  return (
    <Col span={24}>
      <Form.Item label="协议条款" required={required} style={{ marginBottom: 8 }}>
        <Form.List name="clauses" rules={[listRule]}>
          {(fields, { add, remove, move }, { errors }) => (
            <>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} align="start" style={{ marginBottom: 8 }}>
                  <Typography.Text strong style={{ width: 28, paddingTop: 5, textAlign: 'right' }}>
                    {i + 1}、
                  </Typography.Text>
                  <Form.Item name={field.name} noStyle>
                    <Input.TextArea aria-label={`协议条款第${i + 1}条`} autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} />
                  </Form.Item>
                  <Button aria-label={`第${i + 1}条上移`} icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, i - 1)} />
                  <Button
                    aria-label={`第${i + 1}条下移`}
                    icon={<ArrowDownOutlined />}
                    disabled={i === fields.length - 1}
                    onClick={() => move(i, i + 1)}
                  />
                  <Button aria-label={`删除第${i + 1}条`} icon={<DeleteOutlined />} danger onClick={() => remove(i)} />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => {
                  // The cursor goes into the new clause once it is mounted.
                  const index = fields.length;
                  add('');
                  window.setTimeout(() => form.focusField(['clauses', index]));
                }}
              >
                添加条款
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form.Item>
    </Col>
  );
}
