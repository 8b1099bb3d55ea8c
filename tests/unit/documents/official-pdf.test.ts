// The GB/T 9704 PDF with the bundled font: A4, text block at 28 mm / 37 mm, 28 characters a line, 22 lines a page, page numbers.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { machineFonts } from '../../../electron/core/documents/fonts';
import type { OfficialDoc } from '../../../electron/core/documents/official';
import { officialPdfBuffer } from '../../../electron/core/documents/official/render-pdf';

const MM = 72 / 25.4;
const cjk = (n: number, from: number) => Array.from({ length: n }, (_, i) => String.fromCodePoint(0x4e00 + from + i)).join('');
const ADDRESSEE = cjk(55, 100);
const FIFTY_FOUR = cjk(54, 300);

const doc: OfficialDoc = {
  title: '玄武门司法所关于2026年10月人民调解工作情况的报告',
  // 55 characters and the colon: 56 without indent.
  addressee: ADDRESSEE,
  body: [
    { kind: 'paragraph', text: FIFTY_FOUR },
    { kind: 'heading', text: '一、矛盾纠纷调解情况' },
    ...Array.from({ length: 14 }, (_, i) => ({ kind: 'paragraph' as const, lead: '（一）总体情况。', text: cjk(60, 1000 + i * 60) })),
  ],
  signer: '玄武门司法所',
  date: '2026年11月27日',
  note: '联系人：黄宇航，联系电话：025-83361234',
  imprint: { issuer: '玄武门司法所', date: '2026年11月27日' },
};

interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  text: string;
}

let file: string;
let words: Word[];

beforeAll(async () => {
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'official-pdf-')), 'report.pdf');
  fs.writeFileSync(file, await officialPdfBuffer(doc, machineFonts(false)));
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  words = html.split('<page ').slice(1).flatMap((page, i) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
      page: i + 1,
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      text: m[4]!,
    })),
  );
});

const onPage = (page: number) => words.filter((w) => w.page === page);

describe('official PDF geometry', () => {
  it('is A4 with at least 2 pages', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(2);
  });

  it('starts the title 37 mm from the top and the text 28 mm from the left', () => {
    const [first] = onPage(1);
    expect(first!.text).toBe('玄武门司法所关于2026年10月');
    expect(first!.yMin / MM).toBeCloseTo(37, 0);
    expect(Math.abs(first!.yMin / MM - 37)).toBeLessThan(1.5);
    const addressee = onPage(1).find((w) => w.text.startsWith(ADDRESSEE.slice(0, 5)))!;
    expect(Math.abs(addressee.xMin / MM - 28)).toBeLessThan(1.5);
  });

  it('fits 28 characters on a line: 56 characters make 2 full lines, ending at the right edge of the 156 mm block', () => {
    const lines = onPage(1).filter((w) => ADDRESSEE.includes(w.text.replace('：', '')) || w.text.endsWith('：'));
    expect(lines.map((w) => [...w.text].length)).toEqual([28, 28]);
    for (const l of lines) expect(Math.abs(l.xMax / MM - (210 - 26))).toBeLessThan(1.5);
    const indented = onPage(1).filter((w) => FIFTY_FOUR.includes(w.text));
    expect(indented.map((w) => [...w.text].length)).toEqual([26, 28]);
    expect((indented[0]!.xMin - indented[1]!.xMin) / MM).toBeCloseTo((2 * 156) / 28, 0);
  });

  it('sets 22 lines on a page at 225/22 mm apart', () => {
    // Title lines are 22 pt, body 16 pt: count the body lines of page 2.
    const body = onPage(2).map((w) => w.yMin).filter((y) => y < 742);
    const rows = [...new Set(body.map((y) => y.toFixed(2)))].map(Number);
    expect(rows).toHaveLength(22);
    expect((rows[21]! - rows[0]!) / 21 / MM).toBeCloseTo(225 / 22, 2);
    expect(rows[0]! / MM).toBeCloseTo(37, 0);
  });
});

describe('official PDF 版记', () => {
  it('sits on the last line of the block on the page of the 成文日期, after the date', () => {
    const imprint = words.find((w) => w.text === '2026年11月27日印发')!;
    const date = words.find((w) => w.text === '2026年11月27日')!;
    expect(imprint.page).toBe(date.page);
    expect(imprint.yMin / MM).toBeGreaterThan(262 - 225 / 22);
    expect(imprint.yMin / MM).toBeLessThan(262);
    expect(Math.abs(imprint.xMax / MM - (210 - 26 - (14 / 72) * 25.4))).toBeLessThan(1.5);
  });
});

describe('official PDF page numbers', () => {
  it('prints "— 1 —" on the right of page 1 and "— 2 —" on the left of page 2, 7 mm below the block', () => {
    const number = (page: number) => {
      const ws = onPage(page).filter((w) => w.yMin > 742);
      expect(ws.map((w) => w.text).join(' ')).toBe(`— ${page} —`);
      return { left: ws[0]!.xMin / MM, right: ws[ws.length - 1]!.xMax / MM, top: ws[0]!.yMin / MM };
    };
    const one = number(1);
    const char = (14 / 72) * 25.4;
    expect(Math.abs(one.right - (210 - 26 - char))).toBeLessThan(1.5);
    const two = number(2);
    expect(Math.abs(two.left - (28 + char))).toBeLessThan(1.5);
    // The line of the number begins below the block (262 mm) and its middle is about 7 mm below it.
    expect(one.top).toBeGreaterThan(262);
    expect(one.top).toBeLessThan(262 + 7);
  });
});
