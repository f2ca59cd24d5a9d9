import { useRef, useState, type FormEvent } from 'react';
import styled from 'styled-components';
import { Button, InlineAlert, RadioButton, RadioButtonGroup, TextInput } from 'suomifi-ui-components';
import { tokens } from '../../ui/theme';
import { useLocalize } from './format';
import type { Origin, SearchState } from './search-state';
import { useOrigin } from './use-origin';

type Update = (change: (current: SearchState) => SearchState) => void;

/** Order by relevance or by distance from an address or the user's own position. */
export function SortControl({ state, update }: { state: SearchState; update: Update }) {
  const { t } = useLocalize();
  const [address, setAddress] = useState(state.origin?.label ?? '');
  const [needsOrigin, setNeedsOrigin] = useState(false);
  const addressField = useRef<HTMLInputElement>(null);
  const applyOrigin = (origin: Origin) => {
    setNeedsOrigin(false);
    if (origin.label) setAddress(origin.label);
    update((s) => ({ ...s, origin, sort: 'distance' }));
  };
  const origin = useOrigin(applyOrigin);

  const chooseSort = (value: string) => {
    if (value === 'distance' && !state.origin) {
      // Distance needs a starting point first: ask for one where the user will type it.
      setNeedsOrigin(true);
      addressField.current?.focus();
      return;
    }
    setNeedsOrigin(false);
    update((s) => ({ ...s, sort: value === 'distance' ? 'distance' : 'relevance' }));
  };

  const submitAddress = (event: FormEvent) => {
    event.preventDefault();
    if (address.trim()) void origin.fromAddress(address.trim());
  };

  const addressError =
    origin.error === 'addressNotFound' ? t('catalog.sort.addressNotFound') : origin.error === 'addressFailed' ? t('catalog.sort.addressFailed') : undefined;
  const sortValue = state.sort === 'distance' && state.origin ? 'distance' : needsOrigin ? 'distance' : 'relevance';

  return (
    <section aria-labelledby="catalog-sort-heading">
      <RadioButtonGroup
        id="catalog-sort"
        name="sort"
        labelText={<span id="catalog-sort-heading">{t('catalog.sort.heading')}</span>}
        value={sortValue}
        onChange={chooseSort}
        mb="s"
      >
        <RadioButton value="relevance">{t('catalog.sort.relevance')}</RadioButton>
        <RadioButton value="distance">{t('catalog.sort.distance')}</RadioButton>
      </RadioButtonGroup>
      <AddressForm onSubmit={submitAddress}>
        <TextInput
          id="catalog-origin-address"
          ref={addressField}
          labelText={t('catalog.sort.address')}
          hintText={needsOrigin ? t('catalog.sort.needsOrigin') : t('catalog.sort.addressHint')}
          autoComplete="street-address"
          value={address}
          onChange={(value) => {
            setAddress(String(value ?? ''));
            origin.clearError();
          }}
          status={addressError ? 'error' : 'default'}
          statusText={addressError}
          fullWidth
        />
        <Buttons>
          <Button type="submit" variant="secondary" disabled={origin.busy !== null}>
            {origin.busy === 'address' ? t('catalog.sort.locating') : t('catalog.sort.useAddress')}
          </Button>
          <Button type="button" variant="secondary" disabled={origin.busy !== null} onClick={origin.fromDevice}>
            {origin.busy === 'position' ? t('catalog.sort.locating') : t('catalog.sort.usePosition')}
          </Button>
        </Buttons>
      </AddressForm>
      {(origin.error === 'positionDenied' || origin.error === 'positionUnavailable') && (
        <InlineAlert status="warning" mt="s">
          {t(`catalog.sort.${origin.error}`)}
        </InlineAlert>
      )}
      {state.origin && (
        <OriginNote data-testid="catalog-origin">
          {state.origin.label ? t('catalog.sort.fromAddress', { address: state.origin.label }) : t('catalog.sort.fromPosition')}{' '}
          <Button
            variant="secondaryNoBorder"
            onClick={() => {
              setAddress('');
              update((s) => ({ ...s, origin: null, sort: 'relevance' }));
            }}
          >
            {t('catalog.sort.clearOrigin')}
          </Button>
        </OriginNote>
      )}
    </section>
  );
}

const AddressForm = styled.form`
  display: grid;
  gap: ${tokens.spacing.xs};
`;

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.xs};
`;

const OriginNote = styled.p`
  ${tokens.typography.bodyTextSmall};
  margin: ${tokens.spacing.s} 0 0;
`;
