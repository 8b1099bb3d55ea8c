// Contract methods of the joint-building area: partner units (共建单位) and joint activities (庭所共建 / 所所共建).
import { byId, deleted, mutation, query } from '../contract-spec';
import {
  jointActivity,
  jointActivityInput,
  jointActivityListInput,
  jointActivityPage,
  jointActivityUpdateInput,
} from '../schemas/joint-activity';
import {
  partnerUnit,
  partnerUnitInput,
  partnerUnitListInput,
  partnerUnitOptions,
  partnerUnitOptionsInput,
  partnerUnitPage,
  partnerUnitUpdateInput,
} from '../schemas/partner-unit';

export const jointActivityContract = {
  'partnerUnit.list': query(partnerUnitListInput, partnerUnitPage),
  'partnerUnit.get': query(byId, partnerUnit),
  'partnerUnit.options': query(partnerUnitOptionsInput, partnerUnitOptions),
  'partnerUnit.create': mutation(partnerUnitInput, partnerUnit),
  'partnerUnit.update': mutation(partnerUnitUpdateInput, partnerUnit),
  'partnerUnit.delete': mutation(byId, deleted),
  'jointActivity.list': query(jointActivityListInput, jointActivityPage),
  'jointActivity.get': query(byId, jointActivity),
  'jointActivity.create': mutation(jointActivityInput, jointActivity),
  'jointActivity.update': mutation(jointActivityUpdateInput, jointActivity),
  'jointActivity.delete': mutation(byId, deleted),
} as const;
