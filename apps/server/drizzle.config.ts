import { defineConfig } from 'drizzle-kit';

// Migrations are generated from every module's tables.ts and kept in the repo (./drizzle).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/modules/*/tables.ts',
  out: './drizzle',
});
