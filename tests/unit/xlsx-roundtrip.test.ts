// Property: any valid staff rows written by the export and read back by the import give exactly the same input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codesOf, educations, ethnicities, politicalStatuses, staffingTypes } from '../../electron/shared/codes';
import { makeIdNumber } from '../../electron/core/demo-data';
import { staffInput, type Staff } from '../../electron/shared/schemas/staff';
import { staffSheet } from '../../electron/core/xlsx/sheets/staff';
import { readSheet } from '../../electron/core/xlsx/workbook-read';
import { exportCell, writeWorkbook } from '../../electron/core/xlsx/workbook-write';

const isoDate = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2005-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const text = (max: number) =>
  fc.string({ unit: fc.constantFrom(...'张王李赵欧阳 ·ab1"\'<&>，。、\n'.split('')), minLength: 1, maxLength: max }).filter((s) => s.trim() === s && s.trim() !== '');

const staffRow = fc.record({
  name: text(30),
  birth: isoDate,
  gender: fc.constantFrom('male' as const, 'female' as const),
  seq: fc.integer({ min: 0, max: 999 }),
  ethnicity: fc.constantFrom(...codesOf(ethnicities)),
  politicalStatus: fc.constantFrom(...codesOf(politicalStatuses)),
  education: fc.constantFrom(...codesOf(educations)),
  post: text(30),
  staffingType: fc.constantFrom(...codesOf(staffingTypes)),
  startDate: fc.option(fc.constantFrom('2010-03-01', '2020-12-31', '2026-11-27')),
  phone: fc.option(fc.constantFrom('13800138000', '025-84561234', '19912345678')),
  note: fc.option(text(60)),
});

describe('staff sheet round trip', () => {
  it('export → import gives back every field exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(staffRow, { minLength: 1, maxLength: 8 }), async (rows) => {
        const people = rows.map((r, i) => {
          const idNumber = makeIdNumber('320102', r.birth, r.gender, (r.seq + i * 7) % 1000);
          const input = staffInput.parse({ ...r, idNumber });
          return { ...input, id: i + 1, gender: r.gender, birthDate: r.birth, createdAt: '', updatedAt: '' } satisfies Staff;
        });
        const cells = people.map((p) => staffSheet.columns.map((c) => exportCell(c, p)));
        const data = await writeWorkbook(staffSheet.title, staffSheet.columns, cells);
        const read = await readSheet(data, staffSheet.title, staffSheet.columns);
        expect(read.rows.map((r) => r.errors)).toEqual(people.map(() => []));
        const back = read.rows.map((r) => staffInput.parse(r.values));
        expect(back).toEqual(people.map(({ id: _i, gender: _g, birthDate: _b, createdAt: _c, updatedAt: _u, ...input }) => input));
        expect(read.rows.map((r) => r.rowNumber)).toEqual(people.map((_p, i) => i + 2));
      }),
      { numRuns: 40 },
    );
  });
});
