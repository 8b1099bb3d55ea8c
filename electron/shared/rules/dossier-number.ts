// 卷号 (dossier number, domain-reference §1.14): fills the configurable pattern and derives a committee's 简称.

export interface DossierNumberParts {
  year: number;
  shortName: string;
  seq: number;
}

/** Fills {年}, {简称}, {序号} and {序号:N} (zero-padded to N digits); a longer number is never cut. */
export function formatDossierNumber(pattern: string, parts: DossierNumberParts): string {
  return pattern
    .replace(/\{年\}/g, String(parts.year))
    .replace(/\{简称\}/g, parts.shortName)
    .replace(/\{序号(?::([1-9]))?\}/g, (_m, width: string | undefined) =>
      String(parts.seq).padStart(width === undefined ? 0 : Number(width), '0'),
    );
}

const COMMITTEE_SUFFIXES = ['人民调解委员会', '调解委员会', '调委会'];
const PLACE_SUFFIXES = ['办事处', '街道', '社区', '村', '镇', '乡'];

function stripSuffix(text: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (text.endsWith(suffix) && text.length - suffix.length >= 2) return text.slice(0, -suffix.length);
  }
  return text;
}

/** The committee's own 简称 if set; else its name without 人民调解委员会 and a trailing 街道/社区/村/镇/乡/办事处 (keeping ≥ 2 characters). */
export function committeeShortName(name: string, shortName: string | null | undefined): string {
  const own = shortName?.trim();
  if (own) return own;
  const base = stripSuffix(name.trim(), COMMITTEE_SUFFIXES);
  return stripSuffix(base, PLACE_SUFFIXES);
}
