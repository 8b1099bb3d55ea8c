// Case forms of the first half of the workflow: cover, application, acceptance, rights notice, inquiry, session, back cover.
import type { DocumentFormCode } from '../../../shared/documents/form-codes';
import type { CaseForm } from '../form-definition';
import { acceptanceForm } from './acceptance';
import { applicationForm } from './application';
import { backCoverForm } from './back-cover';
import { coverForm } from './cover';
import { inquiryForm } from './inquiry';
import { rightsNoticeForm } from './rights-notice';
import { sessionForm } from './session';

export const caseFormsA: Partial<Record<DocumentFormCode, CaseForm>> = {
  cover: coverForm,
  application: applicationForm,
  acceptance: acceptanceForm,
  rightsNotice: rightsNoticeForm,
  inquiry: inquiryForm,
  session: sessionForm,
  backCover: backCoverForm,
};
