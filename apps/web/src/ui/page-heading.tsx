import { useSyncExternalStore, type ReactNode } from 'react';
import { Heading } from 'suomifi-ui-components';
import { tokens } from './theme';

const smallScreenQuery = `(max-width: calc(${tokens.breakpoints.m} - 1px))`;

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(smallScreenQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Suomi.fi components take a `smallScreen` flag for their phone-sized typography. */
export function useSmallScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(smallScreenQuery).matches);
}

/** The one `<h1>` of a page. */
export function PageHeading({ children }: { children: ReactNode }) {
  const smallScreen = useSmallScreen();
  return (
    <Heading variant="h1" smallScreen={smallScreen} mb="m">
      {children}
    </Heading>
  );
}
