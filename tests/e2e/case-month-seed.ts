// Seed of the 月度录入 specs: an office, a committee with a 简称, and cases concluded in a given month through the API.
import { demoOffice, makeIdNumber } from '../../electron/core/demo-data';
import type { ApiCall } from './fixtures';

export const committeeName = '城关街道人民调解委员会';

/** The month `back` months before the one of `today` (YYYY-MM-DD) → YYYY-MM. */
export function monthsBefore(today: string, back: number): string {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export async function seedOffice(api: ApiCall): Promise<number> {
  await api('office.save', demoOffice);
  const committee = await api<{ id: number }>('committee.create', { name: committeeName, shortName: '城关', kind: 'street' });
  return committee.id;
}

interface Concluded {
  applicant: string;
  respondent: string;
  month: string;
  /** true: 调解成功 with an oral agreement and an open dossier; false: 调解不成功, no dossier. */
  agreed: boolean;
  seq: number;
}

/** A neighbours' dispute received on day 3 of `month`, accepted on day 4 and concluded on day 12; entered today. */
export async function seedConcludedCase(api: ApiCall, committeeId: number, c: Concluded): Promise<number> {
  const day = (d: number) => `${c.month}-${String(d).padStart(2, '0')}`;
  const person = (role: string, name: string, n: number) => ({
    role,
    kind: 'person',
    name,
    idNumber: makeIdNumber('320102', `1970-05-${String(10 + n).padStart(2, '0')}`, n % 2 === 0 ? 'female' : 'male', n),
    phone: `1390000${String(1000 + n)}`,
  });
  const created = await api<{ id: number }>('case.create', {
    committeeId,
    source: 'applied',
    receivedOn: day(3),
    category: '02',
    facts: `${c.applicant}与${c.respondent}因院墙排水问题发生争执。`,
    parties: [person('applicant', c.applicant, c.seq * 2), person('respondent', c.respondent, c.seq * 2 + 1)],
  });
  const step = (data: Record<string, unknown>) => api('caseStep.create', { caseId: created.id, step: data });
  await step({ kind: 'accept', occurredOn: day(4), people: '王调解' });
  await step({ kind: 'session', occurredOn: day(10), people: '王调解', content: '双方陈述事实，调解员释明相关规定。' });
  if (c.agreed) {
    await step({ kind: 'outcome', occurredOn: day(12), result: 'success', remediesTold: false });
    await step({ kind: 'agreement', occurredOn: day(12), people: '王调解', form: 'oral', content: '被申请人改建排水沟，十日内完成。' });
    await api('dossier.open', { caseId: created.id, openedOn: day(12) });
  } else {
    await step({ kind: 'outcome', occurredOn: day(12), result: 'failure', reason: 'noAgreement', remediesTold: true });
  }
  return created.id;
}
