import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Link, Paragraph } from 'suomifi-ui-components';
import { tokens } from '../../ui/theme';
import { TitledSection } from '../../ui/titled-section';
import { exportPath } from './api';

const FORMATS = ['json', 'fhir'] as const;

/** Everything about the client as a file: plain JSON, or FHIR R4 for other health and social systems. */
export function DownloadsSection({ forId }: { forId: string | undefined }) {
  const { t } = useTranslation();
  return (
    <TitledSection id="mydata-downloads" title={t('mydata.sections.downloads')}>
      <Paragraph mb="s">{t('mydata.downloads.intro')}</Paragraph>
      <List>
        {FORMATS.map((format) => (
          <li key={format}>
            {/* A plain link: the server answers with an attachment, so the browser saves it. */}
            <Link href={exportPath(format, forId)} download data-testid={`download-${format}`}>
              {t(`mydata.downloads.${format}.link`)}
            </Link>
            <Paragraph>{t(`mydata.downloads.${format}.hint`)}</Paragraph>
          </li>
        ))}
      </List>
    </TitledSection>
  );
}

const List = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;

  li {
    margin-bottom: ${tokens.spacing.s};
  }
`;
