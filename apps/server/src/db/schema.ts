// Every module's tables, for the typed query API and for drizzle-kit.
export * from '../modules/auth/tables.ts';
export * from '../modules/audit/tables.ts';
export * from '../modules/areas/tables.ts';
export * from '../modules/catalog/tables.ts';
