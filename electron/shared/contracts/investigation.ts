// Contract methods of the investigation area: rounds (investigation.*) and the disputes they found (investigationFinding.*).
import { byId, deleted, mutation, query } from '../contract-spec';
import {
  investigation,
  investigationDetail,
  investigationInput,
  investigationListInput,
  investigationPage,
  investigationUpdateInput,
} from '../schemas/investigation';
import {
  findingCreateInput,
  findingListInput,
  findingPage,
  findingUpdateInput,
  investigationFinding,
} from '../schemas/investigation-finding';

export const investigationContract = {
  'investigation.list': query(investigationListInput, investigationPage),
  'investigation.get': query(byId, investigationDetail),
  'investigation.create': mutation(investigationInput, investigation),
  'investigation.update': mutation(investigationUpdateInput, investigation),
  'investigation.delete': mutation(byId, deleted),
  'investigationFinding.list': query(findingListInput, findingPage),
  'investigationFinding.create': mutation(findingCreateInput, investigationFinding),
  'investigationFinding.update': mutation(findingUpdateInput, investigationFinding),
  'investigationFinding.delete': mutation(byId, deleted),
} as const;
