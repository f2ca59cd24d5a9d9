import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { currentLanguage, languageLocales } from '../../i18n';
import { useDateFormat } from '../../ui/date-format';
import { tokens } from '../../ui/theme';
import { TitledSection } from '../../ui/titled-section';
import type { BasicData } from './api';
import { Fact, FactList } from './fact-list';

/** "fi" as the reader says it ("suomi", "finska", "Finnish"): the browser knows every language's name. */
function useLanguageName() {
  const names = new Intl.DisplayNames([languageLocales[currentLanguage()]], { type: 'language' });
  return (code: string) => names.of(code) ?? code;
}

export function DetailsSection({ client }: { client: BasicData }) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  const languageName = useLanguageName();
  const notGiven = t('mydata.details.notGiven');
  const address = client.address ? [client.address.street, [client.address.postalCode, client.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '';
  const languages = [client.language, client.otherLanguage].filter((code): code is string => Boolean(code)).map(languageName);

  return (
    <TitledSection id="mydata-details" title={t('mydata.sections.details')}>
      <Facts data-testid="mydata-details">
        <Fact label={t('mydata.details.name')}>{`${client.firstNames} ${client.lastName}`}</Fact>
        <Fact label={t('mydata.details.birthDate')}>
          {date(client.birthDate)} ({t('mydata.details.age', { count: client.age })})
        </Fact>
        <Fact label={t('mydata.details.identityCode')}>{client.identityCode ?? notGiven}</Fact>
        <Fact label={t('mydata.details.phone')}>{client.phone ?? notGiven}</Fact>
        <Fact label={t('mydata.details.email')}>{client.email ?? notGiven}</Fact>
        <Fact label={t('mydata.details.address')}>{client.addressProtected ? t('mydata.details.addressProtected') : address || notGiven}</Fact>
        <Fact label={t('mydata.details.municipality')}>{client.municipality ?? notGiven}</Fact>
        <Fact label={t('mydata.details.language')}>
          {languages.join(', ')}
          {client.interpreterNeeded && `, ${t('mydata.details.interpreterNeeded')}`}
        </Fact>
        <Fact label={t('mydata.details.nonDisclosure')}>{client.nonDisclosure ? t('mydata.details.nonDisclosureOn') : t('mydata.details.nonDisclosureOff')}</Fact>
        {client.guardians.length > 0 && <Fact label={t('mydata.details.guardians')}>{client.guardians.map((g) => g.name).join(', ')}</Fact>}
      </Facts>
    </TitledSection>
  );
}

const Facts = styled(FactList)`
  margin: 0;
  padding: ${tokens.spacing.m};
  background: ${tokens.colors.whiteBase};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: ${tokens.radiuses.basic};
`;
