// Moving .xlsx bytes between the browser and the API: base64 to a download with a Chinese name, a chosen file to base64.
import { XLSX_MAX_BYTES } from '@shared/schemas/xlsx';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves a file the API returned; the browser (or Electron) asks where, or puts it in Downloads. */
export function downloadBase64(fileName: string, dataBase64: string): void {
  const binary = atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Why a chosen file cannot be imported, before reading it; null when it may be. */
export function fileProblem(file: File): string | null {
  if (!/\.xlsx$/i.test(file.name)) return /\.xls$/i.test(file.name) ? '请在 Excel 中把 .xls 文件另存为 .xlsx 后再导入' : '请选择 .xlsx 格式的 Excel 文件';
  if (file.size === 0) return '文件是空的';
  if (file.size > XLSX_MAX_BYTES) return '文件超过 10 MB 的上限，请分成多个文件导入';
  return null;
}

/** The file's bytes as base64 (without the data: URL prefix). */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error('读取文件失败，请重新选择'));
    reader.readAsDataURL(file);
  });
}
