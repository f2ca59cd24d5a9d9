import { useTranslation } from 'react-i18next';
import type { AssessedItem, Localized, SegmentReason, WorklistReason } from '@avain/domain';
import { isLanguage, type Language } from '../../i18n';
import { useQuestionnaire, type Assessment } from './api';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'fi';
}

/** The stored questionnaire words itself in three languages; this picks the page's. */
export function useLocalized() {
  const language = useLanguage();
  return (text: Localized | undefined) => text?.[language] ?? '';
}

/**
 * The codes the server gives (segment reasons, score changes, worklist reasons) worded in the
 * page's language; the item names come from the questionnaire itself.
 */
export function useAssessmentTexts() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const questionnaire = useQuestionnaire();
  const itemName = (item: AssessedItem) => localized(questionnaire.data?.items.find((i) => i.linkId === item)?.text) || item;
  return {
    itemName,
    segmentReason: (r: SegmentReason) => t(`assessment.reasons.${r.code}`, { value: r.value, threshold: r.threshold }),
    worklistReason: (r: WorklistReason) =>
      r.code === 'multi_professional_segment' ? t('assessment.worklistReasons.multi_professional_segment') : t(`assessment.worklistReasons.${r.code}`, { value: r.value, threshold: r.threshold }),
    change: (c: Assessment['changes'][number]) => t(`assessment.changes.${c.direction}`, { item: itemName(c.item), from: c.from, to: c.to }),
  };
}
