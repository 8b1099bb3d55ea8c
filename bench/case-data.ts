// Bench helper: fills a migrated DB with a district — committees, cases, parties, dossiers and the search index.
import type Database from 'better-sqlite3';
import { makeIdNumber } from '../electron/core/demo-data';
import { ftsColumns, nameGrams } from '../electron/core/search/case-index';
import { nameKeys } from '../electron/core/search-keys';
import { caseVocabulary, SURNAMES, GIVEN, pickWeighted } from './case-words';

export interface District {
  cases: number;
  parties: number;
  /** Some generated party names, ID numbers and phones, for the search bench. */
  sampleNames: string[];
  sampleIds: string[];
  samplePhones: string[];
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATES = [['succeeded', 70], ['mediating', 10], ['failed', 8], ['received', 5], ['terminated', 4], ['rejected', 3]] as const;
const SOURCES = [['applied', 60], ['initiative', 15], ['investigation', 10], ['courtAssigned', 5], ['police', 5], ['other', 5]] as const;
const CATEGORIES = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '99'];
const TS = '2026-01-01T00:00:00.000Z';

const addDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface DistrictSpan {
  /** First day cases are received on, and how many days they spread over (default: five years from 2021). */
  from: string;
  days: number;
}

export function buildDistrict(sqlite: Database.Database, cases: number, committees = 200, span: DistrictSpan = { from: '2021-01-01', days: 1826 }): District {
  const random = rng(20261127);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const keyCache = new Map<string, ReturnType<typeof nameKeys>>();
  const keysOf = (n: string) => keyCache.get(n) ?? (keyCache.set(n, nameKeys(n)), keyCache.get(n)!);
  const q = {
    committee: sqlite.prepare(`INSERT INTO committee (id, name, name_initials, name_pinyin, kind, short_name, created_at, updated_at) VALUES (?, ?, '', '', 'village', ?, ?, ?)`),
    mc: sqlite.prepare(`INSERT INTO mediation_case (id, committee_id, source, received_on, category, facts, requests, amount_fen, state, accepted_on, concluded_on, entered_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`),
    party: sqlite.prepare(`INSERT INTO case_party (case_id, role, kind, name, name_initials, name_pinyin, gender, id_number, phone, sort_order, created_at, updated_at) VALUES (?,?,'person',?,?,?,?,?,?,?,?,?)`),
    dossier: sqlite.prepare(`INSERT INTO dossier (case_id, committee_id, year, seq, number, opened_on, status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)`),
    fts: sqlite.prepare(`INSERT INTO case_search (rowid, number, names, keys, facts) VALUES (?,?,?,?,?)`),
    gram: sqlite.prepare(`INSERT OR IGNORE INTO case_search_gram (gram, case_id) VALUES (?, ?)`),
  };
  const district: District = { cases, parties: 0, sampleNames: [], sampleIds: [], samplePhones: [] };
  const seq = new Map<string, number>();
  sqlite.transaction(() => {
    for (let i = 1; i <= committees; i++) {
      const place = `${pick(['东风', '红旗', '城关', '新华', '和平', '幸福', '光明', '胜利'])}${i}`;
      q.committee.run(i, `${place}村人民调解委员会`, place, TS, TS);
    }
  })();
  const BATCH = 10_000;
  for (let from = 1; from <= cases; from += BATCH) {
    sqlite.transaction(() => {
      for (let id = from; id < Math.min(from + BATCH, cases + 1); id++) {
        const committeeId = 1 + Math.floor(random() * committees);
        const category = pick(CATEGORIES);
        const state = pickWeighted(random, STATES);
        const receivedOn = addDays(span.from, Math.floor(random() * span.days));
        const concluded = state !== 'received' && state !== 'mediating';
        const concludedOn = concluded ? addDays(receivedOn, Math.floor(random() * 40)) : null;
        const enteredAt = concludedOn === null ? null : `${addDays(concludedOn, Math.floor(random() * 45))}T03:00:00.000Z`;
        const { facts, requests } = caseVocabulary(random, category);
        const amount = random() < 0.6 ? Math.floor(random() * 5_000_000) : null;
        const accepted = state === 'received' || state === 'rejected' ? null : receivedOn;
        q.mc.run(id, committeeId, pickWeighted(random, SOURCES), receivedOn, category, facts, requests, amount, state, accepted, concludedOn, enteredAt, TS, enteredAt ?? TS);
        const names: string[] = [];
        const codes: string[] = [];
        const count = 2 + Math.floor(random() * 3) - (random() < 0.5 ? 1 : 0);
        for (let p = 0; p < Math.max(2, count); p++) {
          const name = pick(SURNAMES) + pick(GIVEN) + (random() < 0.7 ? pick(GIVEN) : '');
          const gender = random() < 0.5 ? 'male' : 'female';
          const birth = addDays('1950-01-01', Math.floor(random() * 20000));
          const idNumber = makeIdNumber(pick(['320102', '320104', '320111', '320113']), birth, gender, Math.floor(random() * 1000));
          const phone = `1${pick(['3', '5', '8', '9'])}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`;
          const k = keysOf(name);
          q.party.run(id, p === 0 || (p === 2 && random() < 0.5) ? 'applicant' : 'respondent', name, k.initials, k.pinyin, gender, idNumber, phone, p, TS, TS);
          names.push(name);
          codes.push(idNumber, phone);
          district.parties++;
          if (random() < 0.002) {
            district.sampleNames.push(name);
            district.sampleIds.push(idNumber);
            district.samplePhones.push(phone);
          }
        }
        let number = '';
        if (concludedOn !== null && random() < 0.9) {
          const year = Number(receivedOn.slice(0, 4));
          const key = `${committeeId}-${year}`;
          const n = (seq.get(key) ?? 0) + 1;
          seq.set(key, n);
          number = `（${year}）村${committeeId}调字第${String(n).padStart(3, '0')}号`;
          q.dossier.run(id, committeeId, year, n, number, concludedOn, random() < 0.7 ? 'closed' : 'open', TS, TS);
        }
        const cols = ftsColumns({ number, names, codes, facts: `${facts}\n${requests}` }, keysOf);
        q.fts.run(id, cols.number, cols.names, cols.keys, cols.facts);
        for (const gram of nameGrams(names, keysOf)) q.gram.run(gram, id);
      }
    })();
  }
  return district;
}
