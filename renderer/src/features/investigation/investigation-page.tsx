// 矛盾纠纷排查 page: the rounds register with filters, add/edit/delete, and the detail drawer (opened by ?open=<id> too).
import { PlusOutlined } from '@ant-design/icons';
import { periodLabel } from '@shared/investigation-period';
import { investigationSortFields, type InvestigationRow } from '@shared/schemas/investigation';
import { App, Button } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { RegisterList } from '../../components/register-list';
import { navigate, useHashParam } from '../../shell/use-hash-route';
import { investigationColumns } from './investigation-columns';
import { InvestigationDrawer } from './investigation-drawer';
import { InvestigationEditor, type RoundTarget } from './investigation-editor';
import { InvestigationFilterBar } from './investigation-filters';
import { parseRoundPreset } from './round-preset';
import {
  initialInvestigationView,
  investigationDefaultSort,
  investigationListInput,
  type InvestigationView,
} from './investigation-view';
import { useDeleteInvestigation, useInvestigationList } from './use-investigation';
import { ExportButton } from '../excel/export-button';
import { Can } from '../../auth/can';

export const INVESTIGATIONS_PATH = 'investigations';

interface DrawerState {
  open: boolean;
  id: number | null;
  /** Opens the finding form at once: the round was just recorded as having found disputes. */
  addFinding: boolean;
}

export function InvestigationPage() {
  const { message } = App.useApp();
  const [view, setView] = useState<InvestigationView>(initialInvestigationView);
  const [editor, setEditor] = useState<{ open: boolean; target: RoundTarget }>({ open: false, target: { mode: 'create' } });
  const [drawer, setDrawer] = useState<DrawerState>({ open: false, id: null, addFinding: false });
  // Rounds saved here as 发现矛盾纠纷 that have no finding yet: not shown as a plain 零报告 (this session only; no schema field).
  const [awaiting, setAwaiting] = useState<readonly number[]>([]);
  const list = useInvestigationList(investigationListInput(view));
  const remove = useDeleteInvestigation();

  // ?open=<id> (from the 工作台 or 重大矛盾纠纷) opens that round; adjusting state while rendering, as React advises.
  const openParam = useHashParam('open');
  const [seenParam, setSeenParam] = useState<string | null>(null);
  if (openParam !== seenParam) {
    setSeenParam(openParam);
    const id = Number(openParam);
    if (openParam !== null && Number.isInteger(id) && id > 0) setDrawer({ open: true, id, addFinding: false });
  }
  // ?new=<level>:<period> (the 工作台's 漏报 items) opens 登记排查 with that level and period chosen.
  const newParam = useHashParam('new');
  const [seenNew, setSeenNew] = useState<string | null>(null);
  if (newParam !== seenNew) {
    setSeenNew(newParam);
    const preset = parseRoundPreset(newParam);
    if (preset) setEditor({ open: true, target: { mode: 'create', preset } });
  }

  const closeEditor = () => {
    setEditor((e) => ({ ...e, open: false }));
    if (newParam !== null) navigate(INVESTIGATIONS_PATH, true);
  };

  const closeDrawer = () => {
    setDrawer((d) => ({ ...d, open: false, addFinding: false }));
    if (openParam !== null) navigate(INVESTIGATIONS_PATH, true);
  };

  const onDelete = async (r: InvestigationRow) => {
    try {
      await remove.mutateAsync(r.id);
      void message.success(`已删除${periodLabel(r.period)}的排查记录`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const columns = investigationColumns({
    sort: view,
    awaiting,
    onOpen: (r) => setDrawer({ open: true, id: r.id, addFinding: false }),
    onEdit: (r) => setEditor({ open: true, target: { mode: 'edit', id: r.id, label: periodLabel(r.period) } }),
    onDelete,
  });

  return (
    <RegisterList
      title="矛盾纠纷排查"
      noun="排查记录"
      unit="次"
      searchPlaceholder="网格、排查人或负责人"
      view={view}
      onViewChange={setView}
      sortFields={investigationSortFields}
      defaultSort={investigationDefaultSort}
      list={list}
      columns={columns}
      emptyText="暂无排查记录，点击“登记排查”添加；本期未发现纠纷也应登记（零报告）"
      filters={<InvestigationFilterBar view={view} onChange={setView} />}
      actions={
        <>
          <Can method="investigation.create">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor({ open: true, target: { mode: 'create' } })}>
              登记排查
            </Button>
          </Can>
          <ExportButton list="investigation" filters={investigationListInput(view)} />
        </>
      }
    >
      <InvestigationEditor
        open={editor.open}
        target={editor.target}
        onClose={closeEditor}
        onFoundDisputes={(id) => {
          setAwaiting((ids) => [...ids, id]);
          setDrawer({ open: true, id, addFinding: true });
        }}
      />
      <InvestigationDrawer
        open={drawer.open}
        id={drawer.id}
        addFinding={drawer.addFinding}
        awaitingFindings={drawer.id !== null && awaiting.includes(drawer.id)}
        onClose={closeDrawer}
        onEdit={(id, label) => setEditor({ open: true, target: { mode: 'edit', id, label } })}
      />
    </RegisterList>
  );
}
