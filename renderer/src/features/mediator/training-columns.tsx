// Columns of mediator training tables: in a mediator's drawer, and on the register of all training (with the mediator).
import { mediatorTrainingKinds } from '@shared/register-codes';
import type { MediatorTraining } from '@shared/schemas/mediator-training';
import type { TableColumnsType } from 'antd';
import { hrefTo } from '../../shell/use-hash-route';
import { trainingRecordColumns } from '../staff-training/training-columns';

type SortField = 'startDate' | 'mediatorName' | 'hours';

interface Options {
  /** The register shows who was trained, linking to the mediator's detail. */
  withMediator: boolean;
  sortOrderOf?: (field: SortField) => 'ascend' | 'descend' | null;
  onEdit: (t: MediatorTraining) => void;
  onDelete: (t: MediatorTraining) => Promise<void>;
}

export function mediatorTrainingColumns({ withMediator, sortOrderOf, onEdit, onDelete }: Options): TableColumnsType<MediatorTraining> {
  const sortable = (key: SortField) => (sortOrderOf ? { key, sorter: true, sortOrder: sortOrderOf(key) } : {});
  const mediatorColumn: TableColumnsType<MediatorTraining> = withMediator
    ? [
        {
          title: '调解员',
          dataIndex: 'mediatorName',
          ...sortable('mediatorName'),
          render: (name: string, t: MediatorTraining) => <a href={hrefTo('mediators', t.mediatorId)}>{name}</a>,
        },
      ]
    : [];
  return [...mediatorColumn, ...trainingRecordColumns<MediatorTraining>({ kinds: mediatorTrainingKinds, sortable, onEdit, onDelete })];
}
