// Columns of the attachments table: name (a preview link for images), role, size, upload time, download and delete.
import { EyeOutlined, FileOutlined } from '@ant-design/icons';
import { attachmentRoles } from '@shared/register-codes';
import type { Attachment } from '@shared/schemas/attachment';
import { Button, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { actionsColumn, codeLabel } from '../../components/table-columns';
import { formatSize, isImageMime } from './file-bytes';

interface Options {
  onPreview: (a: Attachment) => void;
  onDownload: (a: Attachment) => void;
  /** null: read-only (a locked record): only 下载. */
  onDelete: ((a: Attachment) => Promise<void>) | null;
  /** The id whose content is being fetched, for that row's spinner. */
  busyId: number | null;
}

export function attachmentColumns({ onPreview, onDownload, onDelete, busyId }: Options): TableColumnsType<Attachment> {
  return [
    {
      title: '文件名',
      dataIndex: 'name',
      ellipsis: true,
      render: (name: string, a: Attachment) => (
        // Images open in a preview inside the app; other files are only offered for download.
        isImageMime(a.mime) ? (
          <Typography.Link onClick={() => onPreview(a)} title={`预览 ${name}`}>
            <EyeOutlined style={{ marginInlineEnd: 6 }} />
            {name}
          </Typography.Link>
        ) : (
          <span title={name}>
            <FileOutlined style={{ marginInlineEnd: 6 }} />
            {name}
          </span>
        )
      ),
    },
    { title: '类别', dataIndex: 'role', width: 90, render: codeLabel(attachmentRoles) },
    { title: '大小', dataIndex: 'size', width: 90, align: 'right', render: formatSize },
    { title: '上传时间', dataIndex: 'createdAt', width: 140, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    onDelete === null
      ? {
          title: '操作',
          key: 'actions',
          width: 110,
          render: (_: unknown, a: Attachment) => (
            <Button type="link" size="small" loading={busyId === a.id} onClick={() => onDownload(a)}>
              下载
            </Button>
          ),
        }
      : actionsColumn<Attachment>({
          links: (a) => [{ label: '下载', onClick: () => onDownload(a), loading: busyId === a.id }],
          confirm: (a) => ({ title: `确定删除附件“${a.name}”？` }),
          onDelete,
          deleteMethod: 'attachment.remove',
          compact: false,
          width: 110,
        }),
  ];
}
