// 共建单位 page: the 人民法庭 and 派出所 the office builds with, filtered by kind, with add/edit/delete and a detail drawer.
import { PlusOutlined } from '@ant-design/icons';
import { partnerKinds } from '@shared/register-codes';
import { partnerUnitSortFields, type PartnerKind, type PartnerUnit } from '@shared/schemas/partner-unit';
import { App, Button, Select } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { RegisterList } from '../../components/register-list';
import { codeOptions } from '../../forms/field-inputs';
import { toListInput } from '../../lib/list-view';
import { useHashParam } from '../../shell/use-hash-route';
import { idParam, initialPartnerView, partnerDefaultSort, partnersPath, showDetail } from './joint-view';
import { partnerColumns } from './partner-columns';
import { PartnerDetail } from './partner-detail';
import { PartnerEditor, type PartnerTarget } from './partner-editor';
import { useDeletePartner, usePartnerList } from './use-joint';
import { ExportButton } from '../excel/export-button';
import { Can } from '../../auth/can';

const isKind = (v: string | null): v is PartnerKind => v === 'court' || v === 'policeStation';

export function PartnerPage() {
  const { message } = App.useApp();
  const [view, setView] = useState(initialPartnerView);
  const [kind, setKind] = useState<PartnerKind | undefined>(undefined);
  const [editor, setEditor] = useState<{ open: boolean; target: PartnerTarget }>({ open: false, target: { mode: 'create' } });
  const openId = idParam(useHashParam('open'));
  // The activity pages link here with ?new=court when no partner of that kind exists yet.
  const newKind = useHashParam('new');
  const [seenNewKind, setSeenNewKind] = useState<string | null>(null);
  if (newKind !== seenNewKind) {
    setSeenNewKind(newKind);
    if (isKind(newKind)) setEditor({ open: true, target: { mode: 'create', kind: newKind } });
  }
  useEffect(() => {
    if (newKind !== null) showDetail(partnersPath, null);
  }, [newKind]);

  const list = usePartnerList({ ...toListInput(view), kind });
  const remove = useDeletePartner();

  const onDelete = async (p: PartnerUnit) => {
    try {
      await remove.mutateAsync(p.id);
      void message.success(`已删除“${p.name}”`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };
  const edit = (id: number, name: string) => setEditor({ open: true, target: { mode: 'edit', id, name } });

  const columns = partnerColumns({
    sort: view,
    onView: (p) => showDetail(partnersPath, p.id),
    onEdit: (p) => edit(p.id, p.name),
    onDelete,
  });

  return (
    <RegisterList
      title="共建单位"
      noun="共建单位"
      unit="个"
      searchPlaceholder="单位名称或拼音首字母"
      view={view}
      onViewChange={setView}
      sortFields={partnerUnitSortFields}
      defaultSort={partnerDefaultSort}
      list={list}
      columns={columns}
      emptyText={kind ? '没有该类型的共建单位' : '暂无共建单位，点击“新增共建单位”添加人民法庭或派出所'}
      filters={
        <Select
          aria-label="单位类型"
          options={codeOptions(partnerKinds)}
          placeholder="全部类型"
          allowClear
          style={{ width: 130 }}
          value={kind}
          onChange={(v: PartnerKind | undefined) => {
            setKind(v);
            setView((cur) => ({ ...cur, page: 1 }));
          }}
        />
      }
      actions={
        <>
          <Can method="partnerUnit.create">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor({ open: true, target: { mode: 'create', kind } })}>
              新增共建单位
            </Button>
          </Can>
          <ExportButton list="partnerUnit" filters={{ ...toListInput(view), kind }} />
        </>
      }
    >
      <PartnerEditor open={editor.open} target={editor.target} onClose={() => setEditor((e) => ({ ...e, open: false }))} />
      <PartnerDetail id={openId} onClose={() => showDetail(partnersPath, null)} onEdit={edit} />
    </RegisterList>
  );
}
