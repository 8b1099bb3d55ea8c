// The modal that records or edits a joint activity; in edit mode it loads the record with jointActivity.get first.
import type { CodeItem } from '@shared/codes';
import type { PartnerUnitOption } from '@shared/schemas/partner-unit';
import { Modal, Skeleton } from 'antd';
import { QueryError } from '../../components/query-error';
import { useDiscardGuard } from '../../forms/use-discard-guard';
import { ActivityForm, activityToValues, type ActivityValues } from './activity-form';
import { useActivity } from './use-joint';

export type ActivityTarget = { mode: 'create'; partnerUnitId?: number } | { mode: 'edit'; id: number; title: string };

interface Props {
  open: boolean;
  target: ActivityTarget;
  /** 庭所共建 or 所所共建: the dialog's title. */
  scheme: string;
  partnerLabel: string;
  partners: readonly PartnerUnitOption[];
  kinds: readonly CodeItem[];
  onClose: () => void;
}

type FormProps = Pick<Props, 'partners' | 'kinds' | 'partnerLabel'> & { onClose: () => void; onChange: () => void };

function EditBody({ id, onClose, onChange, ...rest }: FormProps & { id: number }) {
  const activity = useActivity(id);
  if (activity.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (activity.isError) {
    return <QueryError title="共建活动加载失败" error={activity.error} onRetry={() => void activity.refetch()} />;
  }
  return <ActivityForm key={id} id={id} initialValues={activityToValues(activity.data)} onDone={onClose} onChange={onChange} {...rest} />;
}

export function ActivityEditor({ open, target, scheme, onClose, ...rest }: Props) {
  const guard = useDiscardGuard(onClose);
  const initial: ActivityValues = target.mode === 'create' && target.partnerUnitId ? { partnerUnitId: target.partnerUnitId } : {};
  return (
    <Modal
      open={open}
      title={target.mode === 'create' ? `登记${scheme}活动` : `编辑${scheme}活动：${target.title}`}
      footer={null}
      width={880}
      onCancel={guard.requestClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {target.mode === 'create' ? (
        <ActivityForm id={null} initialValues={initial} onDone={guard.close} onChange={guard.markDirty} {...rest} />
      ) : (
        <EditBody id={target.id} onClose={guard.close} onChange={guard.markDirty} {...rest} />
      )}
    </Modal>
  );
}
