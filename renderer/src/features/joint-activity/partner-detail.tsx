// Read-only drawer of one partner unit: its particulars and how many activities were held with it.
import { labelOf } from '@shared/codes';
import { partnerKinds } from '@shared/register-codes';
import { Button, Descriptions, Drawer, Skeleton, Space } from 'antd';
import { QueryError } from '../../components/query-error';
import { navigate } from '../../shell/use-hash-route';
import { dash } from '../../components/table-columns';
import { kindTexts } from './joint-view';
import { usePartner } from './use-joint';
import { Can } from '../../auth/can';

interface Props {
  id: number | null;
  onClose: () => void;
  onEdit: (id: number, name: string) => void;
}

function DetailBody({ id, onEdit }: { id: number; onEdit: Props['onEdit'] }) {
  const partner = usePartner(id);
  if (partner.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (partner.isError) {
    return <QueryError title="共建单位信息加载失败" error={partner.error} onRetry={() => void partner.refetch()} />;
  }
  const p = partner.data;
  const texts = kindTexts[p.kind];
  return (
    <>
      <Descriptions
        column={1}
        bordered
        size="small"
        styles={{ label: { width: 150 } }}
        items={[
          { key: 'name', label: '单位名称', children: p.name },
          { key: 'kind', label: '单位类型', children: `${labelOf(partnerKinds, p.kind)}（${texts.scheme}）` },
          { key: 'address', label: '地址', children: dash(p.address) },
          { key: 'contact', label: '联系人', children: dash(p.contact) },
          { key: 'phone', label: '联系电话', children: dash(p.phone) },
          { key: 'agreementOn', label: '共建协议签订日期', children: p.agreementOn ?? '未登记' },
          { key: 'activities', label: '共建活动', children: `${p.activityCount} 次` },
          { key: 'note', label: '备注', children: <span style={{ whiteSpace: 'pre-wrap' }}>{dash(p.note)}</span> },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" onClick={() => navigate(`${texts.path}?partner=${p.id}`)}>
          查看{texts.scheme}活动
        </Button>
        <Can method="partnerUnit.update">
          <Button onClick={() => onEdit(p.id, p.name)}>编辑</Button>
        </Can>
      </Space>
    </>
  );
}

export function PartnerDetail({ id, onClose, onEdit }: Props) {
  return (
    <Drawer open={id !== null} title="共建单位详情" size={560} onClose={onClose} destroyOnHidden>
      {id !== null && <DetailBody key={id} id={id} onEdit={onEdit} />}
    </Drawer>
  );
}
