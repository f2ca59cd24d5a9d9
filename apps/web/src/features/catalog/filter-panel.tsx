import {
  ACCESSIBILITY_FEATURES,
  CHANNEL_TYPES,
  LANGUAGES,
  LIFE_COURSE_GROUPS,
  PRODUCER_TYPES,
  SERVICE_CLASS_CODES,
} from '@avain/domain';
import styled from 'styled-components';
import { Button, Checkbox, CheckboxGroup, Expander, ExpanderContent, ExpanderTitleButton, Heading } from 'suomifi-ui-components';
import { tokens } from '../../ui/theme';
import type { Facets } from './api';
import { useCodeNames } from './codes';
import { useLocalize } from './format';
import { activeFilterCount, FLAG_FILTERS, LIST_FILTERS, withoutFilters, type FlagFilter, type ListFilter, type SearchState } from './search-state';

const AREAS = ['south', 'east', 'north', 'central'] as const;

/** The options of each list filter, in the order the code lists give them. */
const OPTIONS: Record<ListFilter, readonly string[]> = {
  lifeCourseGroup: LIFE_COURSE_GROUPS,
  serviceClass: SERVICE_CLASS_CODES,
  producerType: PRODUCER_TYPES,
  channel: CHANNEL_TYPES,
  area: AREAS,
  language: LANGUAGES,
  accessibility: ACCESSIBILITY_FEATURES,
};

/** Long lists show only what the current results contain (and what is chosen). */
const ONLY_FOUND: ReadonlySet<ListFilter> = new Set(['serviceClass']);

type Update = (change: (current: SearchState) => SearchState) => void;

function toggle(values: string[], value: string, on: boolean): string[] {
  return on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value);
}

function useOptionName() {
  const codes = useCodeNames();
  return (filter: ListFilter, code: string): string => {
    if (filter === 'serviceClass') return codes.serviceClass(code);
    if (filter === 'lifeCourseGroup') return codes.lifeCourseGroup(code);
    return codes.name(filter, code);
  };
}

function ListFilterGroup({ filter, state, facets, update }: { filter: ListFilter; state: SearchState; facets: Facets | undefined; update: Update }) {
  const { t } = useLocalize();
  const optionName = useOptionName();
  const selected = state.lists[filter];
  const counts = facets?.[filter];
  const options = OPTIONS[filter].filter((code) => !ONLY_FOUND.has(filter) || selected.includes(code) || (counts?.[code] ?? 0) > 0);
  const title = t(`catalog.filters.${filter}`);
  return (
    <Expander defaultOpen={selected.length > 0} data-filter={filter}>
      <ExpanderTitleButton asHeading="h3">
        {selected.length > 0 ? t('catalog.filters.titleWithCount', { title, count: selected.length }) : title}
      </ExpanderTitleButton>
      <ExpanderContent>
        <CheckboxGroup labelText={title} labelMode="hidden">
          {options.map((code) => (
            <Checkbox
              key={code}
              id={`filter-${filter}-${code}`}
              checked={selected.includes(code)}
              onClick={({ checkboxState }) => update((s) => ({ ...s, lists: { ...s.lists, [filter]: toggle(s.lists[filter], code, checkboxState) } }))}
            >
              {optionName(filter, code)}
              {counts && <Count> ({counts[code] ?? 0})</Count>}
            </Checkbox>
          ))}
        </CheckboxGroup>
      </ExpanderContent>
    </Expander>
  );
}

/** Filters, each group with the number of results per option next to it. */
export function FilterPanel({ state, facets, update }: { state: SearchState; facets: Facets | undefined; update: Update }) {
  const { t } = useLocalize();
  const setFlag = (flag: FlagFilter, on: boolean) => update((s) => ({ ...s, flags: { ...s.flags, [flag]: on } }));
  const active = activeFilterCount(state);
  return (
    <section aria-labelledby="catalog-filters-heading">
      <Heading variant="h2" id="catalog-filters-heading" mb="s">
        {t('catalog.filters.heading')}
      </Heading>
      <CheckboxGroup labelText={t('catalog.filters.now')} mb="m">
        {FLAG_FILTERS.map((flag) => (
          <Checkbox key={flag} id={`filter-${flag}`} checked={state.flags[flag]} onClick={({ checkboxState }) => setFlag(flag, checkboxState)}>
            {t(`catalog.filters.${flag}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      {LIST_FILTERS.map((filter) => (
        <ListFilterGroup key={filter} filter={filter} state={state} facets={facets} update={update} />
      ))}
      {active > 0 && (
        <Button variant="secondary" mt="m" onClick={() => update(withoutFilters)}>
          {t('catalog.filters.clear', { count: active })}
        </Button>
      )}
    </section>
  );
}

const Count = styled.span`
  color: ${tokens.colors.blackLight1};
  font-variant-numeric: tabular-nums;
`;
