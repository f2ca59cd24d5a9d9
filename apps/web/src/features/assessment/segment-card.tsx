import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Paragraph } from 'suomifi-ui-components';
import type { Segment, SegmentReason } from '@avain/domain';
import { tokens } from '../../ui/theme';
import { useAssessmentTexts } from './texts';

/** The segment in words, and why: each reason with the figure and the threshold behind it. */
export function SegmentCard({ segment, reasons }: { segment: Segment; reasons: SegmentReason[] }) {
  const { t } = useTranslation();
  const texts = useAssessmentTexts();
  const whyId = useId();
  return (
    <Card data-testid="segment" data-segment={segment}>
      <Paragraph>
        <strong>{t(`assessment.segments.${segment}`)}</strong> – {t(`assessment.segmentHints.${segment}`)}
      </Paragraph>
      <Why id={whyId}>{t('assessment.why')}</Why>
      <ul aria-labelledby={whyId}>
        {reasons.map((r) => (
          <li key={r.code}>{texts.segmentReason(r)}</li>
        ))}
      </ul>
    </Card>
  );
}

const Card = styled.div`
  padding: ${tokens.spacing.s} ${tokens.spacing.m};
  margin: ${tokens.spacing.s} 0;
  border-left: 4px solid ${tokens.colors.highlightBase};
  background: ${tokens.colors.highlightLight4};

  ul {
    margin: ${tokens.spacing.xxs} 0 0;
  }
`;

const Why = styled.p`
  ${tokens.typography.bodySemiBoldSmall};
  margin: ${tokens.spacing.xs} 0 0;
`;
