import { and, asc, count, desc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { organizationAdmins, organizations, serviceHistory, serviceReviews, services } from './tables.ts';

export type ReviewRow = typeof serviceReviews.$inferSelect;

export async function isOrganizationAdmin(db: DbOrTx, userId: string, organizationId: string): Promise<boolean> {
  const rows = await db
    .select()
    .from(organizationAdmins)
    .where(and(eq(organizationAdmins.userId, userId), eq(organizationAdmins.organizationId, organizationId)));
  return rows.length > 0;
}

export async function addOrganizationAdmin(db: DbOrTx, userId: string, organizationCode: string): Promise<void> {
  const [org] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.code, organizationCode));
  if (!org) throw new Error(`No organisation ${organizationCode}`);
  await db.insert(organizationAdmins).values({ userId, organizationId: org.id }).onConflictDoNothing();
}

export async function organizationsOfAdmin(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db.select({ id: organizationAdmins.organizationId }).from(organizationAdmins).where(eq(organizationAdmins.userId, userId));
  return rows.map((r) => r.id);
}

/** Applies column changes and bumps the version, only if nobody saved in between. */
export async function updateServiceColumns(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  columns: Partial<typeof services.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(services)
    .set({ ...columns, version: expectedVersion + 1, updatedAt: new Date() })
    .where(and(eq(services.id, id), eq(services.version, expectedVersion)))
    .returning({ id: services.id });
  return rows.length === 1;
}

export async function insertHistory(db: DbOrTx, row: typeof serviceHistory.$inferInsert): Promise<void> {
  await db.insert(serviceHistory).values(row);
}

export async function historyOf(db: DbOrTx, serviceId: string) {
  return db.select().from(serviceHistory).where(eq(serviceHistory.serviceId, serviceId)).orderBy(desc(serviceHistory.changedAt));
}

export async function insertReview(db: DbOrTx, row: typeof serviceReviews.$inferInsert): Promise<ReviewRow> {
  const [review] = await db.insert(serviceReviews).values(row).returning();
  return review!;
}

export async function findReview(db: DbOrTx, id: string): Promise<ReviewRow | undefined> {
  const [row] = await db.select().from(serviceReviews).where(eq(serviceReviews.id, id));
  return row;
}

/** Decides a pending review; false when it was no longer pending (decided by someone else). */
export async function decideReview(
  db: DbOrTx,
  id: string,
  decision: { status: 'approved' | 'returned'; decidedBy: string; comment: string | null },
): Promise<boolean> {
  const rows = await db
    .update(serviceReviews)
    .set({ ...decision, decidedAt: new Date() })
    .where(and(eq(serviceReviews.id, id), eq(serviceReviews.status, 'pending')))
    .returning({ id: serviceReviews.id });
  return rows.length === 1;
}

export async function listReviews(db: DbOrTx, status: string) {
  return db
    .select({ review: serviceReviews, service: services, organization: organizations })
    .from(serviceReviews)
    .innerJoin(services, eq(services.id, serviceReviews.serviceId))
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .where(eq(serviceReviews.status, status))
    .orderBy(serviceReviews.submittedAt);
}

export async function pendingReviewsOf(db: DbOrTx, serviceIds: string[]): Promise<ReviewRow[]> {
  if (serviceIds.length === 0) return [];
  return db
    .select()
    .from(serviceReviews)
    .where(and(inArray(serviceReviews.serviceId, serviceIds), eq(serviceReviews.status, 'pending')));
}

/** A case-insensitive "contains" pattern; the user's own % and _ are matched literally. */
export const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The editors' list: services of the given organisations (all when null), any status, by Finnish name. */
export async function pageOfEditableServices(
  db: DbOrTx,
  f: { organizationIds: string[] | null; q?: string | undefined; status?: string | undefined; limit: number; offset: number },
) {
  if (f.organizationIds?.length === 0) return { rows: [], total: 0 };
  const pattern = f.q ? containsPattern(f.q) : null;
  const conditions: (SQL | undefined)[] = [
    f.organizationIds ? inArray(services.organizationId, f.organizationIds) : undefined,
    f.status ? eq(services.status, f.status) : undefined,
    pattern
      ? or(ilike(services.nameFi, pattern), ilike(services.nameSv, pattern), ilike(services.nameEn, pattern), ilike(services.code, pattern))
      : undefined,
  ];
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({ service: services, organization: organizations })
      .from(services)
      .innerJoin(organizations, eq(organizations.id, services.organizationId))
      .where(where)
      .orderBy(asc(services.nameFi), asc(services.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(services).where(where),
  ]);
  return { rows, total: total!.n };
}
