// Records against the format's schemas and each other: every dangling reference is named, not only the first.
import { describe, expect, it } from 'vitest';
import type { PeriodDataset } from '../../../electron/shared/package/records';
import { verifyPackage } from '../../../electron/core/district/verify';
import { buildPackage, makeOfficeKey, payloadOf, sealBag, zipBag } from '../../helpers/package-fixtures';
import { defaultSpec, sampleDataset } from '../../integration/district/sample-dataset';

const key = makeOfficeKey();
const ds = sampleDataset(defaultSpec());
const problemsOf = async (data: PeriodDataset) => (await verifyPackage(await buildPackage(data, { key }), () => key.publicKey)).result.problems;

describe('records checks', () => {
  it('names each dangling reference with file, record and field', async () => {
    const problems = await problemsOf({
      ...ds,
      mediators: ds.mediators.map((m, i) => (i === 2 ? { ...m, committeeId: 77 } : m)),
      investigationFindings: ds.investigationFindings.map((f) => ({ ...f, investigationId: 88 })),
      jointActivities: ds.jointActivities.map((a) => ({ ...a, partnerUnitId: 99 })),
      cases: ds.cases.map((c, i) => (i === 0 ? { ...c, category: '77' } : c)),
    });
    expect(problems.map((p) => p.code)).toEqual(Array(5).fill('recordsInconsistent'));
    expect(problems[0]?.message).toBe('data/records/mediators.json 中人民调解员“12”的 committeeId = 77 在人民调解委员会（data/records/committees.json）中不存在');
    expect(problems.map((p) => p.path)).toEqual([
      'data/records/mediators.json',
      'data/records/cases.json',
      'data/records/investigation-findings.json',
      'data/records/investigation-findings.json',
      'data/records/joint-activities.json',
    ]);
  });

  it('refuses a field the format does not know (strict schemas), whatever schema the package ships', async () => {
    const payload = payloadOf({ ...ds, office: [{ ...ds.office[0]!, extra: 'x' } as never] });
    payload.set('data/schemas/office.schema.json', Buffer.from('{"type":"array"}\n'));
    const zip = await zipBag(sealBag(ds, payload, { key }));
    const { result } = await verifyPackage(zip, () => key.publicKey);
    expect(result.problems.map((p) => p.code)).toEqual(['recordsSchemaInvalid']);
    expect(result.problems[0]?.message).toContain('data/records/office.json 第 1 条司法所');
  });

  it('a dossier PDF named in the records must be in the package, and duplicates of a key are refused', async () => {
    const dossier = { id: 1, caseId: ds.cases[0]!.id, committeeId: 1, year: 2026, seq: 1, number: '（2026）调字第001号', openedOn: '2026-11-02', status: 'closed' as const, closedBy: null, closedOn: '2026-11-25', retention: null, reopenedOn: null, reopenReason: null, note: null, pdf: 'data/dossiers/case-100.pdf', createdAt: '2026-11-02T01:00:00.000Z', updatedAt: '2026-11-02T01:00:00.000Z' };
    const problems = await problemsOf({ ...ds, dossiers: [dossier], prevention: [...ds.prevention, ...ds.prevention] });
    expect(problems.map((p) => p.code).sort()).toEqual(['recordsInconsistent', 'recordsInconsistent']);
    const text = problems.map((p) => p.message).join('\n');
    expect(text).toContain('卷宗 （2026）调字第001号 的 PDF“data/dossiers/case-100.pdf”不在数据包中');
    expect(text).toContain('data/records/prevention.json 中预防成效（按月填报）“2026-11”重复出现');
  });
});
