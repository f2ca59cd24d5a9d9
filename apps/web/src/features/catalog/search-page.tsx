import { PageHeading } from '../../ui/page-heading';

export function SearchPage() {
  return <PageHeading>Palvelut</PageHeading>;
}
