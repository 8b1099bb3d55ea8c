// The API contract: every method's zod input and output. All transports and the renderer use these types.
import { z } from 'zod';
import { office, officeInput } from './schemas/office';
import { staff, staffListInput, staffPage, staffUpdateInput, staffInput } from './schemas/staff';
import { recordId } from './schemas/common';
import { byId, mutation, noInput, query } from './contract-spec';
import { cpcContract } from './contracts/cpc';
import { committeeContract } from './contracts/committee';
import { mediatorContract } from './contracts/mediator';
import { jointActivityContract } from './contracts/joint-activity';
import { investigationContract } from './contracts/investigation';
import { attachmentContract } from './contracts/attachment';
import { reminderContract } from './contracts/reminder';
import { xlsxContract } from './contracts/xlsx';
import { auditContract } from './contracts/audit';
import { caseContract } from './contracts/case';
import { documentContract } from './contracts/document';
import { statisticsContract } from './contracts/statistics';
import { authContract } from './contracts/auth';
import { backupContract } from './contracts/backup';
import {
  staffTraining,
  staffTrainingCreateInput,
  staffTrainingList,
  staffTrainingUpdateInput,
} from './schemas/staff-training';

export const appInfo = z.object({
  version: z.string(),
  dbPath: z.string(),
  schemaVersion: z.int(),
  counts: z.object({ staff: z.int().nonnegative() }),
});

export const contract = {
  'app.info': query(noInput, appInfo),
  'office.get': query(noInput, office.nullable()),
  'office.save': mutation(officeInput, office),
  'staff.list': query(staffListInput, staffPage),
  'staff.get': query(byId, staff),
  'staff.create': mutation(staffInput, staff),
  'staff.update': mutation(staffUpdateInput, staff),
  'staff.delete': mutation(byId, z.object({ id: recordId })),
  'staffTraining.list': query(z.object({ staffId: recordId }), staffTrainingList),
  'staffTraining.create': mutation(staffTrainingCreateInput, staffTraining),
  'staffTraining.update': mutation(staffTrainingUpdateInput, staffTraining),
  'staffTraining.delete': mutation(byId, z.object({ id: recordId })),
  ...cpcContract,
  ...committeeContract,
  ...mediatorContract,
  ...jointActivityContract,
  ...investigationContract,
  ...attachmentContract,
  ...reminderContract,
  ...xlsxContract,
  ...auditContract,
  ...caseContract,
  ...documentContract,
  ...statisticsContract,
  ...authContract,
  ...backupContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
