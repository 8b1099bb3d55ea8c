// 导出 Excel: exports a list with the filters on screen (all pages) and downloads it under its Chinese file name.
import { DownloadOutlined } from '@ant-design/icons';
import type { MethodInput } from '@shared/contract';
import type { XlsxList } from '@shared/schemas/xlsx';
import { App, Button } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { downloadBase64 } from './file-data';

interface ExportButtonProps {
  list: XlsxList;
  /** The list method's input without paging: search, sort, filters. */
  filters: MethodInput<'xlsx.export'>['filters'];
  /** The button's text, where a page exports more than one list (导出委员). */
  label?: string;
}

export function ExportButton({ list, filters, label = '导出 Excel' }: ExportButtonProps) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      const file = await call('xlsx.export', { list, filters });
      downloadBase64(file.fileName, file.dataBase64);
      void message.success(`已导出“${file.fileName}”`);
    } catch (err) {
      void message.error(`导出失败：${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void onClick()}>
      {label}
    </Button>
  );
}
