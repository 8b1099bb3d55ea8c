// The attachments of one record: list, upload (checked by the core), image preview, download, delete. Fits in a Drawer.
import { UploadOutlined } from '@ant-design/icons';
import { attachmentRoles } from '@shared/register-codes';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENT_MB,
  MAX_ATTACHMENTS_PER_RECORD,
  type Attachment,
  type AttachmentOwnerType,
  type AttachmentRole,
} from '@shared/schemas/attachment';
import { Alert, App, Button, Divider, Empty, Flex, Select, Skeleton, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { PlainHeaderCell } from '../../components/plain-header-cell';
import { QueryError } from '../../components/query-error';
import { attachmentColumns } from './attachment-columns';
import { AttachmentPreview } from './attachment-preview';
import { base64ToBlob, fileToBase64, saveBlob } from './file-bytes';
import { readAttachment, useAddAttachment, useAttachmentList, useRemoveAttachment } from './use-attachments';
import { Can } from '../../auth/can';

/** What the file picker offers; the core decides by content, whatever the name says. */
const ACCEPT = '.jpg,.jpeg,.png,.webp,.pdf,.docx,.xlsx,.doc,.xls';

/** Toasts start below a drawer's header, so they never cover its close button. */
const BELOW_DRAWER_HEADER = { marginTop: 64 };

interface Props {
  ownerType: AttachmentOwnerType;
  ownerId: number;
  /** The roles offered for this kind of record, in this order (default: all); the first is preselected. */
  roles?: readonly AttachmentRole[];
  /** A locked record (e.g. a case whose dossier is closed): list and download only; `readOnly` says why. */
  readOnly?: string;
}

export function AttachmentsPanel({ ownerType, ownerId, roles, readOnly }: Props) {
  const { message } = App.useApp();
  const notify = (type: 'success' | 'error', content: string) => void message.open({ type, content, style: BELOW_DRAWER_HEADER });
  const offered = roles ? attachmentRoles.filter((r) => roles.includes(r.code)).sort((a, b) => roles.indexOf(a.code) - roles.indexOf(b.code)) : attachmentRoles;
  const [role, setRole] = useState<AttachmentRole>(offered[0]?.code ?? 'other');
  const [uploading, setUploading] = useState(0);
  const [failures, setFailures] = useState<string[]>([]);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [preview, setPreview] = useState<Attachment | null>(null);
  const list = useAttachmentList(ownerType, ownerId);
  const add = useAddAttachment(ownerType, ownerId);
  const remove = useRemoveAttachment(ownerType, ownerId);

  const fail = (text: string) => setFailures((f) => [...f, text]);

  const upload = async (file: File) => {
    if (file.size === 0) return fail(`“${file.name}”是空文件，未上传`);
    if (file.size > MAX_ATTACHMENT_BYTES) return fail(`“${file.name}”超过 ${MAX_ATTACHMENT_MB} MB，未上传`);
    setUploading((n) => n + 1);
    try {
      const dataBase64 = await fileToBase64(file);
      const saved = await add.mutateAsync({ role, name: file.name, dataBase64 });
      notify('success', `已上传“${saved.name}”`);
    } catch (err) {
      fail(err instanceof Error && err.message === '读取文件失败' ? `“${file.name}”读取失败，未上传` : errorMessage(err));
    } finally {
      setUploading((n) => n - 1);
    }
  };

  const download = async (a: Attachment) => {
    setBusyId(a.id);
    try {
      const content = await readAttachment(a.id);
      saveBlob(base64ToBlob(content.dataBase64, content.mime), content.name);
    } catch (err) {
      notify('error', errorMessage(err));
    } finally {
      setBusyId(null);
    }
  };

  const onDelete = async (a: Attachment) => {
    try {
      await remove.mutateAsync(a.id);
      notify('success', `已删除“${a.name}”`);
    } catch (err) {
      notify('error', errorMessage(err));
    }
  };

  const heading = (
    <Divider titlePlacement="start" style={{ marginTop: 32 }}>
      附件
    </Divider>
  );
  if (list.isPending) {
    return (
      <section>
        {heading}
        <Skeleton active paragraph={{ rows: 4 }} />
      </section>
    );
  }
  if (list.isError && !list.data) {
    return (
      <section>
        {heading}
        <QueryError title="附件加载失败" error={list.error} onRetry={() => void list.refetch()} />
      </section>
    );
  }

  const items = list.data.items;
  const full = items.length >= MAX_ATTACHMENTS_PER_RECORD;
  const columns = attachmentColumns({ onPreview: setPreview, onDownload: (a) => void download(a), onDelete: readOnly ? null : onDelete, busyId });

  return (
    <section>
      {heading}
      {readOnly && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={readOnly} />}
      {readOnly === undefined && (
        <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
          <Select<AttachmentRole>
            aria-label="附件类别"
            value={role}
            onChange={setRole}
            options={offered.map((r) => ({ value: r.code, label: r.label }))}
            style={{ width: 240 }}
          />
          <Can method="attachment.add">
            <Upload
              accept={ACCEPT}
              multiple
              showUploadList={false}
              disabled={full}
              beforeUpload={(file) => {
                void upload(file);
                return Upload.LIST_IGNORE;
              }}
            >
              <Button icon={<UploadOutlined />} loading={uploading > 0} disabled={full}>
                {uploading > 0 ? `正在上传 ${uploading} 个文件…` : '上传附件'}
              </Button>
            </Upload>
          </Can>
          <Typography.Text type="secondary">
            {full
              ? `已达 ${MAX_ATTACHMENTS_PER_RECORD} 个上限`
              : `图片、PDF、Word、Excel，单个不超过 ${MAX_ATTACHMENT_MB} MB；已有 ${items.length}/${MAX_ATTACHMENTS_PER_RECORD} 个`}
          </Typography.Text>
        </Flex>
      )}
      {failures.length > 0 && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setFailures([]), 'aria-label': '关闭' }}
          style={{ marginBottom: 12 }}
          title={failures.length === 1 ? failures[0] : `${failures.length} 个文件未上传`}
          description={failures.length > 1 ? failures.map((f, i) => <div key={i}>{f}</div>) : undefined}
        />
      )}
      <Table<Attachment>
        rowKey="id"
        components={{ header: { cell: PlainHeaderCell } }}
        columns={columns}
        dataSource={items}
        loading={list.isFetching && !add.isPending}
        size="small"
        tableLayout="fixed"
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无附件" /> }}
      />
      <AttachmentPreview target={preview} onClose={() => setPreview(null)} onDownload={(a) => void download(a)} />
    </section>
  );
}
