// An .xlsx export is a sensitive read: each one leaves a chained audit row with the list, filters and counts, never the data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRow, AuditVerifyResult } from '../../electron/shared/schemas/audit';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { addCase, addCommittee } from './case-search-data';
import { exportList, personId, seedRegisters } from './xlsx-fixtures';

const PARTY_ID = personId(31, '1969-09-09', 'male');
const PARTY_PHONE = '13912345678';

let core: TempCore;
let staffIdNumber: string;

beforeAll(async () => {
  core = openTempCore();
  staffIdNumber = (await seedRegisters(core)).person.idNumber;
  const committeeId = addCommittee(core, '城关社区人民调解委员会');
  addCase(core, { parties: [{ name: '张三', idNumber: PARTY_ID, phone: PARTY_PHONE }, { name: '李四' }], facts: '借款纠纷', committeeId });
  addCase(core, { parties: [{ name: '王五' }, { name: '赵六' }], facts: '邻里纠纷', committeeId });
});
afterAll(() => core.cleanup());

const list = (input: Record<string, unknown>) =>
  ok<{ items: AuditRow[]; total: number }>(core, 'audit.list', { pageSize: 100, ...input });
const exportRows = async () => (await list({ method: 'xlsx.export', order: 'asc' })).items;
const headCount = () => (core.handle.sqlite.prepare('SELECT count FROM audit_head WHERE id = 1').get() as { count: number }).count;

describe('xlsx.export audit', () => {
  it('records each export with actor, time, list, filters, row count and file name, and no personal data', async () => {
    const before = headCount();
    core.setNow('2026-11-27T03:00:00.000Z');
    const staffFile = await exportList(core, 'staff', { q: '欧阳', sort: 'name', order: 'asc' });
    core.setNow('2026-11-27T03:05:00.000Z');
    const caseFile = await exportList(core, 'case', { sort: 'receivedOn', order: 'desc' });

    const rows = await exportRows();
    expect(rows).toHaveLength(2);
    const [staffRow, caseRow] = rows as [AuditRow, AuditRow];
    expect(staffRow).toMatchObject({
      at: '2026-11-27T03:00:00.000Z',
      actor: 'tester',
      method: 'xlsx.export',
      entity: 'staff',
      entityId: null,
      before: null,
      after: { filters: { q: '欧阳', sort: 'name', order: 'asc' }, rowCount: 1, fileName: staffFile.fileName },
    });
    expect(caseRow).toMatchObject({
      at: '2026-11-27T03:05:00.000Z',
      entity: 'case',
      after: { filters: { sort: 'receivedOn', order: 'desc' }, rowCount: 2, fileName: caseFile.fileName },
    });
    expect(staffFile.fileName).toBe('工作人员_2026-11-27.xlsx');

    // The rows name the export, not what it held: no ID number, phone or party name from the workbooks.
    const text = JSON.stringify(rows);
    for (const secret of [staffIdNumber, PARTY_ID, PARTY_PHONE, '张三', '欧阳明远']) expect(text).not.toContain(secret);
    expect(headCount()).toBe(before + 2);
  });

  it('keeps the chain whole: audit.verify is ok and the head is the last export row', async () => {
    await exportList(core, 'mediator');
    const result = await ok<AuditVerifyResult>(core, 'audit.verify', {});
    expect(result.ok).toBe(true);
    expect(result.firstBroken).toBeNull();
    const last = core.handle.sqlite.prepare('SELECT id, hash, method FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
      id: number;
      hash: string;
      method: string;
    };
    const head = core.handle.sqlite.prepare('SELECT last_id AS lastId, hash FROM audit_head WHERE id = 1').get() as { lastId: number; hash: string };
    expect(last.method).toBe('xlsx.export');
    expect(head).toEqual({ lastId: last.id, hash: last.hash });
    expect(result.checked).toBe(last.id);
  });

  it('is found by the viewer filter of its list', async () => {
    const staffRows = (await list({ entity: 'staff', method: 'xlsx.export' })).items;
    expect(staffRows.map((r) => r.entity)).toEqual(['staff']);
  });

  it('writes no row when the export fails', async () => {
    const count = (await exportRows()).length;
    const head = headCount();
    const badSort = await core.dispatch('xlsx.export', { list: 'staff', filters: { sort: 'nonsense' } });
    expect(badSort.ok).toBe(false);
    const badList = await core.dispatch('xlsx.export', { list: 'nothing', filters: {} });
    expect(badList.ok).toBe(false);
    expect((await exportRows()).length).toBe(count);
    expect(headCount()).toBe(head);
  });

  it('leaves template downloads unaudited: an empty template holds no personal data', async () => {
    const head = headCount();
    await ok(core, 'xlsx.template', { entity: 'staff' });
    expect(headCount()).toBe(head);
  });
});
