// Draw runs of same-styled, touching text pieces as one: pdfmake writes every CJK character as its own text object.
//
// pdfmake breaks Chinese text into one inline per character (each is a line-break opportunity) and renders each
// with its own colour, font and text operators (its own "TODO: optimizeInlines"). Pieces that touch, share every
// style and carry no link or justification shift are joined before drawing; positions stay the same.
import rendererModule from 'pdfmake/js/Renderer';

interface Inline {
  text: string;
  x: number;
  width: number;
  font: unknown;
  fontSize: number;
  [key: string]: unknown;
}
interface Line {
  inlines: Inline[];
}

/** Properties that must be equal for two pieces to be drawn as one. */
const SAME = ['font', 'fontSize', 'color', 'opacity', 'characterSpacing', 'decoration', 'decorationStyle', 'decorationColor', 'decorationThickness', 'background', 'sup', 'sub'] as const;
/** Properties that keep a piece on its own. */
const ALONE = ['link', 'linkToPage', 'linkToDestination', '_pageNodeRef', '_pageRef', '_textNodeRef', 'fontFeatures', 'justifyShift'] as const;

const solitary = (a: Inline) => ALONE.some((k) => a[k] !== undefined && a[k] !== null && a[k] !== 0);

export function mergeInlines(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const b of inlines) {
    const a = out[out.length - 1];
    if (a && !solitary(a) && !solitary(b) && Math.abs(a.x + a.width - b.x) < 0.01 && SAME.every((k) => a[k] === b[k])) {
      out[out.length - 1] = { ...a, text: a.text + b.text, width: a.width + b.width };
    } else {
      out.push(b);
    }
  }
  return out;
}

let installed = false;
export function installInlineMerge(): void {
  if (installed) return;
  installed = true;
  // Node's ESM loader hands over module.exports (class under .default); bundlers hand over the class itself.
  type RendererClass = { prototype: { renderLine(line: unknown, x: number, y: number): void } };
  const m = rendererModule as RendererClass & { default?: RendererClass };
  const proto = typeof m.prototype?.renderLine === 'function' ? m.prototype : m.default?.prototype;
  if (typeof proto?.renderLine !== 'function') return;
  const original = proto.renderLine;
  proto.renderLine = function (this: unknown, line: unknown, x: number, y: number) {
    const l = line as Line;
    if (!Array.isArray(l.inlines) || l.inlines.length < 2) return original.call(this, line, x, y);
    const own = l.inlines;
    l.inlines = mergeInlines(own);
    try {
      original.call(this, line, x, y);
    } finally {
      l.inlines = own;
    }
  };
}
