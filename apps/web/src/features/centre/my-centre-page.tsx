import { useRef, useState } from 'react';
import { Link as RouterDomLink, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading, Paragraph, RouterLink, Text } from 'suomifi-ui-components';
import { PageHeading } from '../../ui/page-heading';
import { tokens } from '../../ui/theme';
import { usePageTitle } from '../../ui/use-page-title';
import { loginPathFor } from '../auth/safe-next';
import { useSession } from '../auth/session';
import type { Place } from '../home/areas';
import { useMyCentre } from './api';
import { CentreLookup } from './centre-lookup';
import { ChooseDialog } from './choose-dialog';
import { MyChoice } from './my-choice';

/** Population responsibility and freedom of choice, said plainly (D4). */
function ResponsibilityExplained() {
  const { t } = useTranslation();
  return (
    <Explained aria-labelledby="centre-explained-heading">
      <Heading variant="h2" id="centre-explained-heading" mb="s">
        {t('centre.explained.heading')}
      </Heading>
      <Paragraph mb="s">{t('centre.explained.responsibility')}</Paragraph>
      <Paragraph mb="s">{t('centre.explained.choice')}</Paragraph>
      <Paragraph>{t('centre.explained.points')}</Paragraph>
    </Explained>
  );
}

function LoginPrompt() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Paragraph mb="xl">
      {t('centre.choice.loginPrompt')}{' '}
      <RouterLink asComponent={RouterDomLink} to={loginPathFor(location)}>
        {t('centre.choice.login')}
      </RouterLink>
    </Paragraph>
  );
}

export function MyCentrePage() {
  const { t } = useTranslation();
  usePageTitle(t('centre.title'));
  const session = useSession();
  const user = session.data?.user;
  const isResident = user?.role === 'resident';
  const myCentre = useMyCentre(isResident);
  const [choosing, setChoosing] = useState<Place | null>(null);
  const [justChosen, setJustChosen] = useState<Place | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);

  const choose = (place: Place) => {
    setJustChosen(null);
    setChoosing(place);
  };

  return (
    <>
      <PageHeading>{t('centre.title')}</PageHeading>
      <Paragraph mb="xl">
        <Text variant="lead">{t('centre.intro')}</Text>
      </Paragraph>
      {isResident && <MyChoice onChoose={choose} justChosen={justChosen} savedRef={savedRef} />}
      {!session.isPending && !user && <LoginPrompt />}
      <CentreLookup onChoose={isResident ? choose : undefined} currentCentreId={myCentre.data?.current?.centre.id} />
      <ResponsibilityExplained />
      {isResident && (
        <ChooseDialog
          place={choosing}
          savedRef={savedRef}
          saved={justChosen !== null}
          onClose={() => setChoosing(null)}
          onChosen={(place) => {
            setChoosing(null);
            setJustChosen(place);
          }}
        />
      )}
    </>
  );
}

const Explained = styled.section`
  margin-top: ${tokens.spacing.xl};
  padding: ${tokens.spacing.l};
  background: ${tokens.colors.highlightLight4};
  border-left: 4px solid ${tokens.colors.highlightBase};
`;
