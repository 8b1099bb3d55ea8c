// Writes one bag into a zip from records already loaded: payload first (hashed as written), then the tag files; cancel and failure leave no file.
import type { KeyObject } from 'node:crypto';
import { packageEntities, packageEntityNames, type PackageEntity, type PeriodDataset, type RecordOf } from '../../shared/package/records';
import { sha256Hex, tagFiles, type BagFacts, type PayloadFile } from './bag';
import { dossierPdfPath } from './dossier-pdfs';
import { readmeText } from './readme';
import { RecordFiles, recordsSchema } from './records-files';
import { ZipWriter, type ZipResult } from './zip-writer';

export type Progress = (stage: string, done: number, total: number) => void;

export interface ReportFiles {
  readonly json: Buffer;
  readonly xlsx: Buffer;
  readonly pdf: Buffer;
}

/**
 * Each entity's records in key order, loaded when asked and in chunks: the writer holds one chunk and the encoded
 * files of one entity at a time (a year of a district is large).
 */
export type RecordSource = <E extends PackageEntity>(entity: E) => Iterable<readonly RecordOf<E>[]>;

export interface WriteInput {
  readonly file: string;
  /** The records: a whole dataset (tests) or a loader called once per entity. */
  readonly dataset: PeriodDataset | RecordSource;
  /** The period's report files; null leaves data/report/ out (only for tests of the bag itself). */
  readonly report: (() => Promise<ReportFiles>) | null;
  /** Cases whose dossier PDF goes into data/dossiers/, with how to print each. */
  readonly dossiers: readonly number[];
  readonly renderDossier: (caseId: number) => Promise<Buffer>;
  readonly facts: Omit<BagFacts, 'counts' | 'dossierPdfs'>;
  readonly key: KeyObject;
  readonly onProgress?: Progress;
  readonly signal?: AbortSignal;
  /** Last check before the zip is completed (e.g. that the data did not change meanwhile); throwing aborts it. */
  readonly beforeFinish?: () => void;
}

export interface WriteResult extends ZipResult {
  readonly counts: Record<string, number>;
  readonly dossierPdfs: number;
}

/** Each included dossier's `pdf` path set, every other one null. */
function withPdfPaths(dossiers: readonly RecordOf<'dossiers'>[], included: ReadonlySet<number>): RecordOf<'dossiers'>[] {
  return dossiers.map((d) => ({ ...d, pdf: included.has(d.caseId) ? dossierPdfPath(d.caseId) : null }));
}

export async function writePackage(input: WriteInput): Promise<WriteResult> {
  const { facts, signal } = input;
  const included = new Set(input.dossiers);
  const source = input.dataset;
  const load: RecordSource = typeof source === 'function' ? source : (entity) => [source[entity]] as never;
  const total = 3 + input.dossiers.length;
  let done = 0;
  // Each stage gives status and cancel calls their turn first.
  const step = async (stage: string) => {
    await new Promise((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
    input.onProgress?.(stage, done, total);
  };
  const top = `${facts.name}/`;
  const zip = new ZipWriter(input.file);
  const payload: PayloadFile[] = [];
  // Each file is handed to the zip and waited for, so only one entity's or dossier's bytes are held at a time.
  const add = async (path: string, data: Buffer, compress: boolean) => {
    payload.push({ path, sha256: sha256Hex(data), size: data.length });
    await zip.add(top + path, data, compress);
  };
  try {
    await step('正在写入台账记录');
    const counts = {} as Record<PackageEntity, number>;
    let office: RecordOf<'office'> | undefined;
    for (const e of packageEntityNames) {
      const { stem } = packageEntities[e];
      const files = new RecordFiles(e);
      for (const chunk of load(e)) {
        const records = e === 'dossiers' ? withPdfPaths(chunk as readonly RecordOf<'dossiers'>[], included) : chunk;
        if (e === 'office') office ??= (records as readonly RecordOf<'office'>[])[0];
        files.push(records);
        // Let status and cancel calls in between chunks of a big entity.
        await new Promise((resolve) => setImmediate(resolve));
        signal?.throwIfAborted();
      }
      counts[e] = files.count;
      await add(`data/records/${stem}.json`, files.jsonBytes(), true);
      await add(`data/csv/${stem}.csv`, files.csvBytes(), true);
      await add(`data/schemas/${stem}.schema.json`, recordsSchema(e), true);
    }
    if (office === undefined) throw new Error('writePackage: no office record');
    done += 1;
    await step('正在生成统计报表');
    if (input.report !== null) {
      const report = await input.report();
      await add('data/report/report.json', report.json, true);
      await add('data/report/report.xlsx', report.xlsx, false);
      await add('data/report/report.pdf', report.pdf, false);
    }
    done += 1;
    for (const caseId of input.dossiers) {
      await step(`正在生成卷宗 PDF ${done - 1}/${input.dossiers.length}`);
      await add(dossierPdfPath(caseId), await input.renderDossier(caseId), false);
      done += 1;
    }
    await step('正在写入包说明并签名');
    await add('data/README.txt', readmeText(office.name, facts.period.label, input.report !== null, included.size), true);
    const bag: BagFacts = { ...facts, counts, dossierPdfs: included.size };
    for (const t of tagFiles(bag, payload, input.key)) await zip.add(top + t.path, t.data, true);
    signal?.throwIfAborted();
    input.beforeFinish?.();
    const result = await zip.finish();
    done += 1;
    input.onProgress?.('已完成', done, total);
    const stemCounts = Object.fromEntries(packageEntityNames.map((e) => [packageEntities[e].stem, counts[e]]));
    return { ...result, counts: stemCounts, dossierPdfs: included.size };
  } catch (cause) {
    await zip.abort();
    throw cause;
  }
}
