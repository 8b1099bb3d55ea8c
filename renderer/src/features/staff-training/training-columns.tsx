// Columns of a training table (staff in the drawer, mediators on their register too): kind labels, date range, row actions.
import { trainingKinds, type CodeItem } from '@shared/codes';
import type { StaffTraining } from '@shared/schemas/staff-training';
import type { TableColumnsType } from 'antd';
import { actionsColumn, codeLabel, dash } from '../../components/table-columns';
import { dateRange } from './training-view';

type TrainingRow = Pick<StaffTraining, 'title' | 'kind' | 'startDate' | 'endDate' | 'hours' | 'organizer'>;

interface RecordOptions<T> {
  kinds: readonly CodeItem[];
  /** Sorting props for a column (the mediator register sorts by date and hours on the server). */
  sortable?: (key: 'startDate' | 'hours') => object;
  /** Set column widths, for the narrow drawer table. */
  narrow?: boolean;
  onEdit: (t: T) => void;
  onDelete: (t: T) => Promise<void>;
}

/** 培训名称 … 主办单位 and 操作: the columns every training table has. */
export function trainingRecordColumns<T extends TrainingRow>({ kinds, sortable, narrow, onEdit, onDelete }: RecordOptions<T>): TableColumnsType<T> {
  const width = (w: number) => (narrow ? { width: w } : {});
  return [
    { title: '培训名称', dataIndex: 'title' },
    { title: '培训类型', dataIndex: 'kind', render: codeLabel(kinds), ...width(90) },
    { title: '起止日期', key: 'startDate', dataIndex: 'startDate', ...sortable?.('startDate'), render: (_: unknown, t: T) => dateRange(t), ...width(200) },
    { title: '学时', dataIndex: 'hours', ...sortable?.('hours'), render: dash, ...width(60), align: 'right' },
    { title: '主办单位', dataIndex: 'organizer', render: dash, ...width(150) },
    actionsColumn<T>({
      links: (t) => [{ label: '编辑', onClick: () => onEdit(t), method: 'staffTraining.update' }],
      confirm: (t) => ({ title: `确定删除培训记录“${t.title}”？` }),
      onDelete,
      // Staff and mediator training records: the same 'write' permission either way.
      deleteMethod: 'staffTraining.delete',
      compact: false,
      ...width(110),
    }),
  ];
}

export function trainingColumns({ onEdit, onDelete }: Pick<RecordOptions<StaffTraining>, 'onEdit' | 'onDelete'>): TableColumnsType<StaffTraining> {
  return trainingRecordColumns({ kinds: trainingKinds, narrow: true, onEdit, onDelete });
}
