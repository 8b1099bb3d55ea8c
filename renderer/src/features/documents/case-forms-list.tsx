// The forms that apply to a case now (document.forms), each with 预览 / 下载 PDF / 下载 Word / 打印.
import { DownloadOutlined, EyeOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import type { DocumentFormItem } from '@shared/schemas/document';
import { Button, Empty, List, Skeleton, Space, Tag, Typography } from 'antd';
import { QueryError } from '../../components/query-error';
import { useDocumentActions, type DocumentAction } from './use-document-actions';
import { useDocumentForms } from './use-documents';

const buttons: { action: DocumentAction; label: string; icon: React.ReactNode }[] = [
  { action: 'preview', label: '预览', icon: <EyeOutlined /> },
  { action: 'pdf', label: '下载 PDF', icon: <DownloadOutlined /> },
  { action: 'docx', label: '下载 Word', icon: <FileWordOutlined /> },
  { action: 'print', label: '打印', icon: <PrinterOutlined /> },
];

const itemKey = (f: DocumentFormItem) => `${f.form}-${f.stepId ?? 0}`;
const titleOf = (f: DocumentFormItem) => (f.detail ? `${f.label}（${f.detail}）` : f.label);

export function CaseFormsList({ caseId }: { caseId: number }) {
  const forms = useDocumentForms(caseId);
  const actions = useDocumentActions();
  if (forms.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (forms.isError) return <QueryError title="文书列表加载失败" error={forms.error} onRetry={() => void forms.refetch()} />;
  if (forms.data.items.length === 0) {
    return <Empty description="本案暂无可生成的文书：登记受理、调查、调解等步骤后，对应的文书会出现在这里" />;
  }
  return (
    <>
      <List
        size="small"
        bordered
        dataSource={forms.data.items}
        rowKey={itemKey}
        renderItem={(f) => {
          const key = itemKey(f);
          const target = { form: f.form, id: caseId, ...(f.stepId !== null ? { stepId: f.stepId } : {}) };
          return (
            <List.Item
              data-testid={`form-${key}`}
              actions={[
                <Space key="actions" size={4} wrap>
                  {buttons.map((b) => (
                    <Button
                      key={b.action}
                      size="small"
                      icon={b.icon}
                      aria-label={`${b.label}：${titleOf(f)}`}
                      loading={actions.busy === `${key}:${b.action}`}
                      onClick={() => actions.run(key, b.action, titleOf(f), target)}
                    >
                      {b.label}
                    </Button>
                  ))}
                </Space>,
              ]}
            >
              <Space size={8} wrap>
                <Typography.Text strong>{f.label}</Typography.Text>
                {f.detail && <Typography.Text type="secondary">{f.detail}</Typography.Text>}
                {f.custom && (
                  <Tag color="purple" title="下载 Word 时按本所模板生成；预览、PDF 和打印仍为内置版式">
                    Word 用本所模板
                  </Tag>
                )}
              </Space>
            </List.Item>
          );
        }}
      />
      {actions.modal}
    </>
  );
}
