import { helsinkiDate } from '@avain/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Checkbox, CheckboxGroup, DateInput, Dropdown, DropdownItem, InlineAlert, RadioButton, RadioButtonGroup, TextInput } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { isLanguage } from '../../i18n';
import { parseTypedDate, typedDate } from '../../ui/date-format';
import { fieldErrorsOf, inputStatus } from '../../ui/field-errors';
import { tokens } from '../../ui/theme';
import type { Place } from '../home/areas';
import type { AppointmentChannel } from './api';
import { CHANNELS, useAddAvailability, WEEKDAYS, type AvailabilityInput, type TypeDetails } from './schedule-api';
import { useBookingTexts } from './texts';

const NO_PLACE = 'none';
const emptyDraft = () => ({ weekday: '1', starts: '', ends: '', channel: 'in_person' as AppointmentChannel, locationId: NO_PLACE, typeIds: [] as string[], validFrom: typedDate(helsinkiDate(new Date())), validTo: '' });
type Draft = ReturnType<typeof emptyDraft>;

/** "8.30", "8:30" or "08:30" as the API's "08:30"; null when it is no time of day. */
export function clockOf(text: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? `${String(hours).padStart(2, '0')}:${match[2]}` : null;
}

/** The draft as the API wants it, or the fields that are missing or malformed. */
function inputOf(d: Draft, professionalId: string | undefined): { input: AvailabilityInput | null; bad: string[] } {
  const starts = clockOf(d.starts);
  const ends = clockOf(d.ends);
  const validFrom = parseTypedDate(d.validFrom);
  const validTo = d.validTo.trim() === '' ? null : parseTypedDate(d.validTo);
  const locationId = d.locationId === NO_PLACE ? null : d.locationId;
  const bad = [
    ...(starts ? [] : ['starts']),
    ...(ends && (!starts || ends > starts) ? [] : ['ends']),
    ...(d.channel === 'in_person' && !locationId ? ['locationId'] : []),
    ...(d.typeIds.length > 0 ? [] : ['appointmentTypeIds']),
    ...(validFrom ? [] : ['validFrom']),
    ...(d.validTo.trim() !== '' && (!validTo || (validFrom && validTo < validFrom)) ? ['validTo'] : []),
  ];
  if (bad.length > 0 || !starts || !ends || !validFrom) return { input: null, bad };
  const input = { weekday: Number(d.weekday), starts, ends, channel: d.channel, locationId, appointmentTypeIds: d.typeIds, validFrom, validTo };
  return { input: professionalId ? { ...input, professionalId } : input, bad };
}

interface Props {
  /** The coordinator's chosen professional; a professional adds their own (left out). */
  professionalId?: string | undefined;
  types: TypeDetails[];
  places: Place[];
}

/** A new weekly window: when, how, where and for which appointment types, from when to when. */
export function ScheduleForm({ professionalId, types, places }: Props) {
  const { t, i18n } = useTranslation();
  const texts = useBookingTexts();
  const add = useAddAvailability();
  const [draft, setDraft] = useState(emptyDraft);
  const [bad, setBad] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  // Remounting the date inputs clears what they show after a save.
  const [round, setRound] = useState(0);
  const server = fieldErrorsOf(add.error);
  const wrong = (field: string) => bad.includes(field) || Object.keys(server).some((f) => f === field || f.startsWith(`${field}.`));
  const status = (field: 'weekday' | 'starts' | 'ends' | 'locationId' | 'validFrom' | 'validTo') => inputStatus(wrong(field) ? t(`booking.schedule.errors.${field}`) : null);
  const change = (c: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...c }));
    setSaved(false);
  };
  const usable = types.filter((ty) => ty.active && ty.channels.includes(draft.channel));
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'fi';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { input, bad: found } = inputOf(draft, professionalId);
    setBad(found);
    if (!input) return;
    add.mutate(input, {
      onSuccess: () => {
        setDraft(emptyDraft());
        setRound((r) => r + 1);
        setSaved(true);
      },
    });
  };

  const general = add.error && Object.keys(server).length === 0 ? (isApiError(add.error, 403) ? t('booking.schedule.errors.forbidden') : t('booking.errors.unexpected')) : null;
  return (
    <Form noValidate onSubmit={submit} aria-labelledby="schedule-add-heading">
      <Dropdown id="schedule-weekday" labelText={t('booking.schedule.weekday')} value={draft.weekday} onChange={(weekday: string) => change({ weekday })} {...status('weekday')}>
        {WEEKDAYS.map((d) => (
          <DropdownItem key={d} value={String(d)}>
            {t(`booking.schedule.weekdays.${d}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      <Times>
        <TextInput id="schedule-starts" labelText={t('booking.schedule.starts')} hintText={t('booking.schedule.timeHint')} value={draft.starts} onChange={(v) => change({ starts: String(v ?? '') })} {...status('starts')} />
        <TextInput id="schedule-ends" labelText={t('booking.schedule.ends')} hintText={t('booking.schedule.timeHint')} value={draft.ends} onChange={(v) => change({ ends: String(v ?? '') })} {...status('ends')} />
      </Times>
      <RadioButtonGroup
        id="schedule-channel"
        name="schedule-channel"
        labelText={t('booking.schedule.channel')}
        value={draft.channel}
        onChange={(value) => change({ channel: value as AppointmentChannel, typeIds: draft.typeIds.filter((id) => types.find((ty) => ty.id === id)?.channels.includes(value as AppointmentChannel)) })}
        groupStatus={wrong('channel') ? 'error' : 'default'}
        groupStatusText={wrong('channel') ? t('booking.schedule.errors.channel') : undefined}
      >
        {CHANNELS.map((c) => (
          <RadioButton key={c} value={c}>
            {texts.channel(c)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <Dropdown
        id="schedule-location"
        labelText={t('booking.schedule.location')}
        hintText={draft.channel === 'in_person' ? t('booking.schedule.locationRequired') : t('booking.schedule.locationRemote')}
        optionalText={draft.channel === 'in_person' ? undefined : t('booking.optional')}
        value={draft.locationId}
        onChange={(locationId: string) => change({ locationId })}
        {...status('locationId')}
      >
        {[
          <DropdownItem key={NO_PLACE} value={NO_PLACE}>
            {t('booking.schedule.noLocation')}
          </DropdownItem>,
          ...places.map((p) => (
            <DropdownItem key={p.id} value={p.id}>
              {texts.name(p.name)}
            </DropdownItem>
          )),
        ]}
      </Dropdown>
      <CheckboxGroup
        id="schedule-types"
        labelText={t('booking.schedule.types')}
        groupHintText={t('booking.schedule.typesHint', { channel: texts.channel(draft.channel) })}
        groupStatus={wrong('appointmentTypeIds') ? 'error' : 'default'}
        groupStatusText={wrong('appointmentTypeIds') ? t('booking.schedule.errors.appointmentTypeIds') : undefined}
      >
        {usable.length === 0
          ? [<p key="none">{t('booking.schedule.noTypes')}</p>]
          : usable.map((ty) => (
              <Checkbox
                key={ty.id}
                checked={draft.typeIds.includes(ty.id)}
                onClick={({ checkboxState }) => change({ typeIds: checkboxState ? [...draft.typeIds, ty.id] : draft.typeIds.filter((id) => id !== ty.id) })}
              >
                {`${texts.name(ty.name)} (${t('booking.minutes', { count: ty.durationMinutes })})`}
              </Checkbox>
            ))}
      </CheckboxGroup>
      <Times key={round}>
        <DateInput
          id="schedule-valid-from"
          labelText={t('booking.schedule.validFrom')}
          hintText={t('booking.dayList.dateHint')}
          datePickerEnabled
          language={language}
          defaultValue={draft.validFrom}
          onChange={({ value }) => change({ validFrom: value })}
          {...status('validFrom')}
        />
        <DateInput
          id="schedule-valid-to"
          labelText={t('booking.schedule.validTo')}
          hintText={t('booking.schedule.validToHint')}
          optionalText={t('booking.optional')}
          datePickerEnabled
          language={language}
          onChange={({ value }) => change({ validTo: value })}
          {...status('validTo')}
        />
      </Times>
      {general && (
        <InlineAlert status="error" role="alert">
          {general}
        </InlineAlert>
      )}
      {wrong('professionalId') && (
        <InlineAlert status="error" role="alert">
          {t('booking.schedule.errors.professionalId')}
        </InlineAlert>
      )}
      <div role="status">{saved && <InlineAlert status="neutral">{t('booking.schedule.added')}</InlineAlert>}</div>
      <div>
        <Button type="submit" loading={add.isPending || undefined} ariaLoadingText={t('booking.schedule.saving')}>
          {t('booking.schedule.add')}
        </Button>
      </div>
    </Form>
  );
}

const Form = styled.form`
  display: grid;
  gap: ${tokens.spacing.m};
  max-width: 640px;
`;

const Times = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.m};
`;
