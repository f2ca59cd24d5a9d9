import styled from 'styled-components';
import { Link, Paragraph } from 'suomifi-ui-components';
import { tokens } from '../../ui/theme';
import type { ServiceDetail } from './api';
import { useCodeNames } from './codes';
import { formatEuros, telHref, useLocalize } from './format';
import { TitledSection } from '../../ui/titled-section';

/** Who the service is for: groups, ages and areas. */
function Audience({ service }: { service: ServiceDetail }) {
  const { t } = useLocalize();
  const codes = useCodeNames();
  const { minAge, maxAge, areas = [] } = service.grantingCriteria;
  const age =
    minAge !== undefined && maxAge !== undefined
      ? t('catalog.service.ageRange', { min: minAge, max: maxAge })
      : minAge !== undefined
        ? t('catalog.service.ageFrom', { min: minAge })
        : maxAge !== undefined
          ? t('catalog.service.ageTo', { max: maxAge })
          : null;
  return (
    <TitledSection id="service-audience" title={t('catalog.service.audience')}>
      <Bullets>
        {service.targetGroups.map((group) => (
          <li key={group}>{codes.name('targetGroup', group)}</li>
        ))}
        {age && <li>{age}</li>}
        {areas.length > 0 && <li>{t('catalog.service.areas', { areas: areas.map((area) => codes.name('area', area)).join(', ') })}</li>}
      </Bullets>
    </TitledSection>
  );
}

function Criteria({ service }: { service: ServiceDetail }) {
  const { t, text } = useLocalize();
  const codes = useCodeNames();
  const conditions = service.grantingCriteria.conditions ?? [];
  return (
    <TitledSection id="service-criteria" title={t('catalog.service.grantingCriteria')}>
      <Paragraph>{text(service.grantingCriteria.text)}</Paragraph>
      {conditions.length > 0 && (
        <>
          <Paragraph mt="xs">{t('catalog.service.conditions')}</Paragraph>
          <Bullets>
            {conditions.map((condition) => (
              <li key={condition}>{codes.name('condition', condition)}</li>
            ))}
          </Bullets>
        </>
      )}
      {service.estimatedEligible !== null && (
        <Paragraph mt="xs">{t('catalog.service.estimatedEligible', { count: service.estimatedEligible })}</Paragraph>
      )}
    </TitledSection>
  );
}

/** An amount with its unit ("51,80 € / vuorokausi"). */
function useAmount() {
  const { t, language } = useLocalize();
  const codes = useCodeNames();
  return (cents: number, unit: string | null) => {
    const amount = formatEuros(cents, language);
    return unit ? t('catalog.service.perUnit', { amount, unit: codes.name('unit', unit) }) : amount;
  };
}

function Fees({ service }: { service: ServiceDetail }) {
  const { t, text, language } = useLocalize();
  const amount = useAmount();
  const { fee, purchasePrice } = service;
  const feeSummary =
    fee.type === 'free'
      ? t('catalog.service.feeFree')
      : fee.type === 'income_based'
        ? t('catalog.service.feeIncomeBased')
        : fee.amountCents !== null
          ? amount(fee.amountCents, fee.unit)
          : t('catalog.service.feeFixed');
  return (
    <>
      <TitledSection id="service-fee" title={t('catalog.service.fee')}>
        <Paragraph>
          <strong>{feeSummary}</strong>
        </Paragraph>
        {text(fee.rule) && <Paragraph mt="xs">{text(fee.rule)}</Paragraph>}
      </TitledSection>
      {purchasePrice && (
        <TitledSection id="service-price" title={t('catalog.service.purchasePrice')}>
          <Paragraph>{t('catalog.service.purchasePriceIntro', { price: amount(purchasePrice.amountCents, purchasePrice.unit) })}</Paragraph>
          {purchasePrice.lines.length > 0 && (
            <PriceTable>
              <caption>{t('catalog.service.priceComposition')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('catalog.service.priceItem')}</th>
                  <th scope="col">{t('catalog.service.priceAmount')}</th>
                </tr>
              </thead>
              <tbody>
                {purchasePrice.lines.map((line) => (
                  <tr key={text(line.label)}>
                    <th scope="row">{text(line.label)}</th>
                    <td>{formatEuros(line.amountCents, language)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('catalog.service.priceTotal')}</th>
                  <td>{formatEuros(purchasePrice.amountCents, language)}</td>
                </tr>
              </tfoot>
            </PriceTable>
          )}
        </TitledSection>
      )}
    </>
  );
}

function Contacts({ service }: { service: ServiceDetail }) {
  const { t } = useLocalize();
  const codes = useCodeNames();
  if (service.specialContacts.length === 0) return null;
  return (
    <TitledSection id="service-contacts" title={t('catalog.service.specialContacts')}>
      <Bullets>
        {service.specialContacts.map((contact) => (
          <li key={`${contact.group}-${contact.name}`}>
            <strong>{codes.name('contactGroup', contact.group)}:</strong> {contact.name}
            {contact.phone && (
              <>
                {', '}
                <Link href={telHref(contact.phone)}>{contact.phone}</Link>
              </>
            )}
            {contact.email && (
              <>
                {', '}
                <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
              </>
            )}
          </li>
        ))}
      </Bullets>
    </TitledSection>
  );
}

/** Everything the catalogue says about a service besides its places. */
export function ServiceFacts({ service }: { service: ServiceDetail }) {
  const { t, text } = useLocalize();
  const codes = useCodeNames();
  return (
    <>
      <TitledSection id="service-description" title={t('catalog.service.description')}>
        <Paragraph>{text(service.description)}</Paragraph>
      </TitledSection>
      <Audience service={service} />
      <Criteria service={service} />
      {text(service.qualityCriteria) && (
        <TitledSection id="service-quality" title={t('catalog.service.qualityCriteria')}>
          <Paragraph>{text(service.qualityCriteria)}</Paragraph>
        </TitledSection>
      )}
      <Fees service={service} />
      <TitledSection id="service-languages" title={t('catalog.service.languages')}>
        <Paragraph>{service.languages.map((language) => codes.name('language', language)).join(', ')}</Paragraph>
      </TitledSection>
      <Contacts service={service} />
    </>
  );
}

const Bullets = styled.ul`
  margin: ${tokens.spacing.xxs} 0 0;
  padding-left: ${tokens.spacing.l};
`;

const PriceTable = styled.table`
  margin-top: ${tokens.spacing.s};
  border-collapse: collapse;
  min-width: min(100%, 24rem);

  caption {
    ${tokens.typography.bodySemiBold};
    text-align: left;
    padding-bottom: ${tokens.spacing.xxs};
  }

  th,
  td {
    padding: ${tokens.spacing.xxs} ${tokens.spacing.s} ${tokens.spacing.xxs} 0;
    border-bottom: 1px solid ${tokens.colors.depthLight1};
    text-align: left;
    font-weight: normal;
  }

  td {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }

  thead th,
  tfoot th,
  tfoot td {
    font-weight: 600;
  }
`;
