// Masking of personal data (ID numbers, phones) for viewers without the right to see them: pure, idempotent, length-preserving.

/** What kind of value a sensitive key holds; `text` is free text that may quote a code (search snippets). */
export type MaskKind = 'idNumber' | 'phone' | 'text';

/**
 * Keys that carry a person's ID number or phone in any output (staff, Party members, mediators, committee members,
 * case parties and agents, enterprise and partner-unit contacts, audit rows' before/after), and the case list's
 * search snippet, which quotes the matched ID number or phone.
 */
export const sensitiveKeys: Readonly<Record<string, MaskKind>> = {
  idNumber: 'idNumber',
  id_number: 'idNumber',
  phone: 'phone',
  snippet: 'text',
};

const STAR = '*';
const stars = (n: number): string => STAR.repeat(Math.max(0, n));

/** Anything that is not a known shape: at most the last 2 characters stay (none below 3, one below 6). */
function maskOther(value: string): string {
  const chars = [...value];
  const keep = Math.min(2, Math.floor(chars.length / 3));
  return stars(chars.length - keep) + chars.slice(chars.length - keep).join('');
}

/** Keeps `head` leading and `tail` trailing characters; the middle becomes stars. */
function keepEnds(value: string, head: number, tail: number): string {
  return value.slice(0, head) + stars(value.length - head - tail) + value.slice(value.length - tail);
}

/** 110101199003070021 → 1101**********0021; 15-digit numbers 1101*******1234; anything else keeps at most its last 2. */
export function maskIdNumber(value: string): string;
export function maskIdNumber(value: null): null;
export function maskIdNumber(value: string | null): string | null;
export function maskIdNumber(value: string | null): string | null {
  if (value === null || value === undefined) return value;
  if ((value.length === 18 || value.length === 15) && /^[0-9Xx*]+$/.test(value)) return keepEnds(value, 4, 4);
  return maskOther(value);
}

const LANDLINE = /^(0\d{2,3})-([0-9*]{7,8})(?:-([0-9*]{1,6}))?$/;

/** 13812345678 → 138****5678; 025-84561234 → 025-****1234 (an extension is starred); anything else keeps at most its last 2. */
export function maskPhone(value: string): string;
export function maskPhone(value: null): null;
export function maskPhone(value: string | null): string | null;
export function maskPhone(value: string | null): string | null {
  if (value === null || value === undefined) return value;
  if (/^[0-9*]{11}$/.test(value)) return keepEnds(value, 3, 4);
  const landline = LANDLINE.exec(value);
  if (landline) {
    const [, area, number, ext] = landline as unknown as [string, string, string, string | undefined];
    return `${area}-${keepEnds(number, 0, 4)}${ext === undefined ? '' : `-${stars(ext.length)}`}`;
  }
  return maskOther(value);
}

/** A run of code characters in free text, with the 【】 a search snippet marks its hit with. */
const CODE_RUN = /[0-9Xx*【】]+/g;

/**
 * Free text (a search snippet): every run of 7 or more digits is masked as an ID number (15/18 long), a phone (11)
 * or else down to its last 2; a run marked with 【】 keeps the marks around the whole masked run.
 */
export function maskText(value: string): string {
  return value.replace(CODE_RUN, (run) => {
    const code = run.replace(/[【】]/g, '');
    if ((code.match(/[0-9*]/g) ?? []).length < 7) return run;
    const masked = code.length === 18 || code.length === 15 ? maskIdNumber(code) : code.length === 11 ? maskPhone(code) : maskOther(code);
    return run.includes('【') || run.includes('】') ? `【${masked}】` : masked;
  });
}

function maskOf(kind: MaskKind, value: string): string {
  return kind === 'idNumber' ? maskIdNumber(value) : kind === 'phone' ? maskPhone(value) : maskText(value);
}

export interface MaskDeepOptions {
  /** Paths left as they are (organisations' phones), e.g. `phone` or `items[3].phone`. */
  keep?: (path: string) => boolean;
}

/**
 * A copy of a JSON value with every string under a sensitive key masked, and the paths (`parties[0].agents[1].phone`)
 * whose value changed. Values under other keys are never touched; the input is not modified.
 */
export function maskDeep(
  value: unknown,
  keys: Readonly<Record<string, MaskKind>> = sensitiveKeys,
  options: MaskDeepOptions = {},
): { value: unknown; paths: string[] } {
  const paths: string[] = [];
  const walk = (node: unknown, path: string): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => walk(item, `${path}[${i}]`));
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      const at = path === '' ? key : `${path}.${key}`;
      const kind = Object.hasOwn(keys, key) ? keys[key] : undefined;
      if (kind !== undefined && typeof child === 'string' && !options.keep?.(at)) {
        const masked = maskOf(kind, child);
        if (masked !== child) paths.push(at);
        out[key] = masked;
      } else {
        out[key] = walk(child, at);
      }
    }
    return out;
  };
  return { value: walk(value, ''), paths };
}
