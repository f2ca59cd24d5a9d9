import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { ExternalLink, Heading, Link, Paragraph } from 'suomifi-ui-components';
import { tokens } from '../../ui/theme';
import { icsPath, type Appointment } from './api';
import { useBookingTexts } from './texts';

/** One appointment: what, when, where (or how), and what can still be done with it. */
export function AppointmentCard({ appointment: a, forId, children }: { appointment: Appointment; forId: string | undefined; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const texts = useBookingTexts();
  const headingId = `appointment-${a.id}`;
  return (
    <Card aria-labelledby={headingId} data-testid="appointment">
      <Heading variant="h3" id={headingId} mb="xxs">
        {`${texts.name(a.appointmentType.name)}, ${texts.when(a.startsAt)}`}
      </Heading>
      <Paragraph>
        {[texts.channel(a.channel), a.professional.name, a.channel === 'in_person' && a.location ? `${texts.name(a.location.name)}, ${a.location.address.street}` : null, texts.status(a.status)].filter(Boolean).join(' · ')}
      </Paragraph>
      {a.videoUrl && a.status === 'booked' && (
        <Paragraph>
          <ExternalLink href={a.videoUrl} labelNewWindow={t('booking.newWindow')}>
            {t('booking.joinVideo')}
          </ExternalLink>
        </Paragraph>
      )}
      {a.status === 'booked' && (
        <Paragraph>
          {a.changeable ? t('booking.changeableUntil', { at: texts.when(a.changeableUntil) }) : t('booking.notChangeable', { at: texts.when(a.changeableUntil) })}
        </Paragraph>
      )}
      {['booked', 'arrived'].includes(a.status) && (
        <Paragraph>
          <Link href={icsPath(a.id, forId)} download>
            {t('booking.downloadIcs')}
          </Link>
        </Paragraph>
      )}
      {children}
    </Card>
  );
}

const Card = styled.section`
  padding: ${tokens.spacing.m};
  margin-bottom: ${tokens.spacing.s};
  background: ${tokens.colors.whiteBase};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: ${tokens.radiuses.basic};
`;
