// Reads a package zip in memory: the central directory is checked first (nothing inflated), then each entry is streamed and hashed.
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { Problems, shown } from './problems';

export const zipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  ratioFromBytes: 1024 * 1024,
  maxRatio: 100,
  /** Entries whose bytes are kept in memory, each refused from the central directory above its cap. */
  maxTagFileBytes: 1024 * 1024,
  maxRecordsFileBytes: 256 * 1024 * 1024,
  maxKeptBytes: 512 * 1024 * 1024,
};

/** Which entries the verifier keeps in memory: a tag file, a records file, or none (hashed as it streams). */
export type KeepKind = 'tag' | 'records';
export type KeepPolicy = (name: string) => KeepKind | null;

const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);

/** One file of the zip after streaming: its size and SHA-256, and its bytes when the verifier needs them. */
export interface ZipFileEntry {
  name: string;
  size: number;
  sha256: string;
  /** A tag file's bytes; null for every other entry. */
  data: Buffer | null;
  /**
   * A records file's bytes, inflated again on each call from the compressed bytes kept (a year's records are
   * tens of MB inflated, a few compressed): the reader holds one entity's bytes at a time. Null for other entries.
   */
  load: (() => Buffer) | null;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** True for names that could escape a folder when extracted (zip slip) or that no file system agrees on. */
export function unsafeEntryName(name: string): boolean {
  return (
    name.length === 0 ||
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[A-Za-z]:/.test(name) ||
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f]/.test(name) ||
    name.split('/').some((part) => part === '..' || part === '.')
  );
}

function open(buffer: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true }, (err, zip) =>
      err || !zip ? reject(err ?? new Error('no zip')) : resolve(zip),
    );
  });
}

function nameOf(entry: Entry): string {
  const raw = entry.fileName as unknown;
  return Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw);
}

/** Walks the central directory only, recording every safety problem; returns the entries when there were none. */
interface Listed {
  entry: Entry;
  name: string;
  keep: KeepKind | null;
}

/** Refuses, from the declared sizes alone, kept entries over their cap and kept bytes over the total cap. */
function checkKept(entries: readonly Listed[], problems: Problems): void {
  let kept = 0;
  for (const { entry, name, keep } of entries) {
    if (keep === null) continue;
    kept += entry.uncompressedSize;
    const size = entry.uncompressedSize;
    if (keep === 'tag' && size > zipLimits.maxTagFileBytes) {
      problems.add('zipTagFileTooLarge', `标签文件“${shown(name)}”解压后为 ${mib(size)} MiB，超过 ${mib(zipLimits.maxTagFileBytes)} MiB 的上限，已拒绝`, shown(name));
    }
    if (keep === 'records' && size > zipLimits.maxRecordsFileBytes) {
      problems.add('zipRecordsFileTooLarge', `记录文件“${shown(name)}”解压后为 ${mib(size)} MiB，超过 ${mib(zipLimits.maxRecordsFileBytes)} MiB 的上限，已拒绝`, shown(name));
    }
  }
  if (kept > zipLimits.maxKeptBytes) {
    problems.add('zipKeptTooLarge', `需读入内存校验的标签文件和记录文件解压后共 ${mib(kept)} MiB，超过 ${mib(zipLimits.maxKeptBytes)} MiB 的上限，已拒绝`);
  }
}

function listEntries(zip: ZipFile, problems: Problems, keep: KeepPolicy): Promise<Listed[]> {
  return new Promise<Listed[]>((resolve) => {
    const entries: Listed[] = [];
    const seen = new Set<string>();
    zip.on('error', (err: Error) => {
      problems.add('zipDamaged', `压缩包目录已损坏（${err.message}）`);
      resolve([]);
    });
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: Entry) => {
      try {
        inspect(entry);
      } catch (err) {
        problems.add('zipDamaged', `压缩包目录无法读取（${(err as Error).message}）`);
        return resolve([]);
      }
      zip.readEntry();
    });
    const inspect = (entry: Entry): void => {
      const name = nameOf(entry);
      if (unsafeEntryName(name)) problems.add('zipUnsafePath', `条目“${shown(name)}”的路径不安全（上级目录、绝对路径、盘符或反斜杠），已拒绝`, shown(name));
      if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) problems.add('zipSymlink', `条目“${shown(name)}”是符号链接，数据包只能包含普通文件`, shown(name));
      if (entry.isEncrypted()) problems.add('zipEncrypted', `条目“${shown(name)}”已加密，无法校验`, shown(name));
      const folded = name.normalize('NFC').toLowerCase();
      if (seen.has(folded)) problems.add('zipDuplicateName', `条目“${shown(name)}”重复出现（不区分大小写）`, shown(name));
      seen.add(folded);
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize >= zipLimits.ratioFromBytes && ratio > zipLimits.maxRatio) {
        problems.add('zipRatio', `条目“${shown(name)}”的压缩比为 ${Math.round(ratio)}:1，超过 ${zipLimits.maxRatio}:1（疑似压缩炸弹）`, shown(name));
      }
      entries.push({ entry, name, keep: name.endsWith('/') ? null : keep(name) });
    };
    zip.readEntry();
  }).then((entries) => {
    const total = entries.reduce((sum, e) => sum + e.entry.uncompressedSize, 0);
    if (total > zipLimits.maxTotalBytes) problems.add('zipTooLarge', `压缩包解压后共 ${(total / 2 ** 30).toFixed(1)} GiB，超过 2 GiB 的上限（疑似压缩炸弹）`);
    checkKept(entries, problems);
    return entries;
  });
}

class SizeMismatch extends Error {}

/** The entry's bytes as stored (raw) or inflated. */
function streamOf(zip: ZipFile, entry: Entry, inflate: boolean): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, inflate ? {} : { decodeFileData: false }, (err, stream) => (err || !stream ? reject(err ?? new Error('no stream')) : resolve(stream)));
  });
}

/** Inflates one entry as a stream; yauzl stops it the moment it outgrows (or falls short of) its declared size. */
async function readEntry(zip: ZipFile, entry: Entry, name: string, keep: KeepKind | null): Promise<ZipFileEntry> {
  const stream = await streamOf(zip, entry, true);
  const inflated = await new Promise<{ size: number; sha256: string; data: Buffer | null }>((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
      if (keep === 'tag') chunks.push(chunk);
    });
    stream.on('error', (e: Error) => reject(/bytes in the stream/.test(e.message) ? new SizeMismatch(e.message) : e));
    stream.on('end', () => resolve({ size, sha256: hash.digest('hex'), data: keep === 'tag' ? Buffer.concat(chunks) : null }));
  });
  if (keep !== 'records') return { name, ...inflated, load: null };
  // The same entry's compressed bytes, kept; inflating them again gives the bytes just hashed.
  const raw = await new Promise<Buffer>((resolve, reject) => {
    void streamOf(zip, entry, false).then((s) => {
      const chunks: Buffer[] = [];
      s.on('data', (chunk: Buffer) => chunks.push(chunk));
      s.on('error', reject);
      s.on('end', () => resolve(Buffer.concat(chunks)));
    }, reject);
  });
  const compressed = entry.isCompressed();
  const load = (): Buffer => {
    const data = compressed ? zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, inflated.size) }) : raw;
    if (data.length !== inflated.size) throw new Error(`${name}: inflated to ${data.length} bytes, expected ${inflated.size}`);
    return data;
  };
  return { name, size: inflated.size, sha256: inflated.sha256, data: null, load };
}

/**
 * Reads `buffer` as a package zip. Problems of the container are recorded in `problems`; the entries are
 * returned only when the container is safe. `keep(name)` says which entries' bytes are kept in memory
 * (the rest are hashed as they stream and dropped); their declared sizes are capped before any is inflated.
 * Nothing is written anywhere.
 */
export async function readPackageZip(buffer: Buffer, problems: Problems, keep: KeepPolicy): Promise<ZipFileEntry[] | null> {
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== 0x04034b50) {
    problems.add('zipNotZip', '文件不是 zip 格式的数据包');
    return null;
  }
  let zip: ZipFile;
  try {
    zip = await open(buffer);
  } catch {
    problems.add('zipNotZip', '文件不是有效的 zip 压缩包（找不到压缩包目录）');
    return null;
  }
  try {
    // The end record's count comes first: a zip of 100,000 entries is refused without walking them.
    if (zip.entryCount > zipLimits.maxEntries) {
      problems.add('zipTooManyEntries', `压缩包有 ${zip.entryCount} 个条目，超过 ${zipLimits.maxEntries} 个的上限，已拒绝`);
      return null;
    }
    const listed = await listEntries(zip, problems, keep);
    if (problems.count > 0) return null;
    const files: ZipFileEntry[] = [];
    for (const { entry, name, keep: kind } of listed) {
      if (name.endsWith('/')) continue;
      try {
        files.push(await readEntry(zip, entry, name, kind));
      } catch (err) {
        if (err instanceof SizeMismatch) problems.add('zipSizeMismatch', `条目“${shown(name)}”解压后的大小与声明不符`, shown(name));
        else problems.add('zipDamaged', `条目“${shown(name)}”无法解压（${(err as Error).message}）`, shown(name));
      }
    }
    return problems.count > 0 ? null : files;
  } finally {
    zip.close();
  }
}
