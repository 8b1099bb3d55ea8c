// 培训 page: the register of all mediator training, paged and sorted, with year/kind filters; adds a record for a chosen mediator.
import { PlusOutlined } from '@ant-design/icons';
import { mediatorTrainingKinds } from '@shared/register-codes';
import { mediatorTrainingSortFields, type MediatorTraining, type MediatorTrainingListInput } from '@shared/schemas/mediator-training';
import { App, Button, Select } from 'antd';
import { yearOptions } from '../../lib/dates';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { RegisterList } from '../../components/register-list';
import { codeOptions } from '../../forms/field-inputs';
import { ExportButton } from '../excel/export-button';
import { initialListView, sortOrderOf, toListInput, type ListView } from '../../lib/list-view';
import { mediatorTrainingColumns } from './training-columns';
import { MediatorTrainingEditor, type TrainingTarget } from './training-editor';
import { useDeleteTraining, useTrainingList } from './use-mediator-records';
import { Can } from '../../auth/can';

type SortField = (typeof mediatorTrainingSortFields)[number];
const defaultSort = { sort: 'startDate', order: 'desc' } as const;
const years = yearOptions();
const thisYear = years[0]!.value;

export function TrainingRegisterPage() {
  const { message } = App.useApp();
  const [view, setView] = useState<ListView<SortField>>(() => initialListView<SortField>('startDate', 'desc'));
  const [year, setYear] = useState<number | undefined>(thisYear);
  const [kind, setKind] = useState<MediatorTrainingListInput['kind']>();
  const [editor, setEditor] = useState<{ open: boolean; target: TrainingTarget }>({ open: false, target: { mode: 'create', mediatorId: null } });
  const list = useTrainingList({ ...toListInput(view), year, kind });
  const remove = useDeleteTraining();

  const onDelete = async (t: MediatorTraining) => {
    try {
      await remove.mutateAsync(t.id);
      void message.success(`已删除“${t.title}”`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };
  const filterChanged = () => setView((v) => ({ ...v, page: 1 }));

  return (
    <RegisterList
      title="调解员培训"
      noun="培训记录"
      unit="条"
      searchPlaceholder="调解员姓名、拼音或培训名称"
      view={view}
      onViewChange={setView}
      sortFields={mediatorTrainingSortFields}
      defaultSort={defaultSort}
      list={list}
      columns={mediatorTrainingColumns({
        withMediator: true,
        sortOrderOf: (field) => sortOrderOf(view, field),
        onEdit: (record) => setEditor({ open: true, target: { mode: 'edit', record } }),
        onDelete,
      })}
      emptyText={year ? `${year}年暂无培训记录，点击“新增培训记录”添加` : '暂无培训记录，点击“新增培训记录”添加'}
      filters={
        <>
          <Can method="mediatorTraining.create">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor({ open: true, target: { mode: 'create', mediatorId: null } })}>
              新增培训记录
            </Button>
          </Can>
          <Select<number>
            aria-label="按年度筛选"
            allowClear
            placeholder="全部年度"
            style={{ width: 120 }}
            value={year}
            options={years}
            onChange={(v) => {
              setYear(v);
              filterChanged();
            }}
          />
          <Select<NonNullable<MediatorTrainingListInput['kind']>>
            aria-label="按培训类型筛选"
            allowClear
            placeholder="全部类型"
            style={{ width: 130 }}
            value={kind}
            options={codeOptions(mediatorTrainingKinds)}
            onChange={(v) => {
              setKind(v);
              filterChanged();
            }}
          />
        </>
      }
      actions={
        <>
          <ExportButton list="mediatorTraining" filters={{ ...toListInput(view), year, kind }} />
        </>
      }
    >
      <MediatorTrainingEditor open={editor.open} target={editor.target} pickMediator onClose={() => setEditor((e) => ({ ...e, open: false }))} />
    </RegisterList>
  );
}
