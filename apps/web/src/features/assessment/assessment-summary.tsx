import { Link as RouterDomLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useDateFormat } from '../../ui/date-format';
import { tokens } from '../../ui/theme';
import { useAssessmentHistory } from './api';
import { SegmentCard } from './segment-card';

/**
 * The client's latest segment with its reasons and the way to the assessments, for the client's
 * overview page. Says nothing when the viewer may not see the assessments: the page explains access.
 */
export function AssessmentSummary({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const history = useAssessmentHistory(clientId);
  if (history.isPending || history.isError) return null;
  const latest = history.data.find((a) => a.kind === 'professional' && a.segment);
  return (
    <Section aria-labelledby="assessment-summary-heading" data-testid="assessment-summary">
      <Heading variant="h2" id="assessment-summary-heading" mb="xs">
        {t('assessment.summary.heading')}
      </Heading>
      {latest?.segment ? (
        <>
          <Paragraph>{t('assessment.summary.assessedOn', { date: format.date(latest.authoredAt) })}</Paragraph>
          <SegmentCard segment={latest.segment} reasons={latest.segmentReasons} />
        </>
      ) : (
        <Paragraph>{t('assessment.summary.none')}</Paragraph>
      )}
      <Links>
        <RouterLink asComponent={RouterDomLink} to={`/clients/${clientId}/assessments`}>
          {t('assessment.summary.all')}
        </RouterLink>
        <RouterLink asComponent={RouterDomLink} to={`/clients/${clientId}/assessments/new`}>
          {t('assessment.summary.new')}
        </RouterLink>
      </Links>
    </Section>
  );
}

const Section = styled.section`
  margin-bottom: ${tokens.spacing.l};
`;

const Links = styled.p`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.m};
  margin: ${tokens.spacing.s} 0 0;
`;
