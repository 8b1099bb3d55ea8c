// Breaking text into lines on a character grid: CJK breaks between any two characters, Latin words and numbers stay whole,
// and closing punctuation never starts a line nor opening punctuation ends one (避头尾).

export interface Run<F extends string = string> {
  text: string;
  face: F;
}

export interface Line<F extends string = string> {
  runs: Run<F>[];
  /** Width in pt (the spacing after the last character not counted). */
  width: number;
}

/** Width of one character of a face in pt, including the character spacing after it. */
export type Measure<F extends string> = (char: string, face: F) => number;

const NO_START = new Set('，。、；：？！）》〉”’」』】〕…—%‰·,.;:?!)]}');
const NO_END = new Set('（《〈“‘「『【〔([{');

interface Token<F extends string> {
  text: string;
  face: F;
  width: number;
}

function tokensOf<F extends string>(runs: readonly Run<F>[], measure: Measure<F>): Token<F>[] {
  const tokens: Token<F>[] = [];
  for (const run of runs) {
    // Dates (2026年10月), Latin words and numbers with their signs stay whole; any other character is a token of its own.
    for (const m of run.text.matchAll(/\d+(?:年\d+月(?:\d+日)?|月\d+日|[年月日])|[A-Za-z0-9][A-Za-z0-9.,%+\-/:_@]*|[\s\S]/gu)) {
      const text = m[0];
      tokens.push({ text, face: run.face, width: [...text].reduce((w, ch) => w + measure(ch, run.face), 0) });
    }
  }
  return tokens;
}

function toLine<F extends string>(tokens: readonly Token<F>[], spacing: number): Line<F> {
  const runs: Run<F>[] = [];
  for (const t of tokens) {
    const last = runs[runs.length - 1];
    if (last && last.face === t.face) last.text += t.text;
    else runs.push({ text: t.text, face: t.face });
  }
  return { runs, width: tokens.reduce((w, t) => w + t.width, 0) - (tokens.length > 0 ? spacing : 0) };
}

/**
 * Greedy line breaking. `spacing` is the character spacing included in each measured width (the last
 * character's does not take room); `firstIndent` shortens the first line.
 */
export function breakLines<F extends string>(
  runs: readonly Run<F>[],
  maxWidth: number,
  measure: Measure<F>,
  spacing = 0,
  firstIndent = 0,
): Line<F>[] {
  const tokens = tokensOf(runs, measure);
  const lines: Token<F>[][] = [];
  let current: Token<F>[] = [];
  let width = 0;
  const limit = () => maxWidth - (lines.length === 0 ? firstIndent : 0) + spacing + 1e-6;
  for (const token of tokens) {
    if (current.length > 0 && width + token.width > limit()) {
      const carried: Token<F>[] = [];
      // A closing mark may not start the next line: it takes the character before it along.
      if (NO_START.has(token.text[0]!) && current.length > 1) carried.unshift(current.pop()!);
      while (current.length > 1 && NO_END.has(current[current.length - 1]!.text.slice(-1))) carried.unshift(current.pop()!);
      lines.push(current);
      current = carried;
      width = carried.reduce((w, t) => w + t.width, 0);
    }
    current.push(token);
    width += token.width;
  }
  if (current.length > 0 || lines.length === 0) lines.push(current);
  return lines.map((l) => toLine(l, spacing));
}

/** Lines of about equal length for a multi-line title (GB/T 9704: 梯形或菱形), never wider than `maxWidth`. */
export function balancedLines<F extends string>(runs: readonly Run<F>[], maxWidth: number, measure: Measure<F>): Line<F>[] {
  const greedy = breakLines(runs, maxWidth, measure);
  if (greedy.length < 2) return greedy;
  const total = greedy.reduce((w, l) => w + l.width, 0);
  for (let target = total / greedy.length; target <= maxWidth; target += maxWidth / 40) {
    const lines = breakLines(runs, target, measure);
    if (lines.length === greedy.length) return lines;
  }
  return greedy;
}
