// Mediation rules of the 2013 work plan: 300-employee enterprises, yearly mediator training, 5:2:1 and 2–4 staffing.
import { addDays } from './dates';

export const ENTERPRISE_MIN_EMPLOYEES = 300;

export function enterpriseNeedsCommittee(e: { employees: number; committeeId: number | null }): boolean {
  return e.employees >= ENTERPRISE_MIN_EMPLOYEES && e.committeeId === null;
}

/** Active on `today`: not left, or leaving later. */
export function isActiveMediator(m: { leftOn: string | null }, today: string): boolean {
  return m.leftOn === null || m.leftOn > today;
}

export interface TrainingDates {
  startDate: string;
  endDate: string | null;
}

/** The date a training counts from (its last day), or null when it has not started yet. */
function trainingDate(t: TrainingDates, today: string): string | null {
  return t.startDate > today ? null : (t.endDate ?? t.startDate);
}

/** The latest training taken up to today, or null. */
export function lastTraining(trainings: readonly TrainingDates[], today: string): string | null {
  let last: string | null = null;
  for (const t of trainings) {
    const date = trainingDate(t, today);
    if (date !== null && (last === null || date > last)) last = date;
  }
  return last;
}

/** The earliest training date that still counts on `today`: today − 365 days (“within the last 12 months”). */
export function trainingCutoff(today: string): string {
  return addDays(today, -365);
}

/** Trained within the last 12 months: some training dated on or after the cutoff. */
export function trainedWithinYear(trainings: readonly TrainingDates[], today: string): boolean {
  const last = lastTraining(trainings, today);
  return last !== null && last >= trainingCutoff(today);
}

/** Full-time mediators required per committee kind: 5 : 2 : 1 for district, street, village/community; 2–4 professional. */
export const staffingNorms: Readonly<Record<string, { min: number; max?: number; label: string }>> = {
  district: { min: 5, label: '区级调解中心应配备专职调解员不少于5名' },
  street: { min: 2, label: '街道调委会应配备专职调解员不少于2名' },
  village: { min: 1, label: '村调委会应配备专职调解员不少于1名' },
  community: { min: 1, label: '社区调委会应配备专职调解员不少于1名' },
  professional: { min: 2, max: 4, label: '行业性专业性调委会应配备专职调解员2至4名' },
};

/** What is wrong with `fullTime` full-time mediators for a committee of `kind`, or null (also for kinds without a norm). */
export function staffingProblem(kind: string, fullTime: number): string | null {
  const norm = staffingNorms[kind];
  if (!norm) return null;
  if (fullTime >= norm.min && (norm.max === undefined || fullTime <= norm.max)) return null;
  return `现有专职调解员${fullTime}名，${norm.label}`;
}
