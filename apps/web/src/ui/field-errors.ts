import { isApiError } from '../api/client';

/**
 * The fields a 400 answer names, without the "body." / "query." / "params." prefix ("identityCode",
 * "name.fi"), each with the server's own message. The server words its messages in English, so a
 * form reads them only to choose its own text for the field.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error, 400)) return {};
  const fields: Record<string, string> = {};
  for (const { field, message } of error.errors) fields[field.replace(/^(body|query|params)\.?/, '')] ??= message;
  return fields;
}

/** Suomi.fi inputs take a status and a status text; this gives both from one optional message. */
export function inputStatus(message: string | null | undefined) {
  return message ? { status: 'error' as const, statusText: message } : { status: 'default' as const, statusText: undefined };
}
