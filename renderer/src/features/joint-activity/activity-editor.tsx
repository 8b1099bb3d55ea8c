// The modal that records or edits a joint activity; in edit mode it loads the record with jointActivity.get first.
import type { CodeItem } from '@shared/codes';
import type { PartnerUnitOption } from '@shared/schemas/partner-unit';
import { FormDialog, LoadedRecord, type DialogSlot } from '../../forms/form-dialog';
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

type FormProps = Pick<Props, 'partners' | 'kinds' | 'partnerLabel'> & DialogSlot;

function EditBody({ id, ...rest }: FormProps & { id: number }) {
  return (
    <LoadedRecord query={useActivity(id)} errorTitle="共建活动加载失败" rows={8}>
      {(activity) => <ActivityForm key={id} id={id} initialValues={activityToValues(activity)} {...rest} />}
    </LoadedRecord>
  );
}

export function ActivityEditor({ open, target, scheme, onClose, ...rest }: Props) {
  const initial: ActivityValues = target.mode === 'create' && target.partnerUnitId ? { partnerUnitId: target.partnerUnitId } : {};
  return (
    <FormDialog
      open={open}
      title={target.mode === 'create' ? `登记${scheme}活动` : `编辑${scheme}活动：${target.title}`}
      width={880}
      onClose={onClose}
    >
      {(slot) =>
        target.mode === 'create' ? (
          <ActivityForm id={null} initialValues={initial} {...slot} {...rest} />
        ) : (
          <EditBody id={target.id} {...slot} {...rest} />
        )
      }
    </FormDialog>
  );
}
