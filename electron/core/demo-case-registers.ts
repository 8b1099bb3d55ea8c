// What the demo cases take from the registers already written (committees, mediators, enterprises, findings), and 纸质归档.
import type { DossierPartCode } from '../shared/case-codes';
import type { MethodInput } from '../shared/contract';
import type { CommitteeKey } from './demo-committee';
import type { DemoCall } from './demo-kit';

/** 简称 for dossier numbers where the name alone gives a clumsy one (the rest derive theirs from the name). */
const SHORT_NAMES: Partial<Record<CommitteeKey, string>> = { pharma: '金陵医药', property: '玄武门物业' };

interface MediatorInfo {
  id: number;
  name: string;
  fullTime: boolean;
  startedOn: string;
}

export interface Registers {
  committees: Record<CommitteeKey, number>;
  creditCodes: ReadonlyMap<string, string>;
  room(committee: CommitteeKey): string;
  /** `count` mediators of the committee in post on `on`, full-time ones first. */
  mediatorsFor(committee: CommitteeKey, on: string, count: number): string[];
  mediatorIds(committee: CommitteeKey, names: readonly string[]): number[];
  /** An ordinary (not major) finding of the 45 days up to `on`, nearest first, not yet taken. */
  takeFinding(on: string, fits: (category: string) => boolean): { id: number; category: string; conductedOn: string } | null;
}

export async function loadRegisters(call: DemoCall, committees: Record<CommitteeKey, number>): Promise<Registers> {
  const rooms = new Map<CommitteeKey, string>();
  const staff = new Map<CommitteeKey, MediatorInfo[]>();
  for (const key of Object.keys(committees) as CommitteeKey[]) {
    const c = await call('committee.get', { id: committees[key] });
    rooms.set(key, (c.address ?? c.name).replace(/^玄武区/, ''));
    const shortName = SHORT_NAMES[key];
    if (shortName !== undefined && c.shortName === null) {
      const { name, kind, field, filingNumber, filedOn, foundedOn, address, phone, note } = c;
      const data = { name, shortName, kind, field, filingNumber, filedOn, foundedOn, address, phone, note } as MethodInput<'committee.update'>['data'];
      await call('committee.update', { id: c.id, data });
    }
    const list = await call('mediator.list', { committeeId: committees[key], active: true, pageSize: 100 });
    staff.set(
      key,
      list.items
        .map((m) => ({ id: m.id, name: m.name, fullTime: m.employment === 'fullTime', startedOn: m.startedOn ?? '1900-01-01' }))
        .sort((x, y) => Number(y.fullTime) - Number(x.fullTime)),
    );
  }
  const enterprises = await call('enterprise.list', { pageSize: 100 });
  const creditCodes = new Map(enterprises.items.flatMap((e) => (e.creditCode ? [[e.name, e.creditCode] as const] : [])));
  const findings = (await call('investigationFinding.list', { pageSize: 100, sort: 'conductedOn', order: 'desc' })).items.filter((f) => !f.major);
  const taken = new Set<number>();
  const rotation = new Map<CommitteeKey, number>();
  return {
    committees,
    creditCodes,
    room: (key) => rooms.get(key) ?? '调解室',
    mediatorsFor(key, on, count) {
      const serving = (staff.get(key) ?? []).filter((m) => m.startedOn <= on);
      if (serving.length === 0) throw new Error(`demo: no mediator of ${key} in post on ${on}`);
      // Cases go round the committee's mediators, the lead one full-time where there is one.
      const turn = rotation.get(key) ?? 0;
      rotation.set(key, turn + 1);
      const lead = serving[turn % Math.min(serving.length, 2)]!;
      const helper = serving.find((m) => m !== lead);
      return [lead.name, ...(count > 1 && helper ? [helper.name] : [])];
    },
    mediatorIds: (key, names) => names.map((n) => (staff.get(key) ?? []).find((m) => m.name === n)!.id),
    takeFinding(on, fits) {
      const from = new Date(Date.parse(on) - 45 * 86_400_000).toISOString().slice(0, 10);
      const found = findings.find((f) => !taken.has(f.id) && f.conductedOn <= on && f.conductedOn >= from && fits(f.category));
      if (found === undefined) return null;
      taken.add(found.id);
      return found;
    },
  };
}

/** Marks as filed on paper every part the dossier still lacks (signed originals, 身份证明 …), except those in `skip`. */
export async function fileParts(call: DemoCall, caseId: number, on: string, skip: ReadonlySet<string>): Promise<void> {
  const detail = await call('case.get', { id: caseId });
  for (const gap of detail.completeness.missing) {
    if (gap.code !== 'notFiled' || gap.part === null || skip.has(gap.part)) continue;
    await call('dossier.markPart', { caseId, part: gap.part as DossierPartCode, onPaper: true, markedOn: on, note: null });
  }
}
