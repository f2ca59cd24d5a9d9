import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { inputStatus } from '../../ui/field-errors';

/** Problems by field path without the "body." prefix: "name.fi", "weeklyHours.2.closes". */
export type FieldErrors = Record<string, string>;

type ErrorKey = 'required' | 'tooLong' | 'invalid' | 'time' | 'timeOrder' | 'overlap' | 'date' | 'duplicateDate' | 'bothTimes' | 'postalCode' | 'coordinate';

/** The server words its problems in English; the form says them in the user's language. */
function errorKeyOf(field: string, message: string): ErrorKey {
  if (/is required|too small|at least 1|expected string, received undefined/i.test(message)) return 'required';
  if (/too big|at most/i.test(message)) return /coordinates/.test(field) ? 'coordinate' : 'tooLong';
  if (/HH:MM/.test(message)) return 'time';
  if (/later than the opening/.test(message)) return 'timeOrder';
  if (/overlaps/.test(message)) return 'overlap';
  if (/already listed/.test(message)) return 'duplicateDate';
  if (/both times/.test(message)) return 'bothTimes';
  if (/YYYY-MM-DD|date/i.test(message)) return 'date';
  if (/five digits/.test(message)) return 'postalCode';
  return 'invalid';
}

/** Turns a failed save into one message for the form and one per field the server named. */
export function useSaveErrors(error: unknown): { form: string | null; fields: FieldErrors } {
  const { t } = useTranslation();
  if (!error) return { form: null, fields: {} };
  if (!isApiError(error)) return { form: t('editing.errors.unexpected'), fields: {} };
  if (error.status === 400 && error.errors.length > 0) {
    const fields: FieldErrors = {};
    for (const { field, message } of error.errors) {
      const path = field.replace(/^body\.?/, '');
      fields[path] ??= t(`editing.errors.${errorKeyOf(path, message)}`);
    }
    return { form: t('editing.errors.checkFields'), fields };
  }
  if (error.status === 409) return { form: /waiting for review/.test(error.detail ?? '') ? t('editing.errors.pending') : t('editing.errors.conflict'), fields: {} };
  if (error.status === 403) return { form: t('editing.errors.forbidden'), fields: {} };
  return { form: t('editing.errors.unexpected'), fields: {} };
}

/** The first problem at a field or inside it ("keywords" also finds "keywords.3"). */
export function errorAt(fields: FieldErrors, path: string): string | undefined {
  return fields[path] ?? Object.entries(fields).find(([key]) => key.startsWith(`${path}.`))?.[1];
}

/** Suomi.fi status props for one field. */
export const statusProps = (fields: FieldErrors, path: string) => inputStatus(errorAt(fields, path));
