// 庭所共建 / 所所共建 page: the activities held with partners of one kind, filtered, with record/edit/delete and a detail drawer.
import { PlusOutlined } from '@ant-design/icons';
import { jointActivityKinds } from '@shared/register-codes';
import { jointActivitySortFields, type JointActivity } from '@shared/schemas/joint-activity';
import type { PartnerKind } from '@shared/schemas/partner-unit';
import { App, Button } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { RegisterList } from '../../components/register-list';
import { toListInput } from '../../lib/list-view';
import { navigate, useHashParam } from '../../shell/use-hash-route';
import { activityColumns, activityTitle } from './activity-columns';
import { ActivityDetail } from './activity-detail';
import { ActivityEditor, type ActivityTarget } from './activity-editor';
import { ActivityFilters, type ActivityFilter } from './activity-filters';
import { activityDefaultSort, idParam, initialActivityView, kindTexts, partnersPath, showDetail } from './joint-view';
import { useActivityList, useDeleteActivity, usePartnerOptions } from './use-joint';
import { ExportButton } from '../excel/export-button';
import { Can } from '../../auth/can';

/** 庭审观摩 is offered only with a court (the core refuses it with a police station too). */
const kindsFor = (kind: PartnerKind) => (kind === 'court' ? jointActivityKinds : jointActivityKinds.filter((k) => k.code !== 'trialObservation'));

export function ActivityPage({ partnerKind }: { partnerKind: PartnerKind }) {
  const { message } = App.useApp();
  const texts = kindTexts[partnerKind];
  const kinds = kindsFor(partnerKind);
  const [view, setView] = useState(initialActivityView);
  const [filter, setFilter] = useState<ActivityFilter>({});
  const [editor, setEditor] = useState<{ open: boolean; target: ActivityTarget }>({ open: false, target: { mode: 'create' } });
  const openId = idParam(useHashParam('open'));
  // The partner detail links here with ?partner=<id>: show that partner's activities.
  const partnerParam = idParam(useHashParam('partner'));
  const [seenPartnerParam, setSeenPartnerParam] = useState<number | null>(null);
  if (partnerParam !== seenPartnerParam) {
    setSeenPartnerParam(partnerParam);
    if (partnerParam !== null) {
      setFilter({ partnerUnitId: partnerParam });
      setView((v) => ({ ...v, page: 1 }));
    }
  }
  useEffect(() => {
    if (partnerParam !== null) showDetail(texts.path, null);
  }, [partnerParam, texts.path]);

  const partners = usePartnerOptions(partnerKind);
  const list = useActivityList({ ...toListInput(view), ...filter, partnerKind });
  const remove = useDeleteActivity();
  const noPartner = partners.data?.items.length === 0;

  const onDelete = async (a: JointActivity) => {
    try {
      await remove.mutateAsync(a.id);
      void message.success(`已删除“${activityTitle(a)}”`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };
  const edit = (id: number, title: string) => setEditor({ open: true, target: { mode: 'edit', id, title } });
  const filtered = filter.kind !== undefined || filter.year !== undefined || filter.partnerUnitId !== undefined;

  const columns = activityColumns({
    sort: view,
    onView: (a) => showDetail(texts.path, a.id),
    onEdit: (a) => edit(a.id, activityTitle(a)),
    onDelete,
  });

  return (
    <RegisterList
      title={texts.scheme}
      noun={`${texts.scheme}活动`}
      unit="次"
      searchPlaceholder="内容、地点或单位名称"
      view={view}
      onViewChange={setView}
      sortFields={jointActivitySortFields}
      defaultSort={activityDefaultSort}
      list={list}
      columns={columns}
      emptyText={
        noPartner
          ? `还没有${texts.partner}：先在共建单位中添加${texts.partner}，再登记${texts.scheme}活动`
          : filtered
            ? `没有符合筛选条件的${texts.scheme}活动`
            : `暂无${texts.scheme}活动，点击“登记活动”添加`
      }
      filters={
        <ActivityFilters
          value={filter}
          onChange={(next) => {
            setFilter(next);
            setView((v) => ({ ...v, page: 1 }));
          }}
          partners={partners.data?.items ?? []}
          kinds={kinds}
        />
      }
      actions={
        <>
          <Can method="jointActivity.create">
            {noPartner ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(`${partnersPath}?new=${partnerKind}`)}>
                添加{texts.partner}
              </Button>
            ) : (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!partners.data}
                onClick={() => setEditor({ open: true, target: { mode: 'create', partnerUnitId: filter.partnerUnitId } })}
              >
                登记活动
              </Button>
            )}
          </Can>
          <ExportButton list="jointActivity" filters={{ ...toListInput(view), ...filter, partnerKind }} />
        </>
      }
    >
      <ActivityEditor
        open={editor.open}
        target={editor.target}
        scheme={texts.scheme}
        partnerLabel={texts.partner}
        partners={partners.data?.items ?? []}
        kinds={kinds}
        onClose={() => setEditor((e) => ({ ...e, open: false }))}
      />
      <ActivityDetail id={openId} onClose={() => showDetail(texts.path, null)} onEdit={edit} />
    </RegisterList>
  );
}
