// Generated files in the browser: a DocumentFile to a Blob, saved through a download (Electron: the save dialog), or printed.
import type { DocumentFile } from '@shared/schemas/document';
import { base64ToBlob, saveBlob } from '../attachments/file-bytes';

export const fileBlob = (file: DocumentFile): Blob => base64ToBlob(file.dataBase64, file.mime);

/**
 * A generated PDF to show in a frame. The type is fixed, never taken from the answer: a blob: frame is
 * same-origin with the app, so it must never hold HTML.
 */
export const pdfBlob = (file: DocumentFile): Blob => base64ToBlob(file.dataBase64, 'application/pdf');

/** Offers the file for saving under its Chinese name. */
export function saveDocument(file: DocumentFile): void {
  saveBlob(fileBlob(file), file.fileName);
}

let printFrame: HTMLIFrameElement | null = null;

/**
 * Prints a PDF: loads it into a hidden frame from a blob: URL and calls the frame's print(), which opens the
 * browser's print dialog (in the desktop app, the system's). The previous frame is dropped on the next print
 * (removing it at once would close the dialog in Chromium).
 */
export function printPdf(blob: Blob): Promise<void> {
  if (printFrame) {
    URL.revokeObjectURL(printFrame.src);
    printFrame.remove();
  }
  const url = URL.createObjectURL(blob);
  const frame = document.createElement('iframe');
  frame.title = '打印';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '1px', height: '1px', border: '0', opacity: '0' });
  frame.dataset.testid = 'print-frame';
  printFrame = frame;
  return new Promise((resolve, reject) => {
    frame.onload = () => {
      try {
        frame.contentWindow?.focus();
        frame.contentWindow?.print();
        resolve();
      } catch {
        reject(new Error('无法打开打印对话框，请下载 PDF 后打印'));
      }
    };
    frame.src = url;
    document.body.append(frame);
  });
}
