// Register forms: the 共建活动 record, the 三会一课 meeting record, the 排查 round record and the 零报告 form.
import type { DocumentFormCode } from '../../../shared/documents/form-codes';
import type { RecordForm } from '../form-definition';
import { cpcMeetingForm } from './cpc-meeting';
import { investigationRoundForm } from './investigation-round';
import { jointActivityForm } from './joint-activity';
import { zeroReportForm } from './zero-report';

export const registerForms: Partial<Record<DocumentFormCode, RecordForm>> = {
  jointActivity: jointActivityForm,
  cpcMeeting: cpcMeetingForm,
  investigationRound: investigationRoundForm,
  zeroReport: zeroReportForm,
};
