/** Names of the catalogue's codes in the page language. */
import { LIFE_COURSE_GROUP_NAMES, SERVICE_CLASSES, type LifeCourseGroup, type ServiceClass } from '@avain/domain';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { localized } from '../home/areas';

/** Producers may add codes of their own (target groups, units): those read as plain words. */
const humanize = (code: string) => code.replace(/_/g, ' ');

type CodeList =
  | 'producerType'
  | 'channel'
  | 'accessibility'
  | 'area'
  | 'language'
  | 'locationType'
  | 'targetGroup'
  | 'condition'
  | 'unit'
  | 'contactGroup';

export function useCodeNames() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const name = (list: CodeList, code: string): string => {
    const names = t(`catalog.codes.${list}`, { returnObjects: true }) as Record<string, string>;
    return names[code] ?? humanize(code);
  };
  return {
    name,
    serviceClass: (code: string) =>
      code in SERVICE_CLASSES ? localized(SERVICE_CLASSES[code as ServiceClass].name, language) : humanize(code),
    lifeCourseGroup: (code: string) =>
      code in LIFE_COURSE_GROUP_NAMES ? localized(LIFE_COURSE_GROUP_NAMES[code as LifeCourseGroup], language) : humanize(code),
  };
}
