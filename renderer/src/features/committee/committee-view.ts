// The committee and enterprise lists' view state, filters, and small display helpers.
import { labelOf } from '@shared/codes';
import { committeeFields, committeeKinds } from '@shared/register-codes';
import type { Committee, CommitteeListInput } from '@shared/schemas/committee';
import { committeeSortFields } from '@shared/schemas/committee';
import { enterpriseSortFields } from '@shared/schemas/enterprise';
import { initialListView, type ListView } from '../../lib/list-view';

export type CommitteeSort = (typeof committeeSortFields)[number];
export const committeeDefaultSort = { sort: 'name', order: 'asc' } as const;
export const initialCommitteeView: ListView<CommitteeSort> = initialListView<CommitteeSort>('name');

export interface CommitteeFilter {
  kind?: CommitteeListInput['kind'];
  filed?: 'yes' | 'no';
}

export type EnterpriseSort = (typeof enterpriseSortFields)[number];
export const enterpriseDefaultSort = { sort: 'name', order: 'asc' } as const;
export const initialEnterpriseView: ListView<EnterpriseSort> = initialListView<EnterpriseSort>('name');

export interface EnterpriseFilter {
  hasCommittee?: 'yes' | 'no';
  large: boolean;
}

/** 行业性专业性人民调解委员会（医患）, or just the kind. */
export function kindText(c: Pick<Committee, 'kind' | 'field'>): string {
  const kind = labelOf(committeeKinds, c.kind);
  return c.field ? `${kind}（${labelOf(committeeFields, c.field)}）` : kind;
}

