import styled from 'styled-components';
import { tokens } from '../../ui/theme';
import type { DayHours } from './api';
import { formatRange, useLocalize } from './format';

/** "Open now" in words and a mark, never by colour alone. */
export function OpenNowBadge({ open }: { open: boolean }) {
  const { t } = useLocalize();
  return (
    <Badge data-open={open}>
      <span aria-hidden="true">{open ? '●' : '○'}</span> {open ? t('catalog.hours.openNow') : t('catalog.hours.closedNow')}
    </Badge>
  );
}

/** Today's hours, with the public holiday or exception that changed them. */
export function TodayHours({ today, openNow }: { today: DayHours; openNow?: boolean }) {
  const { t, text, language } = useLocalize();
  const ranges = (today.ranges ?? []).map((range) => formatRange(range, language)).join(', ');
  return (
    <Today>
      <span>
        {today.kind === 'open' && ranges ? t('catalog.hours.todayOpen', { hours: ranges }) : t('catalog.hours.todayClosed')}
      </span>
      {openNow !== undefined && <OpenNowBadge open={openNow} />}
      {today.holiday && <Exception>{t('catalog.hours.holiday', { name: text(today.holiday.name) })}</Exception>}
      {today.note && <Exception>{t('catalog.hours.exception', { note: today.note })}</Exception>}
    </Today>
  );
}

const Today = styled.p`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: ${tokens.spacing.xxs} ${tokens.spacing.s};
  margin: ${tokens.spacing.xxs} 0 0;
`;

const Badge = styled.span`
  ${tokens.typography.bodySemiBoldSmall};
  padding: 0 ${tokens.spacing.xs};
  border: 1px solid ${tokens.colors.depthDark2};
  border-radius: ${tokens.radiuses.basic};
  color: ${tokens.colors.blackBase};
  background: ${tokens.colors.whiteBase};

  &[data-open='true'] {
    border-color: ${tokens.colors.successDark1};
    background: ${tokens.colors.successSecondary};
  }
`;

const Exception = styled.span`
  flex-basis: 100%;
  ${tokens.typography.bodySemiBoldSmall};
`;
