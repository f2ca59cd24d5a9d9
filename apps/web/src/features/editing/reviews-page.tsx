import { PageHeading } from '../../ui/page-heading';

export function ReviewsPage() {
  return <PageHeading>ReviewsPage</PageHeading>;
}
