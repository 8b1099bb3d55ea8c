// 党员 page: the member register with branch/type/status filters, editor, detail drawer; `?open=<id>` shows one.
import { PlusOutlined } from '@ant-design/icons';
import { cpcMemberTypes } from '@shared/register-codes';
import { cpcMemberSortFields, type CpcMember } from '@shared/schemas/cpc-member';
import { App, Button, Select } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { RegisterList } from '../../components/register-list';
import { codeOptions } from '../../forms/field-inputs';
import { initialListView, toListInput, type ListView } from '../../lib/list-view';
import { useHashParam } from '../../shell/use-hash-route';
import { BranchSelect } from './branch-select';
import { memberColumns, type MemberSortField } from './member-columns';
import { MemberDetail } from './member-detail';
import { MemberEditor, type MemberTarget } from './member-editor';
import { useCpcMembers, useDeleteMember } from './use-cpc';
import { useOpenRecord } from '../../shell/use-open-record';
import { ExportButton } from '../excel/export-button';
import { ImportButton } from '../excel/import-button';
import { Can } from '../../auth/can';

interface Filters {
  branchId?: number;
  memberType?: 'full' | 'probationary';
  active?: boolean;
}

const defaultSort = { sort: 'createdAt', order: 'asc' } as const;
const statusOptions = [
  { value: 'active', label: '在册党员' },
  { value: 'out', label: '已转出' },
];

export function MemberPage() {
  const { message } = App.useApp();
  const branchParam = Number(useHashParam('branch'));
  const [view, setView] = useState<ListView<MemberSortField>>(() => initialListView<MemberSortField>('createdAt'));
  const [filters, setFilters] = useState<Filters>(() => (branchParam > 0 ? { branchId: branchParam } : {}));
  const [editor, setEditor] = useState<{ open: boolean; target: MemberTarget }>({ open: false, target: { mode: 'create' } });
  const [detailId, setDetailId] = useOpenRecord('cpc/members');
  const list = useCpcMembers({ ...toListInput(view), ...filters });
  const remove = useDeleteMember();

  const filter = (next: Filters) => {
    setFilters((f) => ({ ...f, ...next }));
    setView((v) => ({ ...v, page: 1 }));
  };

  const onDelete = async (m: CpcMember) => {
    try {
      await remove.mutateAsync(m.id);
      void message.success(`已删除“${m.name}”`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const columns = memberColumns({
    sort: view,
    onView: (m) => setDetailId(m.id),
    onEdit: (m) => setEditor({ open: true, target: { mode: 'edit', id: m.id, name: m.name } }),
    onDelete,
  });

  return (
    <RegisterList
      title="党员"
      noun="党员"
      unit="人"
      searchPlaceholder="姓名、拼音首字母或身份证号"
      view={view}
      onViewChange={setView}
      sortFields={cpcMemberSortFields}
      defaultSort={defaultSort}
      list={list}
      columns={columns}
      emptyText={filters.branchId || filters.memberType || filters.active !== undefined ? '没有符合筛选条件的党员' : '暂无党员，点击“新增党员”添加'}
      filters={
        <>
          <BranchSelect
            aria-label="按支部筛选"
            placeholder="全部支部"
            allowClear
            style={{ width: 180 }}
            value={filters.branchId}
            onChange={(branchId) => filter({ branchId })}
          />
          <Select
            aria-label="按党员类型筛选"
            placeholder="全部类型"
            allowClear
            style={{ width: 120 }}
            options={codeOptions(cpcMemberTypes)}
            value={filters.memberType}
            onChange={(memberType: Filters['memberType']) => filter({ memberType })}
          />
          <Select
            aria-label="按组织关系筛选"
            placeholder="在册与转出"
            allowClear
            style={{ width: 130 }}
            options={statusOptions}
            value={filters.active === undefined ? undefined : filters.active ? 'active' : 'out'}
            onChange={(v: string | undefined) => filter({ active: v === undefined ? undefined : v === 'active' })}
          />
        </>
      }
      actions={
        <>
          <Can method="cpcMember.create">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor({ open: true, target: { mode: 'create' } })}>
              新增党员
            </Button>
          </Can>
          <ExportButton list="cpcMember" filters={{ ...toListInput(view), ...filters }} />
          <ImportButton entity="cpcMember" />
        </>
      }
    >
      <MemberEditor open={editor.open} target={editor.target} onClose={() => setEditor((e) => ({ ...e, open: false }))} />
      <MemberDetail id={detailId} onClose={() => setDetailId(null)} />
    </RegisterList>
  );
}
