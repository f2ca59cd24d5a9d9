import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Dropdown, DropdownItem, Heading, HintText, Paragraph, TextInput, TimeInput } from 'suomifi-ui-components';
import { tokens } from '../../ui/theme';
import { statusProps, type FieldErrors } from './field-errors';

export interface RangeDraft {
  weekday: string;
  opens: string;
  closes: string;
}

export interface ExceptionDraft {
  date: string;
  opens: string;
  closes: string;
  note: string;
}

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

interface ListProps<T> {
  rows: T[];
  onChange: (rows: T[]) => void;
  errors: FieldErrors;
}

/** Replaces one row of a list, keeping the others as they are. */
const update = <T,>(rows: T[], index: number, changes: Partial<T>) => rows.map((row, i) => (i === index ? { ...row, ...changes } : row));

/** Weekly opening periods: several per day are allowed (a lunch break splits a day in two). */
export function WeeklyHoursEditor({ rows, onChange, errors }: ListProps<RangeDraft>) {
  const { t } = useTranslation();
  return (
    <Group role="group" aria-labelledby="weekly-heading" aria-describedby="weekly-hint">
      <Heading variant="h3" id="weekly-heading" mb="xxs">
        {t('editing.locations.weeklyHours')}
      </Heading>
      <HintText id="weekly-hint">{t('editing.locations.weeklyHint')}</HintText>
      {rows.length === 0 && <Paragraph>{t('editing.locations.noRows')}</Paragraph>}
      {rows.map((row, i) => {
        const n = i + 1;
        const at = `weeklyHours.${i}`;
        return (
          <Row key={i}>
            <legend>{t('editing.locations.range', { n })}</legend>
            <Dropdown
              id={`weekly-${i}-weekday`}
              labelText={t('editing.locations.weekday')}
              value={row.weekday}
              onChange={(weekday) => onChange(update(rows, i, { weekday }))}
              {...statusProps(errors, `${at}.weekday`)}
            >
              {WEEKDAYS.map((day) => (
                <DropdownItem key={day} value={day}>
                  {t(`editing.locations.weekdays.${day}`)}
                </DropdownItem>
              ))}
            </Dropdown>
            <TimeInput id={`weekly-${i}-opens`} labelText={t('editing.locations.opens')} value={row.opens} onChange={(opens) => onChange(update(rows, i, { opens }))} {...statusProps(errors, `${at}.opens`)} />
            <TimeInput id={`weekly-${i}-closes`} labelText={t('editing.locations.closes')} value={row.closes} onChange={(closes) => onChange(update(rows, i, { closes }))} {...statusProps(errors, `${at}.closes`)} />
            <Button variant="secondaryNoBorder" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              {t('editing.locations.removeRange', { n })}
            </Button>
          </Row>
        );
      })}
      <Button variant="secondary" onClick={() => onChange([...rows, { weekday: '1', opens: '08:00', closes: '16:00' }])}>
        {t('editing.locations.addRange')}
      </Button>
    </Group>
  );
}

/** Dates with other hours, or closed when both times are left empty. */
export function ExceptionsEditor({ rows, onChange, errors }: ListProps<ExceptionDraft>) {
  const { t } = useTranslation();
  return (
    <Group role="group" aria-labelledby="exceptions-heading" aria-describedby="exceptions-hint">
      <Heading variant="h3" id="exceptions-heading" mb="xxs">
        {t('editing.locations.exceptions')}
      </Heading>
      <HintText id="exceptions-hint">{t('editing.locations.exceptionsHint')}</HintText>
      {rows.length === 0 && <Paragraph>{t('editing.locations.noRows')}</Paragraph>}
      {rows.map((row, i) => {
        const n = i + 1;
        const at = `exceptions.${i}`;
        const optional = t('editing.optional');
        return (
          <Row key={i}>
            <legend>{t('editing.locations.exception', { n })}</legend>
            <TextInput id={`exception-${i}-date`} labelText={t('editing.locations.date')} value={row.date} onChange={(v) => onChange(update(rows, i, { date: String(v ?? '') }))} {...statusProps(errors, `${at}.date`)} />
            <TimeInput id={`exception-${i}-opens`} labelText={t('editing.locations.opens')} optionalText={optional} value={row.opens} onChange={(opens) => onChange(update(rows, i, { opens }))} {...statusProps(errors, `${at}.opens`)} />
            <TimeInput id={`exception-${i}-closes`} labelText={t('editing.locations.closes')} optionalText={optional} value={row.closes} onChange={(closes) => onChange(update(rows, i, { closes }))} {...statusProps(errors, `${at}.closes`)} />
            <TextInput id={`exception-${i}-note`} labelText={t('editing.locations.note')} optionalText={optional} value={row.note} onChange={(v) => onChange(update(rows, i, { note: String(v ?? '') }))} {...statusProps(errors, `${at}.note`)} />
            <Button variant="secondaryNoBorder" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              {t('editing.locations.removeException', { n })}
            </Button>
          </Row>
        );
      })}
      <Button variant="secondary" onClick={() => onChange([...rows, { date: '', opens: '', closes: '', note: '' }])}>
        {t('editing.locations.addException')}
      </Button>
    </Group>
  );
}

const Group = styled.div`
  margin-bottom: ${tokens.spacing.l};
`;

const Row = styled.fieldset`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${tokens.spacing.s};
  margin: ${tokens.spacing.s} 0;
  padding: ${tokens.spacing.s};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: ${tokens.radiuses.basic};

  legend {
    ${tokens.typography.bodySemiBoldSmall};
    padding: 0 ${tokens.spacing.xxs};
  }
`;
