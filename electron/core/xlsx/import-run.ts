// Runs parsed rows through a register's own create/update handlers, each row in a savepoint; used by preview and import.
import { AppError } from '../../shared/errors';
import type { XlsxCellError, XlsxPreviewRow } from '../../shared/schemas/xlsx';
import type { CallContext } from '../services/context';
import type { SheetImporter } from './sheet-spec';
import type { ReadSheet } from './workbook-read';

export type RowResult = 'created' | 'updated' | 'skipped' | 'failed';

export interface RowOutcome {
  row: XlsxPreviewRow;
  result: RowResult;
}

export interface RunOptions {
  /** When false, a row whose key matches an existing record is skipped (it is still previewed as 'update'). */
  updateExisting: boolean;
}

function columnOf(labels: Record<string, string>, field: string | undefined): string {
  return (field && labels[field]) || '—';
}

function failed(base: Omit<XlsxPreviewRow, 'action' | 'errors'>, errors: XlsxCellError[]): RowOutcome {
  return { row: { ...base, action: 'error', errors }, result: 'failed' };
}

/** Applies the importer's per-field conversions to a row's cell texts. */
function convertValues(importer: SheetImporter<unknown>, values: Record<string, string | null>, call: CallContext) {
  const out: Record<string, unknown> = { ...values };
  const errors: { field: string; message: string }[] = [];
  for (const [field, convert] of Object.entries(importer.convert ?? {})) {
    const text = values[field];
    // A blank converted cell is left out, so the schema's default (or its "please fill in" message) applies.
    if (text === null || text === undefined) {
      delete out[field];
      continue;
    }
    const result = convert(text, call);
    if (result.ok) out[field] = result.value;
    else errors.push({ field, message: result.message });
  }
  return { values: out, errors };
}

/**
 * Validates every row with the register's schema, refuses duplicate keys within the file, and applies each
 * row through the importer inside its own savepoint, so a row the handlers refuse leaves no trace.
 */
export function runRows(importer: SheetImporter<unknown>, sheet: ReadSheet, call: CallContext, options: RunOptions): RowOutcome[] {
  const seen = new Map<string, number>();
  return sheet.rows.map((row): RowOutcome => {
    const base = {
      rowNumber: row.rowNumber,
      key: row.values[importer.keyField] ?? '',
      name: row.values[importer.nameField] ?? '',
    };
    if (row.errors.length > 0) return failed(base, row.errors);
    const converted = convertValues(importer, row.values, call);
    if (converted.errors.length > 0) {
      return failed(base, converted.errors.map((e) => ({ column: columnOf(sheet.labels, e.field), message: e.message })));
    }
    const parsed = importer.schema.safeParse(converted.values);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({
        column: columnOf(sheet.labels, issue.path[0] === undefined ? undefined : String(issue.path[0])),
        message: issue.message,
      }));
      return failed(base, errors);
    }
    const data = parsed.data;
    const key = importer.keyOf(data);
    const named = { ...base, key, name: importer.nameOf(data) };
    const earlier = seen.get(key);
    const keyColumn = columnOf(sheet.labels, importer.keyField);
    if (earlier !== undefined) {
      return failed(named, [{ column: keyColumn, message: `与第 ${earlier} 行重复，同一文件中不能出现两次` }]);
    }
    seen.set(key, row.rowNumber);
    try {
      const existing = importer.findExisting(call, key);
      const ok: RowOutcome = {
        row: { ...named, action: existing === null ? 'create' : 'update', errors: [] },
        result: existing === null ? 'created' : 'updated',
      };
      if (existing !== null && !options.updateExisting) return { ...ok, result: 'skipped' };
      call.db.transaction(() => (existing === null ? importer.create(data, call) : importer.update(existing, data, call)));
      return ok;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return failed(named, [{ column: columnOf(sheet.labels, err.field), message: err.message }]);
    }
  });
}

export function countResults(outcomes: readonly RowOutcome[]): Record<RowResult, number> {
  const counts: Record<RowResult, number> = { created: 0, updated: 0, skipped: 0, failed: 0 };
  for (const o of outcomes) counts[o.result] += 1;
  return counts;
}
