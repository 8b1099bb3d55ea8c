// Writes a zip with yazl to `<final>.<pid>.tmp`, then fsync and rename: the final name appears only when the zip is complete.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import yazl from 'yazl';

/**
 * Every entry's mtime, as a DOS date only (no extended UTC field): 1980-01-01 00:00, the earliest DOS date. Built in
 * local time because yazl converts with the local clock, so the bytes are the same in every time zone.
 */
export const ENTRY_MTIME = new Date(1980, 0, 1, 0, 0, 0);
/** Regular file, rw-r--r--. */
const FILE_MODE = 0o100644;
/** yazl's Entry.FILE_DATA_DONE: the entry's bytes are in the output stream. */
const FILE_DATA_DONE = 3;
/** Bytes the zip may hold ahead of the file before add() waits. */
const HIGH_WATER = 4 * 1024 * 1024;

export interface ZipResult {
  readonly size: number;
  readonly sha256: string;
}

export class ZipWriter {
  readonly temp: string;
  private readonly zip = new yazl.ZipFile();
  private readonly hash = crypto.createHash('sha256');
  private size = 0;
  private readonly done: Promise<void>;
  private closed = false;
  /** The output failed (disk full …): add() stops waiting, finish() reports the error. */
  private failed = false;
  private readonly out: fs.WriteStream;

  constructor(readonly file: string) {
    this.temp = `${file}.${process.pid}.tmp`;
    const count = new Transform({
      transform: (chunk: Buffer, _enc, next) => {
        this.hash.update(chunk);
        this.size += chunk.length;
        next(null, chunk);
      },
    });
    // Opened now, so the temp file exists before the first byte and abort() always finds it.
    this.out = fs.createWriteStream('', { fd: fs.openSync(this.temp, 'w', 0o644) });
    this.done = pipeline(this.zip.outputStream, count, this.out);
    // Reported by finish() or swallowed by abort(); never an unhandled rejection in between.
    this.done.catch(() => {
      this.failed = true;
    });
  }

  /**
   * Already-compressed data (PDF, xlsx) is stored; text is deflated. Resolves once the entry has been compressed
   * and the zip's output has (nearly) reached the file: yazl queues every buffer it is given, so a writer that
   * awaits each add holds one file's bytes at a time instead of the whole package.
   */
  async add(name: string, data: Buffer, compress: boolean): Promise<void> {
    this.zip.addBuffer(data, name, { mtime: ENTRY_MTIME, mode: FILE_MODE, compress, forceDosTimestamp: true });
    const output = this.zip.outputStream as NodeJS.ReadableStream & { readableLength: number };
    const entries = (this.zip as unknown as { entries?: { state: number }[] }).entries;
    const pending = () => (entries?.some((e) => e.state < FILE_DATA_DONE) ?? false) || output.readableLength > HIGH_WATER;
    while (pending() && !this.failed) await new Promise((resolve) => setTimeout(resolve, 1));
  }

  /** Ends the zip, waits for the bytes to reach the disk, and renames it into place. */
  async finish(): Promise<ZipResult> {
    this.closed = true;
    this.zip.end();
    try {
      await this.done;
      const fd = fs.openSync(this.temp, 'r+');
      try {
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(this.temp, this.file);
    } finally {
      fs.rmSync(this.temp, { force: true });
    }
    return { size: this.size, sha256: this.hash.digest('hex') };
  }

  /** Stops writing and removes the temp file (cancel, or a failure before finish). */
  async abort(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      (this.zip.outputStream as NodeJS.ReadableStream & { destroy(e?: Error): void }).destroy(new Error('aborted'));
    }
    await this.done.catch(() => undefined);
    // pipeline reports the error before the file is closed: wait for the close, or Windows cannot remove it.
    if (!this.out.closed) await new Promise<void>((resolve) => this.out.once('close', () => resolve()));
    fs.rmSync(this.temp, { force: true });
  }
}
