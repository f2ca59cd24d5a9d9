import { REGISTERS } from '@avain/domain';
import { z } from 'zod';

export const CONSENT_PURPOSES = ['care', 'service_planning'] as const;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

export const consentInput = z
  .object({
    registers: z.array(z.enum(REGISTERS)).min(1, 'Choose at least one register').max(2),
    organizationIds: z.array(z.string().uuid()).min(1, 'Choose at least one organisation').max(50),
    purpose: z.enum(CONSENT_PURPOSES),
    validFrom: isoDate,
    validTo: isoDate.nullable().default(null),
  })
  .refine((c) => c.validTo === null || c.validTo >= c.validFrom, { message: 'must not be before validFrom', path: ['validTo'] });
export type ConsentInput = z.infer<typeof consentInput>;

export const consentChange = z.object({ version: z.number().int().min(1), consent: consentInput });

export const consentView = z.object({
  id: z.string().uuid(),
  registers: z.array(z.enum(REGISTERS)),
  organizations: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
  purpose: z.enum(CONSENT_PURPOSES),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  status: z.enum(['active', 'scheduled', 'expired', 'revoked']),
  revokedAt: z.string().nullable(),
  version: z.number().int(),
  givenBy: z.string(),
  history: z.array(z.object({ version: z.number().int(), action: z.string(), byName: z.string(), at: z.string() })),
});
export type ConsentView = z.infer<typeof consentView>;
