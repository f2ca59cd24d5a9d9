import { Link as RouterDomLink } from 'react-router-dom';
import styled from 'styled-components';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { Loading } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { useLocalize } from '../catalog/format';
import { useSession } from '../auth/session';
import { useMyCentre } from './api';
import { ChosenOn, PlaceCard } from './place-card';

/** The front page's note of a logged-in resident's own welfare centre, or the way to choose one. */
export function HomeCentre() {
  const { t } = useLocalize();
  const session = useSession();
  const isResident = session.data?.user?.role === 'resident';
  const myCentre = useMyCentre(isResident);
  if (!isResident) return null;

  const current = myCentre.data?.current;
  return (
    <Box aria-labelledby="home-centre-heading" data-testid="home-centre">
      <Heading variant="h2" id="home-centre-heading" mb="s">
        {t('centre.home.heading')}
      </Heading>
      {myCentre.isPending ? (
        <Loading />
      ) : current ? (
        <Card>
          <PlaceCard place={current.centre} headingLevel="h3">
            <ChosenOn at={current.chosenAt} />
          </PlaceCard>
        </Card>
      ) : (
        <Paragraph mb="s">{myCentre.isError ? t('centre.home.loadFailed') : t('centre.home.none')}</Paragraph>
      )}
      <RouterLink asComponent={RouterDomLink} to="/my-centre">
        {current ? t('centre.home.change') : t('centre.home.choose')}
      </RouterLink>
    </Box>
  );
}

const Box = styled.section`
  margin-bottom: ${tokens.spacing.xl};
  padding: ${tokens.spacing.l};
  background: ${tokens.colors.whiteBase};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: ${tokens.radiuses.basic};
`;

const Card = styled.div`
  margin-bottom: ${tokens.spacing.s};
`;
