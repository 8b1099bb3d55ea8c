// Counts a worksheet's rows as its XML streams past: every <row>, and the rows that hold a value; pure and chunk-safe.

/** A row, a cell value (<v>), an inline string (<is>) or a formula (<f>), and the end of the sheet data; any prefix. */
const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?(row|v|is|f|sheetData)(?=[\s>/])/g;
/** Kept from the end of a chunk so that a tag split across two chunks is seen once, whole. */
const TAIL = 256;

/**
 * Feed the worksheet XML in chunks of any size. `rows` counts every <row> element, including the empty but
 * styled rows Excel writes for formatted ranges; `dataRows` counts only rows with at least one cell value,
 * inline string or formula — the rows the import would actually read.
 */
export class SheetRowCounter {
  rows = 0;
  dataRows = 0;
  private tail = '';
  /** Inside a row that has shown no value yet. */
  private pending = false;

  push(chunk: string): void {
    const text = this.tail + chunk;
    let lastEnd = 0;
    for (const match of text.matchAll(TAG)) {
      lastEnd = match.index + match[0].length;
      const closing = match[1] === '/';
      const name = match[2];
      if (name === 'row') {
        if (!closing) this.rows += 1;
        this.pending = !closing;
      } else if (name === 'sheetData') {
        if (closing) this.pending = false;
      } else if (!closing && this.pending) {
        this.dataRows += 1;
        this.pending = false;
      }
    }
    this.tail = text.slice(Math.max(lastEnd, text.length - TAIL));
  }
}
