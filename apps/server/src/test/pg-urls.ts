/** The PostgreSQL server the tests use; each test file gets its own database on it. */
export const adminUrl = () => process.env.AVAIN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.href;
}
