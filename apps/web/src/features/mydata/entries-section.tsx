import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { REGISTERS, type Register } from '@avain/domain';
import { useDateFormat } from '../../ui/date-format';
import { tokens } from '../../ui/theme';
import { TitledSection } from '../../ui/titled-section';
import type { Entry } from './api';
import { RegisterTag } from './register-tag';

type Filter = Register | 'all';

function codeText(code: Entry['codes'][number]): string {
  const name = code.display ?? code.code;
  return code.value === undefined ? name : `${name}: ${code.value}${code.unit ? ` ${code.unit}` : ''}`;
}

function EntryCard({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  return (
    <Card data-testid="mydata-entry" data-register={entry.register}>
      <Meta>
        <RegisterTag register={entry.register} />
        <span>{t(`mydata.entries.types.${entry.type}`)}</span>
        <time dateTime={entry.occurredAt}>{dateTime(entry.occurredAt)}</time>
      </Meta>
      <Heading variant="h3" mb="xxs">
        {entry.title}
      </Heading>
      <Paragraph mb="xs">{entry.text}</Paragraph>
      {entry.codes.length > 0 && (
        <Paragraph mb="xs">
          {t('mydata.entries.codes')}: {entry.codes.map(codeText).join('; ')}
        </Paragraph>
      )}
      <Byline>{t('mydata.entries.byline', { author: entry.author, unit: entry.unit })}</Byline>
    </Card>
  );
}

/** Entries of both registers, newest first, each saying which register it belongs to. */
export function EntriesSection({ entries, asGuardian }: { entries: Entry[]; asGuardian: boolean }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const newestFirst = [...entries].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  const shown = filter === 'all' ? newestFirst : newestFirst.filter((entry) => entry.register === filter);
  const count = (register: Register) => entries.filter((entry) => entry.register === register).length;

  return (
    <TitledSection id="mydata-entries" title={t('mydata.sections.entries')}>
      <Paragraph mb="s">{t('mydata.entries.intro')}</Paragraph>
      {asGuardian && <Paragraph mb="s">{t('mydata.entries.guardianNote')}</Paragraph>}
      <RadioButtonGroup name="entry-register" labelText={t('mydata.entries.filter')} value={filter} onChange={(value) => setFilter(value as Filter)} mb="m">
        <RadioButton value="all">{t('mydata.entries.all', { count: entries.length })}</RadioButton>
        {REGISTERS.map((register) => (
          <RadioButton key={register} value={register}>
            {t(`mydata.entries.only.${register}`, { count: count(register) })}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <Paragraph mb="s" role="status">
        {t('mydata.entries.shown', { count: shown.length })}
      </Paragraph>
      {shown.length > 0 && (
        <List>
          {shown.map((entry) => (
            <li key={entry.id}>
              <EntryCard entry={entry} />
            </li>
          ))}
        </List>
      )}
    </TitledSection>
  );
}

const List = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Card = styled.article`
  margin-bottom: ${tokens.spacing.s};
  padding: ${tokens.spacing.m};
  background: ${tokens.colors.whiteBase};
  border: 1px solid ${tokens.colors.depthLight1};
  border-left: 6px solid ${tokens.colors.highlightBase};
  border-radius: ${tokens.radiuses.basic};

  &[data-register='social'] {
    border-left-color: ${tokens.colors.accentTertiaryDark1};
  }
`;

const Meta = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.xs} ${tokens.spacing.s};
  margin-bottom: ${tokens.spacing.xs};
`;

const Byline = styled.p`
  margin: 0;
  color: ${tokens.colors.blackLight1};
`;
