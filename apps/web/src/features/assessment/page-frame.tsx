import type { ReactNode } from 'react';
import { Link as RouterDomLink } from 'react-router-dom';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';

/** A page of this feature: where back leads, the one h1, and the tab title. */
export function PageFrame({ title, back, children }: { title: string; back?: { to: string; text: string }; children: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      {back && (
        <Paragraph mb="m">
          <RouterLink asComponent={RouterDomLink} to={back.to}>
            {back.text}
          </RouterLink>
        </Paragraph>
      )}
      <PageHeading>{title}</PageHeading>
      {children}
    </>
  );
}
