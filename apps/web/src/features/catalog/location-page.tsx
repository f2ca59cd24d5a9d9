import { PageHeading } from '../../ui/page-heading';

export function LocationPage() {
  return <PageHeading>LocationPage</PageHeading>;
}
