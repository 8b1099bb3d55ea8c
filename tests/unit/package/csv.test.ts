// The package's CSV: BOM, CRLF, quoting per RFC 4180, the formula-injection guard; cells round-trip through an independent parser.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, csvOf } from '../../../electron/core/package/csv';

/** A small RFC 4180 parser written for this test: records end with CRLF; quoted fields may hold , " CR LF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i += 1;
      } else {
        field += ch;
        i += 1;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      i += 1;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      if (ch === '"' || ch === '\r' || ch === '\n') throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
      field += ch;
      i += 1;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last record not ended by CRLF');
  return rows;
}

const decode = (b: Buffer) => {
  expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return b.subarray(3).toString('utf8');
};

describe('package CSV', () => {
  it('starts with a BOM, ends every row with CRLF, and writes one header row of keys', () => {
    const text = decode(csvOf(['id', 'name', 'note'], [{ id: 1, name: '张三', note: null }]));
    expect(text).toBe('id,name,note\r\n1,张三,\r\n');
  });

  it('prefixes text that a spreadsheet would run as a formula with an apostrophe', () => {
    const cells = ['=SUM(A1:A2)', '+86 138', '-1', '@cmd', '\tx', '中=文', "'quoted"];
    const text = decode(csvOf(['v'], cells.map((v) => ({ v }))));
    expect(parseCsv(text).slice(1).map((r) => r[0])).toEqual(["'=SUM(A1:A2)", "'+86 138", "'-1", "'@cmd", "'\tx", '中=文', "'quoted"]);
  });

  it('writes booleans, numbers and objects (step data) as text', () => {
    const text = decode(csvOf(['a', 'b', 'c'], [{ a: true, b: -5, c: { result: 'success', n: 1 } }]));
    expect(parseCsv(text)[1]).toEqual(['true', '-5', '{"result":"success","n":1}']);
  });

  it('round-trips any cells through an RFC 4180 parser (guarded cells as documented)', () => {
    const cell = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('a,b', 'say "hi"', 'line\r\nbreak', 'lf\nonly', 'cr\ronly', '', '=1+1', '"'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (rows) => {
        const records = rows.map(([a, b, c]) => ({ a, b, c }));
        const parsed = parseCsv(decode(csvOf(['a', 'b', 'c'], records)));
        expect(parsed[0]).toEqual(['a', 'b', 'c']);
        expect(parsed.slice(1)).toEqual(rows.map((r) => r.map(cellText)));
        // Text not starting with a formula character comes back exactly.
        rows.forEach((r, i) => r.forEach((v, j) => !/^[=+\-@\t\r]/.test(v) && expect(parsed[i + 1]![j]).toBe(v)));
      }),
      { numRuns: 300 },
    );
  });
});
