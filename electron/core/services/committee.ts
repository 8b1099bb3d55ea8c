// Handlers of the committee area: committees, their members, and enterprises, in one group.
import { committeeMemberHandlers } from './committee-member';
import { committeeRegisterHandlers } from './committee-register';
import { enterpriseHandlers } from './enterprise';

export const committeeHandlers = {
  ...committeeRegisterHandlers,
  ...committeeMemberHandlers,
  ...enterpriseHandlers,
};
