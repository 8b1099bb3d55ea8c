// Small tags that make a mediator's standing readable at a glance: 专职/兼职, 专家库, 已离任, training due.
import { labelOf } from '@shared/codes';
import { mediatorEmployments } from '@shared/register-codes';
import type { Mediator, MediatorListItem } from '@shared/schemas/mediator';
import { Space, Tag, Tooltip } from 'antd';
import { trainingDue } from './mediator-view';

export function EmploymentTag({ employment }: Pick<Mediator, 'employment'>) {
  return <Tag color={employment === 'fullTime' ? 'blue' : 'default'}>{labelOf(mediatorEmployments, employment)}</Tag>;
}

export function ExpertTag({ inExpertPool, expertField }: Pick<Mediator, 'inExpertPool' | 'expertField'>) {
  if (!inExpertPool) return <span>—</span>;
  return <Tag color="gold">专家库{expertField ? `·${expertField}` : ''}</Tag>;
}

export function NameCell({ m, onOpen }: { m: Pick<Mediator, 'name' | 'leftOn'>; onOpen: () => void }) {
  return (
    <Space size={4}>
      <a onClick={onOpen} role="button" tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && onOpen()}>
        {m.name}
      </a>
      {m.leftOn && <Tag>已离任</Tag>}
    </Space>
  );
}

/** 最近培训: the date, marked red when a mediator in post has had no training in the last 12 months. */
export function LastTrainingCell({ m }: { m: Pick<MediatorListItem, 'leftOn' | 'lastTrainingOn'> }) {
  if (!trainingDue(m)) return <span>{m.lastTrainingOn ?? '—'}</span>;
  return (
    <Tooltip title="每名调解员每年至少培训一次">
      <Space size={4}>
        {m.lastTrainingOn && <span>{m.lastTrainingOn}</span>}
        <Tag color="red">{m.lastTrainingOn ? '超过一年未培训' : '无培训记录'}</Tag>
      </Space>
    </Tooltip>
  );
}
