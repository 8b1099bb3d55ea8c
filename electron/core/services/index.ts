// All handlers in one map keyed by contract method name.
import { count } from 'drizzle-orm';
import { staff } from '../../../drizzle/schema';
import type { Handlers, ServiceDeps } from './context';
import { officeHandlers } from './office';
import { staffHandlers } from './staff';
import { staffTrainingHandlers } from './staff-training';
import { cpcHandlers } from './cpc';
import { committeeHandlers } from './committee';
import { mediatorHandlers } from './mediator';
import { jointActivityHandlers } from './joint-activity';
import { investigationHandlers } from './investigation';
import { attachmentHandlers } from './attachment';
import { reminderHandlers } from './reminder';
import { xlsxHandlers } from './xlsx';
import { auditLogHandlers } from './audit-log';
import { caseHandlers } from './case';
import { caseListHandlers } from './case-list';
import { dossierHandlers } from './dossier';
import { documentHandlers } from './document';
import { templateHandlers } from './template';
import { statisticsHandlers } from './statistics';
import { packageHandlers } from './package';
import { districtHandlers } from './district';
import { authHandlers } from './auth';
import { backupHandlers } from './backup';

export interface Services {
  deps: ServiceDeps;
  handlers: Handlers;
}

export function createServices(deps: ServiceDeps): Services {
  const handlers: Handlers = {
    'app.info': (_input, { db }) => ({
      version: deps.appVersion,
      dbPath: deps.handle.sqlite.name,
      schemaVersion: deps.handle.schemaVersion,
      counts: { staff: db.select({ n: count() }).from(staff).get()?.n ?? 0 },
    }),
    ...officeHandlers,
    ...staffHandlers,
    ...staffTrainingHandlers,
    ...cpcHandlers,
    ...committeeHandlers,
    ...mediatorHandlers,
    ...jointActivityHandlers,
    ...investigationHandlers,
    ...attachmentHandlers,
    ...reminderHandlers,
    ...xlsxHandlers,
    ...auditLogHandlers(deps),
    ...caseHandlers,
    ...caseListHandlers,
    ...dossierHandlers,
    ...documentHandlers,
    ...templateHandlers,
    ...statisticsHandlers,
    ...packageHandlers,
    ...districtHandlers,
    ...authHandlers(deps),
    ...backupHandlers(deps),
  };
  return { deps, handlers };
}
