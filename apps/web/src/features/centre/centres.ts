import { useMemo } from 'react';
import { useLocalize } from '../catalog/format';
import { useAreas, type Place } from '../home/areas';

/** The region's welfare centres by name in the page language: what a resident or coordinator picks from. */
export function useWelfareCentres(): { centres: Place[]; isPending: boolean; isError: boolean } {
  const { text } = useLocalize();
  const areas = useAreas();
  const centres = useMemo(
    () =>
      (areas.data ?? [])
        .flatMap((area) => area.places)
        .filter((place) => place.type === 'welfare_centre')
        .sort((a, b) => text(a.name).localeCompare(text(b.name))),
    [areas.data, text],
  );
  return { centres, isPending: areas.isPending, isError: areas.isError };
}
