import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading, Paragraph, Text } from 'suomifi-ui-components';
import { useDateFormat } from '../../ui/date-format';
import { tokens } from '../../ui/theme';
import type { Entry, RegisterBlock as Block } from './api';
import { useWhyText } from './why';

function codeText(code: Entry['codes'][number]): string {
  const measured = code.value !== undefined ? ` ${code.value}${code.unit ? ` ${code.unit}` : ''}` : '';
  return `${code.display ?? code.code} (${code.code})${measured}`;
}

function EntryItem({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  return (
    <Item data-testid="client-entry">
      <Heading variant="h3" mb="xxs">
        {entry.title}
      </Heading>
      <Meta>
        {t(`clients.entryTypes.${entry.type}`)} · <time dateTime={entry.occurredAt}>{format.dateTime(entry.occurredAt)}</time> · {entry.unit} · {entry.author}
      </Meta>
      <Paragraph mb="xs">{entry.text}</Paragraph>
      {entry.codes.length > 0 && (
        <Codes aria-label={t('clients.entries.codes')}>
          {entry.codes.map((code) => (
            <li key={`${code.system}|${code.code}`}>{codeText(code)}</li>
          ))}
        </Codes>
      )}
    </Item>
  );
}

/**
 * One register (health or social care) as far as the viewer may see it, always with the answer
 * to "Miksi näen tämän?": the basis of the access, or why the data is hidden.
 */
export function RegisterBlock({ block }: { block: Block }) {
  const { t } = useTranslation();
  const why = useWhyText()(block.why);
  const headingId = `register-${block.register}-heading`;
  return (
    <Section aria-labelledby={headingId} data-testid={`register-${block.register}`} data-allowed={block.why.allowed} data-basis={block.why.basis ?? ''}>
      <Heading variant="h2" id={headingId} mb="s">
        {t(`clients.registers.${block.register}`)}
      </Heading>
      <Why data-allowed={block.why.allowed} data-testid="register-why">
        <Text variant="bold">{block.why.allowed ? t('clients.why.question') : t('clients.hidden.heading')}</Text>{' '}
        {why.basis && <Text variant="bold">{t('clients.why.basis', { basis: why.basis })}</Text>} <Text>{why.text}</Text>
      </Why>
      {block.why.allowed &&
        (block.entries.length === 0 ? (
          <Paragraph>{t('clients.entries.none')}</Paragraph>
        ) : (
          <List>
            {block.entries.map((entry) => (
              <EntryItem key={entry.id} entry={entry} />
            ))}
          </List>
        ))}
    </Section>
  );
}

const Section = styled.section`
  margin-bottom: ${tokens.spacing.xl};
  padding: ${tokens.spacing.l};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: ${tokens.radiuses.basic};
  background: ${tokens.colors.whiteBase};
`;

const Why = styled.p`
  margin: 0 0 ${tokens.spacing.m};
  padding: ${tokens.spacing.s} ${tokens.spacing.m};
  border-left: 4px solid ${tokens.colors.highlightBase};
  background: ${tokens.colors.highlightLight4};

  &[data-allowed='false'] {
    border-left-color: ${tokens.colors.depthDark1};
    background: ${tokens.colors.depthLight3};
  }
`;

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
`;

const Item = styled.li`
  padding: ${tokens.spacing.s} 0;
  border-top: 1px solid ${tokens.colors.depthLight2};
`;

const Meta = styled.p`
  ${tokens.typography.bodyTextSmall};
  margin: 0 0 ${tokens.spacing.xs};
  color: ${tokens.colors.depthDark1};
`;

const Codes = styled.ul`
  ${tokens.typography.bodyTextSmall};
  margin: 0;
  padding-left: ${tokens.spacing.l};
`;
