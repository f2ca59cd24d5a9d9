import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, DateInput, Paragraph, SearchInput, TextInput } from 'suomifi-ui-components';
import { inputStatus } from '../../ui/field-errors';
import { currentLanguage } from '../../i18n';
import { localized } from '../home/areas';
import { useServiceOptions } from './api';
import { replaced, without, type Draft } from './draft';
import { EditorRow, Picks } from '../../ui/editor-layout';

interface Props {
  services: Draft['services'];
  onChange: (services: Draft['services']) => void;
  errors: Record<string, string>;
}

/** Planned services picked from the catalogue (any producer), each with how often and for when. */
export function ServicesEditor({ services, onChange, errors }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const options = useServiceOptions(query);
  const chosen = new Set(services.map((s) => s.serviceId));
  const language = currentLanguage();
  return (
    <fieldset>
      <legend>{t('plans.services.title')}</legend>
      <SearchInput labelText={t('plans.services.search')} clearButtonLabel={t('plans.cancel')} searchButtonLabel={t('plans.services.search')} value={query} onChange={(v) => setQuery(String(v))} />
      <Paragraph>{t('plans.services.searchHint')}</Paragraph>
      <Picks aria-live="polite">
        {options.data?.length === 0 && <li>{t('plans.services.noHits')}</li>}
        {(options.data ?? [])
          .filter((o) => !chosen.has(o.id))
          .slice(0, 8)
          .map((o) => {
            const name = localized(o.name, language);
            const producer = localized(o.producer, language);
            return (
              <li key={o.id}>
                <Button variant="secondary" onClick={() => onChange([...services, { serviceId: o.id, name, producer, frequency: '', from: '', to: '' }])}>
                  {t('plans.services.pick', { name: `${name} (${producer})` })}
                </Button>
              </li>
            );
          })}
      </Picks>
      {services.map((s, i) => (
        <EditorRow key={s.serviceId}>
          <strong>{`${s.name} (${s.producer})`}</strong>
          <TextInput labelText={t('plans.services.frequency')} value={s.frequency} onChange={(v) => onChange(replaced(services, i, { frequency: String(v) }))} {...inputStatus(errors[`services.${i}.frequency`])} />
          <DateInput labelText={t('plans.services.from')} hintText={t('plans.dateHint')} value={s.from} onChange={({ value }) => onChange(replaced(services, i, { from: value }))} {...inputStatus(errors[`services.${i}.from`])} />
          <DateInput
            labelText={t('plans.services.to')}
            hintText={t('plans.dateHint')}
            optionalText={t('plans.optional')}
            value={s.to}
            onChange={({ value }) => onChange(replaced(services, i, { to: value }))}
            {...inputStatus(errors[`services.${i}.to`])}
          />
          <Button variant="secondaryNoBorder" onClick={() => onChange(without(services, i))}>
            {`${t('plans.remove')}: ${s.name}`}
          </Button>
        </EditorRow>
      ))}
    </fieldset>
  );
}
