import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem, Paragraph } from 'suomifi-ui-components';
import { useDateFormat } from '../../ui/date-format';
import { TitledSection } from '../../ui/titled-section';
import { useComparison, type Plan, type PlanComparison } from './api';

/** Every saved version with who saved it and whether the client agreed, and what changed between two. */
export function PlanHistory({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const [from, setFrom] = useState(Math.max(1, plan.currentVersion - 1));
  const [to, setTo] = useState(plan.currentVersion);
  const comparison = useComparison(plan.id, from, to);
  const versions = plan.versions.map((v) => String(v.version));
  return (
    <TitledSection id="plan-history" title={t('plans.history.title')}>
      <ol>
        {[...plan.versions].reverse().map((v) => (
          <li key={v.version} value={v.version}>
            <strong>{t('plans.version', { version: v.version })}</strong>
            {` – ${t('plans.history.savedBy', { at: dateTime(v.savedAt), by: v.savedBy })}`}
            {v.changeNote && `: ${v.changeNote}`}
            {v.agreement && <Paragraph>{t('plans.history.agreed', { at: dateTime(v.agreement.at), kind: t(`plans.history.kinds.${v.agreement.kind}`), by: v.agreement.byName })}</Paragraph>}
          </li>
        ))}
      </ol>
      {plan.versions.length > 1 && (
        <fieldset>
          <legend>{t('plans.history.compare')}</legend>
          <Dropdown labelText={t('plans.history.from')} value={String(from)} onChange={(v) => setFrom(Number(v))}>
            {versions.map((v) => (
              <DropdownItem key={v} value={v}>
                {t('plans.version', { version: v })}
              </DropdownItem>
            ))}
          </Dropdown>
          <Dropdown labelText={t('plans.history.to')} value={String(to)} onChange={(v) => setTo(Number(v))}>
            {versions.map((v) => (
              <DropdownItem key={v} value={v}>
                {t('plans.version', { version: v })}
              </DropdownItem>
            ))}
          </Dropdown>
          <div aria-live="polite">{comparison.data && <Changes comparison={comparison.data} plan={plan} />}</div>
        </fieldset>
      )}
    </TitledSection>
  );
}

function Changes({ comparison: c, plan }: { comparison: PlanComparison; plan: Plan }) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  if (c.same) return <Paragraph>{t('plans.history.same')}</Paragraph>;
  const nameOf = (userId: string) => plan.content.team.find((m) => m.kind === 'staff' && m.userId === userId)?.name ?? userId;
  const lists = [
    { title: t('plans.goals.title'), change: c.goals, label: (g: { text: string }) => g.text },
    { title: t('plans.services.title'), change: c.services, label: (s: { name: string }) => s.name },
    { title: t('plans.actions.staffTitle'), change: c.clientActions, label: (a: { text: string }) => a.text },
    { title: t('plans.team.title'), change: c.team, label: (m: { name: string }) => m.name },
  ] as const;
  return (
    <ul>
      {c.summaryChanged && <li>{t('plans.compare.summary')}</li>}
      {c.responsibleWorker && <li>{`${t('plans.compare.responsible')}: ${nameOf(c.responsibleWorker.from)} → ${nameOf(c.responsibleWorker.to)}`}</li>}
      {c.nextReviewOn && <li>{t('plans.compare.review', { from: c.nextReviewOn.from ? date(c.nextReviewOn.from) : '–', to: c.nextReviewOn.to ? date(c.nextReviewOn.to) : '–' })}</li>}
      {lists.flatMap(({ title, change, label }) => {
        const show = (kind: 'added' | 'removed' | 'changed', items: unknown[]) =>
          items.length > 0 ? [<li key={`${title}-${kind}`}>{`${title} – ${t(`plans.compare.${kind}`)}: ${items.map((i) => (label as (x: unknown) => string)(i)).join('; ')}`}</li>] : [];
        return [...show('added', change.added), ...show('removed', change.removed), ...show('changed', change.changed.map((x) => x.after))];
      })}
    </ul>
  );
}
