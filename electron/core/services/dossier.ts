// Handlers of dossiers (卷宗), 三统一, the monthly view, the case settings and the dispute categories.
import type { HandlerGroup } from './context';
import { caseDetailOf } from './case-detail';
import { closeDossier, markDossierPart, reopenDossier } from './dossier-close';
import { threeCountsOf } from './dossier-counts';
import { caseMonthOf } from './dossier-month';
import { openDossier } from './dossier-open';
import { disputeCategoryHandlers } from './dispute-category';
import { settingHandlers } from './setting';

type DossierMethod =
  | 'dossier.open'
  | 'dossier.close'
  | 'dossier.reopen'
  | 'dossier.markPart'
  | 'case.threeCounts'
  | 'case.month'
  | 'setting.get'
  | 'setting.update'
  | 'disputeCategory.list'
  | 'disputeCategory.create'
  | 'disputeCategory.update';

export const dossierHandlers: HandlerGroup<DossierMethod> = {
  'dossier.open': (input, call) => {
    openDossier(call, input);
    return caseDetailOf(call, input.caseId);
  },
  'dossier.close': (input, call) => {
    closeDossier(call, input);
    return caseDetailOf(call, input.caseId);
  },
  'dossier.reopen': (input, call) => {
    reopenDossier(call, input);
    return caseDetailOf(call, input.caseId);
  },
  'dossier.markPart': (input, call) => {
    markDossierPart(call, input);
    return caseDetailOf(call, input.caseId);
  },
  'case.threeCounts': (input, { db }) => threeCountsOf(db, input.period),
  'case.month': (input, { db }) => caseMonthOf(db, input.month),
  ...settingHandlers,
  ...disputeCategoryHandlers,
};
