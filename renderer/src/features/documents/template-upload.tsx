// 上传模板: pick a .docx, check it (template.check), list its problems, and save it (template.upload) only if accepted.
import type { TemplateCheck, TemplateInfo } from '@shared/schemas/document';
import { TEMPLATE_MAX_BYTES } from '@shared/schemas/document';
import { Alert, App, Button, List, Modal, Space, Tag, Typography } from 'antd';
import { errorMessage } from '../../api/client';
import { call } from '../../api/client';
import { fileToBase64 } from '../attachments/file-bytes';
import { useTemplateUpload } from './use-documents';

export interface PendingUpload {
  template: TemplateInfo;
  fileName: string;
  dataBase64: string;
  check: TemplateCheck;
}

/** Reads and checks a chosen file; throws a Chinese Error when it cannot even be checked. */
export async function checkTemplateFile(template: TemplateInfo, file: File): Promise<PendingUpload> {
  if (!/\.docx$/i.test(file.name)) throw new Error(/\.doc$/i.test(file.name) ? '请在 Word 中把 .doc 文件另存为 .docx 后再上传' : '请选择 .docx 格式的 Word 文件');
  if (file.size === 0) throw new Error('文件是空的');
  if (file.size > TEMPLATE_MAX_BYTES) throw new Error('模板文件超过 5 MB 的上限');
  const dataBase64 = await fileToBase64(file);
  const check = await call('template.check', { form: template.form, dataBase64 });
  return { template, fileName: file.name, dataBase64, check };
}

export function TemplateCheckDialog({ pending, onClose }: { pending: PendingUpload | null; onClose: () => void }) {
  const { message } = App.useApp();
  const upload = useTemplateUpload();
  const check = pending?.check;
  const save = async () => {
    if (!pending) return;
    try {
      await upload.mutateAsync({ form: pending.template.form, fileName: pending.fileName, dataBase64: pending.dataBase64 });
      void message.success(`已保存“${pending.template.label}”的自定义模板`);
      onClose();
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };
  const errors = check?.problems.filter((p) => p.severity === 'error').length ?? 0;
  const warnings = (check?.problems.length ?? 0) - errors;
  return (
    <Modal
      open={pending !== null}
      title={pending ? `检查模板：${pending.template.label}（${pending.fileName}）` : ''}
      width={720}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{check?.accepted ? '取消' : '关闭'}</Button>
          {check?.accepted && (
            <Button type="primary" loading={upload.isPending} onClick={() => void save()}>
              保存模板
            </Button>
          )}
        </Space>
      }
    >
      {check && (
        <>
          {check.accepted ? (
            <Alert
              type={warnings > 0 ? 'warning' : 'success'}
              showIcon
              title={warnings > 0 ? `检查通过，但有 ${warnings} 处提醒，建议改正` : '检查通过，未发现问题'}
              description="点击“保存模板”后，此文书将按本模板生成 Word 文件。"
            />
          ) : (
            <Alert type="error" showIcon title={`模板有 ${errors} 处错误，未保存`} description="请在 Word 中按下列提示改正后重新上传；字段名须与“可用字段”中的完全一致。" />
          )}
          {check.problems.length > 0 && (
            <List
              style={{ marginTop: 12 }}
              size="small"
              bordered
              data-testid="template-problems"
              dataSource={check.problems}
              renderItem={(p) => (
                <List.Item>
                  <Space align="start">
                    <Tag color={p.severity === 'error' ? 'red' : 'orange'}>{p.severity === 'error' ? '错误' : '提醒'}</Tag>
                    <span>
                      <Typography.Text type={p.severity === 'error' ? 'danger' : 'warning'}>{p.message}</Typography.Text>
                      {p.tag !== null && (
                        <>
                          {' '}
                          <Typography.Text code>{p.tag}</Typography.Text>
                        </>
                      )}
                    </span>
                  </Space>
                </List.Item>
              )}
            />
          )}
        </>
      )}
    </Modal>
  );
}
