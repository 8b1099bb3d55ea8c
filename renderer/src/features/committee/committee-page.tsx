// 调委会 page: committees with kind/filing filters, add/edit/delete, and the drawer with members (?open=<id>).
import { PlusOutlined } from '@ant-design/icons';
import { committeeKinds } from '@shared/register-codes';
import { committeeSortFields, type CommitteeListItem } from '@shared/schemas/committee';
import { App, Button, Select } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { RegisterList } from '../../components/register-list';
import { codeOptions } from '../../forms/field-inputs';
import { toListInput } from '../../lib/list-view';
import { committeeColumns } from './committee-columns';
import { CommitteeDetail } from './committee-detail';
import { CommitteeEditor, type CommitteeTarget } from './committee-editor';
import { committeeDefaultSort, initialCommitteeView, type CommitteeFilter } from './committee-view';
import { useCommitteeList, useDeleteCommittee } from './use-committee';
import { useOpenRecord } from '../../shell/use-open-record';
import { ExportButton } from '../excel/export-button';
import { ImportButton } from '../excel/import-button';
import { Can } from '../../auth/can';

const filedOptions = [
  { value: 'yes', label: '已备案' },
  { value: 'no', label: '未备案' },
];

export function CommitteePage() {
  const { message } = App.useApp();
  const [view, setView] = useState(initialCommitteeView);
  const [filter, setFilter] = useState<CommitteeFilter>({});
  const [editor, setEditor] = useState<{ open: boolean; target: CommitteeTarget }>({ open: false, target: { mode: 'create' } });
  const [openId, setOpenId] = useOpenRecord('committees');
  const list = useCommitteeList({ ...toListInput(view), ...filter });
  const remove = useDeleteCommittee();

  const setFilterPart = (patch: CommitteeFilter) => {
    setFilter((f) => ({ ...f, ...patch }));
    setView((v) => ({ ...v, page: 1 }));
  };

  const onDelete = async (c: CommitteeListItem) => {
    try {
      await remove.mutateAsync(c.id);
      void message.success(`已删除“${c.name}”`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const onEdit = (id: number, name: string) => setEditor({ open: true, target: { mode: 'edit', id, name } });
  const columns = committeeColumns({ sort: view, onOpen: (c) => setOpenId(c.id), onEdit: (c) => onEdit(c.id, c.name), onDelete });

  return (
    <RegisterList
      title="人民调解委员会"
      noun="调委会"
      unit="个"
      searchPlaceholder="名称或拼音首字母"
      view={view}
      onViewChange={setView}
      sortFields={committeeSortFields}
      defaultSort={committeeDefaultSort}
      list={list}
      columns={columns}
      emptyText={filter.kind || filter.filed ? '没有符合筛选条件的调委会' : '暂无调委会，点击“新增调委会”添加'}
      filters={
        <>
          <Select
            aria-label="类型筛选"
            placeholder="全部类型"
            allowClear
            style={{ width: 200 }}
            virtual={false}
            options={codeOptions(committeeKinds)}
            value={filter.kind}
            onChange={(kind?: CommitteeFilter['kind']) => setFilterPart({ kind })}
          />
          <Select
            aria-label="备案筛选"
            placeholder="备案情况"
            allowClear
            style={{ width: 110 }}
            options={filedOptions}
            value={filter.filed}
            onChange={(filed?: CommitteeFilter['filed']) => setFilterPart({ filed })}
          />
        </>
      }
      actions={
        <>
          <Can method="committee.create">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor({ open: true, target: { mode: 'create' } })}>
              新增调委会
            </Button>
          </Can>
          <ExportButton list="committee" filters={{ ...toListInput(view), ...filter }} />
          <ExportButton list="committeeMember" filters={{ ...toListInput(view), ...filter }} label="导出委员" />
          <ImportButton entity="committee" />
        </>
      }
    >
      <CommitteeEditor open={editor.open} target={editor.target} onClose={() => setEditor((e) => ({ ...e, open: false }))} />
      <CommitteeDetail id={openId} onClose={() => setOpenId(null)} onEdit={onEdit} />
    </RegisterList>
  );
}
