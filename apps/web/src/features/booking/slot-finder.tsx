import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Dropdown, DropdownItem, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { Loading } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { useAreas } from '../home/areas';
import { useAppointmentTypes, useSlots, type AppointmentChannel, type Slot } from './api';
import { useBookingTexts } from './texts';

const ANY = 'any';
const PAGE = 24;

interface Props {
  /** The resident's own welfare centre, chosen first (freedom of choice: any other can be picked). */
  ownCentreId?: string | undefined;
  /** Only this appointment type (moving an appointment keeps its type). */
  typeId?: string | undefined;
  /** Staff also see the types only staff book. */
  forStaff?: boolean;
  actionLabel: (slot: Slot) => string;
  onChoose: (slot: Slot) => void;
  idPrefix: string;
}

/** Find a free time by appointment type (the service), centre and channel. */
export function SlotFinder({ ownCentreId, typeId, forStaff = false, actionLabel, onChoose, idPrefix }: Props) {
  const { t } = useTranslation();
  const texts = useBookingTexts();
  const types = useAppointmentTypes();
  const areas = useAreas();
  const usable = (types.data ?? []).filter((x) => x.active && (forStaff || x.selfBooking !== 'staff_only'));
  const [chosenType, setType] = useState<string>(typeId ?? '');
  // Until the resident picks one, the own centre (known only once its query answers), else any.
  const [pickedCentre, setCentre] = useState<string | null>(null);
  const centre = pickedCentre ?? ownCentreId ?? ANY;
  const [channel, setChannel] = useState<string>(ANY);
  const [shown, setShown] = useState(PAGE);
  const type = usable.find((x) => x.id === (typeId ?? chosenType));
  const slots = useSlots(type ? { appointmentTypeId: type.id, locationId: centre === ANY ? undefined : centre, channel: channel === ANY ? undefined : (channel as AppointmentChannel) } : null);
  const centres = (areas.data ?? []).flatMap((a) => a.places).filter((p) => p.type === 'welfare_centre');

  if (types.isPending) return <Loading />;
  const list = slots.data ?? [];
  const days = [...new Set(list.slice(0, shown).map((s) => texts.day(s.startsAt)))];
  const slotText = (s: Slot) => `${texts.time(s.startsAt)} · ${texts.channel(s.channel)}`;
  return (
    <div>
      <Filters>
        {!typeId && (
          <Dropdown labelText={t('booking.find.type')} visualPlaceholder={t('booking.find.typePlaceholder')} value={chosenType} onChange={(v) => setType(v)}>
            {usable.map((x) => (
              <DropdownItem key={x.id} value={x.id}>
                {`${texts.name(x.name)} (${t('booking.minutes', { count: x.durationMinutes })})`}
              </DropdownItem>
            ))}
          </Dropdown>
        )}
        <Dropdown labelText={t('booking.find.centre')} value={centre} onChange={(v) => setCentre(v)}>
          {[
            <DropdownItem key={ANY} value={ANY}>
              {t('booking.find.anyCentre')}
            </DropdownItem>,
            ...centres.map((p) => (
              <DropdownItem key={p.id} value={p.id}>
                {p.id === ownCentreId ? t('booking.find.ownCentre', { name: texts.name(p.name) }) : texts.name(p.name)}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
        <Dropdown labelText={t('booking.find.channel')} value={channel} onChange={(v) => setChannel(v)}>
          {[
            <DropdownItem key={ANY} value={ANY}>
              {t('booking.find.anyChannel')}
            </DropdownItem>,
            ...(type?.channels ?? ['in_person', 'phone', 'video']).map((c) => (
              <DropdownItem key={c} value={c}>
                {texts.channel(c)}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
      </Filters>
      <div aria-live="polite">
        {!type ? (
          <Paragraph>{t('booking.find.chooseType')}</Paragraph>
        ) : slots.isPending ? (
          <Loading />
        ) : slots.isError ? (
          <InlineAlert status="error">{t('booking.errors.load')}</InlineAlert>
        ) : list.length === 0 ? (
          <Paragraph>{t('booking.find.none')}</Paragraph>
        ) : (
          <Paragraph>{t('booking.find.count', { count: list.length })}</Paragraph>
        )}
      </div>
      {days.map((day, i) => (
        <section key={day} aria-labelledby={`${idPrefix}-day-${i}`}>
          <Heading variant="h4" as="h3" id={`${idPrefix}-day-${i}`} mt="s" mb="xxs">
            {day}
          </Heading>
          <SlotList>
            {list
              .slice(0, shown)
              .filter((s) => texts.day(s.startsAt) === day)
              .map((s) => (
                <li key={`${s.professional.id}-${s.startsAt}-${s.channel}`}>
                  {/* The name begins with what the button shows (WCAG 2.5.3), then says the rest. */}
                  <Button variant="secondary" onClick={() => onChoose(s)} aria-label={`${slotText(s)}, ${actionLabel(s)}`}>
                    {slotText(s)}
                  </Button>
                  <span>{` ${s.professional.name}${s.location ? `, ${texts.name(s.location.name)}` : ''}`}</span>
                </li>
              ))}
          </SlotList>
        </section>
      ))}
      {list.length > shown && (
        <Button variant="secondaryNoBorder" mt="s" onClick={() => setShown(shown + PAGE)}>
          {t('booking.find.more')}
        </Button>
      )}
    </div>
  );
}

const Filters = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.m};
  margin-bottom: ${tokens.spacing.m};
`;

const SlotList = styled.ul`
  list-style: none;
  padding: 0;
  margin: 0;
  display: grid;
  gap: ${tokens.spacing.xs};
`;
