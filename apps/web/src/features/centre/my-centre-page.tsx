import { PageHeading } from '../../ui/page-heading';

export function MyCentrePage() {
  return <PageHeading>MyCentrePage</PageHeading>;
}
