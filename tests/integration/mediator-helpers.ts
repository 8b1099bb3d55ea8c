// Shared setup of the mediator integration tests: committees inserted straight into the table, and a valid mediator input.
import { committee } from '../../drizzle/schema';
import { makeIdNumber } from '../../electron/core/demo-data';
import type { MediatorInput } from '../../electron/shared/schemas/mediator';
import type { TempCore } from '../helpers/temp-core';

/** A committee row, without going through committee.create (owned by another area). */
export function addCommittee(core: TempCore, name: string, kind = 'community'): number {
  const now = '2026-01-01T00:00:00.000Z';
  return core.handle.db
    .insert(committee)
    .values({ name, nameInitials: 'x', namePinyin: 'x', kind, createdAt: now, updatedAt: now })
    .returning({ id: committee.id })
    .get().id;
}

export function mediatorOf(committeeId: number, overrides: Partial<MediatorInput> = {}): MediatorInput {
  return {
    name: '王调解',
    idNumber: makeIdNumber('320102', '1970-03-08', 'male', 5),
    ethnicity: '01',
    politicalStatus: '01',
    education: '21',
    phone: '13800138000',
    committeeId,
    employment: 'fullTime',
    qualifications: '法律职业资格',
    inExpertPool: false,
    expertField: null,
    title: '二级人民调解员',
    startedOn: '2015-06-01',
    leftOn: null,
    note: null,
    ...overrides,
  };
}

export function tableCounts(core: TempCore) {
  const one = (table: string) => core.handle.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  return {
    mediator: one('mediator'),
    training: one('mediator_training'),
    discipline: one('mediator_discipline'),
    audit: one('audit_log'),
  };
}
