// What the intake form holds, and how it becomes caseCreateInput / duplicate-check input; paths of issues to form fields.
import { caseSources } from '@shared/case-codes';
import type { CaseCreateInput } from '@shared/schemas/case';
import type { duplicateCheckInput } from '@shared/schemas/case-party';
import { checkCreditCode } from '@shared/validators/credit-code';
import { checkIdNumber } from '@shared/validators/id-number';
import type { z } from 'zod';
import type { MoneyValue } from './money-field';

type Blank<T> = { [K in keyof T]?: T[K] | null };

export type PartyRole = 'applicant' | 'respondent';
export type PartyKind = 'person' | 'organization';

export interface AgentValues {
  name?: string;
  kind?: 'entrusted' | 'legal';
  authority?: 'general' | 'special' | null;
  authorityText?: string | null;
  relation?: string | null;
  idNumber?: string | null;
  phone?: string | null;
}

export interface PartyValues {
  role: PartyRole;
  kind: PartyKind;
  name?: string;
  gender?: string | null;
  ethnicity?: string | null;
  birthDate?: string | null;
  occupation?: string | null;
  idNumber?: string | null;
  creditCode?: string | null;
  legalRepresentative?: string | null;
  phone?: string | null;
  address?: string | null;
  agents?: AgentValues[];
}

/** Codes are plain strings here: the form holds whatever the inputs produced until the schema parses it. */
export type IntakeValues = Blank<Omit<CaseCreateInput, 'parties' | 'source' | 'amountFen'>> & {
  source?: string | null;
  /** 分, or the typed text while it is not a valid amount (MoneyInput). */
  amountFen?: MoneyValue;
  parties?: PartyValues[];
};

export const newParty = (role: PartyRole): PartyValues => ({ role, kind: 'person', ethnicity: '01', agents: [] });
export const newAgent = (): AgentValues => ({ kind: 'entrusted', authority: 'general' });

export function initialIntakeValues(today: string): IntakeValues {
  return { source: 'applied', receivedOn: today, mediatorIds: [], parties: [newParty('applicant'), newParty('respondent')] };
}

/** Sources that come from another body, whose name is asked (移送或委派单位). */
export function isReferred(source: unknown): boolean {
  return caseSources.some((s) => s.code === source && s.group === 'referred');
}

const personOnly = ['gender', 'ethnicity', 'birthDate', 'occupation', 'idNumber'] as const;
const organisationOnly = ['creditCode', 'legalRepresentative'] as const;

/** The schema's input: fields hidden by a switch (自然人/单位, source) are dropped, so they neither save nor complain. */
export function toCaseInput(v: IntakeValues): unknown {
  const parties = (v.parties ?? []).map((p) => {
    const hidden = p.kind === 'organization' ? personOnly : organisationOnly;
    const party: Record<string, unknown> = { ...p, agents: (p.agents ?? []).map((a) => ({ ...a, authority: a.kind === 'legal' ? null : a.authority })) };
    for (const f of hidden) party[f] = null;
    return party;
  });
  return {
    ...v,
    sourceDetail: isReferred(v.source) ? v.sourceDetail : null,
    findingId: v.source === 'investigation' ? v.findingId : null,
    parties,
  };
}

type DuplicateInput = z.input<typeof duplicateCheckInput>;

/** The duplicate check's input: every party in form order (the result names them by index), with only valid keys. */
export function toDuplicateInput(v: IntakeValues): DuplicateInput | null {
  const parties = (v.parties ?? []).map((p) => {
    const id = p.kind === 'person' && p.idNumber ? checkIdNumber(p.idNumber) : null;
    const credit = p.kind === 'organization' && p.creditCode ? checkCreditCode(p.creditCode) : null;
    return {
      role: p.role,
      name: (p.name ?? '').trim().slice(0, 60),
      idNumber: id?.ok ? id.info.idNumber : null,
      creditCode: credit?.ok ? credit.creditCode : null,
      phone: p.phone?.trim().slice(0, 30) || null,
    };
  });
  const worth = parties.some((p) => p.idNumber || p.creditCode || (p.name && p.phone) || p.name);
  return worth ? { caseId: null, parties } : null;
}

export type FieldPath = (string | number)[];

const caseFieldNames = ['committeeId', 'source', 'sourceDetail', 'findingId', 'receivedOn', 'category', 'facts', 'requests', 'amountFen', 'mediatorIds', 'note'];
const partyFieldNames = ['role', 'kind', 'name', 'gender', 'ethnicity', 'birthDate', 'occupation', 'idNumber', 'creditCode', 'legalRepresentative', 'phone', 'address'];
const agentFieldNames = ['name', 'kind', 'authority', 'authorityText', 'relation', 'idNumber', 'phone'];

/** The form field an issue or server error belongs to, or null when it concerns the form as a whole (e.g. no respondent). */
export function fieldOfPath(path: readonly PropertyKey[]): FieldPath | null {
  const [top, index, field, agentIndex, agentField] = path;
  if (path.length === 1 && caseFieldNames.includes(String(top))) return [String(top)];
  if (path.length === 2 && top === 'mediatorIds') return ['mediatorIds'];
  if (top !== 'parties' || typeof index !== 'number') return null;
  if (path.length === 3 && partyFieldNames.includes(String(field))) return ['parties', index, String(field)];
  if (path.length === 5 && field === 'agents' && typeof agentIndex === 'number' && agentFieldNames.includes(String(agentField))) {
    return ['parties', index, 'agents', agentIndex, String(agentField)];
  }
  return null;
}

/** 'parties.0.idNumber' (a server error's field) → ['parties', 0, 'idNumber']. */
export function pathOfField(field: string): (string | number)[] {
  return field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) => a.length === b.length && a.every((x, i) => x === b[i]);
