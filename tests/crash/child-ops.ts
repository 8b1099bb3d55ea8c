// The child's random operations: each a real mutation through dispatch that writes several rows (or a row and a file) in one transaction.
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { makeIdNumber } from '../../electron/core/demo-data';
import { instantOf, tagOf, type Intent } from './protocol';

export interface Op {
  intent: Intent;
  method: string;
  input: unknown;
}

/** Records that existed when the child started: only these are extended or deleted, so one run's checks never overlap. */
export interface ChildState {
  sql: Database.Database;
  random: () => number;
  staff: number[];
  committees: number[];
  /** Ids given a training or member in this run; never deleted in the same run. */
  touched: Set<string>;
  nextPerson: number;
}

const STAFF_HEAD = ['姓名', '身份证号码', '民族', '政治面貌', '学历', '职务', '编制类型', '到所工作时间', '联系电话', '备注'];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function personId(n: number): string {
  const birth = new Date(Date.UTC(1970, 0, 1) + Math.floor(n / 100) * 86_400_000).toISOString().slice(0, 10);
  return makeIdNumber('320102', birth, 'male', n % 100);
}

async function staffWorkbook(tag: string, first: number, rows: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工作人员');
  ws.addRow(STAFF_HEAD);
  for (let i = 0; i < rows; i += 1) {
    ws.addRow([`崩溃${i}`, personId(first + i), '汉族', '群众', '大学本科', '工作人员', '政法专项编制', '2012-03-01', null, tag]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const between = (random: () => number, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const pickFrom = (s: ChildState, ids: number[], kind: string) => {
  const free = ids.filter((id) => !s.touched.has(`${kind}:${id}`));
  return free.length === 0 ? null : free[Math.floor(s.random() * free.length)]!;
};

/** The ids a delete may take, and drops them from the pool (a deleted record is neither extended nor deleted again). */
function takeForDelete(s: ChildState, pool: number[], kind: string): number | null {
  const id = pickFrom(s, pool, kind);
  if (id !== null) pool.splice(pool.indexOf(id), 1);
  return id;
}

function activityWithRoom(s: ChildState): number | null {
  const row = s.sql
    .prepare(
      `SELECT j.id FROM joint_activity j WHERE j.summary LIKE 'crash-c%'
       AND (SELECT COUNT(*) FROM attachment a WHERE a.owner_type = 'jointActivity' AND a.owner_id = j.id) < 40
       ORDER BY j.id DESC LIMIT 1`,
    )
    .pluck()
    .get() as number | undefined;
  return row ?? null;
}

const count = (s: ChildState, sqlText: string, id: number) => s.sql.prepare(sqlText).pluck().get(id) as number;

/** The next operation, chosen at random among those the current state allows. */
export async function nextOp(s: ChildState, seq: number, partnerUnitId: number): Promise<Op> {
  const tag = tagOf(seq);
  const at = instantOf(seq);
  const roll = s.random();
  if (roll < 0.15) {
    const staffId = pickFrom(s, s.staff, 'staff');
    if (staffId !== null) {
      s.touched.add(`staff:${staffId}`);
      const input = { staffId, title: tag, kind: 'online', startDate: '2026-09-01' };
      return { intent: { seq, tag, at, audit: 1, kind: 'addTraining', staffId }, method: 'staffTraining.create', input };
    }
  } else if (roll < 0.25) {
    const staffId = takeForDelete(s, s.staff, 'staff');
    if (staffId !== null) {
      const trainings = count(s, 'SELECT COUNT(*) FROM staff_training WHERE staff_id = ?', staffId);
      return { intent: { seq, tag, at, audit: 1, kind: 'deleteStaff', staffId, trainings }, method: 'staff.delete', input: { id: staffId } };
    }
  } else if (roll < 0.32) {
    return { intent: { seq, tag, at, audit: 1, kind: 'createCommittee' }, method: 'committee.create', input: { name: tag, kind: 'village' } };
  } else if (roll < 0.47) {
    const committeeId = pickFrom(s, s.committees, 'committee');
    if (committeeId !== null) {
      s.touched.add(`committee:${committeeId}`);
      const input = {
        committeeId, name: tag, gender: 'female', ethnicity: '01', role: 'member', termStart: '2024-06-01', termEnd: '2027-05-31',
      };
      return { intent: { seq, tag, at, audit: 1, kind: 'addMember', committeeId }, method: 'committeeMember.create', input };
    }
  } else if (roll < 0.55) {
    const committeeId = takeForDelete(s, s.committees, 'committee');
    if (committeeId !== null) {
      const members = count(s, 'SELECT COUNT(*) FROM committee_member WHERE committee_id = ?', committeeId);
      const intent: Intent = { seq, tag, at, audit: 1, kind: 'deleteCommittee', committeeId, members };
      return { intent, method: 'committee.delete', input: { id: committeeId } };
    }
  } else if (roll < 0.72) {
    const ownerId = activityWithRoom(s);
    if (ownerId === null) {
      const input = {
        partnerUnitId, heldOn: '2026-10-15', kind: 'jointMeeting', place: '司法所会议室', ourParticipants: '张三', partnerParticipants: '王所长',
        summary: tag, results: null, casesCount: null,
      };
      return { intent: { seq, tag, at, audit: 1, kind: 'createActivity' }, method: 'jointActivity.create', input };
    }
    const bytes = Buffer.concat([PNG_SIGNATURE, crypto.randomBytes(between(s.random, 512, 64 * 1024))]);
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const input = { ownerType: 'jointActivity', ownerId, name: `${tag}.png`, dataBase64: bytes.toString('base64') };
    const intent: Intent = { seq, tag, at, audit: 1, kind: 'addAttachment', ownerId, sha256, size: bytes.length };
    return { intent, method: 'attachment.add', input };
  }
  const rows = between(s.random, 3, 40);
  const first = s.nextPerson;
  s.nextPerson += rows;
  const dataBase64 = await staffWorkbook(tag, first, rows);
  const intent: Intent = { seq, tag, at, audit: rows + 1, kind: 'importStaff', rows, personEnd: s.nextPerson };
  return { intent, method: 'xlsx.import', input: { entity: 'staff', dataBase64, mode: 'allOrNothing', updateExisting: false } };
}
