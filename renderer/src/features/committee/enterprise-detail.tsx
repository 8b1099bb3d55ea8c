// Read-only drawer of one enterprise: its particulars and its committee (or the ≥300 marker), with a link to it.
import { Button, Descriptions, Drawer, Skeleton, Space } from 'antd';
import { QueryError } from '../../components/query-error';
import { hrefTo } from '../../shell/use-hash-route';
import { dash } from '../../components/table-columns';
import { committeeCell } from './enterprise-columns';
import { useEnterprise } from './use-enterprise';
import { Can } from '../../auth/can';

interface Props {
  id: number | null;
  onClose: () => void;
  onEdit: (id: number, name: string) => void;
}

function DetailBody({ id, onEdit }: { id: number; onEdit: Props['onEdit'] }) {
  const record = useEnterprise(id);
  if (record.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (record.isError) return <QueryError title="企业信息加载失败" error={record.error} onRetry={() => void record.refetch()} />;
  const e = record.data;
  return (
    <>
      <Descriptions
        column={1}
        bordered
        size="small"
        styles={{ label: { width: 150 } }}
        items={[
          { key: 'name', label: '企业名称', children: e.name },
          { key: 'creditCode', label: '统一社会信用代码', children: e.creditCode },
          { key: 'employees', label: '职工人数', children: `${e.employees.toLocaleString('zh-CN')} 人` },
          { key: 'committee', label: '本企业调委会', children: committeeCell(e) },
          { key: 'contact', label: '联系人', children: dash(e.contact) },
          { key: 'phone', label: '联系电话', children: dash(e.phone) },
          { key: 'address', label: '地址', children: dash(e.address) },
          { key: 'note', label: '备注', children: <span style={{ whiteSpace: 'pre-wrap' }}>{dash(e.note)}</span> },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Can method="enterprise.update">
          <Button type="primary" onClick={() => onEdit(e.id, e.name)}>
            编辑
          </Button>
        </Can>
        {e.committeeId !== null && <Button href={hrefTo('committees', e.committeeId)}>查看调委会</Button>}
      </Space>
    </>
  );
}

export function EnterpriseDetail({ id, onClose, onEdit }: Props) {
  return (
    <Drawer open={id !== null} title="企业详情" size={560} onClose={onClose} destroyOnHidden>
      {id !== null && <DetailBody key={id} id={id} onEdit={onEdit} />}
    </Drawer>
  );
}
