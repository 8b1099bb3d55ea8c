// Dates that matter for a case (issue 4 §4): 调结期限, 司法确认申请期限, 回访, 月度录入 — each with its status and a Chinese line.
import { mediatedStates } from '../case-codes';
import type { CaseDate, CaseEntry } from '../schemas/case';
import { addDays } from './dates';
import { entryDeadline } from './entry-deadline';

export interface CaseDateFacts {
  state: string;
  acceptedOn: string | null;
  concludedOn: string | null;
  agreementEffectiveOn: string | null;
  /** written / oral: only a written agreement goes to 司法确认 (oral ones have no paper for the court). */
  agreementForm: string | null;
  /** The date of the (latest) agreement step. */
  agreementOn: string | null;
  /** The Asia/Shanghai date of enteredAt. */
  enteredOn: string | null;
  /** Earliest 司法确认 application and 回访, null when none. */
  confirmationOn: string | null;
  followUpOn: string | null;
}

export interface CaseDateSettings {
  concludeWithinDays: number;
  confirmationDays: number;
  followUpDays: number;
  entryDeadlineDay: number;
}

/** Within this many days a date is 'dueSoon'. */
export const DUE_SOON_DAYS = 7;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function pending(date: string, today: string, late: 'overdue' | 'missed'): { status: CaseDate['status']; left: number } {
  const left = daysBetween(today, date);
  return { status: left < 0 ? late : left <= DUE_SOON_DAYS ? 'dueSoon' : 'open', left };
}

const isMediated = (state: string) => (mediatedStates as readonly string[]).includes(state);

function concludeBy(f: CaseDateFacts, s: CaseDateSettings, today: string): CaseDate | null {
  if (f.acceptedOn === null || f.state === 'rejected') return null;
  const date = addDays(f.acceptedOn, s.concludeWithinDays);
  const base = { code: 'concludeBy' as const, label: '调结期限', date };
  if (f.concludedOn !== null) {
    const over = daysBetween(date, f.concludedOn);
    return { ...base, status: 'done', detail: over > 0 ? `已于${f.concludedOn}结案，超过期限${over}天` : `已于${f.concludedOn}结案` };
  }
  const { status, left } = pending(date, today, 'overdue');
  const detail =
    status === 'overdue'
      ? `${f.acceptedOn}受理，已超过${s.concludeWithinDays}日调解期限${-left}天`
      : `${f.acceptedOn}受理，一般应在${date}前调结（还剩${left}天）`;
  return { ...base, status, detail };
}

function confirmationBy(f: CaseDateFacts, s: CaseDateSettings, today: string): CaseDate | null {
  if (f.state !== 'succeeded' || f.agreementForm !== 'written' || f.agreementEffectiveOn === null) return null;
  const date = addDays(f.agreementEffectiveOn, s.confirmationDays);
  const base = { code: 'confirmationBy' as const, label: '司法确认申请期限', date };
  if (f.confirmationOn !== null) return { ...base, status: 'done', detail: `已于${f.confirmationOn}申请司法确认` };
  const { status, left } = pending(date, today, 'missed');
  const detail =
    status === 'missed'
      ? `协议于${f.agreementEffectiveOn}生效，${s.confirmationDays}日申请期限已过，未申请司法确认（司法确认由当事人自愿申请）`
      : `协议于${f.agreementEffectiveOn}生效，当事人可在${date}前共同申请司法确认（还剩${left}天）`;
  return { ...base, status, detail };
}

function followUpBy(f: CaseDateFacts, s: CaseDateSettings, today: string): CaseDate | null {
  if (f.state !== 'succeeded' || f.agreementOn === null) return null;
  const date = addDays(f.agreementOn, s.followUpDays);
  const base = { code: 'followUpBy' as const, label: '回访期限', date };
  if (f.followUpOn !== null) return { ...base, status: 'done', detail: `已于${f.followUpOn}回访` };
  const { status, left } = pending(date, today, 'overdue');
  const detail =
    status === 'overdue' ? `协议于${f.agreementOn}达成，回访已逾期${-left}天` : `协议于${f.agreementOn}达成，应在${date}前回访（还剩${left}天）`;
  return { ...base, status, detail };
}

/** The monthly entry rule for a mediated, concluded case; null otherwise. */
export function caseEntryOf(f: Pick<CaseDateFacts, 'state' | 'concludedOn' | 'enteredOn'>, day: number): CaseEntry | null {
  if (f.concludedOn === null || !isMediated(f.state)) return null;
  const deadline = entryDeadline(f.concludedOn, day);
  return { deadline, enteredOn: f.enteredOn, late: f.enteredOn !== null && f.enteredOn > deadline };
}

function entryBy(f: CaseDateFacts, s: CaseDateSettings, today: string): CaseDate | null {
  const entry = caseEntryOf(f, s.entryDeadlineDay);
  if (entry === null) return null;
  const base = { code: 'entryBy' as const, label: '月度录入截止', date: entry.deadline };
  if (entry.enteredOn !== null) {
    return entry.late
      ? { ...base, status: 'missed', detail: `于${entry.enteredOn}录入，晚于截止日${entry.deadline}（逾期录入）` }
      : { ...base, status: 'done', detail: `已于${entry.enteredOn}录入` };
  }
  const { status, left } = pending(entry.deadline, today, 'overdue');
  const detail = status === 'overdue' ? `尚未录入，已超过截止日${-left}天` : `应在${entry.deadline}前录入（还剩${left}天）`;
  return { ...base, status, detail };
}

export function caseDates(f: CaseDateFacts, s: CaseDateSettings, today: string): CaseDate[] {
  return [concludeBy(f, s, today), confirmationBy(f, s, today), followUpBy(f, s, today), entryBy(f, s, today)].filter(
    (d): d is CaseDate => d !== null,
  );
}
