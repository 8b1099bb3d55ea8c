// Case forms of the second half: agreement, oral agreement, follow-up, rejection and termination notices, confirmation request.
import type { DocumentFormCode } from '../../../shared/documents/form-codes';
import type { CaseForm } from '../form-definition';
import { agreementForm } from './agreement';
import { confirmationRequestForm } from './confirmation-request';
import { followUpForm } from './follow-up';
import { oralAgreementForm } from './oral-agreement';
import { rejectionNoticeForm } from './rejection-notice';
import { terminationNoticeForm } from './termination-notice';

export const caseFormsB: Partial<Record<DocumentFormCode, CaseForm>> = {
  agreement: agreementForm,
  oralAgreement: oralAgreementForm,
  followUp: followUpForm,
  rejectionNotice: rejectionNoticeForm,
  terminationNotice: terminationNoticeForm,
  confirmationRequest: confirmationRequestForm,
};
