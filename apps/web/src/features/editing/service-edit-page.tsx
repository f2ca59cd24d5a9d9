import { PageHeading } from '../../ui/page-heading';

export function ServiceEditPage() {
  return <PageHeading>ServiceEditPage</PageHeading>;
}
