import { useTranslation } from 'react-i18next';
import { isRole } from '@avain/domain';

/** Role names and descriptions in the current language; unknown values get a neutral text. */
export function useRoleTexts() {
  const { t } = useTranslation();
  return {
    label: (role: string | null | undefined) => (isRole(role) ? t(`roles.${role}`) : t('roles.unknown')),
    description: (role: string) =>
      isRole(role) ? t(`roleDescriptions.${role}`) : t('roleDescriptions.unknown'),
  };
}
