// Handlers of the xlsx area: export a list, the import template, and preview/import of a register's workbook.
import { AppError } from '../../shared/errors';
import { xlsxListTitles } from '../../shared/schemas/xlsx';
import { countResults, runRows, type RowOutcome } from '../xlsx/import-run';
import { importerOf, sheets } from '../xlsx/registry';
import { readSheet } from '../xlsx/workbook-read';
import { exportCell, writeWorkbook } from '../xlsx/workbook-write';
import { asyncHandler, type HandlerGroup } from './context';

/** Thrown inside a transaction to roll it back on purpose, carrying what the rows did. */
class Rollback {
  constructor(readonly outcomes: RowOutcome[]) {}
}

function decode(dataBase64: string): Buffer {
  return Buffer.from(dataBase64, 'base64');
}

function rolledBack<T>(work: () => T): RowOutcome[] {
  try {
    work();
  } catch (err) {
    if (err instanceof Rollback) return err.outcomes;
    throw err;
  }
  throw new Error('expected a rollback');
}

export const xlsxHandlers: HandlerGroup<'xlsx.export' | 'xlsx.template' | 'xlsx.preview' | 'xlsx.import'> = {
  'xlsx.export': asyncHandler(async (input, call) => {
    const sheet = sheets[input.list];
    // A viewer without the right to see personal data (readonly) gets ID numbers and phones masked in the file.
    const mask = !call.viewer.seesSensitive;
    const rows = call.read((c) => sheet.rows(c, input.filters).map((row) => sheet.columns.map((col) => exportCell(col, row, mask))));
    const data = await writeWorkbook(sheet.title, sheet.columns, rows);
    const fileName = `${xlsxListTitles[input.list]}_${call.today}.xlsx`;
    // An export is a sensitive read: once the workbook exists, a short write records who took which rows out.
    // Only the list, its filters and counts go in the row, never the exported personal data; a failed build
    // writes nothing, and a failed audit write fails the export.
    call.write((c) =>
      c.audit({ entity: input.list, entityId: null, before: null, after: { filters: input.filters, rowCount: rows.length, fileName, ...(mask ? { masked: true } : {}) } }),
    );
    return { fileName, dataBase64: data.toString('base64') };
  }),

  'xlsx.template': asyncHandler(async (input) => {
    const { sheet } = importerOf(input.entity);
    const data = await writeWorkbook(sheet.title, sheet.columns.filter((c) => c.field), []);
    return { fileName: `${sheet.title}导入模板.xlsx`, dataBase64: data.toString('base64') };
  }),

  // A dry run: every row goes through the real handlers in a transaction that is always rolled back.
  'xlsx.preview': asyncHandler(async (input, call) => {
    const { sheet, importer } = importerOf(input.entity);
    const read = await readSheet(decode(input.dataBase64), sheet.title, sheet.columns);
    const outcomes = rolledBack(() =>
      call.read((c) => {
        throw new Rollback(runRows(importer, read, c, { updateExisting: true }));
      }),
    );
    const rows = outcomes.map((o) => o.row);
    const counts = { create: 0, update: 0, error: 0 };
    for (const row of rows) counts[row.action] += 1;
    return { rows, counts };
  }),

  'xlsx.import': asyncHandler(async (input, call) => {
    const { sheet, importer } = importerOf(input.entity);
    const read = await readSheet(decode(input.dataBase64), sheet.title, sheet.columns);
    if (read.rows.length === 0) throw new AppError('VALIDATION_FAILED', '工作表中没有数据行');
    const summary = (outcomes: RowOutcome[]) => ({
      ...countResults(outcomes),
      errors: outcomes.filter((o) => o.result === 'failed').map((o) => o.row),
    });
    try {
      return call.write((c) => {
        const outcomes = runRows(importer, read, c, { updateExisting: input.updateExisting });
        const result = summary(outcomes);
        if (input.mode === 'allOrNothing' && result.failed > 0) throw new Rollback(outcomes);
        const { errors: _errors, ...counts } = result;
        c.audit({ entity: 'xlsxImport', entityId: null, before: null, after: { entity: input.entity, mode: input.mode, ...counts } });
        return result;
      });
    } catch (err) {
      if (!(err instanceof Rollback)) throw err;
      // All or nothing: nothing was written; every row that did not fail counts as skipped.
      const result = summary(err.outcomes);
      return { created: 0, updated: 0, skipped: err.outcomes.length - result.failed, failed: result.failed, errors: result.errors };
    }
  }),
};
