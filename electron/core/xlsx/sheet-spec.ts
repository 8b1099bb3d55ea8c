// What a sheet spec declares for one list: its columns, how to list every row, and (if it imports) how rows become records.
import type { z } from 'zod';
import type { CodeItem } from '../../shared/codes';
import { AppError } from '../../shared/errors';
import type { CallContext, Handler } from '../services/context';
import type { MethodName } from '../../shared/contract';
import type { CellKind } from './cells';

export interface SheetColumn<R> {
  /** The Chinese header, exactly as in the template. */
  header: string;
  /** Column width in Excel characters. */
  width: number;
  kind: CellKind;
  /** The create-input field this column fills; absent for export-only columns (derived values). */
  field?: string;
  /** For kind 'code': exported as labels, parsed back from labels (or codes). */
  codes?: readonly CodeItem[];
  /** Shown in the header's note in the template. */
  hint?: string;
  /**
   * Personal data masked in a readonly viewer's export; by default read from the header (身份证 → idNumber,
   * 电话/手机 → phone). `false` for an organisation's phone.
   */
  personal?: 'idNumber' | 'phone' | false;
  /** The stored value for export (a code, not its label; dates as YYYY-MM-DD). */
  value(row: R): string | number | null;
}

export type Converted = { ok: true; value: unknown } | { ok: false; message: string };

export interface SheetImporter<T> {
  /** The register's create-input schema (the same one the form and the contract use). */
  schema: z.ZodType<T>;
  /** The field that identifies a record (idNumber, creditCode, name); a matching row updates, never duplicates. */
  keyField: string;
  nameField: string;
  keyOf(data: T): string;
  nameOf(data: T): string;
  /**
   * Per field: turns a non-blank cell's text into what the schema expects (a number, true/false, the id of a
   * record named in the cell); a refusal becomes that row's error under the column. A blank cell is
   * left out (undefined), so the schema's default or its own "please fill in" message applies.
   */
  convert?: Record<string, (text: string, call: CallContext) => Converted>;
  /** The id of the record with this key, or null; an AppError (e.g. an ambiguous key) fails the row. */
  findExisting(call: CallContext, key: string): number | null;
  /** Create and update through the register's own handlers, so their rules and audit rows apply. */
  create(data: T, call: CallContext): void;
  update(id: number, data: T, call: CallContext): void;
}

export interface SheetSpec<R> {
  title: string;
  columns: SheetColumn<R>[];
  /** Every row the list shows for these filters (the list method's input without paging), all pages. */
  rows(call: CallContext, filters: Record<string, unknown>): R[];
  importer?: SheetImporter<unknown>;
}

/** The handler as a plain function (the registers' list/create/update handlers are synchronous). */
export function syncHandler<M extends MethodName>(handler: Handler<M>) {
  if (typeof handler !== 'function') throw new Error('expected a synchronous handler');
  return handler;
}

/** Parses a list's filters with its input schema (paging replaced), with a Chinese error on bad filters. */
export function listInput<S extends z.ZodType>(schema: S, filters: Record<string, unknown>, page: number): z.output<S> {
  const parsed = schema.safeParse({ ...filters, page, pageSize: 100 });
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', `导出条件不正确：${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** Fetches every page of a paged list. */
export function allPages<T>(fetch: (page: number) => { items: T[]; total: number }): T[] {
  const all: T[] = [];
  for (let page = 1; ; page += 1) {
    const { items, total } = fetch(page);
    all.push(...items);
    if (items.length === 0 || all.length >= total) return all;
  }
}
