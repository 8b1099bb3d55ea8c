// Audit log viewer (审计日志): the filtered, paged list newest first, the filter choices, and the chain check.
import { and, asc, count, desc, eq, gte, like, lt, or, type SQL } from 'drizzle-orm';
import { auditLog, type AuditLogRow } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import type { ParsedInput } from '../../shared/contract';
import type { AuditRow } from '../../shared/schemas/audit';
import { verifyAuditLog } from '../audit-verify';
import type { HandlerGroup, ServiceDeps } from './context';

/** The first instant of a Shanghai calendar day (UTC+8, no daylight saving), as stored in `at`. */
export function shanghaiDayStart(date: string, plusDays = 0): string {
  const start = new Date(`${date}T00:00:00+08:00`);
  start.setUTCDate(start.getUTCDate() + plusDays);
  return start.toISOString();
}

function parseJson(text: string | null): AuditRow['before'] {
  if (text === null) return null;
  try {
    return JSON.parse(text) as AuditRow['before'];
  } catch {
    // A row edited by hand into invalid JSON is still shown (校验 will flag it), as its raw text.
    return text;
  }
}

function toRow(row: AuditLogRow): AuditRow {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    method: row.method,
    entity: row.entity,
    entityId: row.entityId,
    before: parseJson(row.before),
    after: parseJson(row.after),
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function conditions(input: ParsedInput<'audit.list'>): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (input.entity !== null) parts.push(eq(auditLog.entity, input.entity));
  if (input.method !== null) parts.push(eq(auditLog.method, input.method));
  if (input.actor !== null) parts.push(eq(auditLog.actor, input.actor));
  if (input.entityId !== null) parts.push(eq(auditLog.entityId, input.entityId));
  if (input.from !== null) parts.push(gte(auditLog.at, shanghaiDayStart(input.from)));
  if (input.to !== null) parts.push(lt(auditLog.at, shanghaiDayStart(input.to, 1)));
  if (input.q !== '') {
    // The search text may appear in the record itself (a name, a case), so before/after are searched too.
    const pattern = `%${escapeLike(input.q)}%`;
    parts.push(
      or(eq(auditLog.entityId, input.q), like(auditLog.actor, pattern), like(auditLog.before, pattern), like(auditLog.after, pattern)),
    );
  }
  return and(...parts);
}

const distinct = (values: { v: string }[]) => values.map((r) => r.v);

type AuditMethods = 'audit.list' | 'audit.get' | 'audit.facets' | 'audit.verify';

/** A factory: the chain check streams rows through the raw connection (drizzle has no iterate), the one dispatch's transaction uses. */
export const auditLogHandlers = (deps: Pick<ServiceDeps, 'handle'>): HandlerGroup<AuditMethods> => ({
  'audit.list': (input, { db }) => {
    const where = conditions(input);
    const direction = input.order === 'desc' ? desc : asc;
    const items = db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(direction(auditLog.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all();
    const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
    return { items: items.map(toRow), total, page: input.page, pageSize: input.pageSize };
  },
  'audit.get': (input, { db }) => {
    const row = db.select().from(auditLog).where(eq(auditLog.id, input.id)).get();
    if (!row) throw new AppError('NOT_FOUND', `第 ${input.id} 号审计记录不存在`);
    return toRow(row);
  },
  'audit.facets': (_input, { db }) => ({
    entities: distinct(db.selectDistinct({ v: auditLog.entity }).from(auditLog).orderBy(auditLog.entity).all()),
    methods: distinct(db.selectDistinct({ v: auditLog.method }).from(auditLog).orderBy(auditLog.method).all()),
    actors: distinct(db.selectDistinct({ v: auditLog.actor }).from(auditLog).orderBy(auditLog.actor).all()),
  }),
  'audit.verify': () => verifyAuditLog(deps.handle.sqlite),
});
