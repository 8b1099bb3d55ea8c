// The codes of every problem verify can report (docs/package-format.md), and a collector that names file and entry.
import type { PackageProblem } from '../../shared/schemas/package';

export const problemCodes = [
  'zipNotZip',
  'zipTooManyEntries',
  'zipUnsafePath',
  'zipSymlink',
  'zipDuplicateName',
  'zipEncrypted',
  'zipTooLarge',
  'zipRatio',
  'zipSizeMismatch',
  'zipDamaged',
  'zipTagFileTooLarge',
  'zipRecordsFileTooLarge',
  'zipKeptTooLarge',
  'bagLayout',
  'bagDeclaration',
  'bagInfoInvalid',
  'bagOxumMismatch',
  'bagMissingFile',
  'bagUnlistedFile',
  'bagChecksumMismatch',
  'bagTagChecksumMismatch',
  'signatureMissing',
  'keyFingerprintMismatch',
  'keyUnregistered',
  'keyMismatch',
  'signatureInvalid',
  'formatUnsupported',
  'recordsInvalidJson',
  'recordsSchemaInvalid',
  'recordsInconsistent',
  'countMismatch',
  'officeMismatch',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

/** Problems are capped per code so a package with a million bad rows still yields a readable report. */
const MAX_PER_CODE = 20;

export class Problems {
  readonly list: PackageProblem[] = [];
  private readonly perCode = new Map<string, number>();

  add(code: ProblemCode, message: string, path: string | null = null): void {
    const n = (this.perCode.get(code) ?? 0) + 1;
    this.perCode.set(code, n);
    if (n <= MAX_PER_CODE) this.list.push({ code, message, path });
    else if (n === MAX_PER_CODE + 1) this.list.push({ code, message: `同类问题过多，其余的不再逐条列出`, path: null });
  }

  get count(): number {
    return this.list.length;
  }
}

/** Shortens a hostile entry name for a message (no control characters, at most 80 characters). */
export function shown(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 77)}…` : clean;
}
