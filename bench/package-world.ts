// Bench helper: a busy office's month (300 cases taken through the real workflow to closed dossiers) and a district's year of data.
import { committee, mediator } from '../drizzle/schema';
import { openCore, type Core } from '../electron/core';
import { demoOffice, makeIdNumber } from '../electron/core/demo-data';
import { sourceMigrationsFolder } from '../electron/core/resources';
import { buildDistrict } from './case-data';

const TS = '2026-01-01T00:00:00.000Z';
const SIGNED = ['application', 'rightsNotice', 'idProof', 'session', 'agreement', 'followUp'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';

export interface Clocked {
  core: Core;
  setNow(iso: string): void;
}

export function openClocked(dbPath: string, start: string): Clocked {
  let now = new Date(start);
  const core = openCore({ dbPath, migrationsFolder: sourceMigrationsFolder, actor: 'bench', appVersion: 'bench', clock: () => now });
  return { core, setNow: (iso) => void (now = new Date(iso)) };
}

export async function must<T = unknown>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}${r.error.field ? ` (${r.error.field})` : ''}`);
  return r.value as T;
}

const day = (month: string, d: number) => `${month}-${String(d).padStart(2, '0')}`;

/**
 * `cases` mediated cases concluded in `month`, each with two parties, accept → session → outcome → signed written
 * agreement → 回访, the signed parts filed on paper and the dossier closed: a month that exports.
 */
export async function buildBusyMonth(w: Clocked, month: string, cases: number): Promise<void> {
  const { core } = w;
  await must(core, 'office.save', demoOffice);
  const committeeId = core.handle.db
    .insert(committee)
    .values({ name: '玄武门街道人民调解委员会', nameInitials: 'x', namePinyin: 'x', kind: 'street', shortName: '玄武门', createdAt: TS, updatedAt: TS })
    .returning()
    .get().id;
  const mediatorId = core.handle.db
    .insert(mediator)
    .values({
      name: '王调解', nameInitials: 'wtj', namePinyin: 'wangtiaojie', idNumber: makeIdNumber('320102', '1970-01-01', 'male', 7), gender: 'male',
      birthDate: '1970-01-01', ethnicity: '汉族', politicalStatus: '中共党员', education: '本科', committeeId, employment: 'fullTime', createdAt: TS, updatedAt: TS,
    })
    .returning()
    .get().id;
  for (let i = 0; i < cases; i++) {
    const d = 1 + (i % 20);
    const on = day(month, d);
    const later = day(month, d + 5);
    w.setNow(`${on}T02:00:00.000Z`);
    const s = SURNAMES[i % SURNAMES.length]!;
    const parties = [
      { role: 'applicant', kind: 'person', name: `${s}建国${i}`, idNumber: makeIdNumber('320102', '1970-05-06', 'male', i % 900), phone: '13800138000', address: '玄武区示范路1号' },
      { role: 'respondent', kind: 'person', name: `${s}秀英${i}`, idNumber: makeIdNumber('320102', '1975-02-03', 'female', i % 900), phone: '13700137000', address: '玄武区示范路2号' },
    ];
    const facts = '双方系上下楼邻居，因楼上卫生间漏水致楼下天花板受损，多次协商未果，申请人要求被申请人维修并赔偿损失。'.repeat(2);
    const { id } = await must<{ id: number }>(core, 'case.create', { committeeId, source: 'applied', receivedOn: on, category: '02', facts, amountFen: 300_000, parties, mediatorIds: [mediatorId] });
    const step = (s2: Record<string, unknown>) => must(core, 'caseStep.create', { caseId: id, step: s2 });
    await step({ kind: 'accept', occurredOn: on, people: '王调解' });
    await step({ kind: 'session', occurredOn: on, people: '王调解', content: '调解员分别听取双方陈述，释明相关法律规定。经耐心调解，双方自愿达成协议。'.repeat(3) });
    await step({ kind: 'outcome', occurredOn: on, result: 'success', reason: null });
    await step({ kind: 'agreement', occurredOn: on, people: '王调解', form: 'written', clauses: ['被申请人于十日内修复漏水点', '被申请人赔偿申请人维修费3000元'], signedByParties: true, mediatorSigned: true, sealed: true, effectiveOn: on });
    w.setNow(`${later}T02:00:00.000Z`);
    await step({ kind: 'followUp', occurredOn: later, people: '王调解', partyVisited: parties[0]!.name, performance: 'full', satisfaction: 'satisfied', content: '协议已履行' });
    await must(core, 'dossier.open', { caseId: id, openedOn: later });
    for (const part of SIGNED) await must(core, 'dossier.markPart', { caseId: id, part, onPaper: true, markedOn: later, note: null });
    await must(core, 'dossier.close', { caseId: id, closedBy: '王调解', closedOn: later, retention: '长期', note: null });
  }
}

/** A district's year: the office row and `cases` cases received in `year` (the case bench's generator), data only. */
export async function buildDistrictYear(w: Clocked, year: number, cases: number): Promise<void> {
  await must(w.core, 'office.save', demoOffice);
  buildDistrict(w.core.handle.sqlite, cases, 200, { from: `${year}-01-01`, days: 365 });
}
