import type { LocalizedText } from '@avain/domain';

/** Database columns name_fi / name_sv / name_en as one localized text, leaving out missing ones. */
export const localized = (fi: string, sv: string | null | undefined, en: string | null | undefined): LocalizedText => ({
  fi,
  ...(sv ? { sv } : {}),
  ...(en ? { en } : {}),
});
