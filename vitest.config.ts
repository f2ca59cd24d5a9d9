import { defineConfig } from 'vitest/config';

// One vitest run covers every suite. The server suite runs twice: once on embedded PGlite and
// once on the PostgreSQL server, so both code paths are proven on every run.
const serverSuite = (name: string, backend: 'pglite' | 'postgres') => ({
  test: {
    name,
    globalSetup: ['src/test/global-setup.ts'],
    root: 'apps/server',
    include: ['src/**/*.test.ts'],
    env: { AVAIN_TEST_DB: backend, TZ: 'UTC', NODE_ENV: 'test' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', root: 'packages/domain', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], env: { TZ: 'UTC' } } },
      { test: { name: 'optimizer', root: 'packages/optimizer', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], env: { TZ: 'UTC' }, testTimeout: 120_000 } },
      serverSuite('server:pglite', 'pglite'),
      serverSuite('server:postgres', 'postgres'),
      {
        test: {
          name: 'browser:chromium',
          root: 'apps/web',
          globalSetup: ['e2e/global-setup.ts'],
          include: ['e2e/**/*.e2e.ts'],
          env: { TZ: 'UTC', NODE_ENV: 'test' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
