// Re-packs a zip (exceljs stamps every entry with the current time) with fixed timestamps, keeping entry order and bytes.
import yauzl from 'yauzl';
import yazl from 'yazl';

/**
 * The instant as a local-time Date with the instant's UTC wall clock: yazl writes DOS times from the local clock,
 * so the entries carry the same bytes in every time zone.
 */
export function dosStamp(instant: string): Date {
  const d = new Date(instant);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

function readEntries(zip: Buffer): Promise<{ name: string; data: Buffer }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (err, file) => {
      if (err || !file) return reject(err ?? new Error('zip not readable'));
      const out: { name: string; data: Buffer }[] = [];
      file.on('error', reject);
      file.on('end', () => resolve(out));
      file.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return file.readEntry();
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('entry not readable'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            out.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            file.readEntry();
          });
        });
      });
      file.readEntry();
    });
  });
}

/**
 * The same entries, in the same order, deflated, every one stamped `mtime` (DOS time only, mode rw-r--r--);
 * `edit` may rewrite an entry's bytes (e.g. the dates in docProps/core.xml).
 */
export async function repackZip(zip: Buffer, mtime: Date, edit: (name: string, data: Buffer) => Buffer = (_, d) => d): Promise<Buffer> {
  const entries = await readEntries(zip);
  const out = new yazl.ZipFile();
  for (const e of entries) out.addBuffer(edit(e.name, e.data), e.name, { mtime, mode: 0o100644, compress: true, forceDosTimestamp: true });
  out.end();
  const chunks: Buffer[] = [];
  for await (const c of out.outputStream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
