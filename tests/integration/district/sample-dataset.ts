// Test data: a small consistent period dataset of one office, built from a spec (fast-check generates specs).
import type { PeriodDataset, RecordOf } from '../../../electron/shared/package/records';

export interface CaseSpec {
  state: 'succeeded' | 'failed' | 'mediating';
  category: string;
  amountFen: number | null;
  facts: string;
  parties: number;
}

export interface DatasetSpec {
  officeCode: string;
  officeName: string;
  period: string;
  /** Added to every id, so two offices (or two packages) can differ. */
  idBase: number;
  mediators: number;
  cases: CaseSpec[];
  findings: number;
}

const at = '2026-11-02T01:00:00.000Z';
const stamps = { createdAt: at, updatedAt: at };

export const categories: RecordOf<'disputeCategories'>[] = [
  { code: '01', label: '婚姻家庭纠纷', parentCode: null, builtin: true, active: true, sortOrder: 1 },
  { code: '02', label: '邻里纠纷', parentCode: null, builtin: true, active: true, sortOrder: 2 },
  { code: '99', label: '其他纠纷', parentCode: null, builtin: true, active: true, sortOrder: 99 },
  // Keys are ordered numerically when all digits (compareRecordKeys): 0201 after 99.
  { code: '0201', label: '噪声扰邻', parentCode: '02', builtin: false, active: true, sortOrder: 21 },
];

export function defaultSpec(over: Partial<DatasetSpec> = {}): DatasetSpec {
  return {
    officeCode: '320102001',
    officeName: '玄武街道司法所',
    period: '2026-11',
    idBase: 0,
    mediators: 3,
    cases: [
      { state: 'succeeded', category: '01', amountFen: 1_250_000, facts: '赡养费纠纷', parties: 2 },
      { state: 'failed', category: '0201', amountFen: null, facts: '楼上噪声, "夜间"\n=施工', parties: 3 },
      { state: 'mediating', category: '99', amountFen: 0, facts: '其他', parties: 2 },
    ],
    findings: 2,
    ...over,
  };
}

/** Builds the dataset a package of that office and month would carry. */
export function sampleDataset(spec: DatasetSpec): PeriodDataset {
  const b = spec.idBase;
  const day = (d: number): string => `${spec.period}-${String(d).padStart(2, '0')}`;
  const committeeId = b + 1;
  const mediators = Array.from({ length: spec.mediators }, (_, i) => ({
    id: b + 10 + i, name: `调解员${i + 1}`, idNumber: `11010119800101${String(1000 + i)}`, gender: i % 2 ? ('female' as const) : ('male' as const),
    birthDate: '1980-01-01', ethnicity: '汉族', politicalStatus: 'masses', education: 'bachelor', phone: null, committeeId,
    employment: i === 0 ? ('fullTime' as const) : ('partTime' as const), qualifications: null, inExpertPool: false, expertField: null,
    title: null, startedOn: '2020-01-01', leftOn: null, note: null, ...stamps,
  }));
  const cases = spec.cases.map((c, i) => ({
    id: b + 100 + i, committeeId, source: 'applied', sourceDetail: null, findingId: null, receivedOn: day(1 + (i % 20)),
    category: c.category, facts: c.facts, requests: null, amountFen: c.amountFen, note: null, state: c.state,
    acceptedOn: day(1 + (i % 20)), concludedOn: c.state === 'mediating' ? null : day(21 + (i % 7)),
    agreementForm: c.state === 'succeeded' ? ('written' as const) : null, agreementEffectiveOn: null,
    agreementAmountFen: c.state === 'succeeded' ? c.amountFen : null, enteredAt: at, ...stamps,
  }));
  const parties = cases.flatMap((c, i) =>
    Array.from({ length: spec.cases[i]?.parties ?? 1 }, (_, j) => ({
      id: c.id * 10 + j, caseId: c.id, role: j === 0 ? ('applicant' as const) : ('respondent' as const), kind: 'person' as const,
      name: `当事人${i}-${j}`, gender: null, ethnicity: null, birthDate: null, occupation: null, idNumber: null, creditCode: null,
      legalRepresentative: null, phone: null, address: null, sortOrder: j, ...stamps,
    })),
  );
  const investigationId = b + 500;
  return {
    period: spec.period,
    office: [{ name: spec.officeName, code: spec.officeCode, district: '玄武区', township: '玄武街道', address: null, head: '张三', phone: null }],
    disputeCategories: categories,
    committees: [{ id: committeeId, name: '玄武街道人民调解委员会', shortName: null, kind: 'street', field: null, filingNumber: null, filedOn: null, foundedOn: null, address: null, phone: null, note: null, ...stamps }],
    committeeMembers: [{ id: b + 2, committeeId, name: '委员甲', gender: 'male', ethnicity: null, role: 'director', termStart: '2024-01-01', termEnd: '2028-12-31', leftOn: null, phone: null, note: null, ...stamps }],
    mediators,
    mediatorTrainings: mediators.slice(0, 1).map((m) => ({ id: b + 50, mediatorId: m.id, title: '年度培训', kind: 'district', startDate: day(3), endDate: null, hours: 8, organizer: null, note: null, ...stamps })),
    cases,
    caseMediators: mediators.length > 0 ? cases.map((c) => ({ caseId: c.id, mediatorId: b + 10, sortOrder: 0 })) : [],
    caseParties: parties,
    caseAgents: parties.slice(0, 1).map((p) => ({ id: b + 700, partyId: p.id, name: '代理人', idNumber: null, phone: null, kind: 'entrusted', authority: null, authorityText: null, relation: null, ...stamps })),
    caseSteps: cases.map((c) => ({ id: b + 800 + c.id, caseId: c.id, kind: 'accept', occurredOn: c.acceptedOn ?? day(1), people: null, content: null, data: { note: 'x', n: 1 }, ...stamps })),
    dossiers: [],
    investigations: [{ id: investigationId, level: 'street', period: `${spec.period}-H1`, kind: 'regular', conductedOn: day(5), grid: null, investigators: '甲', method: null, responsible: '乙', reportedOn: null, note: null, ...stamps }],
    investigationFindings: Array.from({ length: spec.findings }, (_, i) => ({
      id: b + 600 + i, investigationId, category: '02', summary: `发现${i}`, parties: '甲乙', grid: null, riskLevel: 'low', responsible: '乙',
      status: 'open', major: i === 0, resolvedOn: null, caseId: null, note: null, ...stamps,
    })),
    partnerUnits: [{ id: b + 900, kind: 'court', name: '玄武区人民法院', address: null, contact: null, phone: null, agreementOn: null, note: null, ...stamps }],
    jointActivities: [{ id: b + 950, partnerUnitId: b + 900, heldOn: day(10), kind: 'meeting', place: '司法所', ourParticipants: '甲', partnerParticipants: '乙', summary: '联调会', results: null, casesCount: 1, note: null, ...stamps }],
    prevention: [{ month: spec.period, criminalCases: 1, criminalPersons: 2, petitionCases: 0, petitionPersons: 0, suicideCases: 0, suicidePersons: 0, fights: 0, preventedDisputes: 3, note: null, updatedAt: at }],
  };
}
