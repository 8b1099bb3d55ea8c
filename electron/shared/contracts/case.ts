// Contract methods of mediation cases (case.*, party.*, caseStep.*), dossiers (dossier.*), their settings and categories.
import { z } from 'zod';
import { byId, deleted, mutation, noInput, query } from '../contract-spec';
import {
  caseCreateInput,
  caseDeleteInput,
  caseDetail,
  caseListInput,
  caseMonth,
  caseMonthInput,
  casePage,
  caseUpdateInput,
  periodCode,
  threeCounts,
} from '../schemas/case';
import { duplicateCheckInput, duplicateCheckResult, partyCreateInput, partyUpdateInput } from '../schemas/case-party';
import { stepCreateInput, stepUpdateInput } from '../schemas/case-step';
import { dossierCloseInput, dossierMarkInput, dossierOpenInput, dossierReopenInput } from '../schemas/dossier';
import {
  caseSettings,
  disputeCategory,
  disputeCategoryCreateInput,
  disputeCategoryList,
  disputeCategoryUpdateInput,
  settingsUpdateInput,
} from '../schemas/setting';

/** Every change to a case answers with the whole case, so the page shows the new state, dates and next steps at once. */
export const caseContract = {
  'case.list': query(caseListInput, casePage),
  'case.get': query(byId, caseDetail),
  'case.create': mutation(caseCreateInput, caseDetail),
  'case.update': mutation(caseUpdateInput, caseDetail),
  /** Soft delete with a reason: the case leaves the lists and counts; its dossier number is never given again. */
  'case.delete': mutation(caseDeleteInput, deleted),
  'case.checkDuplicates': query(duplicateCheckInput, duplicateCheckResult),
  'case.threeCounts': query(z.object({ period: periodCode }), threeCounts),
  'case.month': query(caseMonthInput, caseMonth),
  'party.create': mutation(partyCreateInput, caseDetail),
  'party.update': mutation(partyUpdateInput, caseDetail),
  'party.delete': mutation(byId, caseDetail),
  'caseStep.create': mutation(stepCreateInput, caseDetail),
  'caseStep.update': mutation(stepUpdateInput, caseDetail),
  'caseStep.delete': mutation(byId, caseDetail),
  'dossier.open': mutation(dossierOpenInput, caseDetail),
  'dossier.close': mutation(dossierCloseInput, caseDetail),
  'dossier.reopen': mutation(dossierReopenInput, caseDetail),
  'dossier.markPart': mutation(dossierMarkInput, caseDetail),
  'setting.get': query(noInput, caseSettings),
  'setting.update': mutation(settingsUpdateInput, caseSettings),
  'disputeCategory.list': query(noInput, disputeCategoryList),
  'disputeCategory.create': mutation(disputeCategoryCreateInput, disputeCategory),
  'disputeCategory.update': mutation(disputeCategoryUpdateInput, disputeCategory),
} as const;
