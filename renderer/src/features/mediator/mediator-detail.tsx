// The detail drawer of one mediator: tabs 基本信息 / 培训记录 / 奖惩记录, with the training editor beside it.
import { Button, Drawer, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../components/query-error';
import { DisciplinePanel } from './discipline-panel';
import { MediatorInfo } from './mediator-info';
import { MediatorTrainingEditor, type TrainingTarget } from './training-editor';
import { TrainingPanel } from './training-panel';
import { useMediator } from './use-mediator';
import { Can } from '../../auth/can';

interface Props {
  /** Kept while the drawer closes, so the content does not flicker. */
  id: number | null;
  open: boolean;
  onClose: () => void;
  onEdit: (id: number, name: string) => void;
}

export function MediatorDetail({ id, open, onClose, onEdit }: Props) {
  const m = useMediator(id);
  const [editor, setEditor] = useState<{ open: boolean; target: TrainingTarget }>({
    open: false,
    target: { mode: 'create', mediatorId: null },
  });
  const name = m.data?.name;
  return (
    <>
      <Drawer
        open={open}
        title={name ? `调解员：${name}` : '调解员'}
        size={900}
        onClose={onClose}
        destroyOnHidden
        extra={
          m.data && (
            <Can method="mediator.update">
              <Button onClick={() => onEdit(m.data.id, m.data.name)}>编辑基本信息</Button>
            </Can>
          )
        }
      >
        {m.isPending ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : m.isError ? (
          <QueryError title="调解员信息加载失败" error={m.error} onRetry={() => void m.refetch()} />
        ) : (
          <Tabs
            key={m.data.id}
            items={[
              { key: 'info', label: '基本信息', children: <MediatorInfo m={m.data} /> },
              {
                key: 'training',
                label: '培训记录',
                children: <TrainingPanel mediator={m.data} onOpenEditor={(target) => setEditor({ open: true, target })} />,
              },
              { key: 'discipline', label: '奖惩记录', children: <DisciplinePanel mediator={m.data} /> },
            ]}
          />
        )}
      </Drawer>
      {/* A sibling of the Drawer, not a child: a modal portal nested in the drawer's misses its autofocus. */}
      <MediatorTrainingEditor
        open={editor.open}
        target={editor.target}
        pickMediator={false}
        onClose={() => setEditor((e) => ({ ...e, open: false }))}
      />
    </>
  );
}
