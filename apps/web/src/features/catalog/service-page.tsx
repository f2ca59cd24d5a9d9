import { PageHeading } from '../../ui/page-heading';

export function ServicePage() {
  return <PageHeading>ServicePage</PageHeading>;
}
