// The streaming row counter of the zip guard: every <row> vs rows with a value, the same however the XML is chunked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SheetRowCounter } from '../../electron/core/xlsx/sheet-row-count';

function count(xml: string, cuts: number[] = []) {
  const counter = new SheetRowCounter();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    counter.push(xml.slice(from, cut));
    from = Math.max(from, cut);
  }
  counter.push(xml.slice(from));
  return { rows: counter.rows, dataRows: counter.dataRows };
}

const sheet = (rows: string) => `<?xml version="1.0"?><worksheet><cols><col min="2" max="2" style="1"/></cols><sheetData>${rows}</sheetData></worksheet>`;

describe('SheetRowCounter', () => {
  it('counts a value, a shared string, an inline string and a formula as data; a styled cell or row as not', () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' +
        '<row r="2" spans="1:10"><c r="A2" t="inlineStr"><is><t>张三</t></is></c></row>' +
        '<row r="3"><c r="A3"><f>1+1</f></c></row>' +
        '<row r="4"><c r="B4" s="1"/><c r="C4" s="2"></c></row>' +
        '<row r="5" s="3" customFormat="1"/>' +
        '<row r="6"><c r="B6" s="1"/><c r="C6"><v>7</v></c><c r="D6"><v>8</v></c></row>',
    );
    expect(count(xml)).toEqual({ rows: 6, dataRows: 4 });
  });

  it('reads namespace prefixes and ignores look-alike tags and anything after the sheet data', () => {
    const xml =
      '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row r="2"><x:c r="A2" s="1"/></x:row></x:sheetData>' +
      '<x:extLst><x:v>9</x:v><rowBreaks/><vml/><isolated/></x:extLst></x:worksheet>';
    expect(count(xml)).toEqual({ rows: 2, dataRows: 1 });
    expect(count(sheet('<row r="1"><c r="A1" s="1"/></row><rowBreaks><brk/></rowBreaks>'))).toEqual({ rows: 1, dataRows: 0 });
  });

  it('gives the same counts however the XML is cut into chunks', () => {
    const cell = fc.constantFrom('<c r="A1"><v>1</v></c>', '<c r="B1" s="1"/>', '<c t="inlineStr"><is><t>x</t></is></c>', '<c><f>A1</f></c>');
    const row = fc.tuple(fc.constantFrom('<row r="1">', '<row r="2" spans="1:3" customFormat="1">', '<x:row>'), fc.array(cell, { maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 30 }), (rows, rawCuts) => {
        const xml = sheet(rows.map(([open, cells]) => `${open}${cells.join('')}</${open.startsWith('<x:') ? 'x:' : ''}row>`).join(''));
        const expected = {
          rows: rows.length,
          dataRows: rows.filter(([, cells]) => cells.some((c) => !c.endsWith('s="1"/>'))).length,
        };
        expect(count(xml)).toEqual(expected);
        expect(count(xml, rawCuts.map((n) => n % (xml.length + 1)))).toEqual(expected);
      }),
    );
  });

  it('counts 100,000 rows pushed in chunks', () => {
    const counter = new SheetRowCounter();
    const chunk = Array.from({ length: 1000 }, (_, i) => `<row r="${i}"><c r="B${i}" s="1"/></row>`).join('');
    for (let i = 0; i < 100; i++) counter.push(chunk);
    expect(counter.rows).toBe(100_000);
    expect(counter.dataRows).toBe(0);
  });
});
