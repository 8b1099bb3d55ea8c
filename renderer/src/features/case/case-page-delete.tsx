// 删除案件: a soft delete that asks for the reason, then back to the list; the 卷号 is never given again.
import { caseDeleteInput, type CaseDetail } from '@shared/schemas/case';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { navigate } from '../../shell/use-hash-route';
import { useDeleteCase } from './use-cases';

export function CaseDelete({ detail, open, onClose }: { detail: CaseDetail; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const remove = useDeleteCase();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const onOk = async () => {
    const parsed = caseDeleteInput.safeParse({ id: detail.id, reason });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '请填写删除原因');
      return;
    }
    try {
      await remove.mutateAsync(parsed.data);
      void message.success(`已删除案件“${detail.title}”`);
      onClose();
      navigate('cases');
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  return (
    <Modal
      open={open}
      title={`删除案件：${detail.title}`}
      okText="删除"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      confirmLoading={remove.isPending}
      onOk={() => void onOk()}
      onCancel={onClose}
      destroyOnHidden
      afterOpenChange={(visible) => {
        if (visible) {
          setReason('');
          setError(null);
        }
      }}
    >
      <Typography.Paragraph type="secondary">
        删除后案件不再出现在列表和统计中，删除原因记入审计日志；{detail.dossier ? `卷号 ${detail.dossier.number} 不会再分配给其他案件。` : ''}
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="删除原因" htmlFor="case-delete-reason" required validateStatus={error ? 'error' : undefined} help={error}>
          <Input.TextArea
            id="case-delete-reason"
            autoFocus
            rows={3}
            maxLength={200}
            showCount
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setError(null);
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
