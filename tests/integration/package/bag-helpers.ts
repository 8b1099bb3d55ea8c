// Test helpers of the package: read a zip into a map, recompute manifests independently, a small dataset built by hand.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { packageEntityNames, type PeriodDataset } from '../../../electron/shared/package/records';

/** Every file entry of the zip, read by pizzip (a zip reader independent of the yazl the app writes with). */
export function readZip(file: string): Map<string, Buffer> {
  const zip = new PizZip(fs.readFileSync(file));
  return new Map(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => [f.name, f.asNodeBuffer()]),
  );
}

export const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

/** Parses `<hex>  <path>` lines into path → hex. */
export function manifestOf(text: string): Map<string, string> {
  return new Map(
    text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        const m = /^([0-9a-f]{64}) {2}(\S+)$/.exec(l);
        if (!m) throw new Error(`bad manifest line ${l}`);
        return [m[2]!, m[1]!];
      }),
  );
}

/** Writes the zip's entries under `dir` (for bagit-python). */
export function unzipTo(file: string, dir: string): void {
  for (const [name, data] of readZip(file)) {
    const to = path.join(dir, name);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, data);
  }
}

const at = '2026-03-01T02:00:00.000Z';
const stamps = { createdAt: at, updatedAt: at };

/** A small dataset: every entity present (most empty), text that needs CSV quoting and the formula guard. */
export function smallDataset(): PeriodDataset {
  const empty = Object.fromEntries(packageEntityNames.map((e) => [e, []])) as unknown as Omit<PeriodDataset, 'period'>;
  return {
    ...empty,
    period: '2026-03',
    office: [{ name: '城关司法所', code: '110101001', district: '东城区', township: '城关街道', address: '城关路1号', head: '王所长', phone: '010-1234' }],
    committees: [{ id: 1, name: '城关调委会', shortName: null, kind: 'community', field: null, filingNumber: null, filedOn: null, foundedOn: null, address: null, phone: null, note: '=HYPERLINK("x")', ...stamps }],
    cases: [3, 1].map((id) => ({
      id, committeeId: 1, source: 'applied', sourceDetail: null, findingId: null, receivedOn: '2026-03-02', category: '02',
      facts: `邻里纠纷,"漏水"\r\n第二行 ${id}`, requests: null, amountFen: 300000, note: null, state: 'succeeded' as const, acceptedOn: '2026-03-02',
      concludedOn: '2026-03-05', agreementForm: 'written' as const, agreementEffectiveOn: '2026-03-05', agreementAmountFen: 300000, enteredAt: at, ...stamps,
    })),
    dossiers: [1, 3].map((caseId) => ({
      id: caseId, caseId, committeeId: 1, year: 2026, seq: caseId, number: `2026-${caseId}`, openedOn: '2026-03-06', status: 'closed' as const,
      closedBy: '王', closedOn: '2026-03-07', retention: null, reopenedOn: null, reopenReason: null, note: null, pdf: null, ...stamps,
    })),
  };
}
