import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, DateInput, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, Textarea, TextInput } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { parseTypedDate, useDateFormat } from '../../ui/date-format';
import { fieldErrorsOf, inputStatus } from '../../ui/field-errors';
import { TitledSection } from '../../ui/titled-section';
import { useAddReview, useRecordAgreement, type Plan, type PlanComment } from './api';

const SCORES = ['-2', '-1', '0', '1', '2'] as const;

function Failure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <InlineAlert status="error" role="alert">
      {isApiError(error, 400) ? t('plans.errors.invalid') : isApiError(error, 409) ? t('plans.errors.conflict') : t('plans.errors.unexpected')}
    </InlineAlert>
  );
}

/** The worker records that the client agreed to the current version in person or on the phone. */
export function SpokenAgreement({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const record = useRecordAgreement(plan.clientId, plan.id);
  const [note, setNote] = useState('');
  if (plan.state === 'agreed') return <Paragraph mb="l">{t('plans.agreement.done')}</Paragraph>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ version: plan.currentVersion, note }, { onSuccess: () => setNote('') });
  };
  return (
    <TitledSection id="plan-agreement" title={t('plans.agreement.title')}>
      <form noValidate onSubmit={submit}>
        <TextInput labelText={t('plans.agreement.note')} value={note} onChange={(v) => setNote(String(v))} fullWidth {...inputStatus(fieldErrorsOf(record.error).note)} />
        <Failure error={record.error} />
        <Button type="submit" mt="s" disabled={record.isPending}>
          {t('plans.agreement.record', { version: plan.currentVersion })}
        </Button>
      </form>
    </TitledSection>
  );
}

/** A review: a GAS score for each goal, a note and the next review date; earlier reviews below. */
export function ReviewSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { date, dateTime } = useDateFormat();
  const review = useAddReview(plan.clientId, plan.id);
  const [scores, setScores] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [next, setNext] = useState('');
  const [badDate, setBadDate] = useState(false);
  const goalText = (id: string) => plan.content.goals.find((g) => g.id === id)?.text ?? id;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const nextReviewOn = next.trim() ? parseTypedDate(next) : null;
    setBadDate(next.trim() !== '' && !nextReviewOn);
    if (next.trim() !== '' && !nextReviewOn) return;
    const scored = Object.entries(scores).map(([goalId, score]) => ({ goalId, score: Number(score), note: '' }));
    review.mutate({ scores: scored, note, nextReviewOn }, { onSuccess: () => setScores({}) });
  };
  return (
    <TitledSection id="plan-review" title={t('plans.review.title')}>
      <form noValidate onSubmit={submit}>
        {plan.content.goals.map((g) => (
          <RadioButtonGroup key={g.id} labelText={t('plans.review.score', { goal: g.text })} name={`score-${g.id}`} value={scores[g.id] ?? ''} onChange={(value) => setScores({ ...scores, [g.id]: value })}>
            {SCORES.map((s) => (
              <RadioButton key={s} value={s}>
                {t(`plans.review.scores.${s}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
        ))}
        <Textarea labelText={t('plans.review.note')} optionalText={t('plans.optional')} value={note} onChange={(e) => setNote(e.target.value)} fullWidth />
        <DateInput
          labelText={t('plans.review.next')}
          hintText={t('plans.dateHint')}
          optionalText={t('plans.optional')}
          value={next}
          onChange={({ value }) => setNext(value)}
          {...inputStatus(badDate ? t('plans.errors.date') : null)}
        />
        <Failure error={review.error} />
        <Button type="submit" mt="s" disabled={review.isPending}>
          {t('plans.review.submit')}
        </Button>
      </form>
      {plan.reviews.length > 0 && (
        <>
          <Paragraph mt="m">
            <strong>{t('plans.review.history')}</strong>
          </Paragraph>
          <ul>
            {plan.reviews.map((r) => (
              <li key={r.id}>
                {t('plans.review.entry', { at: dateTime(r.reviewedAt), by: r.reviewedBy })}
                {r.note && `: ${r.note}`}
                <ul>
                  {r.scores.map((s) => (
                    <li key={s.goalId}>{`${goalText(s.goalId)}: ${t(`plans.review.scores.${String(s.score) as (typeof SCORES)[number]}`)}`}</li>
                  ))}
                </ul>
                {r.nextReviewOn && `${t('plans.nextReview')}: ${date(r.nextReviewOn)}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </TitledSection>
  );
}

/** Comments of the client and the team, oldest first, and a form to add one. */
export function Comments({ comments, onSend, pending, error }: { comments: PlanComment[]; onSend: (text: string, done: () => void) => void; pending: boolean; error: unknown }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) onSend(text.trim(), () => setText(''));
  };
  return (
    <TitledSection id="plan-comments" title={t('plans.comments.title')}>
      {comments.length === 0 ? (
        <Paragraph mb="s">{t('plans.comments.none')}</Paragraph>
      ) : (
        <ul>
          {comments.map((c) => (
            <li key={c.id}>
              <strong>{c.author}</strong> {`(${dateTime(c.createdAt)}): ${c.text}`}
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={submit}>
        <Textarea labelText={t('plans.comments.label')} value={text} onChange={(e) => setText(e.target.value)} fullWidth />
        <Failure error={error} />
        <Button type="submit" mt="s" disabled={pending}>
          {t('plans.comments.submit')}
        </Button>
      </form>
    </TitledSection>
  );
}
