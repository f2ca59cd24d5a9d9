import { LanguageMenu, LanguageMenuItem } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage, languageNames, languages } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = currentLanguage();
  return (
    <LanguageMenu
      id="language-menu"
      buttonText={`${languageNames[current]} (${current.toUpperCase()})`}
      aria-label={t('language.menuLabel', { current: languageNames[current] })}
    >
      {languages.map((language) => (
        <LanguageMenuItem
          key={language}
          lang={language}
          selected={language === current}
          onSelect={() => void i18n.changeLanguage(language)}
        >
          {`${languageNames[language]} (${language.toUpperCase()})`}
        </LanguageMenuItem>
      ))}
    </LanguageMenu>
  );
}
