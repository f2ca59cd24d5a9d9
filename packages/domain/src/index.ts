export * from './roles.ts';
export * from './errors.ts';
