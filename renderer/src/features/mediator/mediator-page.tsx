// 调解员 page: searchable, filtered, server-paged mediator table; add/edit/delete; detail drawer with training and discipline (?open=<id>).
import { PlusOutlined } from '@ant-design/icons';
import { mediatorSortFields, type MediatorListItem } from '@shared/schemas/mediator';
import { App, Button } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { RegisterList } from '../../components/register-list';
import { ExportButton } from '../excel/export-button';
import { ImportButton } from '../excel/import-button';
import { toListInput } from '../../lib/list-view';
import { mediatorColumns } from './mediator-columns';
import { MediatorDetail } from './mediator-detail';
import { MediatorEditor, type MediatorEditorTarget } from './mediator-editor';
import { MediatorFilterBar } from './mediator-filters';
import { filtersToInput, initialMediatorView, mediatorDefaultSort, type MediatorFilters, type MediatorView } from './mediator-view';
import { useOpenDetail } from '../../shell/use-open-record';
import { useDeleteMediator, useMediatorList } from './use-mediator';
import { Can } from '../../auth/can';
import { useSeesSensitive } from '../../auth/use-can';

export function MediatorPage() {
  // Without the right to see ID numbers and phones, searches do not match them (they would reveal masked digits).
  const fullSearch = useSeesSensitive();
  const { message } = App.useApp();
  const [view, setView] = useState<MediatorView>(initialMediatorView);
  const [filters, setFilters] = useState<MediatorFilters>({});
  const [editor, setEditor] = useState<{ open: boolean; target: MediatorEditorTarget }>({ open: false, target: { mode: 'create' } });
  const detail = useOpenDetail('mediators');
  const list = useMediatorList({ ...toListInput(view), ...filtersToInput(filters) });
  const remove = useDeleteMediator();

  const onDelete = async (m: MediatorListItem) => {
    try {
      await remove.mutateAsync(m.id);
      void message.success(`已删除“${m.name}”`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };
  const onEdit = (id: number, name: string) => setEditor({ open: true, target: { mode: 'edit', id, name } });

  return (
    <RegisterList
      title="调解员"
      noun="调解员"
      unit="人"
      searchPlaceholder={fullSearch ? '姓名、拼音首字母或身份证号' : '姓名或拼音首字母'}
      view={view}
      onViewChange={setView}
      sortFields={mediatorSortFields}
      defaultSort={mediatorDefaultSort}
      list={list}
      columns={mediatorColumns({ sort: view, onOpen: (m) => detail.show(m.id), onEdit: (m) => onEdit(m.id, m.name), onDelete })}
      emptyText={Object.values(filters).some((v) => v !== undefined) ? '没有符合筛选条件的调解员' : '暂无调解员，点击“新增调解员”添加'}
      filters={
        <MediatorFilterBar
          value={filters}
          onChange={(next) => {
            setFilters(next);
            setView((v) => ({ ...v, page: 1 }));
          }}
        />
      }
      actions={
        <>
          <Can method="mediator.create">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor({ open: true, target: { mode: 'create' } })}>
              新增调解员
            </Button>
          </Can>
          <ExportButton list="mediator" filters={{ ...toListInput(view), ...filtersToInput(filters) }} />
          <ExportButton list="mediatorDiscipline" filters={{ ...toListInput(view), ...filtersToInput(filters) }} label="导出奖惩记录" />
          <ImportButton entity="mediator" />
        </>
      }
    >
      <MediatorEditor open={editor.open} target={editor.target} onClose={() => setEditor((e) => ({ ...e, open: false }))} />
      <MediatorDetail id={detail.id} open={detail.open} onClose={detail.close} onEdit={onEdit} />
    </RegisterList>
  );
}
