// The layout model of a printed form, independent of the output format: one FormDoc renders to .docx and to PDF.

/** A run of text inside a paragraph. `blank` is a space to write on by hand, `width` characters wide. */
export type Inline =
  | string
  | { readonly text: string; readonly bold?: boolean; readonly underline?: boolean }
  | { readonly blank: number };

/**
 * One cell of a field table. A label cell is printed bold and centred; a value cell holds the filled value.
 * An empty value prints as an empty cell (the place to write by hand), `lines` tall at least.
 * `pageRef` (PDF only) prints the number of the page where the node with that id starts.
 */
export type Cell =
  | { readonly label: string; readonly span?: number; readonly rowSpan?: number }
  | {
      readonly value: string;
      readonly span?: number;
      readonly rowSpan?: number;
      readonly lines?: number;
      readonly align?: 'left' | 'center';
    }
  | { readonly pageRef: string; readonly span?: number };

/** A signature place: a label, a space to sign, and a date (printed, or blank to fill by hand). */
export interface SignatureLine {
  readonly label: string;
  /** The printed date, or '' for the blank date (BLANK_DATE) to fill by hand; omitted: no date on the line. */
  readonly date?: string;
  /** How many characters wide the space to sign is (default 12). */
  readonly width?: number;
}

export type Block =
  /** A bordered table of label/value cells; each row's spans add up to `columns`. */
  | { readonly kind: 'fields'; readonly columns: number; readonly widths?: readonly number[]; readonly rows: readonly (readonly Cell[])[] }
  /** A table with a header row (e.g. 卷内目录). Rows are padded with empty rows up to `minRows`. */
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly widths: readonly number[];
      readonly rows: readonly (readonly Cell[])[];
      readonly minRows?: number;
    }
  /** A paragraph; `indent` indents the first line by two characters. */
  | { readonly kind: 'paragraph'; readonly text: readonly Inline[]; readonly indent?: boolean; readonly align?: 'left' | 'center' | 'right' }
  | { readonly kind: 'heading'; readonly text: string }
  /** A numbered list: 1、… 2、… */
  | { readonly kind: 'list'; readonly items: readonly string[] }
  /** Ruled lines to write on. */
  | { readonly kind: 'lines'; readonly count: number }
  | { readonly kind: 'signatures'; readonly lines: readonly SignatureLine[] }
  /** A seal place, right-aligned: the organ's name, room for the seal, and the date under it. */
  | { readonly kind: 'seal'; readonly organ: string; readonly date: string }
  | { readonly kind: 'spacer'; readonly lines: number }
  | { readonly kind: 'pageBreak' };

export interface FormDoc {
  /** The form's title, printed centred and large: 人民调解协议书. */
  readonly title: string;
  /** A line above the title (e.g. the committee's name on the cover). */
  readonly kicker?: string;
  /** A line under the title, right-aligned (e.g. 编号：（2026）某调字第001号). */
  readonly number?: string;
  readonly blocks: readonly Block[];
  /** A note printed small at the bottom of the form (e.g. 此表由人民调解委员会填写). */
  readonly footnote?: string;
  /** A cover-style page: the title lower and larger, fields spaced out (卷宗封面, 封底). */
  readonly cover?: boolean;
}
