// A search hit's snippet: the text in 【】 shown highlighted, everything rendered as plain text (never as HTML).
import { Typography } from 'antd';

/** Splits 'a【b】c' into the plain and the hit parts, in order; an unclosed 【 stays plain text. */
export function snippetParts(snippet: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  let rest = snippet;
  while (rest) {
    const open = rest.indexOf('【');
    const close = open < 0 ? -1 : rest.indexOf('】', open + 1);
    if (open < 0 || close < 0) {
      parts.push({ text: rest, hit: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), hit: false });
    if (close > open + 1) parts.push({ text: rest.slice(open + 1, close), hit: true });
    rest = rest.slice(close + 1);
  }
  return parts;
}

export function CaseSnippet({ snippet, maxWidth = 360 }: { snippet: string; maxWidth?: number }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', maxWidth }} ellipsis={{ tooltip: snippet.replace(/[【】]/g, '') }}>
      {snippetParts(snippet).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </Typography.Text>
  );
}
