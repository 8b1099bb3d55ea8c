// 导入 Excel (roles that may import): a button opening the import wizard for one register; refreshes every list once something was imported.
import { UploadOutlined } from '@ant-design/icons';
import type { XlsxEntity } from '@shared/schemas/xlsx';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useState } from 'react';
import { useCan } from '../../auth/use-can';
import { ImportWizard } from './import-wizard';

export function ImportButton({ entity }: { entity: XlsxEntity }) {
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const canImport = useCan('xlsx.import');
  // A 只读 account imports nothing: no button at all.
  if (!canImport) return null;
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        导入 Excel
      </Button>
      {open && (
        <ImportWizard
          entity={entity}
          onImported={() => void queryClient.invalidateQueries()}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
