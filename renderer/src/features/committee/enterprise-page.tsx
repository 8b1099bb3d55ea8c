// 企业 page: enterprises with committee and ≥300 filters, the 应建未建 marker, add/edit/delete, detail (?open=<id>).
import { PlusOutlined } from '@ant-design/icons';
import { enterpriseSortFields, type Enterprise } from '@shared/schemas/enterprise';
import { App, Button, Checkbox, Select } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { RegisterList } from '../../components/register-list';
import { toListInput } from '../../lib/list-view';
import { enterpriseDefaultSort, initialEnterpriseView, type EnterpriseFilter } from './committee-view';
import { enterpriseColumns } from './enterprise-columns';
import { EnterpriseDetail } from './enterprise-detail';
import { EnterpriseEditor, type EnterpriseTarget } from './enterprise-editor';
import { useDeleteEnterprise, useEnterpriseList } from './use-enterprise';
import { useOpenRecord } from '../../shell/use-open-record';
import { ExportButton } from '../excel/export-button';
import { ImportButton } from '../excel/import-button';
import { Can } from '../../auth/can';

const committeeOptions = [
  { value: 'yes', label: '已建调委会' },
  { value: 'no', label: '未建调委会' },
];

export function EnterprisePage() {
  const { message } = App.useApp();
  const [view, setView] = useState(initialEnterpriseView);
  const [filter, setFilter] = useState<EnterpriseFilter>({ large: false });
  const [editor, setEditor] = useState<{ open: boolean; target: EnterpriseTarget }>({ open: false, target: { mode: 'create' } });
  const [openId, setOpenId] = useOpenRecord('enterprises');
  const list = useEnterpriseList({ ...toListInput(view), ...filter });
  const remove = useDeleteEnterprise();

  const setFilterPart = (patch: Partial<EnterpriseFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setView((v) => ({ ...v, page: 1 }));
  };

  const onDelete = async (e: Enterprise) => {
    try {
      await remove.mutateAsync(e.id);
      void message.success(`已删除“${e.name}”`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const onEdit = (id: number, name: string) => setEditor({ open: true, target: { mode: 'edit', id, name } });
  const columns = enterpriseColumns({ sort: view, onOpen: (e) => setOpenId(e.id), onEdit: (e) => onEdit(e.id, e.name), onDelete });

  return (
    <RegisterList
      title="企业"
      noun="企业"
      unit="家"
      searchPlaceholder="企业名称、拼音首字母或信用代码"
      view={view}
      onViewChange={setView}
      sortFields={enterpriseSortFields}
      defaultSort={enterpriseDefaultSort}
      list={list}
      columns={columns}
      emptyText={filter.hasCommittee || filter.large ? '没有符合筛选条件的企业' : '暂无企业，点击“新增企业”添加'}
      filters={
        <>
          <Select
            aria-label="调委会筛选"
            placeholder="调委会情况"
            allowClear
            style={{ width: 130 }}
            options={committeeOptions}
            value={filter.hasCommittee}
            onChange={(hasCommittee?: EnterpriseFilter['hasCommittee']) => setFilterPart({ hasCommittee })}
          />
          <Checkbox checked={filter.large} onChange={(e) => setFilterPart({ large: e.target.checked })}>
            职工300人以上
          </Checkbox>
        </>
      }
      actions={
        <>
          <Can method="enterprise.create">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor({ open: true, target: { mode: 'create' } })}>
              新增企业
            </Button>
          </Can>
          <ExportButton list="enterprise" filters={{ ...toListInput(view), ...filter }} />
          <ImportButton entity="enterprise" />
        </>
      }
    >
      <EnterpriseEditor open={editor.open} target={editor.target} onClose={() => setEditor((e) => ({ ...e, open: false }))} />
      <EnterpriseDetail id={openId} onClose={() => setOpenId(null)} onEdit={onEdit} />
    </RegisterList>
  );
}
