import { helsinkiDate } from '@avain/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterDomLink } from 'react-router-dom';
import styled from 'styled-components';
import { Button, DateInput, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { isLanguage } from '../../i18n';
import { parseTypedDate } from '../../ui/date-format';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { usePageTitle } from '../../ui/use-page-title';
import { useDayList, useMark, type DayListItem, type Mark } from './api';
import { useBookingTexts } from './texts';
import { DataTable } from '../../ui/data-table';


/** Päivälista: the professional's appointments of a day, marked arrived, no-show or done. */
export function DayListPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('booking.dayList.title'));
  const [date, setDate] = useState(() => helsinkiDate(new Date()));
  const [typed, setTyped] = useState('');
  const invalid = typed !== '' && parseTypedDate(typed) === null;
  return (
    <>
      <PageHeading>{t('booking.dayList.title')}</PageHeading>
      <Paragraph mb="m">
        <RouterLink asComponent={RouterDomLink} to="/day-list/schedule">
          {t('booking.schedule.link')}
        </RouterLink>
      </Paragraph>
      <DateInput
        labelText={t('booking.dayList.date')}
        hintText={t('booking.dayList.dateHint')}
        datePickerEnabled
        language={isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'fi'}
        defaultValue={`${Number(date.slice(8))}.${Number(date.slice(5, 7))}.${date.slice(0, 4)}`}
        onChange={({ value }) => {
          setTyped(value);
          const parsed = parseTypedDate(value);
          if (parsed) setDate(parsed);
        }}
        status={invalid ? 'error' : 'default'}
        statusText={invalid ? t('booking.dayList.badDate') : undefined}
      />
      <DayList date={date} />
    </>
  );
}

const ACTIONS: { mark: Mark; from: string[] }[] = [
  { mark: 'arrived', from: ['booked'] },
  { mark: 'no-show', from: ['booked'] },
  { mark: 'done', from: ['booked', 'arrived'] },
];

function DayList({ date }: { date: string }) {
  const { t } = useTranslation();
  const texts = useBookingTexts();
  const list = useDayList(date);
  const mark = useMark(date);
  if (list.isPending) return <Loading />;
  if (list.isError) return <LoadError message={t('booking.errors.load')} onRetry={() => void list.refetch()} />;
  const items = list.data.items;
  return (
    <div aria-live="polite">
      <Paragraph mt="m" mb="s">
        {t('booking.dayList.count', { count: items.length, day: texts.day(`${date}T12:00:00Z`) })}
      </Paragraph>
      {mark.error ? (
        <InlineAlert status="error" role="alert" mb="s">
          {isApiError(mark.error, 409) ? t('booking.errors.changed') : t('booking.errors.unexpected')}
        </InlineAlert>
      ) : null}
      {items.length > 0 && (
        <Table>
          <caption>{t('booking.dayList.caption', { day: texts.day(`${date}T12:00:00Z`) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('booking.dayList.time')}</th>
              <th scope="col">{t('booking.dayList.client')}</th>
              <th scope="col">{t('booking.dayList.type')}</th>
              <th scope="col">{t('booking.dayList.status')}</th>
              <th scope="col">{t('booking.dayList.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a: DayListItem) => (
              <tr key={a.id} data-testid="day-list-row">
                <td>{`${texts.time(a.startsAt)}–${texts.time(a.endsAt)}`}</td>
                <td>
                  <RouterLink asComponent={RouterDomLink} to={`/clients/${a.client.id}`}>
                    {a.client.name}
                  </RouterLink>
                </td>
                <td>{`${texts.name(a.appointmentType.name)}, ${texts.channel(a.channel)}${a.note ? ` – ${a.note}` : ''}`}</td>
                <td>{texts.status(a.status)}</td>
                <td>
                  {ACTIONS.filter((x) => x.from.includes(a.status)).map((x) => (
                    <Button
                      key={x.mark}
                      variant="secondary"
                      disabled={mark.isPending}
                      onClick={() => mark.mutate({ id: a.id, mark: x.mark, version: a.version })}
                      aria-label={t(`booking.dayList.markLabel.${x.mark}`, { name: a.client.name, time: texts.time(a.startsAt) })}
                    >
                      {t(`booking.dayList.mark.${x.mark}`)}
                    </Button>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}

const Table = styled(DataTable)`
  td button {
    margin: 0 ${tokens.spacing.xxs} ${tokens.spacing.xxs} 0;
  }
`;
