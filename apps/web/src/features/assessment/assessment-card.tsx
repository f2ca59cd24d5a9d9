import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { LIFE_DOMAINS } from '@avain/domain';
import { useDateFormat } from '../../ui/date-format';
import { tokens } from '../../ui/theme';
import type { Assessment } from './api';
import { SegmentCard } from './segment-card';
import { useAssessmentTexts } from './texts';

/** One assessment in a history: who and when, the segment and why, what changed, and the answers. */
export function AssessmentCard({ assessment: a, first }: { assessment: Assessment; first: boolean }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const texts = useAssessmentTexts();
  const headingId = `assessment-${a.id}`;
  return (
    <Article aria-labelledby={headingId} data-testid="assessment">
      <Heading variant="h2" id={headingId} mb="xxs">
        {format.date(a.authoredAt)} · {t(`assessment.kinds.${a.kind}`)}
      </Heading>
      <Paragraph>
        {t('assessment.history.by', { author: a.author, unit: a.unit })} · {t(`assessment.statuses.${a.status}`)}
      </Paragraph>
      {a.basedOnId && <Paragraph>{t('assessment.history.basedOn')}</Paragraph>}
      {a.segment && <SegmentCard segment={a.segment} reasons={a.segmentReasons} />}
      <Heading variant="h3" mt="s">
        {t('assessment.changes.heading')}
      </Heading>
      {a.changes.length > 0 ? (
        <ul data-testid="changes">
          {a.changes.map((c) => (
            <li key={c.item}>{texts.change(c)}</li>
          ))}
        </ul>
      ) : (
        <Paragraph>{first ? t('assessment.changes.first') : t('assessment.changes.none')}</Paragraph>
      )}
      <Heading variant="h3" mt="s">
        {t('assessment.history.answers')}
      </Heading>
      <Answers>
        {LIFE_DOMAINS.filter((d) => a.answers.domains[d]).map((d) => (
          <div key={d}>
            <dt>{texts.itemName(d)}</dt>
            <dd>
              {t('assessment.score', { score: a.answers.domains[d]!.score })}
              {a.answers.domains[d]!.text && ` – ${a.answers.domains[d]!.text}`}
            </dd>
          </div>
        ))}
        <div>
          <dt>{texts.itemName('self_management')}</dt>
          <dd>{t('assessment.score', { score: a.answers.selfManagement })}</dd>
        </div>
        {a.answers.clientView && (
          <div>
            <dt>{t('assessment.history.clientView')}</dt>
            <dd>{a.answers.clientView}</dd>
          </div>
        )}
        {a.answers.clientGoals && (
          <div>
            <dt>{t('assessment.history.clientGoals')}</dt>
            <dd>{a.answers.clientGoals}</dd>
          </div>
        )}
      </Answers>
    </Article>
  );
}

const Article = styled.article`
  padding: ${tokens.spacing.m} 0;
  border-bottom: 1px solid ${tokens.colors.depthLight2};
`;

const Answers = styled.dl`
  margin: 0;

  div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${tokens.spacing.s};
  }

  dt {
    ${tokens.typography.bodySemiBoldSmall};
  }

  dt::after {
    content: ':';
  }

  dd {
    margin: 0;
  }
`;
