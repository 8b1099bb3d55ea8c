// The audit chain's canonical row hash and the pure chain walk: every kind of tampering reported at the right row.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalRow, GENESIS_HASH, rowHash, type ChainedFields } from '../../electron/core/audit-hash';
import { verifyChain } from '../../electron/core/audit-verify';

const base: ChainedFields = {
  id: 1,
  at: '2026-11-27T02:00:00.000Z',
  actor: 'tester',
  method: 'staff.create',
  entity: 'staff',
  entityId: '1',
  before: null,
  after: '{"name":"张三"}',
  prevHash: GENESIS_HASH,
};

type Row = ChainedFields & { hash: string };

function chain(n: number): Row[] {
  const rows: Row[] = [];
  let prevHash = GENESIS_HASH;
  for (let id = 1; id <= n; id += 1) {
    const fields = { ...base, id, entityId: String(id), after: JSON.stringify({ n: id }), prevHash };
    const hash = rowHash(fields);
    rows.push({ ...fields, hash });
    prevHash = hash;
  }
  return rows;
}
const headOf = (rows: Row[]) => ({ lastId: rows.at(-1)?.id ?? 0, hash: rows.at(-1)?.hash ?? GENESIS_HASH, count: rows.length });

describe('canonical row hash', () => {
  it('is SHA-256 hex over a JSON array in the fixed field order', () => {
    expect(canonicalRow(base)).toBe(
      `[1,"2026-11-27T02:00:00.000Z","tester","staff.create","staff","1",null,"{\\"name\\":\\"张三\\"}","${GENESIS_HASH}"]`,
    );
    expect(rowHash(base)).toBe(createHash('sha256').update(canonicalRow(base), 'utf8').digest('hex'));
    expect(rowHash(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when any single field changes, and keeps fields apart (no concatenation ambiguity)', () => {
    const h = rowHash(base);
    for (const change of [{ id: 2 }, { at: 'x' }, { actor: 'y' }, { method: 'staff.update' }, { entity: 'cpc' }, { entityId: null }, { before: '{}' }, { after: null }, { prevHash: 'f'.repeat(64) }]) {
      expect(rowHash({ ...base, ...change })).not.toBe(h);
    }
    expect(rowHash({ ...base, actor: 'ab', method: 'c' })).not.toBe(rowHash({ ...base, actor: 'a', method: 'bc' }));
    expect(rowHash({ ...base, entityId: null })).not.toBe(rowHash({ ...base, entityId: 'null' }));
  });

  it('is deterministic for any text, and distinct texts give distinct canonical forms', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(rowHash({ ...base, after: a })).toBe(rowHash({ ...base, after: a }));
        if (a !== b) expect(canonicalRow({ ...base, after: a })).not.toBe(canonicalRow({ ...base, after: b }));
      }),
    );
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and an empty one', () => {
    const rows = chain(5);
    expect(verifyChain(rows, headOf(rows))).toEqual({ ok: true, checked: 5, firstBroken: null });
    expect(verifyChain([], headOf([]))).toEqual({ ok: true, checked: 0, firstBroken: null });
  });

  it('reports an edited row by its id', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, after: '{"n":99}' };
    expect(verifyChain(rows, headOf(chain(5))).firstBroken).toEqual({ id: 3, reason: expect.stringContaining('已被改动') });
  });

  it('reports an edited row whose hash was recomputed at the next row', () => {
    const rows = chain(5);
    const edited = { ...rows[2]!, after: '{"n":99}' };
    rows[2] = { ...edited, hash: rowHash(edited) };
    expect(verifyChain(rows, headOf(chain(5))).firstBroken?.id).toBe(4);
  });

  it('reports deleted rows in the middle, at the start and at the end', () => {
    const rows = chain(6);
    const head = headOf(rows);
    expect(verifyChain(rows.filter((r) => r.id !== 3 && r.id !== 4), head).firstBroken).toEqual({ id: 5, reason: expect.stringContaining('第 3–4 号') });
    expect(verifyChain(rows.slice(1), head).firstBroken).toEqual({ id: 2, reason: expect.stringContaining('第 1 号') });
    expect(verifyChain(rows.slice(0, 4), head).firstBroken).toEqual({ id: 5, reason: expect.stringContaining('链尾的第 5–6 号') });
  });

  it('reports a forged row appended with a correct hash, and a missing head', () => {
    const rows = chain(4);
    const head = headOf(rows);
    const forged = { ...base, id: 5, prevHash: rows[3]!.hash };
    expect(verifyChain([...rows, { ...forged, hash: rowHash(forged) }], head).firstBroken).toEqual({ id: 5, reason: expect.stringContaining('疑似被插入') });
    expect(verifyChain(rows, undefined)).toMatchObject({ ok: false, firstBroken: { id: null, reason: expect.stringContaining('链头') } });
  });

  it('reports a head whose count or hash does not match', () => {
    const rows = chain(3);
    expect(verifyChain(rows, { ...headOf(rows), count: 4 }).firstBroken?.reason).toContain('条数');
    expect(verifyChain(rows, { ...headOf(rows), hash: 'a'.repeat(64) }).firstBroken?.reason).toContain('链头登记的校验值');
  });
});
