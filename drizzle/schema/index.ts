// The whole drizzle schema, one table per file.
export * from './office';
export * from './staff';
export * from './audit-log';
export * from './staff-training';
