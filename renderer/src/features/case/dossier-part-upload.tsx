// 上传 on a dossier part's row: one click opens the file picker and the picked scans are filed under that part.
import { UploadOutlined } from '@ant-design/icons';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB, type AttachmentRole } from '@shared/schemas/attachment';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { fileToBase64 } from '../attachments/file-bytes';
import { useAddAttachment } from '../attachments/use-attachments';
import { Can } from '../../auth/can';

/** What the picker offers; the core decides by content, whatever the name says. */
const ACCEPT = '.jpg,.jpeg,.png,.webp,.pdf,.docx,.xlsx,.doc,.xls';

interface Props {
  caseId: number;
  part: AttachmentRole;
  label: string;
}

export function DossierPartUpload({ caseId, part, label }: Props) {
  const { message } = App.useApp();
  const add = useAddAttachment('case', caseId);
  const [uploading, setUploading] = useState(0);

  const upload = async (file: File) => {
    if (file.size === 0) return void message.error(`“${file.name}”是空文件，未上传`);
    if (file.size > MAX_ATTACHMENT_BYTES) return void message.error(`“${file.name}”超过 ${MAX_ATTACHMENT_MB} MB，未上传`);
    setUploading((n) => n + 1);
    try {
      const dataBase64 = await fileToBase64(file);
      const saved = await add.mutateAsync({ role: part, name: file.name, dataBase64 });
      void message.success(`已上传“${saved.name}”到${label}`);
    } catch (err) {
      void message.error(`“${file.name}”未上传：${errorMessage(err)}`);
    } finally {
      setUploading((n) => n - 1);
    }
  };

  return (
    <Can method="attachment.add">
      <Upload
        accept={ACCEPT}
        multiple
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <Button size="small" icon={<UploadOutlined />} aria-label={`上传${label}`} loading={uploading > 0}>
          上传
        </Button>
      </Upload>
    </Can>
  );
}
