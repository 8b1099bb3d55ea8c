// Contract methods of the committee area: committees (调委会), their members (委员), and enterprises (企业).
import { byId, deleted, mutation, query } from '../contract-spec';
import {
  committee,
  committeeDetail,
  committeeInput,
  committeeListInput,
  committeeOptions,
  committeeOptionsInput,
  committeePage,
  committeeUpdateInput,
} from '../schemas/committee';
import {
  committeeMember,
  committeeMemberCreateInput,
  committeeMemberUpdateInput,
} from '../schemas/committee-member';
import {
  enterprise,
  enterpriseInput,
  enterpriseListInput,
  enterprisePage,
  enterpriseUpdateInput,
} from '../schemas/enterprise';

export const committeeContract = {
  'committee.list': query(committeeListInput, committeePage),
  'committee.get': query(byId, committeeDetail),
  'committee.options': query(committeeOptionsInput, committeeOptions),
  'committee.create': mutation(committeeInput, committee),
  'committee.update': mutation(committeeUpdateInput, committee),
  'committee.delete': mutation(byId, deleted),
  'committeeMember.create': mutation(committeeMemberCreateInput, committeeMember),
  'committeeMember.update': mutation(committeeMemberUpdateInput, committeeMember),
  'committeeMember.delete': mutation(byId, deleted),
  'enterprise.list': query(enterpriseListInput, enterprisePage),
  'enterprise.get': query(byId, enterprise),
  'enterprise.create': mutation(enterpriseInput, enterprise),
  'enterprise.update': mutation(enterpriseUpdateInput, enterprise),
  'enterprise.delete': mutation(byId, deleted),
} as const;
