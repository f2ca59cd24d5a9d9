import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Checkbox, CheckboxGroup, Heading, InlineAlert, TextInput } from 'suomifi-ui-components';
import { ACCESSIBILITY_FEATURES } from '@avain/domain';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { useEditableLocation, useSaveLocation, type EditableLocation, type LocationPatch } from './api';
import { statusProps, useSaveErrors, type FieldErrors } from './field-errors';
import { useEditingFormat } from './format';
import { ExceptionsEditor, WeeklyHoursEditor, type ExceptionDraft, type RangeDraft } from './hours-editor';
import { LocalizedFields, type TextDraft } from './localized-fields';

interface LocationDraft {
  name: TextDraft;
  street: string;
  postalCode: string;
  city: string;
  lat: string;
  lon: string;
  accessibility: string[];
  weeklyHours: RangeDraft[];
  exceptions: ExceptionDraft[];
}

function draftOf(l: EditableLocation): LocationDraft {
  return {
    name: { fi: l.name.fi, sv: l.name.sv ?? '', en: l.name.en ?? '' },
    ...l.address,
    lat: String(l.coordinates.lat),
    lon: String(l.coordinates.lon),
    accessibility: l.accessibility,
    weeklyHours: l.weeklyHours.map((h) => ({ weekday: String(h.weekday), opens: h.opens, closes: h.closes })),
    exceptions: l.exceptions.map((e) => ({ date: e.date, opens: e.opens ?? '', closes: e.closes ?? '', note: e.note ?? '' })),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const coordinate = (text: string) => (/^-?\d+([.,]\d+)?$/.test(text.trim()) ? Number(text.trim().replace(',', '.')) : Number.NaN);

/** Only the changed parts are sent, so the audit trail names what really changed. */
function patchOf(draft: LocationDraft, location: EditableLocation): LocationPatch {
  const before = draftOf(location);
  const patch: LocationPatch = { revision: location.revision };
  if (!same(draft.name, before.name)) patch.name = draft.name;
  if ((['street', 'postalCode', 'city'] as const).some((k) => draft[k] !== before[k])) {
    patch.address = { street: draft.street, postalCode: draft.postalCode, city: draft.city };
  }
  if (draft.lat !== before.lat || draft.lon !== before.lon) patch.coordinates = { lat: coordinate(draft.lat), lon: coordinate(draft.lon) };
  if (!same([...draft.accessibility].sort(), [...before.accessibility].sort())) patch.accessibility = draft.accessibility;
  if (!same(draft.weeklyHours, before.weeklyHours)) patch.weeklyHours = draft.weeklyHours.map((h) => ({ ...h, weekday: Number(h.weekday) }));
  if (!same(draft.exceptions, before.exceptions)) {
    patch.exceptions = draft.exceptions.map((e) => ({ date: e.date.trim(), opens: e.opens || null, closes: e.closes || null, note: e.note.trim() || null }));
  }
  return patch;
}

function Form({ location, onClose }: { location: EditableLocation; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useEditingFormat();
  const [draft, setDraft] = useState(() => draftOf(location));
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const save = useSaveLocation(location.id);
  const server = useSaveErrors(save.error);
  const alertRef = useRef<HTMLDivElement>(null);
  const errors = { ...server.fields, ...localErrors };
  const formError = Object.keys(localErrors).length > 0 ? t('editing.errors.checkFields') : server.form;
  const set = <K extends keyof LocationDraft>(key: K, value: LocationDraft[K]) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: FieldErrors = {};
    if (Number.isNaN(coordinate(draft.lat))) local['coordinates.lat'] = t('editing.errors.coordinate');
    if (Number.isNaN(coordinate(draft.lon))) local['coordinates.lon'] = t('editing.errors.coordinate');
    setLocalErrors(local);
    const focusAlert = () => requestAnimationFrame(() => alertRef.current?.focus());
    if (Object.keys(local).length > 0) return focusAlert();
    save.mutate(patchOf(draft, location), {
      // The saved location comes back with a new revision: the next save is made against it.
      onSuccess: (updated) => {
        setDraft(draftOf(updated));
        setSaved(true);
        focusAlert();
      },
      onError: focusAlert,
    });
  };

  return (
    <form noValidate onSubmit={onSubmit}>
      <Heading variant="h3" mb="m">
        {t('editing.locations.formHeading', { name: format.name(location.name) })}
      </Heading>
      {formError && (
        <InlineAlert status="error" role="alert" labelText={t('editing.errors.heading')} mb="m" ref={alertRef} tabIndex={-1}>
          {formError}
        </InlineAlert>
      )}
      {saved && !formError && (
        <InlineAlert status="neutral" role="status" mb="m" ref={alertRef} tabIndex={-1} data-testid="location-saved">
          {t('editing.locations.saved')}
        </InlineAlert>
      )}
      <LocalizedFields path="name" label={t('editing.locations.name')} value={draft.name} onChange={(v) => set('name', v)} errors={errors} />
      <TextInput id="location-street" labelText={t('editing.locations.street')} autoComplete="off" value={draft.street} onChange={(v) => set('street', String(v ?? ''))} fullWidth mb="m" {...statusProps(errors, 'address.street')} />
      <Pair>
        <TextInput id="location-postal-code" labelText={t('editing.locations.postalCode')} inputMode="numeric" value={draft.postalCode} onChange={(v) => set('postalCode', String(v ?? ''))} {...statusProps(errors, 'address.postalCode')} />
        <TextInput id="location-city" labelText={t('editing.locations.city')} value={draft.city} onChange={(v) => set('city', String(v ?? ''))} {...statusProps(errors, 'address.city')} />
      </Pair>
      <Pair>
        <TextInput id="location-lat" labelText={t('editing.locations.lat')} hintText={t('editing.locations.coordinatesHint')} inputMode="decimal" value={draft.lat} onChange={(v) => set('lat', String(v ?? ''))} {...statusProps(errors, 'coordinates.lat')} />
        <TextInput id="location-lon" labelText={t('editing.locations.lon')} hintText={t('editing.locations.coordinatesHint')} inputMode="decimal" value={draft.lon} onChange={(v) => set('lon', String(v ?? ''))} {...statusProps(errors, 'coordinates.lon')} />
      </Pair>
      <CheckboxGroup id="location-accessibility" labelText={t('editing.locations.accessibility')} mb="l">
        {ACCESSIBILITY_FEATURES.map((feature) => (
          <Checkbox
            key={feature}
            id={`accessibility-${feature}`}
            checked={draft.accessibility.includes(feature)}
            onClick={({ checkboxState }) =>
              set('accessibility', checkboxState ? [...draft.accessibility, feature] : draft.accessibility.filter((f) => f !== feature))
            }
          >
            {t(`editing.locations.features.${feature}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <WeeklyHoursEditor rows={draft.weeklyHours} onChange={(rows) => set('weeklyHours', rows)} errors={errors} />
      <ExceptionsEditor rows={draft.exceptions} onChange={(rows) => set('exceptions', rows)} errors={errors} />
      <Buttons>
        <Button type="submit" loading={save.isPending || undefined} ariaLoadingText={t('editing.edit.saving')}>
          {t('editing.locations.save')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('editing.locations.close')}
        </Button>
      </Buttons>
      {location.services.length > 0 && (
        <>
          <Heading variant="h4" mt="l" mb="xs">
            {t('editing.locations.services')}
          </Heading>
          <ul>
            {location.services.map((s) => (
              <li key={s.id}>
                {format.name(s.name)} ({t(`editing.statuses.${s.status}`)})
              </li>
            ))}
          </ul>
        </>
      )}
    </form>
  );
}

/** One location's details, hours and exceptions; changes apply at once. */
export function LocationEditor({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const location = useEditableLocation(id);
  return (
    <Panel id="location-editor" aria-label={t('editing.locations.heading')}>
      {location.isPending ? (
        <Loading />
      ) : location.isError ? (
        <LoadError message={t('editing.locations.loadError')} onRetry={() => void location.refetch()} />
      ) : (
        <Form location={location.data} onClose={onClose} />
      )}
    </Panel>
  );
}

const Panel = styled.section`
  padding: ${tokens.spacing.l};
  border: 1px solid ${tokens.colors.depthLight1};
  border-top: 4px solid ${tokens.colors.highlightBase};
  background: ${tokens.colors.whiteBase};
`;

const Pair = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.m};
  margin-bottom: ${tokens.spacing.m};
`;

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.s};
`;
