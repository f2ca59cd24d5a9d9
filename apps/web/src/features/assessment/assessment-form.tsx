import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Heading, InlineAlert, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { LIFE_DOMAINS, validateAnswers, type LifeDomain, type QuestionnaireItem } from '@avain/domain';
import { isApiError } from '../../api/client';
import { fieldErrorsOf, inputStatus } from '../../ui/field-errors';
import { tokens } from '../../ui/theme';
import type { AnswersInput, Questionnaire } from './api';
import { useLocalized } from './texts';

/** A radio group has no "nothing chosen" state to go back to; a pre-assessment offers "no answer" instead. */
const UNANSWERED = 'none';

interface Draft {
  scores: Record<string, string>;
  texts: Record<string, string>;
  selfManagement: string;
  clientView: string;
  clientGoals: string;
}

const draftOf = (a: AnswersInput | undefined): Draft => ({
  scores: Object.fromEntries(LIFE_DOMAINS.map((d) => [d, a?.domains[d] ? String(a.domains[d].score) : UNANSWERED])),
  texts: Object.fromEntries(LIFE_DOMAINS.map((d) => [d, a?.domains[d]?.text ?? ''])),
  selfManagement: a ? String(a.selfManagement) : UNANSWERED,
  clientView: a?.clientView ?? '',
  clientGoals: a?.clientGoals ?? '',
});

function answersOf(draft: Draft): AnswersInput {
  const domains: AnswersInput['domains'] = {};
  for (const d of LIFE_DOMAINS) {
    if (draft.scores[d] !== UNANSWERED) domains[d] = { score: Number(draft.scores[d]), text: (draft.texts[d] ?? '').trim() };
  }
  // An unchosen self-management score is sent as such, for the rules to name the field.
  return { domains, selfManagement: draft.selfManagement === UNANSWERED ? -1 : Number(draft.selfManagement), clientView: draft.clientView.trim(), clientGoals: draft.clientGoals.trim() };
}

interface ScoreGroupProps {
  name: string;
  label: string;
  options: QuestionnaireItem['answerOption'];
  value: string;
  skippable: boolean;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** One 0–4 score as a fieldset whose legend is the question. */
function ScoreGroup({ name, label, options, value, skippable, error, onChange }: ScoreGroupProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <RadioButtonGroup
      name={`${name}-score`}
      labelText={label}
      value={value}
      onChange={onChange}
      optionalText={skippable ? t('assessment.optional') : undefined}
      groupStatus={error ? 'error' : 'default'}
      groupStatusText={error}
    >
      {(options ?? []).map((o) => (
        <RadioButton key={o.value} value={String(o.value)}>
          {localized(o.text)}
        </RadioButton>
      ))}
      {skippable && <RadioButton value={UNANSWERED}>{t('assessment.form.notAnswered')}</RadioButton>}
    </RadioButtonGroup>
  );
}

interface Props {
  questionnaire: Questionnaire;
  kind: 'professional' | 'pre_assessment';
  initial?: AnswersInput | undefined;
  submitText: string;
  busy: boolean;
  /** The last failed save: a 400 names fields, anything else is said once above the button. */
  error: unknown;
  onSubmit: (answers: AnswersInput) => void;
}

/**
 * The holistic assessment as a form, from the stored questionnaire version: one fieldset of 0–4
 * per life domain with free text, then self-management, the client's view and goals. The rules of
 * the domain are checked before sending, the same rules the server applies.
 */
export function AssessmentForm({ questionnaire, kind, initial, submitText, busy, error, onSubmit }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = fieldErrorsOf(error);
  const fields = { ...server, ...local };
  const item = (linkId: string) => questionnaire.items.find((i) => i.linkId === linkId);
  const optional = kind === 'pre_assessment';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const answers = answersOf(draft);
    const errors = validateAnswers(answers, kind);
    setLocal(Object.fromEntries(errors.map((e) => [e.field, e.message])));
    if (errors.length === 0) onSubmit(answers);
  };

  const scoreError = (field: string) => (fields[field] ? t('assessment.form.errors.score') : undefined);
  const textError = (field: string) => (fields[field] ? t('assessment.form.errors.text') : null);
  const refused = error !== null && error !== undefined && Object.keys(server).length === 0;

  return (
    <Form noValidate onSubmit={submit} aria-label={localized(questionnaire.title)}>
      <Heading variant="h2">{t('assessment.form.domains')}</Heading>
      {fields.domains && (
        <InlineAlert status="error" role="alert">
          {t('assessment.form.errors.domains')}
        </InlineAlert>
      )}
      {LIFE_DOMAINS.map((domain: LifeDomain) => {
        const group = item(domain);
        return (
          <Domain key={domain} data-testid={`domain-${domain}`}>
            <ScoreGroup
              name={domain}
              label={localized(group?.text)}
              options={group?.item?.[0]?.answerOption}
              value={draft.scores[domain] ?? UNANSWERED}
              skippable={optional}
              error={scoreError(`domains.${domain}.score`)}
              onChange={(v) => setDraft({ ...draft, scores: { ...draft.scores, [domain]: v } })}
            />
            <Textarea
              id={`assessment-${domain}-text`}
              labelText={`${localized(group?.item?.[1]?.text)}: ${localized(group?.text)}`}
              optionalText={t('assessment.optional')}
              value={draft.texts[domain] ?? ''}
              onChange={(e) => setDraft({ ...draft, texts: { ...draft.texts, [domain]: e.target.value } })}
              fullWidth
              {...inputStatus(textError(`domains.${domain}.text`))}
            />
          </Domain>
        );
      })}
      <Heading variant="h2">{t('assessment.form.other')}</Heading>
      {/* Self-management is asked of everyone: the segment cannot be judged without it. */}
      <ScoreGroup
        name="self_management"
        label={localized(item('self_management')?.text)}
        options={item('self_management')?.answerOption}
        value={draft.selfManagement}
        skippable={false}
        error={scoreError('selfManagement')}
        onChange={(v) => setDraft({ ...draft, selfManagement: v })}
      />
      <Textarea
        id="assessment-client-view"
        labelText={localized(item('client_view')?.text)}
        optionalText={t('assessment.optional')}
        value={draft.clientView}
        onChange={(e) => setDraft({ ...draft, clientView: e.target.value })}
        fullWidth
        {...inputStatus(textError('clientView'))}
      />
      <Textarea
        id="assessment-client-goals"
        labelText={localized(item('client_goals')?.text)}
        optionalText={t('assessment.optional')}
        value={draft.clientGoals}
        onChange={(e) => setDraft({ ...draft, clientGoals: e.target.value })}
        fullWidth
        {...inputStatus(textError('clientGoals'))}
      />
      {Object.keys(fields).length > 0 && (
        <InlineAlert status="error" role="alert">
          {t('assessment.form.summary')}
        </InlineAlert>
      )}
      {refused && (
        <InlineAlert status="error" role="alert">
          {isApiError(error, 403) ? t('assessment.form.errors.forbidden') : isApiError(error, 409) ? t('assessment.form.errors.conflict') : t('assessment.form.errors.unexpected')}
        </InlineAlert>
      )}
      <div>
        <Button type="submit" loading={busy || undefined} ariaLoadingText={t('assessment.saving')}>
          {submitText}
        </Button>
      </div>
    </Form>
  );
}

const Form = styled.form`
  display: grid;
  gap: ${tokens.spacing.m};
  max-width: 720px;
`;

const Domain = styled.div`
  display: grid;
  gap: ${tokens.spacing.s};
  padding: ${tokens.spacing.m};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: ${tokens.radiuses.basic};
  background: ${tokens.colors.whiteBase};
`;
