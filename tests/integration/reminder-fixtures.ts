// Test rows for the rule checks, inserted straight into the tables (the rules only read them).
import { makeIdNumber } from '../../electron/core/demo-data';
import {
  committee,
  committeeMember,
  cpcBranch,
  cpcMeeting,
  cpcMember,
  enterprise,
  investigation,
  investigationFinding,
  mediator,
  mediatorTraining,
  staff,
} from '../../drizzle/schema';
import type { Core } from '../../electron/core';

const at = '2026-01-01T00:00:00.000Z';
const stamps = { createdAt: at, updatedAt: at };
let serial = 0;
const next = () => (serial += 1);
const keys = { nameInitials: 'x', namePinyin: 'x' };
const person = { ...keys, birthDate: '1980-01-01', ethnicity: '01', education: '21', ...stamps };
/** A distinct valid ID number per row (makeIdNumber repeats every 100 sequence numbers, so the year moves on). */
const idOf = (n: number, gender: 'male' | 'female') => makeIdNumber('320102', `${1950 + Math.floor(n / 100)}-01-01`, gender, n);

export function fixtures(core: Core) {
  const db = core.handle.db;
  return {
    staff(politicalStatus: string): number {
      const n = next();
      const idNumber = idOf(n, 'male');
      const row = { ...person, name: `人员${n}`, idNumber, gender: 'male' as const, politicalStatus, post: '工作人员', staffingType: 'contract' };
      return db.insert(staff).values(row).returning().get().id;
    },
    branch(name: string, foundedOn = '2020-01-01'): number {
      return db.insert(cpcBranch).values({ name, foundedOn, ...stamps }).returning().get().id;
    },
    cpcMember(branchId: number, over: { memberType?: 'full' | 'probationary'; partyPost?: string; transferredOutOn?: string | null } = {}): number {
      const n = next();
      const row = { ...person, branchId, name: `党员${n}`, gender: 'male' as const, joinedOn: '2005-07-01' };
      return db.insert(cpcMember).values({ ...row, memberType: 'full', partyPost: 'member', ...over }).returning().get().id;
    },
    meeting(branchId: number, kind: string, heldOn: string): number {
      return db.insert(cpcMeeting).values({ branchId, kind, heldOn, place: '会议室', host: '书记', recorder: '组织委员', expectedCount: 3, presentCount: 3, topics: '学习', ...stamps }).returning().get().id;
    },
    committee(name: string, over: { kind?: string; filingNumber?: string | null; filedOn?: string | null } = {}): number {
      return db.insert(committee).values({ name, ...keys, kind: 'community', filingNumber: '备2026-01', filedOn: '2026-01-10', ...over, ...stamps }).returning().get().id;
    },
    committeeMember(committeeId: number, over: { gender?: 'male' | 'female'; role?: string; leftOn?: string | null; termEnd?: string } = {}): number {
      return db.insert(committeeMember).values({ committeeId, name: `委员${next()}`, gender: 'male', role: 'member', termStart: '2025-01-01', termEnd: '2028-01-01', ...over, ...stamps }).returning().get().id;
    },
    enterprise(name: string, employees: number, committeeId: number | null = null): number {
      const creditCode = `91320102MA${String(next()).padStart(8, '0')}`;
      return db.insert(enterprise).values({ name, ...keys, creditCode, employees, committeeId, ...stamps }).returning().get().id;
    },
    mediator(committeeId: number, over: { name?: string; employment?: 'fullTime' | 'partTime'; leftOn?: string | null } = {}): number {
      const n = next();
      const idNumber = idOf(n, 'female');
      const row = { ...person, name: `调解员${n}`, idNumber, gender: 'female' as const, politicalStatus: '13', committeeId };
      return db.insert(mediator).values({ ...row, employment: 'fullTime', ...over }).returning().get().id;
    },
    training(mediatorId: number, startDate: string, endDate: string | null = null): number {
      return db.insert(mediatorTraining).values({ mediatorId, title: '培训', kind: 'centralized', startDate, endDate, ...stamps }).returning().get().id;
    },
    round(level: 'street' | 'district', period: string, kind = 'routine'): number {
      return db.insert(investigation).values({ level, period, kind, conductedOn: '2026-01-10', investigators: '甲', responsible: '乙', ...stamps }).returning().get().id;
    },
    finding(investigationId: number, over: { summary?: string; major?: boolean; status?: string } = {}): number {
      return db.insert(investigationFinding).values({ investigationId, category: '08', summary: '拆迁补偿纠纷', parties: '张某与某公司', riskLevel: 'high', responsible: '乙', status: 'pending', major: true, ...over, ...stamps }).returning().get().id;
    },
  };
}
