import styled from 'styled-components';
import { tokens } from '../../ui/theme';
import type { WeeklyRange } from './api';
import { weeklyLines, useLocalize } from './format';

/** Weekly hours as a description list: days, then hours. */
export function HoursList({ hours, label }: { hours: readonly WeeklyRange[]; label?: string }) {
  const { language } = useLocalize();
  if (hours.length === 0) return null;
  return (
    <List aria-label={label}>
      {weeklyLines(hours, language).map((line) => (
        <Row key={line.days}>
          <dt>{line.days}</dt>
          <dd>{line.hours}</dd>
        </Row>
      ))}
    </List>
  );
}

const List = styled.dl`
  margin: ${tokens.spacing.xxs} 0 0;
  padding: 0;
`;

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 0 ${tokens.spacing.xs};

  dt::first-letter {
    text-transform: uppercase;
  }

  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
`;
