import { PageHeading } from '../../ui/page-heading';

export function AreasAdminPage() {
  return <PageHeading>AreasAdminPage</PageHeading>;
}
