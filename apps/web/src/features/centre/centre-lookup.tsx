import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import type { Place } from '../home/areas';
import { useLookup, type LookupInput } from './api';
import { LookupForm } from './lookup-form';
import { LookupResultView } from './lookup-result';

/** The lookup lives in the URL (?q= or ?lat=&lon=), so a result can be shared, reloaded and gone back to. */
function inputFrom(params: URLSearchParams): LookupInput | null {
  const q = params.get('q')?.trim();
  if (q) return { q };
  const lat = Number(params.get('lat'));
  const lon = Number(params.get('lon'));
  if (params.has('lat') && params.has('lon') && Number.isFinite(lat) && Number.isFinite(lon)) return { lat, lon };
  return null;
}

/** About five metres: enough for the lookup, without putting the exact position in the URL and history. */
const roundPosition = (value: number) => String(Math.round(value * 1e5) / 1e5);

interface Props {
  onChoose: ((place: Place) => void) | undefined;
  currentCentreId: string | undefined;
}

export function CentreLookup({ onChoose, currentCentreId }: Props) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const input = inputFrom(params);
  const lookup = useLookup(input);
  // Focus moves to the result only after the user asked in this page, not when it opens with a result.
  const [asked, setAsked] = useState(false);
  const byText = input !== null && 'q' in input;
  const query = byText ? input.q : '';

  const error = lookup.error;
  const fieldError = !byText
    ? undefined
    : isApiError(error, 404)
      ? t('centre.lookup.errors.notFound')
      : isApiError(error, 400)
        ? t('centre.lookup.errors.invalid')
        : undefined;
  const positionError = byText ? undefined : isApiError(error, 404) ? 'outside' : isApiError(error, 400) ? 'positionInvalid' : undefined;
  const otherError = error !== null && !fieldError && !positionError;

  return (
    <section aria-labelledby="centre-lookup-heading">
      <Heading variant="h2" id="centre-lookup-heading" mb="xs">
        {t('centre.lookup.heading')}
      </Heading>
      <Paragraph mb="m">{t('centre.lookup.intro')}</Paragraph>
      <LookupForm
        // A new text from the URL (the back button) is shown in a fresh field.
        key={query}
        query={query}
        fieldError={fieldError}
        searching={lookup.isFetching}
        onAddress={(q) => {
          setAsked(true);
          setParams({ q });
        }}
        onPosition={(lat, lon) => {
          setAsked(true);
          setParams({ lat: roundPosition(lat), lon: roundPosition(lon) });
        }}
      />
      <Results>
        {positionError && (
          <InlineAlert status="error" role="alert">
            {t(`centre.lookup.errors.${positionError}`)}
          </InlineAlert>
        )}
        {otherError && <LoadError message={t('centre.lookup.errors.failed')} onRetry={() => void lookup.refetch()} />}
        {lookup.data && !error && (
          <LookupResultView
            result={lookup.data}
            byPosition={!byText}
            onChoose={onChoose}
            currentCentreId={currentCentreId}
            focusOnShow={asked}
          />
        )}
      </Results>
    </section>
  );
}

const Results = styled.div`
  margin-top: ${tokens.spacing.xl};
`;
