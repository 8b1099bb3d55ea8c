// The joint-building pages' list views, labels per partner kind, and the `?open=` link helpers.
import { jointActivitySortFields } from '@shared/schemas/joint-activity';
import { partnerUnitSortFields, type PartnerKind } from '@shared/schemas/partner-unit';
import { initialListView, type ListView } from '../../lib/list-view';
import { hrefOf, hrefTo } from '../../shell/use-hash-route';

export type PartnerSortField = (typeof partnerUnitSortFields)[number];
export type ActivitySortField = (typeof jointActivitySortFields)[number];

export const partnerDefaultSort = { sort: 'createdAt', order: 'asc' } as const;
export const initialPartnerView: ListView<PartnerSortField> = initialListView<PartnerSortField>('createdAt');

export const activityDefaultSort = { sort: 'heldOn', order: 'desc' } as const;
export const initialActivityView: ListView<ActivitySortField> = initialListView<ActivitySortField>('heldOn', 'desc');

export const partnersPath = 'joint/partners';

/** What each kind of partner is called, and the page of its activities. */
export const kindTexts: Record<PartnerKind, { partner: string; scheme: string; path: string }> = {
  court: { partner: '人民法庭', scheme: '庭所共建', path: 'joint/court' },
  policeStation: { partner: '派出所', scheme: '所所共建', path: 'joint/police' },
};

/** A positive integer id from a hash parameter, or null. */
export function idParam(value: string | null): number | null {
  const id = Number(value);
  return value !== null && Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** Opens or closes a record's detail by rewriting the hash query in place (no history entry). */
export function showDetail(path: string, id: number | null): void {
  window.location.replace(id === null ? hrefOf(path) : hrefTo(path, id));
}


