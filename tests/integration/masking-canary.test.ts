// Canary test: seeded ID numbers and phones never reach a readonly user whole (JSON, prints, exports), admin/staff see
// them only on detail views (each reveal audited) and in their own prints and exports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from '../../electron/shared/mask';
import { methodNames, type MethodName } from '../../electron/shared/contract';
import { roleMay } from '../../electron/shared/access';
import { contract } from '../../electron/shared/contract';
import { xlsxLists } from '../../electron/shared/schemas/xlsx';
import type { Role } from '../../electron/shared/schemas/auth';
import { checkIdNumber } from '../../electron/shared/validators/id-number';
import { isValidPhone } from '../../electron/shared/validators/phone';
import { HIDDEN_SCAN_TEXT } from '../../electron/core/documents/dossier-input';
import { loadCaseContext } from '../../electron/core/documents/case-context';
import { openTempCore, type TempCore } from '../helpers/temp-core';
import { canaries, fileText, ids, leaks, loginAs, phones, seedCanaries, type Seeded } from './masking-fixtures';

let core: TempCore;
let seeded: Seeded;
const keys = new Map<Role, string>();

beforeAll(async () => {
  core = openTempCore();
  seeded = await seedCanaries(core);
  for (const role of ['admin', 'staff', 'readonly'] as const) keys.set(role, await loginAs(core, role));
}, 60_000);
afterAll(() => core.cleanup());

async function as<T = unknown>(role: Role, method: string, input: unknown): Promise<T> {
  const result = await core.dispatchAs(keys.get(role)!, method, input);
  if (!result.ok) throw new Error(`${role} ${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const lists = (s: Seeded): [MethodName, unknown][] => [
  ['staff.list', {}],
  ['cpcMember.list', {}],
  ['mediator.list', {}],
  ['committee.list', {}],
  ['enterprise.list', {}],
  ['partnerUnit.list', {}],
  ['case.list', {}],
  ['case.list', { q: phones[6] }],
  ['case.list', { q: ids[0] }],
  ['case.month', { month: '2026-11' }],
  ['case.checkDuplicates', { caseId: null, parties: [{ role: 'applicant', name: '张三', idNumber: ids[0], phone: phones[6] }] }],
  ['reminder.summary', {}],
  ['document.forms', { caseId: s.caseId }],
];
const gets = (s: Seeded): [MethodName, unknown][] => [
  ['staff.get', { id: s.staffId }],
  ['cpcMember.get', { id: s.memberId }],
  ['mediator.get', { id: s.mediatorId }],
  ['committee.get', { id: s.committeeId }],
  ['enterprise.get', { id: s.enterpriseId }],
  ['partnerUnit.get', { id: s.partnerId }],
  ['case.get', { id: s.caseId }],
];
/** Forms naming the parties, in both formats. */
const prints = (s: Seeded): { input: Record<string, unknown>; kind: 'pdf' | 'docx' }[] =>
  ['application', 'acceptance', 'cover'].flatMap((form) =>
    (['pdf', 'docx'] as const).map((kind) => ({ input: { form, id: s.caseId, format: kind }, kind })),
  );

it('uses canaries the validators accept', () => {
  for (const id of ids) expect(checkIdNumber(id).ok, id).toBe(true);
  for (const phone of phones) expect(isValidPhone(phone)).toBe(true);
});

describe('readonly', () => {
  it('sees no canary in any list or detail, only masked forms', async () => {
    let all = '';
    // Methods readonly may not call (the duplicate check is an oracle on ID numbers) are refused, not masked.
    for (const [method, input] of [...lists(seeded), ...gets(seeded)].filter(([m]) => roleMay('readonly', m))) {
      const text = JSON.stringify(await as('readonly', method, input));
      expect(leaks(text), method).toEqual([]);
      all += text;
    }
    for (const id of ids) expect(all).toContain(maskIdNumber(id));
    for (const phone of phones) expect(all).toContain(maskPhone(phone));
    // A search by a full ID number or phone finds nothing for readonly (it would be an oracle on masked digits).
    expect(all).not.toContain('【1101**********002X】');
  });

  it('sees no canary in the output of any query it may call (input {} or an id)', async () => {
    const inputs = [{}, { id: seeded.caseId }, { caseId: seeded.caseId }, { staffId: seeded.staffId }, { mediatorId: seeded.mediatorId }];
    let answered = 0;
    for (const method of methodNames.filter((m) => !contract[m].mutates && roleMay('readonly', m))) {
      for (const input of inputs) {
        const result = await core.dispatchAs(keys.get('readonly')!, method, input);
        if (!result.ok) continue;
        answered += 1;
        expect(leaks(JSON.stringify(result.value)), `${method} ${JSON.stringify(input)}`).toEqual([]);
      }
    }
    expect(answered).toBeGreaterThan(20);
  });

  it('exports every register masked', async () => {
    let all = '';
    for (const list of xlsxLists) {
      const file = await as<{ dataBase64: string }>('readonly', 'xlsx.export', { list, filters: {} });
      const text = await fileText(file.dataBase64, 'xlsx');
      expect(leaks(text), list).toEqual([]);
      all += text;
    }
    for (const id of ids.slice(1, 4)) expect(all).toContain(maskIdNumber(id));
    for (const phone of phones.slice(0, 6)) expect(all).toContain(maskPhone(phone));
  });

  it('prints forms naming the parties masked', async () => {
    for (const { input, kind } of prints(seeded)) {
      const file = await as<{ dataBase64: string }>('readonly', 'document.render', input);
      const text = await fileText(file.dataBase64, kind);
      expect(leaks(text), `${String(input.form)} ${kind}`).toEqual([]);
      if (input.form === 'application') expect(text, `${String(input.form)} ${kind}`).toContain(maskPhone(phones[6]!));
    }
  });

  it('fills office Word templates from masked data (the built-in layouts print no ID number, templates may)', () => {
    const viewer = { userId: 3, actor: 'r', role: 'readonly' as const, seesSensitive: false, sessionKey: 'k' };
    const masked = loadCaseContext({ db: core.handle.db, today: '2026-11-27', viewer }, seeded.caseId);
    expect(leaks(JSON.stringify(masked))).toEqual([]);
    expect(JSON.stringify(masked)).toContain(maskIdNumber(ids[4]!));
    const full = loadCaseContext({ db: core.handle.db, today: '2026-11-27', viewer: { ...viewer, seesSensitive: true } }, seeded.caseId);
    expect(JSON.stringify(full)).toContain(ids[4]);
  });

  it('prints the whole dossier masked, with generated forms or a notice in place of scans', async () => {
    const out = await as<{ dataBase64: string; parts: { part: string; from: string }[] }>('readonly', 'document.dossier', { caseId: seeded.caseId });
    const text = await fileText(out.dataBase64, 'pdf');
    expect(leaks(text)).toEqual([]);
    expect(text).toContain(maskPhone(phones[6]!));
    expect(out.parts.every((p) => p.from === 'generated')).toBe(true);
    expect(out.parts.map((p) => p.part)).toEqual(expect.arrayContaining(['application', 'idProof']));
    expect(text).toContain(HIDDEN_SCAN_TEXT);
  });
});

describe.each(['admin', 'staff'] as const)('%s', (role) => {
  it('sees lists masked', async () => {
    for (const [method, input] of lists(seeded)) {
      expect(leaks(JSON.stringify(await as(role, method, input))), method).toEqual([]);
    }
  });

  it('sees full values on detail views, each reveal audited', async () => {
    const revealsBefore = core.handle.sqlite.prepare(`SELECT COUNT(*) FROM audit_log WHERE entity = 'reveal'`).pluck().get() as number;
    let all = '';
    for (const [method, input] of gets(seeded)) all += JSON.stringify(await as(role, method, input));
    for (const c of canaries) expect(all).toContain(c);
    const rows = core.handle.sqlite
      .prepare(`SELECT method, after FROM audit_log WHERE entity = 'reveal' ORDER BY id`)
      .all()
      .slice(revealsBefore) as { method: string; after: string }[];
    // committee.get reveals its member's phone; every get here holds at least one sensitive value.
    expect(rows.map((r) => (JSON.parse(r.after) as { method: string }).method)).toEqual(gets(seeded).map(([m]) => m));
    const caseReveal = JSON.parse(rows.at(-1)!.after) as { fields: string[] };
    expect(caseReveal.fields).toEqual(expect.arrayContaining(['parties[0].idNumber', 'parties[0].agents[0].phone']));
  });

  it('prints and exports in full', async () => {
    const staff = await as<{ dataBase64: string }>(role, 'xlsx.export', { list: 'staff', filters: {} });
    expect(await fileText(staff.dataBase64, 'xlsx')).toContain(ids[1]);
    const form = await as<{ dataBase64: string }>(role, 'document.render', { form: 'application', id: seeded.caseId, format: 'docx' });
    const text = await fileText(form.dataBase64, 'docx');
    expect(text).toContain(phones[6]);
    const dossier = await as<{ dataBase64: string; parts: { from: string }[] }>(role, 'document.dossier', { caseId: seeded.caseId });
    // Admin and staff get the scans themselves (here a page showing the applicant's ID number).
    const whole = await fileText(dossier.dataBase64, 'pdf');
    expect(whole).toContain(ids[0]);
    expect(dossier.parts.some((p) => p.from === 'scan')).toBe(true);
  });
});
