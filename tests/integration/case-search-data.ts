// Test data for the case list and search: cases inserted directly with their parties and dossiers, then indexed.
import Database from 'better-sqlite3';
import { reindexCase } from '../../electron/core/search/case-index';
import { nameKeys } from '../../electron/core/search-keys';
import type { TempCore } from '../helpers/temp-core';

export interface PartySeed {
  name: string;
  role?: 'applicant' | 'respondent';
  idNumber?: string;
  phone?: string;
  agent?: string;
}

export interface CaseSeed {
  parties: PartySeed[];
  facts: string;
  requests?: string;
  receivedOn?: string;
  state?: string;
  concludedOn?: string | null;
  enteredAt?: string | null;
  category?: string;
  source?: string;
  committeeId?: number;
  dossier?: { number: string; status: 'open' | 'closed' };
  deleted?: boolean;
  updatedAt?: string;
}

const TS = '2026-01-01T00:00:00.000Z';

export function sqliteOfCore(core: TempCore): Database.Database {
  return core.handle.sqlite;
}

export function addCommittee(core: TempCore, name: string): number {
  const r = core.handle.sqlite
    .prepare(`INSERT INTO committee (name, name_initials, name_pinyin, kind, created_at, updated_at) VALUES (?, '', '', 'village', ?, ?)`)
    .run(name, TS, TS);
  return Number(r.lastInsertRowid);
}

export function addCase(core: TempCore, seed: CaseSeed): number {
  const db = core.handle.sqlite;
  const r = db
    .prepare(
      `INSERT INTO mediation_case (committee_id, source, received_on, category, facts, requests, state, concluded_on, entered_at, deleted_at, created_at, updated_at)
       VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
    )
    .run(
      seed.committeeId ?? 1,
      seed.source ?? 'applied',
      seed.receivedOn ?? '2026-03-01',
      seed.category ?? '02',
      seed.facts,
      seed.requests ?? null,
      seed.state ?? 'mediating',
      seed.concludedOn ?? null,
      seed.enteredAt ?? null,
      seed.deleted ? '2026-05-01T00:00:00.000Z' : null,
      TS,
      seed.updatedAt ?? TS,
    );
  const id = Number(r.lastInsertRowid);
  seed.parties.forEach((p, i) => {
    const k = nameKeys(p.name);
    const party = db
      .prepare(
        `INSERT INTO case_party (case_id, role, kind, name, name_initials, name_pinyin, id_number, phone, sort_order, created_at, updated_at)
         VALUES (?, ?, 'person', ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, p.role ?? (i === 0 ? 'applicant' : 'respondent'), p.name, k.initials, k.pinyin, p.idNumber ?? null, p.phone ?? null, i, TS, TS);
    if (p.agent !== undefined) {
      db.prepare(`INSERT INTO case_agent (party_id, name, kind, created_at, updated_at) VALUES (?, ?, 'entrusted', ?, ?)`).run(
        party.lastInsertRowid,
        p.agent,
        TS,
        TS,
      );
    }
  });
  if (seed.dossier) {
    const year = Number(seed.dossier.number.slice(1, 5));
    db.prepare(
      `INSERT INTO dossier (case_id, committee_id, year, seq, number, opened_on, status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)`,
    ).run(id, seed.committeeId ?? 1, year, id, seed.dossier.number, '2026-04-01', seed.dossier.status, TS, TS);
  }
  reindexCase(core.handle.db, id);
  return id;
}
