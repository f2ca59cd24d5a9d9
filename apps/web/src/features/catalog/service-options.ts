/** Catalogue services to pick from (for a plan, an appointment type): the search API, once per service. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { LocalizedName } from '../home/areas';

export interface ServiceOption {
  id: string;
  name: LocalizedName;
  producer: LocalizedName;
}

interface CatalogHit {
  service: { id: string; name: LocalizedName };
  organization: { name: LocalizedName };
}

/** Services of any producer from the catalogue search; a service offered at many places is listed once. */
export function useServiceOptions(q: string) {
  return useQuery({
    queryKey: ['catalog', 'service-options', q],
    queryFn: async () => {
      const page = await api.get<{ items: CatalogHit[] }>(`/api/catalog/search?q=${encodeURIComponent(q)}`);
      const byId = new Map<string, ServiceOption>();
      for (const hit of page.items) byId.set(hit.service.id, { id: hit.service.id, name: hit.service.name, producer: hit.organization.name });
      return [...byId.values()];
    },
    enabled: q.trim().length >= 2,
  });
}
