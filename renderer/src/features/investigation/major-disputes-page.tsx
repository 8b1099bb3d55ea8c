// 重大矛盾纠纷 page: every major dispute found by the rounds, open ones first, tracked until resolved or referred.
import { findingSortFields, type FindingRow } from '@shared/schemas/investigation-finding';
import { Segmented } from 'antd';
import { useState } from 'react';
import { RegisterList } from '../../components/register-list';
import { initialListView, toListInput, type ListView } from '../../lib/list-view';
import { majorDisputeColumns, type FindingSortField } from './major-dispute-columns';
import { StatusDialog } from './status-dialog';
import { useFindingList } from './use-investigation';
import { ExportButton } from '../excel/export-button';

type Closure = 'open' | 'closed' | 'all';
type MajorView = ListView<FindingSortField> & { closure: Closure };

const defaultSort = { sort: 'status', order: 'asc' } as const;
const closureOptions = [
  { value: 'all', label: '全部' },
  { value: 'open', label: '未办结' },
  { value: 'closed', label: '已办结' },
];

export function MajorDisputesPage() {
  const [view, setView] = useState<MajorView>({ ...initialListView<FindingSortField>('status'), closure: 'all' });
  const [dialog, setDialog] = useState<{ open: boolean; finding: FindingRow | null }>({ open: false, finding: null });
  const input = {
    ...toListInput(view),
    major: true,
    open: view.closure === 'all' ? undefined : view.closure === 'open',
  };
  const list = useFindingList(input);
  const columns = majorDisputeColumns({ sort: view, onUpdateStatus: (finding) => setDialog({ open: true, finding }) });
  const emptyText =
    view.closure === 'closed' ? '暂无已办结的重大矛盾纠纷' : '暂无重大矛盾纠纷；排查中发现的纠纷可在登记时列为重大矛盾纠纷';

  return (
    <RegisterList
      title="重大矛盾纠纷"
      noun="重大矛盾纠纷"
      unit="件"
      searchPlaceholder="简要情况、当事人、网格或责任人"
      view={view}
      onViewChange={(update) => setView((v) => ({ ...v, ...update(v) }))}
      sortFields={findingSortFields}
      defaultSort={defaultSort}
      list={list}
      columns={columns}
      emptyText={emptyText}
      actions={<ExportButton list="investigationFinding" filters={input} />}
      filters={
        <Segmented
          aria-label="按办结状态筛选"
          options={closureOptions}
          value={view.closure}
          onChange={(closure) => setView((v) => ({ ...v, closure: closure as Closure, page: 1 }))}
        />
      }
    >
      <StatusDialog open={dialog.open} finding={dialog.finding} onClose={() => setDialog((d) => ({ ...d, open: false }))} />
    </RegisterList>
  );
}
