// The field-by-field comparison the detail drawer shows: every field of before and after, and whether it changed.

export interface FieldChange {
  key: string;
  before: string;
  after: string;
  changed: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '（空）';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Null when either side is not a plain object (the drawer then shows the JSON text side by side). */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] | null {
  const b = before ?? {};
  const a = after ?? {};
  if (!isRecord(b) || !isRecord(a)) return null;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((key) => {
    const was = before === null ? '' : show(b[key]);
    const now = after === null ? '' : show(a[key]);
    return { key, before: was, after: now, changed: JSON.stringify(b[key]) !== JSON.stringify(a[key]) };
  });
}

export const prettyJson = (value: unknown) => (value === null ? '（无）' : JSON.stringify(value, null, 2));
