import { PageHeading } from '../../ui/page-heading';

export function ProducerPage() {
  return <PageHeading>ProducerPage</PageHeading>;
}
