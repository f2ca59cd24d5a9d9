import { useTranslation } from 'react-i18next';
import { Textarea, TextInput } from 'suomifi-ui-components';
import { languages, type Language } from '../../i18n';
import { statusProps, type FieldErrors } from './field-errors';

export type TextDraft = Record<Language, string>;

interface Props {
  /** Field path in the API ("name", "fee.rule"); ids and error look-ups derive from it. */
  path: string;
  label: string;
  value: TextDraft;
  onChange: (value: TextDraft) => void;
  errors: FieldErrors;
  multiline?: boolean;
  /** Finnish is required unless said otherwise; Swedish and English are always optional. */
  finnishOptional?: boolean;
}

/** One text in Finnish, Swedish and English, each with its own labelled input. */
export function LocalizedFields({ path, label, value, onChange, errors, multiline = false, finnishOptional = false }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {languages.map((language) => {
        const common = {
          id: `${path.replace(/\./g, '-')}-${language}`,
          labelText: t('editing.fieldInLanguage', { field: label, language: t(`editing.inLanguage.${language}`) }),
          optionalText: language !== 'fi' || finnishOptional ? t('editing.optional') : undefined,
          lang: language,
          fullWidth: true,
          mb: 'm' as const,
          ...statusProps(errors, `${path}.${language}`),
        };
        const set = (text: string) => onChange({ ...value, [language]: text });
        return multiline ? (
          <Textarea key={language} {...common} value={value[language]} onChange={(event) => set(event.target.value)} />
        ) : (
          <TextInput key={language} {...common} value={value[language]} onChange={(text) => set(String(text ?? ''))} />
        );
      })}
    </>
  );
}
