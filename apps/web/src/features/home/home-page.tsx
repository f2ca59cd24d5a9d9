import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, Text } from 'suomifi-ui-components';
import styled from 'styled-components';
import { Loading, LoadError } from '../../ui/page-states';
import { mediaUp, tokens } from '../../ui/theme';
import { usePageTitle } from '../../ui/use-page-title';
import { AreaSection } from './area-section';
import { useAreas } from './areas';
import { PageHeading } from '../../ui/page-heading';
import { HomeCentre } from '../centre/home-centre';
import { StaffTasks } from '../tasks/staff-tasks';

function Areas() {
  const { t } = useTranslation();
  const areas = useAreas();
  if (areas.isPending) return <Loading />;
  if (areas.isError) return <LoadError message={t('home.areasError')} onRetry={() => void areas.refetch()} />;
  if (areas.data.length === 0) return <Paragraph>{t('home.noAreas')}</Paragraph>;
  return (
    <AreaGrid>
      {areas.data.map((area) => (
        <AreaSection key={area.id} area={area} />
      ))}
    </AreaGrid>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  return (
    <>
      <PageHeading>{t('home.heading')}</PageHeading>
      <Paragraph mb="xl">
        <Text variant="lead">{t('home.intro')}</Text>
      </Paragraph>
      <StaffTasks />
      <HomeCentre />
      <section aria-labelledby="areas-heading">
        <Heading variant="h2" id="areas-heading" mb="xs">
          {t('home.areasHeading')}
        </Heading>
        <Paragraph mb="l">{t('home.areasIntro')}</Paragraph>
        <Areas />
      </section>
    </>
  );
}

const AreaGrid = styled.div`
  display: grid;
  gap: ${tokens.spacing.l};
  align-items: start;

  ${mediaUp.large} {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
`;
