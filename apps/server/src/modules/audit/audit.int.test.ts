import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../config.ts';
import { backend } from '../../test/database.ts';
import { TestClient, useTestApp } from '../../test/app.ts';
import { recordAudit, verifyAuditChain } from './service.ts';

const ctx = useTestApp();

async function appendSome(n: number) {
  for (let i = 0; i < n; i++) {
    await recordAudit(ctx.db.database.db, {
      actor: null,
      action: 'test.event',
      outcome: 'success',
      resourceType: 'thing',
      resourceId: String(i),
      reason: `reason ${i}`,
    });
  }
}

/** Changes a row the way an intruder with database access would: with the guard switched off. */
async function tamper(statement: ReturnType<typeof sql>) {
  await ctx.db.database.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });
}

describe('audit trail', () => {
  it('chains every row to the one before it', async () => {
    await new TestClient(ctx.app).login('asukas');
    await appendSome(5);
    const result = await verifyAuditChain(ctx.db.database.db, 2);
    expect(result).toMatchObject({ ok: true, firstBroken: null });
    expect(result.checked).toBeGreaterThanOrEqual(6);
  });

  it('keeps a consistent chain when many events are written at once', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        recordAudit(ctx.db.database.db, { actor: null, action: 'test.concurrent', outcome: 'success', resourceId: String(i) }),
      ),
    );
    expect((await verifyAuditChain(ctx.db.database.db)).ok).toBe(true);
  });

  it('hashes in the database exactly as the verifier does, whatever the text holds', async () => {
    const db = ctx.db.database.db;
    await db.transaction((tx) =>
      recordAudit(tx, [
        { actor: { id: '00000000-0000-4000-8000-000000000001', name: 'Åsa Öhman-Väänänen 🙂', role: 'professional' }, action: 'test.unicode', outcome: 'success', reason: 'lainausmerkki " ja \\ kenoviiva\nrivinvaihto', basis: 'relation', register: 'health' },
        { actor: null, action: 'test.unicode', outcome: 'denied', clientId: null, reason: null },
      ]),
    );
    const rows = await ctx.db.database.query<{ seq: number; actor_name: string; reason: string | null }>(sql`select seq, actor_name, reason from audit_events where action = 'test.unicode' order by seq`);
    expect(rows.map((r) => r.actor_name)).toEqual(['Åsa Öhman-Väänänen 🙂', null]);
    expect(Number(rows[1]!.seq)).toBe(Number(rows[0]!.seq) + 1);
    expect(rows[0]!.reason).toBe('lainausmerkki " ja \\ kenoviiva\nrivinvaihto');
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const db = ctx.db.database.db;
    const refused = { cause: { message: expect.stringMatching(/audit_events is append-only/) } };
    await expect(db.execute(sql`update audit_events set reason = 'changed'`)).rejects.toMatchObject(refused);
    await expect(db.execute(sql`delete from audit_events`)).rejects.toMatchObject(refused);
    await expect(db.execute(sql`truncate audit_events`)).rejects.toMatchObject(refused);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('names the first altered row when a row is edited behind the application\'s back', async () => {
    const [victim] = await ctx.db.database.query<{ id: string; seq: number }>(
      sql`select id, seq from audit_events where action = 'test.event' and resource_id = '2'`,
    );
    await tamper(sql`update audit_events set reason = 'nothing to see' where id = ${victim!.id}`);
    const result = await verifyAuditChain(ctx.db.database.db, 3);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ id: victim!.id, seq: Number(victim!.seq) });
    expect(result.firstBroken!.problem).toMatch(/altered/);

    if (backend() === 'postgres') {
      const cli = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'apps/server/src/cli/audit-verify.ts')], {
        env: { ...process.env, DATABASE_URL: ctx.db.url },
        encoding: 'utf8',
      });
      expect(cli.status).toBe(1);
      expect(cli.stdout + cli.stderr).toContain(`seq ${victim!.seq}`);
      expect(cli.stdout + cli.stderr).toContain(victim!.id);
    }
  });

  it('notices a deleted row as a gap in the sequence', async () => {
    const db = await import('../../test/database.ts').then((m) => m.createTestDatabase());
    try {
      for (let i = 0; i < 4; i++) await recordAudit(db.database.db, { actor: null, action: 'x', outcome: 'success' });
      await db.database.db.transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(sql`delete from audit_events where seq = 2`);
      });
      const result = await verifyAuditChain(db.database.db);
      expect(result.firstBroken).toMatchObject({ seq: 3 });
      expect(result.firstBroken!.problem).toMatch(/sequence jumps from 1 to 3/);
    } finally {
      await db.drop();
    }
  });
});
