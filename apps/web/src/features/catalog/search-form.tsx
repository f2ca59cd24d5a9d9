import { SearchInput } from 'suomifi-ui-components';
import { useLocalize } from './format';

/** The free-text search; the query is sent when the user searches, not on every key press. */
export function SearchForm({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const { t } = useLocalize();
  return (
    <div role="search">
      <SearchInput
        // Remounted when the URL's query changes (the back button), so the field shows it.
        key={q}
        id="catalog-search-q"
        defaultValue={q}
        labelText={t('catalog.search.label')}
        visualPlaceholder={t('catalog.search.placeholder')}
        searchButtonLabel={t('catalog.search.submit')}
        clearButtonLabel={t('catalog.search.clear')}
        onSearch={(value) => onSearch(value)}
        fullWidth
      />
    </div>
  );
}
