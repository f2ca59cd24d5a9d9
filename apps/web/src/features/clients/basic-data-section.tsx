import { useTranslation } from 'react-i18next';
import { InlineAlert } from 'suomifi-ui-components';
import { useDateFormat } from '../../ui/date-format';
import { TitledSection } from '../../ui/titled-section';
import type { BasicData } from './api';
import { Facts } from './facts';

/** A language code ("so") named in the page language ("somali"); the code itself if unknown. */
function useLanguageName() {
  const { i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.resolvedLanguage ?? 'fi'], { type: 'language' });
  return (code: string | null) => {
    if (!code || code === 'other') return null;
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
}

/** Under non-disclosure (turvakielto) the professional is told so first, and why fields are missing. */
function NonDisclosureNotice({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  return (
    <InlineAlert status="warning" labelText={t('clients.basic.nonDisclosure')} mb="m" data-testid="non-disclosure">
      {hidden ? t('clients.basic.addressHidden') : t('clients.basic.addressShown')}
    </InlineAlert>
  );
}

export function BasicDataSection({ client }: { client: BasicData }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const languageName = useLanguageName();
  const address = client.address && [client.address.street, [client.address.postalCode, client.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const language = [languageName(client.language === 'other' ? client.otherLanguage : client.language), client.interpreterNeeded ? t('clients.basic.interpreter') : null]
    .filter(Boolean)
    .join(', ');
  const sex = client.sex === 'female' || client.sex === 'male' ? t(`clients.basic.sexes.${client.sex}`) : client.sex;

  return (
    <TitledSection id="client-basic-heading" title={t('clients.basic.heading')}>
      {client.nonDisclosure && <NonDisclosureNotice hidden={client.addressProtected} />}
      <Facts
        testId="client-basic"
        facts={[
          { term: t('clients.basic.name'), value: `${client.firstNames} ${client.lastName}` },
          { term: t('clients.basic.identityCode'), value: client.identityCode },
          { term: t('clients.basic.birthDate'), value: t('clients.basic.birthDateAge', { date: format.date(client.birthDate), age: client.age }) },
          { term: t('clients.basic.sex'), value: sex },
          { term: t('clients.basic.language'), value: language },
          { term: t('clients.basic.address'), value: client.addressProtected ? t('clients.basic.protected') : address },
          { term: t('clients.basic.municipality'), value: client.municipality },
          { term: t('clients.basic.phone'), value: client.addressProtected ? t('clients.basic.protected') : client.phone },
          { term: t('clients.basic.email'), value: client.email },
          { term: t('clients.basic.guardians'), value: client.guardians.map((g) => g.name).join(', ') },
          { term: t('clients.basic.deceased'), value: client.deceasedOn && format.date(client.deceasedOn) },
        ]}
      />
    </TitledSection>
  );
}
