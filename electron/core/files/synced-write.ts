// Writes a file and flushes it to disk before returning: the step before renaming (or linking) it into place.
import fs from 'node:fs';

/** Creates `file` (`wx`: never an existing one) or truncates it (`w`), writes `data`, fsyncs and closes it. */
export function writeSynced(file: string, data: string | Buffer, options: { mode?: number; flags?: 'w' | 'wx' } = {}): void {
  const fd = fs.openSync(file, options.flags ?? 'w', options.mode ?? 0o644);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
