// 三会一课 page: meetings newest first with branch/kind/year filters, editor, read-only detail; `?open=<id>` shows one.
import { yearOptions } from '../../lib/dates';
import { PlusOutlined } from '@ant-design/icons';
import { labelOf } from '@shared/codes';
import { cpcMeetingKinds } from '@shared/register-codes';
import { cpcMeetingSortFields, type CpcMeeting, type CpcMeetingListInput } from '@shared/schemas/cpc-meeting';
import { App, Button, Select } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { RegisterList } from '../../components/register-list';
import { codeOptions } from '../../forms/field-inputs';
import { initialListView, toListInput, type ListView } from '../../lib/list-view';
import { BranchSelect } from './branch-select';
import { meetingColumns, type MeetingSortField } from './meeting-columns';
import { MeetingDetail } from './meeting-detail';
import { MeetingEditor, type MeetingTarget } from './meeting-editor';
import { useCpcMeetings, useDeleteMeeting } from './use-cpc';
import { useOpenRecord } from '../../shell/use-open-record';
import { ExportButton } from '../excel/export-button';
import { Can } from '../../auth/can';

type Filters = Pick<CpcMeetingListInput, 'branchId' | 'kind' | 'year'>;

const defaultSort = { sort: 'heldOn', order: 'desc' } as const;
const years = yearOptions();

export function MeetingPage() {
  const { message } = App.useApp();
  const [view, setView] = useState<ListView<MeetingSortField>>(() => initialListView<MeetingSortField>('heldOn', 'desc'));
  const [filters, setFilters] = useState<Filters>({});
  const [editor, setEditor] = useState<{ open: boolean; target: MeetingTarget }>({ open: false, target: { mode: 'create' } });
  const [detailId, setDetailId] = useOpenRecord('cpc/meetings');
  const list = useCpcMeetings({ ...toListInput(view), ...filters });
  const remove = useDeleteMeeting();

  const filter = (next: Filters) => {
    setFilters((f) => ({ ...f, ...next }));
    setView((v) => ({ ...v, page: 1 }));
  };

  const onDelete = async (m: CpcMeeting) => {
    try {
      await remove.mutateAsync(m.id);
      void message.success(`已删除 ${m.heldOn} 的${labelOf(cpcMeetingKinds, m.kind)}记录`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const columns = meetingColumns({
    sort: view,
    onView: (m) => setDetailId(m.id),
    onEdit: (m) => setEditor({ open: true, target: { mode: 'edit', id: m.id } }),
    onDelete,
  });
  const filtered = filters.branchId !== undefined || filters.kind !== undefined || filters.year !== undefined;

  return (
    <RegisterList
      title="三会一课"
      noun="会议记录"
      unit="次"
      searchPlaceholder="议题、主持人或地点"
      view={view}
      onViewChange={setView}
      sortFields={cpcMeetingSortFields}
      defaultSort={defaultSort}
      list={list}
      columns={columns}
      emptyText={filtered ? '没有符合筛选条件的会议记录' : '暂无会议记录，点击“新增会议记录”登记支部党员大会、支委会、党小组会和党课'}
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
            aria-label="按会议类型筛选"
            placeholder="全部类型"
            allowClear
            style={{ width: 140 }}
            options={codeOptions(cpcMeetingKinds)}
            value={filters.kind}
            onChange={(kind: Filters['kind']) => filter({ kind })}
          />
          <Select
            aria-label="按年度筛选"
            placeholder="全部年度"
            allowClear
            style={{ width: 110 }}
            options={years}
            value={filters.year}
            onChange={(year: number | undefined) => filter({ year })}
          />
        </>
      }
      actions={
        <>
          <Can method="cpcMeeting.create">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor({ open: true, target: { mode: 'create' } })}>
              新增会议记录
            </Button>
          </Can>
          <ExportButton list="cpcMeeting" filters={{ ...toListInput(view), ...filters }} />
        </>
      }
    >
      <MeetingEditor open={editor.open} target={editor.target} onClose={() => setEditor((e) => ({ ...e, open: false }))} />
      <MeetingDetail id={detailId} onClose={() => setDetailId(null)} />
    </RegisterList>
  );
}
