import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, DateInput, InlineAlert, Textarea, TextInput } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { fieldErrorsOf, inputStatus } from '../../ui/field-errors';
import { tokens } from '../../ui/theme';
import type { PlanInput } from './api';
import { inputOf, newId, replaced, without, type Draft } from './draft';
import { ServicesEditor } from './services-editor';
import { TeamEditor } from './team-editor';

interface Props {
  initial: Draft;
  /** Saving over an existing plan asks what changed. */
  editing: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (input: PlanInput, changeNote: string) => void;
  onCancel: () => void;
}

/** Starting or editing the plan: every part of its content in one form, saved as one version. */
export function PlanEditor({ initial, editing, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [badDates, setBadDates] = useState<string[]>([]);
  const change = (c: Partial<Draft>) => setDraft((d) => ({ ...d, ...c }));
  const serverErrors = fieldErrorsOf(error);
  const errors: Record<string, string> = { ...serverErrors, ...Object.fromEntries(badDates.map((f) => [f, t('plans.errors.date')])) };
  const message = (field: string) => errors[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { input, badDates: bad } = inputOf(draft);
    setBadDates(bad);
    if (bad.length === 0) onSubmit(input, draft.changeNote);
  };

  return (
    <Form noValidate onSubmit={submit} aria-label={editing ? t('plans.edit') : t('plans.start')}>
      <Textarea labelText={t('plans.summary.label')} value={draft.summary} onChange={(e) => change({ summary: e.target.value })} fullWidth {...inputStatus(message('summary'))} />
      {draft.goals.map((g, i) => (
        <fieldset key={g.id}>
          <legend>{t('plans.goals.legend', { n: i + 1 })}</legend>
          <Textarea labelText={t('plans.goals.text')} value={g.text} onChange={(e) => change({ goals: replaced(draft.goals, i, { text: e.target.value }) })} fullWidth {...inputStatus(message(`goals.${i}.text`))} />
          <TextInput labelText={t('plans.goals.indicator')} optionalText={t('plans.optional')} value={g.indicator} onChange={(v) => change({ goals: replaced(draft.goals, i, { indicator: String(v) }) })} fullWidth />
          <DateInput
            labelText={t('plans.goals.targetDate')}
            hintText={t('plans.dateHint')}
            optionalText={t('plans.optional')}
            value={g.targetDate}
            onChange={({ value }) => change({ goals: replaced(draft.goals, i, { targetDate: value }) })}
            {...inputStatus(message(`goals.${i}.targetDate`))}
          />
          <Button variant="secondaryNoBorder" onClick={() => change({ goals: without(draft.goals, i) })}>
            {`${t('plans.remove')}: ${t('plans.goals.legend', { n: i + 1 })}`}
          </Button>
        </fieldset>
      ))}
      <Button variant="secondary" onClick={() => change({ goals: [...draft.goals, { id: newId(), text: '', indicator: '', targetDate: '' }] })}>
        {t('plans.goals.add')}
      </Button>
      <ServicesEditor services={draft.services} onChange={(services) => change({ services })} errors={errors} />
      <fieldset>
        <legend>{t('plans.actions.staffTitle')}</legend>
        {draft.clientActions.map((a, i) => (
          <ActionRow key={a.id}>
            <TextInput
              labelText={`${t('plans.actions.text')} ${i + 1}`}
              value={a.text}
              onChange={(v) => change({ clientActions: replaced(draft.clientActions, i, { text: String(v) }) })}
              fullWidth
              {...inputStatus(message(`clientActions.${i}.text`))}
            />
            <Button variant="secondaryNoBorder" onClick={() => change({ clientActions: without(draft.clientActions, i) })}>
              {`${t('plans.remove')}: ${t('plans.actions.text')} ${i + 1}`}
            </Button>
          </ActionRow>
        ))}
        <Button variant="secondary" onClick={() => change({ clientActions: [...draft.clientActions, { id: newId(), text: '' }] })}>
          {t('plans.actions.add')}
        </Button>
      </fieldset>
      <TeamEditor draft={draft} onChange={change} errors={errors} />
      <DateInput
        labelText={t('plans.nextReview')}
        hintText={t('plans.dateHint')}
        optionalText={t('plans.optional')}
        value={draft.nextReviewOn}
        onChange={({ value }) => change({ nextReviewOn: value })}
        {...inputStatus(message('nextReviewOn'))}
      />
      {editing && <TextInput labelText={t('plans.changeNote')} optionalText={t('plans.optional')} value={draft.changeNote} onChange={(v) => change({ changeNote: String(v) })} fullWidth />}
      {error !== null && error !== undefined && (
        <InlineAlert status="error" role="alert">
          {isApiError(error, 400) ? t('plans.errors.invalid') : isApiError(error, 409) ? t('plans.errors.conflict') : isApiError(error, 403) ? t('plans.errors.forbidden') : t('plans.errors.unexpected')}
        </InlineAlert>
      )}
      <Buttons>
        <Button type="submit" disabled={pending}>
          {editing ? t('plans.save') : t('plans.start')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('plans.cancel')}
        </Button>
      </Buttons>
    </Form>
  );
}

const Form = styled.form`
  display: grid;
  gap: ${tokens.spacing.m};
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

const ActionRow = styled.div`
  display: grid;
  gap: ${tokens.spacing.xs};
`;

const Buttons = styled.div`
  display: flex;
  gap: ${tokens.spacing.s};
`;
