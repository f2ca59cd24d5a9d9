export * from './roles.ts';
export * from './errors.ts';
export * from './catalog.ts';
export * from './business-id.ts';
export * from './holidays.ts';
export * from './opening-hours.ts';
