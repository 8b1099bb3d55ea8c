// .xlsx round trip of every importable register: export from a filled database, import into an empty one, same records.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { XlsxEntity, XlsxImportResult, XlsxPreview } from '../../electron/shared/schemas/xlsx';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { exportList, seedRegisters } from './xlsx-fixtures';

let source: TempCore;
let target: TempCore;
beforeEach(async () => {
  source = openTempCore();
  target = openTempCore();
  await seedRegisters(source);
});
afterEach(() => {
  source.cleanup();
  target.cleanup();
});

type Row = Record<string, unknown> & { id: number };

/** Every record of a list, without the ids and times a new database assigns, sorted by `key`. */
async function records(core: TempCore, method: string, key: string, drop: string[] = []): Promise<Record<string, unknown>[]> {
  const page = await ok<{ items: Row[] }>(core, method, { pageSize: 100 });
  const gone = new Set(['id', 'createdAt', 'updatedAt', ...drop]);
  return page.items
    .map((item) => Object.fromEntries(Object.entries(item).filter(([k]) => !gone.has(k))))
    .sort((a, b) => String(a[key]).localeCompare(String(b[key])));
}

async function roundTrip(entity: XlsxEntity, expected: number) {
  const file = await exportList(source, entity);
  const preview = await ok<XlsxPreview>(target, 'xlsx.preview', { entity, dataBase64: file.dataBase64 });
  expect(preview.rows.filter((r) => r.action === 'error')).toEqual([]);
  expect(preview.counts).toEqual({ create: expected, update: 0, error: 0 });
  const result = await ok<XlsxImportResult>(target, 'xlsx.import', {
    entity, dataBase64: file.dataBase64, mode: 'allOrNothing', updateExisting: false,
  });
  expect(result).toMatchObject({ created: expected, updated: 0, skipped: 0, failed: 0 });
}

describe('xlsx round trip of the registers', () => {
  it('committees, then mediators and enterprises naming them: every field comes back', async () => {
    await roundTrip('committee', 3);
    await roundTrip('mediator', 7);
    await roundTrip('enterprise', 4);
    // Members are a separate (export-only) list; mediator and enterprise counts follow the imports.
    expect(await records(target, 'committee.list', 'name', ['activeMemberCount'])).toEqual(
      await records(source, 'committee.list', 'name', ['activeMemberCount']),
    );
    // Ids differ between databases; the committee is compared by name. Training is not part of the register sheet.
    expect(await records(target, 'mediator.list', 'idNumber', ['committeeId', 'lastTrainingOn'])).toEqual(
      await records(source, 'mediator.list', 'idNumber', ['committeeId', 'lastTrainingOn']),
    );
    expect(await records(target, 'enterprise.list', 'creditCode', ['committeeId'])).toEqual(
      await records(source, 'enterprise.list', 'creditCode', ['committeeId']),
    );
  });

  it('Party members with and without ID numbers, linked again to the staff person with the same ID number', async () => {
    await roundTrip('staff', 1);
    await ok(target, 'cpcBranch.create', { name: '司法所支部', foundedOn: '2015-07-01' });
    await ok(target, 'cpcBranch.create', { name: '联合支部', foundedOn: '2018-01-01' });
    await roundTrip('cpcMember', 4);
    const drop = ['branchId', 'staffId'];
    expect(await records(target, 'cpcMember.list', 'name', drop)).toEqual(await records(source, 'cpcMember.list', 'name', drop));
    const linked = await ok<{ items: Row[] }>(target, 'cpcMember.list', { q: '欧阳' });
    expect(linked.items[0]!.staffId).toBe(1);
  });

  it('importing the same export again updates every record and duplicates none', async () => {
    await roundTrip('committee', 3);
    const file = await exportList(source, 'committee');
    const again = await ok<XlsxImportResult>(target, 'xlsx.import', {
      entity: 'committee', dataBase64: file.dataBase64, mode: 'allOrNothing', updateExisting: true,
    });
    expect(again).toMatchObject({ created: 0, updated: 3, skipped: 0, failed: 0 });
    expect((await records(target, 'committee.list', 'name')).length).toBe(3);
  });
});
