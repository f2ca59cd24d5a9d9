import { ROLES } from '@avain/domain';
import { z } from 'zod';

export const roleSchema = z.enum(ROLES);

export const sessionUserSchema = z.object({
  id: z.string().uuid(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
});

export const sessionResponse = z.object({
  user: sessionUserSchema.nullable(),
  csrfToken: z.string(),
  oidcEnabled: z.boolean(),
});

export const loginBody = z.object({
  username: z.string().trim().min(1, 'Enter your username').max(200),
  password: z.string().min(1, 'Enter your password').max(1000),
});

export const loginResponse = z.object({ user: sessionUserSchema });

export const oidcLoginQuery = z.object({
  next: z.string().max(2000).optional(),
});

export const oidcCallbackQuery = z
  .object({
    state: z.string().min(1).max(500),
    code: z.string().max(5000).optional(),
    error: z.string().max(500).optional(),
    error_description: z.string().max(2000).optional(),
  })
  .passthrough();
