// Shows one image attachment in a modal through a blob: URL (revoked on close); nothing is handed to the OS.
import type { Attachment } from '@shared/schemas/attachment';
import { Button, Flex, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { QueryError } from '../../components/query-error';
import { base64ToBlob } from './file-bytes';
import { readAttachment } from './use-attachments';

interface Props {
  /** The image to show; null when closed. */
  target: Attachment | null;
  onClose: () => void;
  onDownload: (a: Attachment) => void;
}

type Loaded = { id: number; url: string } | { id: number; error: unknown };

export function AttachmentPreview({ target, onClose, onDownload }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);
  const id = target?.id ?? null;

  useEffect(() => {
    if (id === null) return;
    let url: string | null = null;
    let cancelled = false;
    readAttachment(id).then(
      (content) => {
        if (cancelled) return;
        url = URL.createObjectURL(base64ToBlob(content.dataBase64, content.mime));
        setLoaded({ id, url });
      },
      (error: unknown) => !cancelled && setLoaded({ id, error }),
    );
    return () => {
      cancelled = true;
      if (url !== null) URL.revokeObjectURL(url);
    };
  }, [id, attempt]);

  const current = loaded !== null && loaded.id === id ? loaded : null;
  return (
    <Modal
      open={target !== null}
      title={target?.name}
      width={860}
      centered
      onCancel={onClose}
      afterClose={() => setLoaded(null)}
      footer={
        target && (
          <Button onClick={() => onDownload(target)} disabled={current === null || 'error' in current}>
            下载
          </Button>
        )
      }
    >
      {current === null && (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin aria-label="正在加载图片" />
        </Flex>
      )}
      {current !== null && 'error' in current && (
        <QueryError title="图片加载失败" error={current.error} onRetry={() => {
            setLoaded(null);
            setAttempt((n) => n + 1);
          }} />
      )}
      {current !== null && 'url' in current && (
        <img src={current.url} alt={target?.name} style={{ display: 'block', maxWidth: '100%', maxHeight: '70vh', margin: '0 auto' }} />
      )}
    </Modal>
  );
}
