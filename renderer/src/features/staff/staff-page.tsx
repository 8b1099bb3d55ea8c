// 工作人员 page: searchable, server-paged and sorted staff table with add/edit/delete and training records.
import { PlusOutlined } from '@ant-design/icons';
import { staffSortFields, type Staff } from '@shared/schemas/staff';
import { App, Button } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { RegisterList } from '../../components/register-list';
import { ExportButton } from '../excel/export-button';
import { ImportButton } from '../excel/import-button';
import { toListInput } from '../../lib/list-view';
import { TrainingDrawer, type TrainingPerson } from '../staff-training/training-drawer';
import { staffColumns } from './staff-columns';
import { StaffEditor, type EditorTarget } from './staff-editor';
import { initialStaffView, staffDefaultSort, type StaffView } from './staff-view';
import { useDeleteStaff, useStaffList } from './use-staff';
import { Can } from '../../auth/can';
import { useSeesSensitive } from '../../auth/use-can';

export function StaffPage() {
  // Without the right to see ID numbers and phones, searches do not match them (they would reveal masked digits).
  const fullSearch = useSeesSensitive();
  const { message } = App.useApp();
  const [view, setView] = useState<StaffView>(initialStaffView);
  const [editor, setEditor] = useState<{ open: boolean; target: EditorTarget }>({
    open: false,
    target: { mode: 'create' },
  });
  const [training, setTraining] = useState<{ open: boolean; person: TrainingPerson | null }>({
    open: false,
    person: null,
  });
  const list = useStaffList(toListInput(view));
  const remove = useDeleteStaff();

  const onDelete = async (s: Staff) => {
    try {
      await remove.mutateAsync(s.id);
      void message.success(`已删除“${s.name}”`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const columns = staffColumns({
    sort: view,
    onEdit: (s) => setEditor({ open: true, target: { mode: 'edit', id: s.id, name: s.name } }),
    onTraining: (s) => setTraining({ open: true, person: { id: s.id, name: s.name } }),
    onDelete,
  });

  return (
    <RegisterList
      title="工作人员"
      noun="工作人员"
      unit="人"
      searchPlaceholder={fullSearch ? '姓名、拼音首字母或身份证号' : '姓名或拼音首字母'}
      view={view}
      onViewChange={setView}
      sortFields={staffSortFields}
      defaultSort={staffDefaultSort}
      list={list}
      columns={columns}
      emptyText="暂无工作人员，点击“新增工作人员”添加"
      actions={
        <>
          <Can method="staff.create">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor({ open: true, target: { mode: 'create' } })}>
              新增工作人员
            </Button>
          </Can>
          <ExportButton list="staff" filters={{ q: view.q, sort: view.sort, order: view.order }} />
          <ImportButton entity="staff" />
        </>
      }
    >
      <StaffEditor open={editor.open} target={editor.target} onClose={() => setEditor((e) => ({ ...e, open: false }))} />
      <TrainingDrawer
        open={training.open}
        person={training.person}
        onClose={() => setTraining((t) => ({ ...t, open: false }))}
      />
    </RegisterList>
  );
}
