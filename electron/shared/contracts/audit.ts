// Contract methods of the audit log (审计日志): the filtered list, one row, the filter choices and the chain check.
import { byId, noInput, query } from '../contract-spec';
import { auditFacets, auditListInput, auditPage, auditRow, auditVerifyResult } from '../schemas/audit';

export const auditContract = {
  'audit.list': query(auditListInput, auditPage),
  'audit.get': query(byId, auditRow),
  'audit.facets': query(noInput, auditFacets),
  'audit.verify': query(noInput, auditVerifyResult),
} as const;
