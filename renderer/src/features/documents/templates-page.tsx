// 系统 → 文书模板: each form's template (built-in or the office's .docx), its fields, and 下载 / 上传 / 恢复内置.
import { DownloadOutlined, RollbackOutlined, UploadOutlined } from '@ant-design/icons';
import type { TemplateInfo } from '@shared/schemas/document';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { QueryError } from '../../components/query-error';
import { saveDocument } from './document-file';
import { TemplateFields } from './template-fields';
import { checkTemplateFile, TemplateCheckDialog, type PendingUpload } from './template-upload';
import { useTemplateRestore, useTemplates } from './use-documents';
import { Can } from '../../auth/can';

export const templatesPath = 'document-templates';

const failure = (err: unknown) => (err instanceof Error && !('error' in err) ? err.message : errorMessage(err));

function TemplateKind({ t }: { t: TemplateInfo }) {
  if (!t.custom) return <Tag>内置</Tag>;
  return (
    <Space size={4} wrap>
      <Tag color="purple">自定义</Tag>
      <Typography.Text>{t.custom.fileName}</Typography.Text>
      <Typography.Text type="secondary">{dayjs(t.custom.uploadedAt).format('YYYY-MM-DD HH:mm')} 上传</Typography.Text>
    </Space>
  );
}

export function TemplatesPage() {
  const { message } = App.useApp();
  const templates = useTemplates();
  const restore = useTemplateRestore();
  const [busy, setBusy] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingUpload | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const uploadFor = useRef<TemplateInfo | null>(null);

  const attempt = async (key: string, job: () => Promise<void>) => {
    setBusy(key);
    try {
      await job();
    } catch (err) {
      void message.error(failure(err));
    } finally {
      setBusy(null);
    }
  };
  const download = (t: TemplateInfo) => attempt(`${t.form}:download`, async () => saveDocument(await call('template.download', { form: t.form })));
  const choose = (t: TemplateInfo) => {
    uploadFor.current = t;
    picker.current?.click();
  };
  const picked = (file: File | undefined) => {
    const t = uploadFor.current;
    if (picker.current) picker.current.value = '';
    if (!file || !t) return;
    void attempt(`${t.form}:upload`, async () => setPending(await checkTemplateFile(t, file)));
  };
  const restoreBuiltIn = (t: TemplateInfo) =>
    attempt(`${t.form}:restore`, async () => {
      await restore.mutateAsync(t.form);
      void message.success(`“${t.label}”已恢复为内置模板`);
    });

  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        文书模板
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        各文书默认按内置格式生成。本所可以下载模板，在 Word 中按需修改后上传替换；上传前会检查模板中的字段和标记，有错误的模板不会保存。展开一行可查看该文书可用的字段。本所模板用于“下载 Word”；预览、PDF、打印和整卷 PDF 仍使用内置版式。
      </Typography.Paragraph>
      <input ref={picker} type="file" accept=".docx" hidden aria-label="选择模板文件" data-testid="template-file" onChange={(e) => picked(e.target.files?.[0])} />
      <Card>
        {templates.isError ? (
          <QueryError title="文书模板加载失败" error={templates.error} onRetry={() => void templates.refetch()} />
        ) : (
          <Table<TemplateInfo>
            rowKey="form"
            size="middle"
            loading={templates.isPending}
            pagination={false}
            dataSource={templates.data?.items ?? []}
            locale={{ emptyText: '没有可替换模板的文书' }}
            expandable={{ expandedRowRender: (t) => <TemplateFields form={t.form} fields={t.fields} />, expandRowByClick: false }}
            columns={[
              { title: '文书', dataIndex: 'label', width: 260, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
              { title: '模板', key: 'kind', render: (_: unknown, t) => <TemplateKind t={t} /> },
              {
                title: '操作',
                key: 'actions',
                width: 340,
                render: (_: unknown, t) => (
                  <Space size={4} wrap>
                    <Button size="small" icon={<DownloadOutlined />} aria-label={`下载模板：${t.label}`} loading={busy === `${t.form}:download`} onClick={() => void download(t)}>
                      下载模板
                    </Button>
                    <Can method="template.upload">
                      <Button size="small" icon={<UploadOutlined />} aria-label={`上传模板：${t.label}`} loading={busy === `${t.form}:upload`} onClick={() => choose(t)}>
                        上传模板
                      </Button>
                    </Can>
                    {t.custom && (
                      <Can method="template.restore">
                        <Popconfirm
                          title={`把“${t.label}”恢复为内置模板？`}
                          description="本所上传的模板将被删除，此后按内置格式生成。"
                          okText="恢复内置"
                          cancelText="取消"
                          onConfirm={() => restoreBuiltIn(t)}
                        >
                          <Button size="small" icon={<RollbackOutlined />} aria-label={`恢复内置：${t.label}`} loading={busy === `${t.form}:restore`}>
                            恢复内置
                          </Button>
                        </Popconfirm>
                      </Can>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      <TemplateCheckDialog pending={pending} onClose={() => setPending(null)} />
    </div>
  );
}
