// Shows a generated PDF in a modal frame from a blob: URL (revoked on close), with 下载 PDF and 打印.
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import type { DocumentFile } from '@shared/schemas/document';
import { Button, Flex, Modal, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { QueryError } from '../../components/query-error';
import { pdfBlob, printPdf, saveDocument } from './document-file';

export interface PreviewRequest {
  title: string;
  /** Generates (or hands over) the PDF; called again on 重试. */
  load: () => Promise<DocumentFile>;
}

interface Props {
  request: PreviewRequest | null;
  onClose: () => void;
}

type Loaded = { of: PreviewRequest; attempt: number } & ({ file: DocumentFile; url: string } | { error: unknown });

export function PdfPreview({ request, onClose }: Props) {
  const [result, setResult] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (request === null) return;
    let url: string | null = null;
    let cancelled = false;
    request.load().then(
      (file) => {
        if (cancelled) return;
        url = URL.createObjectURL(pdfBlob(file));
        setResult({ of: request, attempt, file, url });
      },
      (error: unknown) => !cancelled && setResult({ of: request, attempt, error }),
    );
    return () => {
      cancelled = true;
      if (url !== null) URL.revokeObjectURL(url);
    };
  }, [request, attempt]);

  // A result belongs to one request and one attempt: anything else shows the spinner.
  const loaded = result !== null && result.of === request && result.attempt === attempt ? result : null;
  const file = loaded !== null && 'file' in loaded ? loaded.file : null;
  return (
    <Modal
      open={request !== null}
      title={request ? `预览：${request.title}` : ''}
      width={920}
      centered
      onCancel={onClose}
      afterClose={() => setResult(null)}
      footer={
        <Space>
          <Button icon={<DownloadOutlined />} disabled={!file} onClick={() => file && saveDocument(file)}>
            下载 PDF
          </Button>
          <Button icon={<PrinterOutlined />} disabled={!file} onClick={() => file && void printPdf(pdfBlob(file))}>
            打印
          </Button>
          <Button type="primary" onClick={onClose}>
            关闭
          </Button>
        </Space>
      }
    >
      {loaded === null && (
        <Flex vertical align="center" justify="center" gap={12} style={{ height: '70vh' }}>
          <Spin size="large" aria-label="正在生成 PDF" />
          <span>正在生成 PDF……</span>
        </Flex>
      )}
      {loaded !== null && 'error' in loaded && (
        <QueryError title="文书生成失败" error={loaded.error} onRetry={() => setAttempt((n) => n + 1)} />
      )}
      {loaded !== null && 'url' in loaded && (
        <iframe title={`${request?.title ?? ''} PDF 预览`} src={loaded.url} data-testid="pdf-preview" style={{ width: '100%', height: '70vh', border: '1px solid #f0f0f0' }} />
      )}
    </Modal>
  );
}
