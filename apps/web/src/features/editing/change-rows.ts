import { useTranslation } from 'react-i18next';
import { languages } from '../../i18n';

export interface ChangeRow {
  key: string;
  label: string;
  before: string;
  after: string;
}

type Values = Record<string, unknown>;
const LOCALIZED = ['name', 'summary', 'description', 'qualityCriteria'] as const;
const LISTS = ['keywords', 'targetGroups', 'languages'] as const;
const asRecord = (value: unknown): Values => (value && typeof value === 'object' ? (value as Values) : {});
const asText = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** The names of the fields a change touched, in the reader's language: for the history list. */
export function useFieldNames() {
  const { t } = useTranslation();
  return (changes: Values) =>
    Object.keys(changes)
      .filter((key) => key !== 'version')
      .map((key) => (key in fieldKeys ? t(`editing.fields.${fieldKeys[key as keyof typeof fieldKeys]}`) : key));
}

const fieldKeys = {
  name: 'name',
  summary: 'summary',
  description: 'description',
  keywords: 'keywords',
  targetGroups: 'targetGroups',
  languages: 'languages',
  qualityCriteria: 'qualityCriteria',
  fee: 'fee',
  status: 'status',
} as const;

/**
 * A proposed change beside the present values as readable rows, one per language of a text and
 * one per part of the fee, keeping only what actually differs.
 */
export function useChangeRows() {
  const { t } = useTranslation();
  const inLanguage = (field: string, language: string) =>
    t('editing.fieldInLanguage', { field, language: t(`editing.inLanguage.${language as 'fi'}`) });
  const languageList = (value: unknown) =>
    (Array.isArray(value) ? value : []).map((code) => (languages as readonly string[]).includes(code) ? t(`editing.languageNames.${code as 'fi'}`) : String(code)).join(', ');
  const feeType = (value: unknown) => (value === 'free' || value === 'fixed' || value === 'income_based' ? t(`editing.feeTypes.${value}`) : asText(value));
  const money = (value: unknown) => (typeof value === 'number' ? `${(value / 100).toFixed(2).replace('.', ',')} €` : '');

  return (proposed: Values, current: Values): ChangeRow[] => {
    const rows: ChangeRow[] = [];
    const push = (key: string, label: string, before: string, after: string) => {
      if (before !== after) rows.push({ key, label, before, after });
    };
    for (const field of LOCALIZED) {
      if (!(field in proposed)) continue;
      const [after, before] = [asRecord(proposed[field]), asRecord(current[field])];
      for (const language of languages) push(`${field}.${language}`, inLanguage(t(`editing.fields.${field}`), language), asText(before[language]), asText(after[language]));
    }
    for (const field of LISTS) {
      if (!(field in proposed)) continue;
      const show = field === 'languages' ? languageList : (value: unknown) => (Array.isArray(value) ? value.join(', ') : '');
      push(field, t(`editing.fields.${field}`), show(current[field]), show(proposed[field]));
    }
    if ('fee' in proposed) {
      const [after, before] = [asRecord(proposed.fee), asRecord(current.fee)];
      push('fee.type', t('editing.fields.feeType'), feeType(before.type), feeType(after.type));
      push('fee.amount', t('editing.fields.feeAmount'), money(before.amountCents), money(after.amountCents));
      push('fee.unit', t('editing.fields.feeUnit'), asText(before.unit), asText(after.unit));
      const [ruleAfter, ruleBefore] = [asRecord(after.rule), asRecord(before.rule)];
      for (const language of languages) push(`fee.rule.${language}`, inLanguage(t('editing.fields.feeRule'), language), asText(ruleBefore[language]), asText(ruleAfter[language]));
    }
    return rows;
  };
}
