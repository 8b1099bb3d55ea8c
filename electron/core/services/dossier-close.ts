// 立卷 (close, locks the case), reopening with a reason (kept on the dossier), and marking a part as filed on paper.
import { and, eq } from 'drizzle-orm';
import { dossier, dossierPartMark, type DossierRow } from '../../../drizzle/schema';
import { mediatedStates } from '../../shared/case-codes';
import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { missingLine } from '../../shared/rules/dossier-completeness';
import type { CallContext } from './context';
import { LOCKED_MESSAGE } from './dossier-lock';
import { liveCase } from './dossier-open';
import { completenessOfCase, dossierRowOf } from './dossier-view';
import { readCaseSettings } from './setting';

function dossierOf(call: CallContext, caseId: number): DossierRow {
  const row = dossierRowOf(call.db, caseId);
  if (!row) throw new AppError('CONFLICT', '该案件尚未建立卷宗');
  return row;
}

export function closeDossier(call: CallContext, input: ParsedInput<'dossier.close'>): void {
  const c = liveCase(call, input.caseId);
  const before = dossierOf(call, c.id);
  if (before.status === 'closed') throw new AppError('CONFLICT', `卷宗已于${before.closedOn ?? ''}立卷`);
  if (!(mediatedStates as readonly string[]).includes(c.state) || c.concludedOn === null) {
    throw new AppError('CONFLICT', '案件尚未结案，不能立卷');
  }
  const completeness = completenessOfCase(call.db, c, before);
  if (!completeness.complete) throw new AppError('CONFLICT', missingLine(completeness.missing));
  if (input.closedOn < c.concludedOn) throw new AppError('VALIDATION_FAILED', `立卷日期不能早于结案日期（${c.concludedOn}）`, 'closedOn');
  if (input.closedOn < before.openedOn) throw new AppError('VALIDATION_FAILED', `立卷日期不能早于建卷日期（${before.openedOn}）`, 'closedOn');
  if (input.closedOn > call.today) throw new AppError('VALIDATION_FAILED', '立卷日期不能晚于今天', 'closedOn');
  const { retentionPeriods } = readCaseSettings(call.db);
  if (!retentionPeriods.includes(input.retention)) {
    throw new AppError('VALIDATION_FAILED', `保管期限应为：${retentionPeriods.join('、')}之一`, 'retention');
  }
  const after = call.db
    .update(dossier)
    .set({ status: 'closed', closedBy: input.closedBy, closedOn: input.closedOn, retention: input.retention, note: input.note, updatedAt: call.now })
    .where(eq(dossier.id, before.id))
    .returning()
    .get()!; // found above in this transaction
  call.audit({ entity: 'dossier', entityId: before.id, before, after });
}

export function reopenDossier(call: CallContext, input: ParsedInput<'dossier.reopen'>): void {
  const c = liveCase(call, input.caseId);
  const before = dossierOf(call, c.id);
  if (before.status !== 'closed') throw new AppError('CONFLICT', '卷宗尚未立卷，无需重新打开');
  const after = call.db
    .update(dossier)
    // closedBy/closedOn stay: they tell the 立卷 this reopening undid, until the next close overwrites them.
    .set({ status: 'open', reopenedOn: call.today, reopenReason: input.reason, updatedAt: call.now })
    .where(eq(dossier.id, before.id))
    .returning()
    .get()!;
  call.audit({ entity: 'dossier', entityId: before.id, before, after });
}

export function markDossierPart(call: CallContext, input: ParsedInput<'dossier.markPart'>): void {
  const c = liveCase(call, input.caseId);
  const d = dossierOf(call, c.id);
  if (d.status === 'closed') throw new AppError('CONFLICT', LOCKED_MESSAGE);
  if (input.markedOn > call.today) throw new AppError('VALIDATION_FAILED', '归档日期不能晚于今天', 'markedOn');
  const key = and(eq(dossierPartMark.dossierId, d.id), eq(dossierPartMark.part, input.part));
  const before = call.db.select().from(dossierPartMark).where(key).get() ?? null;
  call.db.delete(dossierPartMark).where(key).run();
  const after = input.onPaper
    ? call.db
        .insert(dossierPartMark)
        .values({ dossierId: d.id, part: input.part, markedOn: input.markedOn, note: input.note, createdAt: call.now })
        .returning()
        .get()
    : null;
  call.audit({ entity: 'dossierPartMark', entityId: `${d.id}:${input.part}`, before, after });
}
