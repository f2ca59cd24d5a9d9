import { AppError } from '@avain/domain';

/** Where a page ended: the last row's sort key and id; the next page starts after both. */
export interface Cursor {
  k: number;
  id: string;
}

export const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

export function decodeCursor(value: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(value, 'base64url').toString()) as Cursor;
    if (typeof c.k === 'number' && typeof c.id === 'string' && /^[0-9a-f-]{36}$/.test(c.id)) return c;
  } catch {
    // fall through
  }
  throw new AppError('validation', 'The cursor is not one this server gave out.', {
    errors: [{ field: 'query.cursor', message: 'is not a valid cursor' }],
  });
}
