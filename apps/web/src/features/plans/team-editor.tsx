import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, RadioButton, RadioButtonGroup, SearchInput, TextInput } from 'suomifi-ui-components';
import { inputStatus } from '../../ui/field-errors';
import { useTeamCandidates } from './api';
import { newId, replaced, without, type Draft } from './draft';
import { EditorRow, Picks } from '../../ui/editor-layout';

interface Props {
  draft: Draft;
  onChange: (change: Partial<Draft>) => void;
  errors: Record<string, string>;
}

/** The team: staff picked from the platform's users, outside people or groups typed in, and the one responsible worker. */
export function TeamEditor({ draft, onChange, errors }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const candidates = useTeamCandidates(query);
  const team = draft.team;
  const setTeam = (next: Draft['team']) => onChange({ team: next });
  const inTeam = new Set(team.flatMap((m) => (m.kind === 'staff' ? [m.userId] : [])));
  const staff = team.flatMap((m) => (m.kind === 'staff' ? [m] : []));

  return (
    <fieldset>
      <legend>{t('plans.team.title')}</legend>
      <SearchInput labelText={t('plans.team.search')} clearButtonLabel={t('plans.cancel')} searchButtonLabel={t('plans.team.search')} value={query} onChange={(v) => setQuery(String(v))} />
      <Picks aria-live="polite">
        {(candidates.data ?? [])
          .filter((c) => !inTeam.has(c.id))
          .map((c) => (
            <li key={c.id}>
              <Button
                variant="secondary"
                onClick={() => setTeam([...team, { kind: 'staff', userId: c.id, name: c.name, role: '', unit: c.unit, phone: null, email: c.email }])}
              >
                {t('plans.team.pick', { name: c.name, unit: c.unit ?? '' })}
              </Button>
            </li>
          ))}
      </Picks>
      {team.map((m, i) => (
        <EditorRow key={m.kind === 'staff' ? m.userId : m.id}>
          {m.kind === 'staff' ? (
            <strong>{`${m.name}${m.unit ? `, ${m.unit}` : ''}`}</strong>
          ) : (
            <>
              <TextInput labelText={t('plans.team.name')} value={m.name} onChange={(v) => setTeam(replaced(team, i, { name: String(v) }))} {...inputStatus(errors[`team.${i}.name`])} />
              <TextInput labelText={t('plans.team.organisation')} value={m.organisation} onChange={(v) => setTeam(replaced(team, i, { organisation: String(v) }))} />
            </>
          )}
          <TextInput labelText={t('plans.team.role')} optionalText={t('plans.optional')} value={m.role} onChange={(v) => setTeam(replaced(team, i, { role: String(v) }))} />
          <TextInput labelText={t('plans.team.phone')} optionalText={t('plans.optional')} type="tel" value={m.phone ?? ''} onChange={(v) => setTeam(replaced(team, i, { phone: String(v) }))} />
          <TextInput
            labelText={t('plans.team.email')}
            optionalText={t('plans.optional')}
            type="email"
            value={m.email ?? ''}
            onChange={(v) => setTeam(replaced(team, i, { email: String(v) }))}
            {...inputStatus(errors[`team.${i}.email`])}
          />
          <Button variant="secondaryNoBorder" onClick={() => setTeam(without(team, i))}>
            {`${t('plans.remove')}: ${m.name || t('plans.team.external')}`}
          </Button>
        </EditorRow>
      ))}
      <Button variant="secondary" onClick={() => setTeam([...team, { kind: 'external', id: newId(), name: '', organisation: '', role: '', serviceId: null, phone: null, email: null }])}>
        {t('plans.team.addExternal')}
      </Button>
      {staff.length > 0 && (
        <RadioButtonGroup
          labelText={t('plans.team.responsibleLegend')}
          name="responsible-worker"
          value={draft.responsibleWorkerId}
          onChange={(value) => onChange({ responsibleWorkerId: value })}
          groupStatus={errors.responsibleWorkerId ? 'error' : 'default'}
          groupStatusText={errors.responsibleWorkerId ? t('plans.errors.responsible') : undefined}
        >
          {staff.map((m) => (
            <RadioButton key={m.userId} value={m.userId}>
              {m.name}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      )}
    </fieldset>
  );
}
