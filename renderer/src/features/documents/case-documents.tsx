// 生成文书 on a case's page: a button opening a drawer with the forms that apply now and the whole-dossier PDF.
import { FileTextOutlined } from '@ant-design/icons';
import type { CaseDetail } from '@shared/schemas/case';
import { Button, Drawer, Typography } from 'antd';
import { useState } from 'react';
import { CaseFormsList } from './case-forms-list';
import { DossierPdfCard } from './dossier-pdf-card';

export function CaseDocumentsButton({ detail }: { detail: CaseDetail }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<FileTextOutlined />} onClick={() => setOpen(true)}>
        生成文书
      </Button>
      <Drawer open={open} title={`生成文书：${detail.title}`} size={860} onClose={() => setOpen(false)} destroyOnHidden>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          文书
        </Typography.Title>
        <Typography.Paragraph type="secondary">按案件当前的办理进度列出可生成的文书；未填写的内容在打印件上留空，可手写补填。</Typography.Paragraph>
        <CaseFormsList caseId={detail.id} />
        <div style={{ marginTop: 24 }}>
          <DossierPdfCard caseId={detail.id} title={detail.title} hasDossier={detail.dossier !== null} />
        </div>
      </Drawer>
    </>
  );
}
