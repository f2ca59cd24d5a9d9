import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, InlineAlert, LoadingSpinner } from 'suomifi-ui-components';
import { tokens } from './theme';

export function Loading({ text }: { text?: string }) {
  const { t } = useTranslation();
  return (
    <Centered>
      <LoadingSpinner status="loading" text={text ?? t('app.loading')} textAlign="right" variant="small" />
    </Centered>
  );
}

/** A failed load: what failed in plain words, and a way to try again. */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <InlineAlert status="error" role="alert" mb="m">
      {message}
      <Button variant="secondary" mt="s" onClick={onRetry}>
        {t('app.retry')}
      </Button>
    </InlineAlert>
  );
}

const Centered = styled.div`
  padding: ${tokens.spacing.l} 0;
`;
