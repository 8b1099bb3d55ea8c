// The dossier PDFs a package carries: the whole-dossier PDF of each reported case whose dossier is closed, dated so re-export is byte-identical.
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { dossier } from '../../../drizzle/schema';
import { periodRange } from '../../shared/rules/case-periods';
import type { Db } from '../db/open';
import { loadCaseContext } from '../documents/case-context';
import { dossierInputOf } from '../documents/dossier-input';
import { machineFonts, type FontSet } from '../documents/fonts';
import type { DossierInput } from '../documents/pdf/dossier';
import { writeSynced } from '../files/synced-write';
import { sha256Hex } from './bag';
import { reportedCaseIds } from '../services/dossier-counts';

/** Path of a case's dossier PDF inside the bag (and the `pdf` field of its dossier record). */
export const dossierPdfPath = (caseId: number): string => `data/dossiers/case-${caseId}.pdf`;

/** The reported cases of the period (三统一's reported) whose dossier is closed, by case id. */
export function dossierPdfCases(db: Db, period: string): number[] {
  const { start, end } = periodRange(period);
  const ids = reportedCaseIds(db, start, end);
  const closed = new Set<number>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const r of db.select({ caseId: dossier.caseId }).from(dossier).where(and(inArray(dossier.caseId, chunk), eq(dossier.status, 'closed'))).all()) {
      closed.add(r.caseId);
    }
  }
  return ids.filter((id) => closed.has(id)).sort((a, b) => a - b);
}

let fonts: FontSet | null = null;
const fontSet = (): FontSet => (fonts ??= machineFonts());

/** Bump when the dossier layout changes in a way the render input does not show (it is part of every cache key). */
const CACHE_VERSION = 1;
const cacheFolder = (dataDir: string): string => path.join(dataDir, 'cache', 'dossier-pdf');

/**
 * The cache key of a render: everything the bytes depend on — the full input (forms as data, scans by their
 * SHA-256), the date printed, the fonts and the renderer's version. Any change to the dossier gives a new key.
 */
export function dossierCacheKey(input: DossierInput, printedOn: string, fonts: FontSet, appVersion: string): string {
  const parts = input.parts.map((p) => ({ ...p, scans: p.scans.map((s) => ({ name: s.name, mime: s.mime, sha256: sha256Hex(s.data) })) }));
  const text = JSON.stringify({ v: CACHE_VERSION, appVersion, printedOn, fonts: fontStamps(fonts), input: { ...input, parts } });
  return sha256Hex(Buffer.from(text, 'utf8'));
}

/** The fonts as the key sees them: each face's file with its size and modification time (a font updated in place counts). */
function fontStamps(fonts: FontSet): unknown {
  return JSON.parse(JSON.stringify(fonts), (key, value: unknown) => {
    if (key !== 'path' || typeof value !== 'string') return value;
    const stat = fs.statSync(value, { throwIfNoEntry: false });
    return `${value}|${stat?.size ?? -1}|${stat?.mtimeMs ?? -1}`;
  });
}

/** A whole PDF: its header, and its end-of-file marker within the last bytes (a cut-off write has none). */
const looksWhole = (data: Buffer): boolean =>
  data.subarray(0, 5).toString('latin1') === '%PDF-' && data.subarray(Math.max(0, data.length - 1024)).toString('latin1').includes('%%EOF');

function readCached(file: string): Buffer | null {
  try {
    const data = fs.readFileSync(file);
    if (!looksWhole(data)) return null;
    const now = new Date();
    fs.utimesSync(file, now, now);
    return data;
  } catch {
    return null;
  }
}

function writeCached(file: string, data: Buffer): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeSynced(temp, data);
    fs.renameSync(temp, file);
  } catch (cause) {
    // The cache only saves time: a full disk or a read-only folder must not fail the export.
    console.error('[ledger] dossier PDF cache: write failed', cause);
  }
}

/** Drops cached dossier PDFs not used for `days` days (each export touches the ones it uses). */
export function pruneDossierCache(dataDir: string, days = 120, now = Date.now()): void {
  let names: string[];
  try {
    names = fs.readdirSync(cacheFolder(dataDir));
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(cacheFolder(dataDir), name);
    try {
      if (now - fs.statSync(file).mtimeMs > days * 86_400_000) fs.rmSync(file, { force: true });
    } catch {
      // Gone already, or in use: try again next time.
    }
  }
}

/**
 * One whole dossier as PDF, as printed on the day its dossier was closed (立卷; `asOf` for one not closed) with
 * the PDF's CreationDate that day 00:00 UTC: a closed dossier is locked, so its PDF is the same in every
 * package (month, quarter, year) and on any later day. Renders are cached under <data>/cache/dossier-pdf/ by a
 * key over everything the bytes depend on, so exporting a period again, or its quarter, does not print again.
 */
export async function renderPackageDossier(
  read: <T>(work: (db: Db) => T) => T,
  dataDir: string,
  caseId: number,
  asOf: string,
  appVersion: string,
): Promise<Buffer> {
  const { input, printedOn } = read((db) => {
    const closedOn = db.select({ on: dossier.closedOn }).from(dossier).where(eq(dossier.caseId, caseId)).get()?.on ?? null;
    const on = closedOn ?? asOf;
    return { input: dossierInputOf({ db, dataDir }, loadCaseContext({ db, today: on }, caseId)), printedOn: on };
  });
  const file = path.join(cacheFolder(dataDir), `${dossierCacheKey(input, printedOn, fontSet(), appVersion)}.pdf`);
  const cached = readCached(file);
  if (cached) return cached;
  const { renderDossierPdf } = await import('../documents/renderers');
  const out = await renderDossierPdf(input, fontSet(), { creationDate: new Date(`${printedOn}T00:00:00.000Z`) });
  writeCached(file, out.pdf);
  return out.pdf;
}
