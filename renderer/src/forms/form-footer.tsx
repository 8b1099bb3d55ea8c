// The 取消 / 保存 row at the bottom of every form dialog.
import { Button, Form, Space } from 'antd';

export function FormFooter({ onCancel, saving }: { onCancel: () => void; saving: boolean }) {
  return (
    <Form.Item style={{ marginBottom: 0, textAlign: 'right' }}>
      <Space>
        <Button onClick={onCancel}>取消</Button>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存
        </Button>
      </Space>
    </Form.Item>
  );
}
