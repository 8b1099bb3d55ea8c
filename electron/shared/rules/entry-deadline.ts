// 月度录入 (product §9): a case concluded in month M is to be entered by the end of day N of month M+1.

const pad = (n: number) => String(n).padStart(2, '0');

/** Day `day` (1–28) of the month after the one `concludedOn` falls in. */
export function entryDeadline(concludedOn: string, day: number): string {
  const year = Number(concludedOn.slice(0, 4));
  const month = Number(concludedOn.slice(5, 7));
  const [y, m] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return `${y}-${pad(m)}-${pad(day)}`;
}

/** Entered after the deadline (the end of the deadline day counts as on time). */
export function isLateEntry(enteredOn: string, concludedOn: string, day: number): boolean {
  return enteredOn > entryDeadline(concludedOn, day);
}
