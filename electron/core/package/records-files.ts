// The records of one entity as the package writes them: JSON (one record per line, keys in schema order), CSV, and the JSON Schema.
import { z } from 'zod';
import { PACKAGE_FORMAT_VERSION, packageEntities, type PackageEntity } from '../../shared/package/records';
import { csvHeader, csvRows } from './csv';

export const fieldsOf = (entity: PackageEntity): string[] => Object.keys(packageEntities[entity].schema.shape);

/** A copy of the record with its keys in schema order (extra keys dropped: the schema is strict). */
function ordered(fields: readonly string[], record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, record[f]]));
}

/**
 * An entity's JSON and CSV files built a chunk of records at a time (records in key order): the JSON array has one
 * record per line, `[\n{…},\n{…}\n]\n`, an empty entity `[]\n`; the CSV is csvOf's. Only the encoded bytes are
 * kept, so the records of a chunk can be dropped once pushed.
 */
export class RecordFiles {
  private readonly fields: string[];
  private readonly json: Buffer[] = [];
  private readonly csv: Buffer[];
  count = 0;

  constructor(entity: PackageEntity) {
    this.fields = fieldsOf(entity);
    this.csv = [Buffer.from(csvHeader(this.fields), 'utf8')];
  }

  push(records: readonly object[]): void {
    if (records.length === 0) return;
    const lines = records.map((r) => JSON.stringify(ordered(this.fields, r as Record<string, unknown>)));
    this.json.push(Buffer.from(`${this.count === 0 ? '[\n' : ',\n'}${lines.join(',\n')}`, 'utf8'));
    this.csv.push(Buffer.from(csvRows(this.fields, records as readonly Record<string, unknown>[]), 'utf8'));
    this.count += records.length;
  }

  jsonBytes(): Buffer {
    return this.count === 0 ? Buffer.from('[]\n') : Buffer.concat([...this.json, Buffer.from('\n]\n')]);
  }

  csvBytes(): Buffer {
    return Buffer.concat(this.csv);
  }
}

export function recordsJson(entity: PackageEntity, records: readonly object[]): Buffer {
  const files = new RecordFiles(entity);
  files.push(records);
  return files.jsonBytes();
}

export function recordsCsv(entity: PackageEntity, records: readonly object[]): Buffer {
  const files = new RecordFiles(entity);
  files.push(records);
  return files.csvBytes();
}

/** The JSON Schema (draft 2020-12) of data/records/<stem>.json: an array of the entity's records. */
export function recordsSchema(entity: PackageEntity): Buffer {
  const { stem, label, schema } = packageEntities[entity];
  const json = z.toJSONSchema(z.array(schema), { target: 'draft-2020-12' });
  const { $schema, ...rest } = json;
  const doc = {
    $schema,
    $id: `urn:ledger:package:${PACKAGE_FORMAT_VERSION}:${stem}`,
    title: `${label}（${stem}）`,
    description: `司法所台账数据包 ${PACKAGE_FORMAT_VERSION} 版：data/records/${stem}.json 的结构`,
    ...rest,
  };
  return Buffer.from(`${JSON.stringify(doc, null, 2)}\n`, 'utf8');
}
