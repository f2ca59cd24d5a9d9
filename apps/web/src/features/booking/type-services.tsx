import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph, SearchInput } from 'suomifi-ui-components';
import { currentLanguage } from '../../i18n';
import { useServiceOptions } from '../catalog/service-options';
import { localized, type LocalizedName } from '../home/areas';
import { EditorRow, Picks } from '../../ui/editor-layout';

export interface LinkedService {
  id: string;
  name: LocalizedName;
}

interface Props {
  services: LinkedService[];
  onChange: (services: LinkedService[]) => void;
  error: string | null;
}

/** The catalogue services an appointment type is booked for, picked from the catalogue search. */
export function TypeServices({ services, onChange, error }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const options = useServiceOptions(query);
  const language = currentLanguage();
  const chosen = new Set(services.map((s) => s.id));
  return (
    <fieldset aria-describedby="type-services-hint">
      <legend>{t('booking.schedule.typeFields.services')}</legend>
      <Paragraph id="type-services-hint">{t('booking.schedule.typeFields.servicesHint')}</Paragraph>
      {services.length === 0 && <Paragraph>{t('booking.schedule.typeFields.servicesNone')}</Paragraph>}
      {services.map((s) => (
        <EditorRow key={s.id}>
          <strong>{localized(s.name, language)}</strong>
          <Button variant="secondaryNoBorder" onClick={() => onChange(services.filter((x) => x.id !== s.id))}>
            {t('booking.schedule.typeFields.servicesRemove', { name: localized(s.name, language) })}
          </Button>
        </EditorRow>
      ))}
      <SearchInput
        labelText={t('booking.schedule.typeFields.servicesSearch')}
        clearButtonLabel={t('booking.schedule.cancel')}
        searchButtonLabel={t('booking.schedule.typeFields.servicesSearch')}
        value={query}
        onChange={(v) => setQuery(String(v))}
        status={error ? 'error' : 'default'}
        statusText={error ?? undefined}
      />
      <Picks aria-live="polite">
        {options.data?.length === 0 && <li>{t('booking.schedule.typeFields.servicesNoHits')}</li>}
        {(options.data ?? [])
          .filter((o) => !chosen.has(o.id))
          .slice(0, 8)
          .map((o) => (
            <li key={o.id}>
              <Button variant="secondary" onClick={() => onChange([...services, { id: o.id, name: o.name }])}>
                {t('booking.schedule.typeFields.servicesAdd', { name: `${localized(o.name, language)} (${localized(o.producer, language)})` })}
              </Button>
            </li>
          ))}
      </Picks>
    </fieldset>
  );
}
