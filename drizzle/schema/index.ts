// The whole drizzle schema, one table per file.
export * from './office';
export * from './staff';
export * from './audit-log';
export * from './staff-training';
export * from './cpc';
export * from './committee';
export * from './enterprise';
export * from './mediator';
export * from './joint-activity';
export * from './investigation';
export * from './attachment';
export * from './case';
export * from './dossier';
export * from './setting';
export * from './document';
export * from './statistics';
export * from './district';
