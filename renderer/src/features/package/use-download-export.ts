// 下载 of an exported package: fetches the file (package.download) and offers it for saving; one at a time.
import type { PackageExport } from '@shared/schemas/package';
import { App } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { saveDocument } from '../documents/document-file';
import { usePackageDownload } from './use-package';

export function useDownloadExport() {
  const { message } = App.useApp();
  const download = usePackageDownload();
  const [busy, setBusy] = useState<number | null>(null);
  const run = (record: PackageExport) => {
    setBusy(record.id);
    download.mutate(record.id, {
      onSuccess: saveDocument,
      onError: (err) => void message.error(`下载失败：${errorMessage(err)}`),
      onSettled: () => setBusy(null),
    });
  };
  return { busy, run };
}
