// The four things done with a form: 预览 (PDF in a modal), 下载 PDF, 下载 Word and 打印 — one hook for every place that prints.
import type { DocumentFile } from '@shared/schemas/document';
import { App } from 'antd';
import { useState, type ReactNode } from 'react';
import { call, errorMessage } from '../../api/client';
import { pdfBlob, printPdf, saveDocument } from './document-file';
import { PdfPreview, type PreviewRequest } from './pdf-preview';
import type { DocumentTarget } from './use-documents';

export type DocumentAction = 'preview' | 'pdf' | 'docx' | 'print';

export const actionLabels: Record<DocumentAction, string> = { preview: '预览', pdf: '下载 PDF', docx: '下载 Word', print: '打印' };

const render = (target: DocumentTarget, format: 'pdf' | 'docx') => call('document.render', { ...target, format });

export interface DocumentActions {
  /** Which action is generating now, as `${key}:${action}`; null when idle. */
  busy: string | null;
  run: (key: string, action: DocumentAction, title: string, target: DocumentTarget) => void;
  /** Preview (or print/save) a file already generated, such as the whole-dossier PDF. */
  runFile: (key: string, action: Exclude<DocumentAction, 'docx'>, title: string, file: DocumentFile) => void;
  /** The preview modal; render it once where the hook is used. */
  modal: ReactNode;
}

export function useDocumentActions(): DocumentActions {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const [preview, setPreview] = useState<PreviewRequest | null>(null);

  const perform = async (key: string, job: () => Promise<void>) => {
    setBusy(key);
    try {
      await job();
    } catch (err) {
      void message.error(err instanceof Error && !('error' in err) && /[\u4e00-\u9fff]/.test(err.message) ? err.message : errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const handle = (key: string, action: DocumentAction, title: string, load: (format: 'pdf' | 'docx') => Promise<DocumentFile>) => {
    if (action === 'preview') {
      setPreview({ title, load: () => load('pdf') });
      return;
    }
    void perform(`${key}:${action}`, async () => {
      const file = await load(action === 'docx' ? 'docx' : 'pdf');
      if (action === 'print') await printPdf(pdfBlob(file));
      else saveDocument(file);
    });
  };

  return {
    busy,
    run: (key, action, title, target) => handle(key, action, title, (format) => render(target, format)),
    runFile: (key, action, title, file) => handle(key, action, title, () => Promise.resolve(file)),
    modal: <PdfPreview request={preview} onClose={() => setPreview(null)} />,
  };
}
