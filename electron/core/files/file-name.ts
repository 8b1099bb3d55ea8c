// Cleans a file name given by the user's computer: no folders, no control or direction-override characters, bounded length, honest extension.
import { MAX_ATTACHMENT_NAME } from '../../shared/schemas/attachment';
import { knownExtensions, type FileType } from './file-types';

// C0/C1 controls, zero-width and bidi marks (U+202E can make "gpj.exe" read as "exe.jpg"), BOM.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// Characters Windows refuses in file names; the name is offered again when the file is downloaded.
const RESERVED = /[<>:"|?*]/g;

/** The name without folders and unsafe characters, trimmed; '' when nothing is left. */
export function plainFileName(raw: string): string {
  const last = raw.split(/[\\/]/).pop() ?? '';
  return last
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .trim()
    .replace(/[. ]+$/, '');
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text); // by code point, so a surrogate pair is never cut in half
  return chars.length <= max ? text : chars.slice(0, max).join('').trimEnd();
}

/**
 * The name to store for a file of `type`: its extension agrees with the content. A wrong extension of
 * an allowed type is replaced (photo.png holding a JPEG → photo.jpg); any other is kept and the right
 * one appended (scan.exe holding a PNG → scan.exe.png), so the name never hides what the file is.
 */
export function storedFileName(raw: string, type: FileType): string {
  const plain = plainFileName(raw);
  const dot = plain.lastIndexOf('.');
  const ext = dot >= 0 ? plain.slice(dot + 1).toLowerCase() : '';
  let stem = plain;
  let suffix = type.extensions[0];
  if (dot >= 0 && (type.extensions as readonly string[]).includes(ext)) {
    stem = plain.slice(0, dot);
    suffix = ext;
  } else if (dot >= 0 && knownExtensions.has(ext)) {
    stem = plain.slice(0, dot);
  }
  // No leading dot either: the saved copy would be a hidden file.
  stem = truncate(stem.trim().replace(/^[. ]+|[. ]+$/g, ''), MAX_ATTACHMENT_NAME - suffix.length - 1);
  return `${stem === '' ? '附件' : stem}.${suffix}`;
}

/** Longest stem of a generated file name, in UTF-8 bytes: ext4 (UOS/Kylin) allows 255 bytes per name. */
const MAX_STEM_BYTES = 180;

/**
 * The name of a file the app writes or offers from its own data (卷号, 卷名, a form's title): a slash or
 * backslash in the data becomes "_" (never a folder), unsafe characters go, and the stem is cut to fit
 * every file system, keeping its start (the 卷号 or form name). `fallback` when nothing is left.
 */
export function generatedFileName(stem: string, ext: string, fallback = '文书'): string {
  let plain = plainFileName(stem.replace(/[\\/]/g, '_'));
  while (Buffer.byteLength(plain, 'utf8') > MAX_STEM_BYTES) plain = Array.from(plain).slice(0, -1).join('');
  plain = plain.trimEnd().replace(/[. ]+$/, '');
  return `${plain === '' ? fallback : plain}.${ext}`;
}

/** `name`, or "name (2).ext", "name (3).ext" … when `taken` already holds it. */
export function uniqueFileName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n += 1) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}
