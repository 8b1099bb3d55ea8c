// How dates and empty values print on forms: 2026年11月27日, and a blank to write on when a value is unknown.

/** The blank date of a paper form, to fill by hand. */
export const BLANK_DATE = '　　　　年　　月　　日';

/** 2026-11-07 → 2026年11月7日 (GB/T 9704 style: no leading zeros); null or '' → ''. */
export function dateCn(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return '';
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** A date for a signature or seal line: the date when known, else the blank date. */
export function dateOrBlank(iso: string | null | undefined): string {
  return dateCn(iso) || BLANK_DATE;
}

/** 2026-11 → 2026年11月. */
export function monthCn(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? `${m[1]}年${Number(m[2])}月` : '';
}

/** A value or '' — never "null" or "undefined" on paper. */
export function plain(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

// C0 controls except \n (\r goes after line ends are folded), DEL, U+FFFE/U+FFFF, and lone surrogates: what neither
// a PDF font nor XML 1.0 (docx) can carry. Names typed or pasted by users may contain any of them.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0009\u000B-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as it may print: '\r\n' and '\r' become '\n', then every unprintable character (above) is dropped. */
export function printable(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNPRINTABLE, '');
}
