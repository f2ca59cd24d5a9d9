import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { TitledSection } from '../../ui/titled-section';
import { tokens } from '../../ui/theme';
import { usePageTitle } from '../../ui/use-page-title';
import { useMyCentre } from '../centre/api';
import type { Ward } from '../mydata/api';
import { WhoseData } from '../mydata/whose-data';
import { useBook, useCancel, useMyAppointments, useReschedule, type Appointment, type Slot } from './api';
import { AppointmentCard } from './appointment-card';
import { SlotFinder } from './slot-finder';
import { useBookingTexts } from './texts';

/** Ajanvaraus: the resident's (or a minor's) appointments, and finding and booking a free time 24/7. */
export function AppointmentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('booking.title'));
  const [acting, setActing] = useState<Ward | null>(null);
  return (
    <>
      <PageHeading>{t('booking.title')}</PageHeading>
      <Paragraph mb="l">{t('booking.intro')}</Paragraph>
      <WhoseData acting={acting} onSwitch={setActing} />
      <MyAppointments key={acting?.id ?? 'self'} forId={acting?.id} />
    </>
  );
}

function Failure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const text = isApiError(error, 409) ? t('booking.errors.conflict') : isApiError(error, 403) ? t('booking.errors.forbidden') : t('booking.errors.unexpected');
  return (
    <InlineAlert status="error" role="alert" mb="s">
      {text}
      {isApiError(error) && error.detail ? <Paragraph>{error.detail}</Paragraph> : null}
    </InlineAlert>
  );
}

function MyAppointments({ forId }: { forId: string | undefined }) {
  const { t } = useTranslation();
  const texts = useBookingTexts();
  const query = useMyAppointments(forId);
  const ownCentre = useMyCentre(forId === undefined).data?.current?.centre.id;
  const book = useBook(forId);
  const cancel = useCancel(forId);
  const reschedule = useReschedule(forId);
  const [chosen, setChosen] = useState<Slot | null>(null);
  const [moving, setMoving] = useState<Appointment | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);

  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError message={t('booking.errors.load')} onRetry={() => void query.refetch()} />;

  const choose = (slot: Slot) => {
    setChosen(slot);
    setDone(null);
    // The confirmation comes next: move there so that keyboard and screen-reader users find it.
    setTimeout(() => confirmRef.current?.focus(), 0);
  };
  const confirm = () => {
    if (!chosen) return;
    const onSuccess = (a: Appointment) => {
      setChosen(null);
      setMoving(null);
      setDone(t(moving ? 'booking.moved' : 'booking.booked', { what: texts.name(a.appointmentType.name), when: texts.when(a.startsAt) }));
    };
    if (moving) reschedule.mutate({ id: moving.id, slot: chosen }, { onSuccess });
    else book.mutate(chosen, { onSuccess });
  };
  const { upcoming, past } = query.data;
  return (
    <>
      <div role="status">{done && <InlineAlert status="neutral" mb="m">{done}</InlineAlert>}</div>
      <TitledSection id="upcoming" title={t('booking.upcoming')}>
        {upcoming.length === 0 && <Paragraph>{t('booking.noUpcoming')}</Paragraph>}
        <Failure error={cancel.error} />
        {upcoming.map((a) => (
          <AppointmentCard key={a.id} appointment={a} forId={forId}>
            {a.changeable && (
              <Actions>
                <Button variant="secondary" onClick={() => (setMoving(a), setChosen(null))}>
                  {t('booking.move')}
                </Button>
                <Button variant="secondary" disabled={cancel.isPending} onClick={() => cancel.mutate(a.id, { onSuccess: () => setDone(t('booking.cancelled')) })}>
                  {t('booking.cancel')}
                </Button>
              </Actions>
            )}
          </AppointmentCard>
        ))}
      </TitledSection>

      <TitledSection id="find" title={moving ? t('booking.moveTitle', { what: texts.name(moving.appointmentType.name), when: texts.when(moving.startsAt) }) : t('booking.findTitle')}>
        {moving && (
          <Button variant="secondaryNoBorder" mb="s" onClick={() => (setMoving(null), setChosen(null))}>
            {t('booking.stopMoving')}
          </Button>
        )}
        <SlotFinder
          key={moving?.id ?? 'new'}
          idPrefix="find"
          ownCentreId={ownCentre}
          typeId={moving?.appointmentType.id}
          actionLabel={(s) => t('booking.chooseSlot', { when: texts.when(s.startsAt), who: s.professional.name, channel: texts.channel(s.channel) })}
          onChoose={choose}
        />
        <div ref={confirmRef} tabIndex={-1} aria-live="polite">
          {chosen && (
            <Confirm data-testid="confirm-booking">
              <Paragraph mb="s">
                {t('booking.confirmText', {
                  what: texts.name(chosen.appointmentType.name),
                  when: texts.when(chosen.startsAt),
                  who: chosen.professional.name,
                  where: chosen.channel === 'in_person' && chosen.location ? texts.name(chosen.location.name) : texts.channel(chosen.channel),
                })}
              </Paragraph>
              <Failure error={moving ? reschedule.error : book.error} />
              <Actions>
                <Button onClick={confirm} disabled={book.isPending || reschedule.isPending}>
                  {moving ? t('booking.confirmMove') : t('booking.confirm')}
                </Button>
                <Button variant="secondary" onClick={() => setChosen(null)}>
                  {t('booking.back')}
                </Button>
              </Actions>
            </Confirm>
          )}
        </div>
      </TitledSection>

      <TitledSection id="past" title={t('booking.past')}>
        {past.length === 0 && <Paragraph>{t('booking.noPast')}</Paragraph>}
        {past.map((a) => (
          <AppointmentCard key={a.id} appointment={a} forId={forId} />
        ))}
      </TitledSection>
    </>
  );
}

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.s};
`;

const Confirm = styled.div`
  margin-top: ${tokens.spacing.m};
  padding: ${tokens.spacing.m};
  border: 2px solid ${tokens.colors.highlightBase};
  border-radius: ${tokens.radiuses.basic};
`;
