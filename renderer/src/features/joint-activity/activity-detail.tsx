// Read-only drawer of one joint activity: every field, and the place where its attachments will show.
import { AttachmentsPanel } from '../attachments/attachments-panel';
import { labelOf } from '@shared/codes';
import { jointActivityKinds } from '@shared/register-codes';
import { Button, Descriptions, Drawer, Skeleton, Space } from 'antd';
import { QueryError } from '../../components/query-error';
import { activityTitle } from './activity-columns';
import { dash } from '../../components/table-columns';
import { useActivity } from './use-joint';
import { PrintMenu } from '../documents/print-menu';
import { Can } from '../../auth/can';

interface Props {
  id: number | null;
  onClose: () => void;
  onEdit: (id: number, title: string) => void;
}

const multiline = (v: string | null) => <span style={{ whiteSpace: 'pre-wrap' }}>{dash(v)}</span>;

function DetailBody({ id, onEdit }: { id: number; onEdit: Props['onEdit'] }) {
  const activity = useActivity(id);
  if (activity.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (activity.isError) {
    return <QueryError title="共建活动加载失败" error={activity.error} onRetry={() => void activity.refetch()} />;
  }
  const a = activity.data;
  return (
    <>
      <Descriptions
        column={1}
        bordered
        size="small"
        styles={{ label: { width: 130 } }}
        extra={
          <Space>
            <PrintMenu items={[{ key: 'jointActivity', title: '共建活动记录', target: { form: 'jointActivity', id: a.id } }]} />
            <Can method="jointActivity.update">
              <Button onClick={() => onEdit(a.id, activityTitle(a))}>编辑</Button>
            </Can>
          </Space>
        }
        items={[
          { key: 'partner', label: '共建单位', children: a.partnerName },
          { key: 'heldOn', label: '活动日期', children: a.heldOn },
          { key: 'kind', label: '活动类型', children: labelOf(jointActivityKinds, a.kind) },
          { key: 'place', label: '活动地点', children: a.place },
          { key: 'our', label: '本所参加人员', children: a.ourParticipants },
          { key: 'partnerParticipants', label: '对方参加人员', children: a.partnerParticipants },
          { key: 'summary', label: '内容摘要', children: multiline(a.summary) },
          { key: 'results', label: '成效', children: multiline(a.results) },
          { key: 'cases', label: '涉及案件数', children: dash(a.casesCount) },
          { key: 'note', label: '备注', children: multiline(a.note) },
        ]}
      />
      <AttachmentsPanel
        ownerType="jointActivity"
        ownerId={a.id}
        roles={['photo', 'signIn', 'minutes', 'agreement', 'other']}
      />
    </>
  );
}

export function ActivityDetail({ id, onClose, onEdit }: Props) {
  return (
    <Drawer open={id !== null} title="共建活动详情" size={640} onClose={onClose} destroyOnHidden>
      {id !== null && <DetailBody key={id} id={id} onEdit={onEdit} />}
    </Drawer>
  );
}
