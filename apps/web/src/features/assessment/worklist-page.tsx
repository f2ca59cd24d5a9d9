import { Link as RouterDomLink, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { useWorklist, type WorklistGroup } from './api';
import { PageFrame } from './page-frame';
import { PreAssessmentsSection } from './pre-assessments-section';
import { WorklistRowItem } from './worklist-row';

const GROUPS: WorklistGroup[] = ['adults', 'children'];

/** Adults and children are two views of one list: links, so each view has its own address. */
function GroupLinks({ group }: { group: WorklistGroup }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('assessment.worklist.groups')}>
      <Tabs>
        {GROUPS.map((g) => (
          <li key={g}>
            <Tab to={`/worklist?group=${g}`} aria-current={g === group ? 'page' : undefined}>
              {t(`assessment.worklist.${g}`)}
            </Tab>
          </li>
        ))}
      </Tabs>
    </nav>
  );
}

function Rows({ group }: { group: WorklistGroup }) {
  const { t } = useTranslation();
  const list = useWorklist(group);
  if (list.isPending) return <Loading />;
  if (list.isError) return <LoadError message={t('assessment.worklist.error')} onRetry={() => void list.refetch()} />;
  const rows = list.data.rows;
  return (
    <section aria-labelledby="worklist-heading">
      <Heading variant="h2" id="worklist-heading" mb="s">
        {t(`assessment.worklist.${group}`)} ({t('assessment.worklist.count', { count: rows.length })})
      </Heading>
      {rows.length === 0 ? (
        <Paragraph>{t('assessment.worklist.empty')}</Paragraph>
      ) : (
        <List>
          {rows.map((row) => (
            <WorklistRowItem key={row.clientId} row={row} />
          ))}
        </List>
      )}
    </section>
  );
}

/** The service coordinator's early identification worklist (D8) and the pre-assessments waiting in their unit. */
export function WorklistPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const group: WorklistGroup = params.get('group') === 'children' ? 'children' : 'adults';
  return (
    <PageFrame title={t('assessment.worklist.title')}>
      <Paragraph mb="m">{t('assessment.worklist.intro')}</Paragraph>
      <GroupLinks group={group} />
      <Rows group={group} />
      <PreAssessmentsSection />
    </PageFrame>
  );
}

const Tabs = styled.ul`
  display: flex;
  gap: ${tokens.spacing.m};
  margin: 0 0 ${tokens.spacing.m};
  padding: 0;
  list-style: none;
  border-bottom: 1px solid ${tokens.colors.depthLight1};
`;

const Tab = styled(RouterDomLink)`
  ${tokens.typography.actionElementInnerTextBold};
  display: inline-block;
  padding: ${tokens.spacing.xs} 0;
  border-bottom: 4px solid transparent;
  color: ${tokens.colors.blackBase};
  text-decoration: none;

  &:focus-visible {
    ${tokens.focuses.boxShadowFocus}
  }

  &[aria-current='page'] {
    color: ${tokens.colors.highlightBase};
    border-bottom-color: ${tokens.colors.highlightBase};
  }
`;

const List = styled.ul`
  list-style: none;
  margin: 0 0 ${tokens.spacing.l};
  padding: 0;
`;
