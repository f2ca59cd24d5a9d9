import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Checkbox, CheckboxGroup, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, TextInput } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { fieldErrorsOf, inputStatus } from '../../ui/field-errors';
import { tokens } from '../../ui/theme';
import type { AppointmentChannel, AppointmentType } from './api';
import { CHANNELS, SELF_BOOKING_RULES, useSaveType, type TypeDetails, type TypeInput } from './schedule-api';
import { useBookingTexts } from './texts';
import { TypeServices } from './type-services';

const draftOf = (ty: TypeDetails | null) => ({
  code: ty?.code ?? '',
  fi: ty?.name.fi ?? '',
  sv: ty?.name.sv ?? '',
  en: ty?.name.en ?? '',
  durationMinutes: String(ty?.durationMinutes ?? 30),
  bufferMinutes: String(ty?.bufferMinutes ?? 0),
  channels: ty?.channels ?? (['in_person'] as AppointmentChannel[]),
  selfBooking: ty?.selfBooking ?? ('anyone' as AppointmentType['selfBooking']),
  cancellationHours: String(ty?.cancellationHours ?? 24),
  active: ty?.active ?? true,
  services: ty?.services ?? [],
});
type Draft = ReturnType<typeof draftOf>;
const NUMBERS = ['durationMinutes', 'bufferMinutes', 'cancellationHours'] as const;
/** The fields whose problems the form words itself; "name.fi" is written name_fi in the texts. */
type ErrorField = 'code' | 'name.fi' | 'name.sv' | 'name.en' | (typeof NUMBERS)[number];
const errorKey = (field: ErrorField) => (field === 'name.fi' ? 'name_fi' : field === 'name.sv' ? 'name_sv' : field === 'name.en' ? 'name_en' : field);
const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/** The draft as the API wants it, or the fields that are missing or not whole numbers. */
function inputOf(d: Draft, editing: TypeDetails | null): { input: TypeInput | null; bad: string[] } {
  const bad = [
    ...(d.code.trim() ? [] : ['code']),
    ...(d.fi.trim() ? [] : ['name.fi']),
    ...(d.channels.length > 0 ? [] : ['channels']),
    ...NUMBERS.filter((field) => wholeNumber(d[field]) === null),
  ];
  if (bad.length > 0) return { input: null, bad };
  const optional = (text: string) => (text.trim() ? text.trim() : undefined);
  const name = { fi: d.fi.trim(), ...(optional(d.sv) ? { sv: optional(d.sv) } : {}), ...(optional(d.en) ? { en: optional(d.en) } : {}) };
  const input: TypeInput = {
    code: d.code.trim(),
    name,
    durationMinutes: wholeNumber(d.durationMinutes) ?? 0,
    bufferMinutes: wholeNumber(d.bufferMinutes) ?? 0,
    channels: CHANNELS.filter((c) => d.channels.includes(c)),
    serviceIds: d.services.map((s) => s.id),
    selfBooking: d.selfBooking,
    cancellationHours: wholeNumber(d.cancellationHours) ?? 0,
    active: d.active,
  };
  // A changed type keeps its unit; a new one goes to the coordinator's own unit (the server's default).
  return { input: editing ? { ...input, unitId: editing.unitId } : input, bad };
}

/** Adding or changing an appointment type. */
export function TypeForm({ editing, onDone }: { editing: TypeDetails | null; onDone: (saved: TypeDetails | null) => void }) {
  const { t } = useTranslation();
  const texts = useBookingTexts();
  const save = useSaveType();
  const [draft, setDraft] = useState(() => draftOf(editing));
  const [bad, setBad] = useState<string[]>([]);
  const server = fieldErrorsOf(save.error);
  const wrong = (field: string) => bad.includes(field) || Object.keys(server).some((f) => f === field || f.startsWith(`${field}.`));
  const status = (field: ErrorField) => inputStatus(wrong(field) ? t(`booking.schedule.typeErrors.${errorKey(field)}`) : null);
  const change = (c: Partial<Draft>) => setDraft((d) => ({ ...d, ...c }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { input, bad: found } = inputOf(draft, editing);
    setBad(found);
    if (input) save.mutate({ id: editing?.id ?? null, input }, { onSuccess: (saved) => onDone(saved) });
  };

  const general = save.error && Object.keys(server).length === 0 ? (isApiError(save.error, 403) ? t('booking.schedule.errors.forbidden') : t('booking.errors.unexpected')) : null;
  const text = (field: 'code' | 'fi' | 'sv' | 'en' | (typeof NUMBERS)[number], errorField: ErrorField, extra: { hintText?: string; optionalText?: string; type?: 'number' } = {}) => (
    <TextInput id={`type-${field}`} labelText={t(`booking.schedule.typeFields.${field}`)} value={draft[field]} onChange={(v) => change({ [field]: String(v ?? '') })} {...extra} {...status(errorField)} />
  );

  return (
    <Form noValidate onSubmit={submit} aria-labelledby="schedule-type-form-heading">
      {text('code', 'code', { hintText: t('booking.schedule.typeFields.codeHint') })}
      <fieldset>
        <legend>{t('booking.schedule.typeFields.name')}</legend>
        {text('fi', 'name.fi')}
        {text('sv', 'name.sv', { optionalText: t('booking.optional') })}
        {text('en', 'name.en', { optionalText: t('booking.optional') })}
      </fieldset>
      <Row>
        {text('durationMinutes', 'durationMinutes', { type: 'number', hintText: t('booking.schedule.typeFields.durationHint') })}
        {text('bufferMinutes', 'bufferMinutes', { type: 'number', hintText: t('booking.schedule.typeFields.bufferHint') })}
        {text('cancellationHours', 'cancellationHours', { type: 'number', hintText: t('booking.schedule.typeFields.cancellationHint') })}
      </Row>
      <CheckboxGroup
        id="type-channels"
        labelText={t('booking.schedule.typeFields.channels')}
        groupStatus={wrong('channels') ? 'error' : 'default'}
        groupStatusText={wrong('channels') ? t('booking.schedule.typeErrors.channels') : undefined}
      >
        {CHANNELS.map((c) => (
          <Checkbox key={c} checked={draft.channels.includes(c)} onClick={({ checkboxState }) => change({ channels: checkboxState ? [...draft.channels, c] : draft.channels.filter((x) => x !== c) })}>
            {texts.channel(c)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <RadioButtonGroup
        id="type-self-booking"
        name="type-self-booking"
        labelText={t('booking.schedule.typeFields.selfBooking')}
        value={draft.selfBooking}
        onChange={(value) => change({ selfBooking: value as Draft['selfBooking'] })}
        groupStatus={wrong('selfBooking') ? 'error' : 'default'}
        groupStatusText={wrong('selfBooking') ? t('booking.schedule.typeErrors.selfBooking') : undefined}
      >
        {SELF_BOOKING_RULES.map((rule) => (
          <RadioButton key={rule} value={rule}>
            {t(`booking.schedule.selfBooking.${rule}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <TypeServices services={draft.services} onChange={(services) => change({ services })} error={wrong('serviceIds') ? t('booking.schedule.typeErrors.serviceIds') : null} />
      <Checkbox checked={draft.active} onClick={({ checkboxState }) => change({ active: checkboxState })} hintText={t('booking.schedule.typeFields.activeHint')}>
        {t('booking.schedule.typeFields.active')}
      </Checkbox>
      <Paragraph>{editing ? t('booking.schedule.typeFields.unitKept') : t('booking.schedule.typeFields.unitOwn')}</Paragraph>
      {wrong('unitId') && (
        <InlineAlert status="error" role="alert">
          {t('booking.schedule.typeErrors.unitId')}
        </InlineAlert>
      )}
      {general && (
        <InlineAlert status="error" role="alert">
          {general}
        </InlineAlert>
      )}
      <Row>
        <Button type="submit" loading={save.isPending || undefined} ariaLoadingText={t('booking.schedule.saving')}>
          {editing ? t('booking.schedule.typeSave') : t('booking.schedule.typeCreate')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(null)}>
          {t('booking.schedule.cancel')}
        </Button>
      </Row>
    </Form>
  );
}

const Form = styled.form`
  display: grid;
  gap: ${tokens.spacing.m};
  max-width: 640px;
  fieldset {
    display: grid;
    gap: ${tokens.spacing.s};
    border: 1px solid ${tokens.colors.depthLight1};
    padding: ${tokens.spacing.m};
  }
  legend {
    font-weight: 600;
  }
`;

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.m};
`;
