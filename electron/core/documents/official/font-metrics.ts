// Metrics of a TrueType/OpenType font read from its tables: hhea ascent/descent (as pdfkit measures lines) and advance widths.
import fs from 'node:fs';
import type { FontFile } from '../fonts';

export interface FontMetrics {
  /** Ascent and descent in em (descent negative), from hhea like fontkit/pdfkit. */
  readonly ascent: number;
  readonly descent: number;
  /** The advance width of a character in em (0 when the font lacks it: the PDF then shows nothing either). */
  advance(char: string): number;
}

const cache = new Map<string, FontMetrics>();

function tableOffsets(buf: Buffer, face: number): Map<string, number> {
  const count = buf.readUInt16BE(face + 4);
  const tables = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const rec = face + 12 + i * 16;
    tables.set(buf.toString('latin1', rec, rec + 4), buf.readUInt32BE(rec + 8));
  }
  return tables;
}

function postscriptNameOf(buf: Buffer, tables: Map<string, number>): string | null {
  const name = tables.get('name');
  if (name === undefined) return null;
  const count = buf.readUInt16BE(name + 2);
  const strings = name + buf.readUInt16BE(name + 4);
  for (let i = 0; i < count; i++) {
    const rec = name + 6 + i * 12;
    if (buf.readUInt16BE(rec + 6) !== 6) continue;
    const [platform, length, offset] = [buf.readUInt16BE(rec), buf.readUInt16BE(rec + 8), buf.readUInt16BE(rec + 10)];
    const raw = buf.subarray(strings + offset, strings + offset + length);
    return platform === 3 || platform === 0 ? Buffer.from(raw).swap16().toString('utf16le') : raw.toString('latin1');
  }
  return null;
}

/** The faces of the file: one, or each face of a .ttc collection. */
function faceOffsets(buf: Buffer): number[] {
  if (buf.toString('latin1', 0, 4) !== 'ttcf') return [0];
  return Array.from({ length: buf.readUInt32BE(8) }, (_, i) => buf.readUInt32BE(12 + i * 4));
}

/** A code point → glyph lookup from the Unicode cmap (format 12, else format 4). */
function glyphLookup(buf: Buffer, cmap: number): (cp: number) => number {
  const n = buf.readUInt16BE(cmap + 2);
  const subtables = Array.from({ length: n }, (_, i) => {
    const rec = cmap + 4 + i * 8;
    const at = cmap + buf.readUInt32BE(rec + 4);
    return { platform: buf.readUInt16BE(rec), encoding: buf.readUInt16BE(rec + 2), at, format: buf.readUInt16BE(at) };
  });
  const f12 = subtables.find((t) => t.format === 12 && (t.platform === 3 || t.platform === 0));
  if (f12) {
    const groups = buf.readUInt32BE(f12.at + 12);
    return (cp) => {
      for (let i = 0; i < groups; i++) {
        const g = f12.at + 16 + i * 12;
        const [start, end] = [buf.readUInt32BE(g), buf.readUInt32BE(g + 4)];
        if (cp >= start && cp <= end) return buf.readUInt32BE(g + 8) + cp - start;
      }
      return 0;
    };
  }
  const f4 = subtables.find((t) => t.format === 4 && (t.platform === 3 || t.platform === 0));
  if (!f4) return () => 0;
  const segX2 = buf.readUInt16BE(f4.at + 6);
  const ends = f4.at + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  return (cp) => {
    for (let s = 0; s < segX2; s += 2) {
      if (cp > buf.readUInt16BE(ends + s)) continue;
      const start = buf.readUInt16BE(starts + s);
      if (cp < start) return 0;
      const delta = buf.readInt16BE(deltas + s);
      const range = buf.readUInt16BE(ranges + s);
      if (range === 0) return (cp + delta) & 0xffff;
      const glyph = buf.readUInt16BE(ranges + s + range + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

export function fontMetrics(font: FontFile): FontMetrics {
  const key = `${font.path}#${font.postscriptName ?? ''}`;
  const known = cache.get(key);
  if (known) return known;
  const buf = fs.readFileSync(font.path);
  const faces = faceOffsets(buf).map((offset) => tableOffsets(buf, offset));
  const tables =
    (font.postscriptName === undefined ? undefined : faces.find((t) => postscriptNameOf(buf, t) === font.postscriptName)) ?? faces[0]!;
  const [head, hhea, hmtx, cmap] = ['head', 'hhea', 'hmtx', 'cmap'].map((t) => tables.get(t));
  if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined) {
    throw new Error(`字体文件缺少必要的表：${font.path}`);
  }
  const unitsPerEm = buf.readUInt16BE(head + 18);
  const longMetrics = buf.readUInt16BE(hhea + 34);
  const glyphOf = glyphLookup(buf, cmap);
  const widths = new Map<string, number>();
  const metrics: FontMetrics = {
    ascent: buf.readInt16BE(hhea + 4) / unitsPerEm,
    descent: buf.readInt16BE(hhea + 6) / unitsPerEm,
    advance(char) {
      let w = widths.get(char);
      if (w === undefined) {
        const glyph = glyphOf(char.codePointAt(0)!);
        w = buf.readUInt16BE(hmtx + Math.min(glyph, longMetrics - 1) * 4) / unitsPerEm;
        widths.set(char, w);
      }
      return w;
    },
  };
  cache.set(key, metrics);
  return metrics;
}
