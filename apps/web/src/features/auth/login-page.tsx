import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { usePageTitle } from '../../ui/use-page-title';
import { tokens } from '../../ui/theme';
import { safeNextPath } from './safe-next';
import { useLogin, useSession } from './session';
import { PageHeading } from '../../ui/page-heading';

type Field = 'username' | 'password';
type Missing = Partial<Record<Field, boolean>>;

/** Turns a failed login into what the form shows: one message on top, and any under the fields. */
function useLoginErrorTexts(error: unknown) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return { form: null, fields: {} as Partial<Record<Field, string>> };
  if (!isApiError(error)) return { form: t('login.errors.unexpected'), fields: {} };
  switch (error.status) {
    case 401:
      return { form: t('login.errors.invalidCredentials'), fields: {} };
    case 429:
      return {
        form:
          error.retryAfterSeconds === undefined
            ? t('login.errors.tooManyAttemptsLater')
            : t('login.errors.tooManyAttempts', { count: error.retryAfterSeconds }),
        fields: {},
      };
    case 400: {
      // The server words its field errors in English; the form names the field in the user's language.
      const fields: Partial<Record<Field, string>> = {};
      for (const { field } of error.errors) {
        // Accept both "username" and a path such as "body.username".
        const name = field.split('.').pop();
        if (name === 'username') fields.username = t('login.errors.usernameInvalid');
        if (name === 'password') fields.password = t('login.errors.passwordInvalid');
      }
      return { form: t('login.errors.checkFields'), fields };
    }
    default:
      return { form: t('login.errors.unexpected'), fields: {} };
  }
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const session = useSession();
  const login = useLogin();

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Missing>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const serverErrors = useLoginErrorTexts(login.error);

  // Covers both a fresh login (the session refetch brings the user) and a visit while logged in.
  if (session.data?.user) return <Navigate to={next} replace />;

  const fieldError = (field: Field): string | undefined => {
    if (missing[field]) return t(field === 'username' ? 'login.errors.usernameRequired' : 'login.errors.passwordRequired');
    return serverErrors.fields[field];
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const nowMissing: Missing = { username: username.trim() === '', password: password === '' };
    setMissing(nowMissing);
    if (nowMissing.username || nowMissing.password) {
      login.reset();
      (nowMissing.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    login.mutate({ username: username.trim(), password });
  };

  const hasClientErrors = Boolean(missing.username || missing.password);
  const formError = hasClientErrors ? t('login.errors.checkFields') : serverErrors.form;
  const oidcHref = `/api/auth/oidc/login?next=${encodeURIComponent(next)}`;

  return (
    <Panel>
      <PageHeading>{t('login.title')}</PageHeading>
      <Paragraph mb="l">{t('login.intro')}</Paragraph>

      {formError && (
        <InlineAlert status="error" role="alert" labelText={t('login.errorHeading')} mb="l" data-testid="login-error">
          {formError}
        </InlineAlert>
      )}

      <form noValidate onSubmit={onSubmit}>
        <TextInput
          id="login-username"
          name="username"
          autoComplete="username"
          labelText={t('login.username')}
          value={username}
          onChange={(value) => setUsername(String(value ?? ''))}
          status={fieldError('username') ? 'error' : 'default'}
          statusText={fieldError('username')}
          ref={usernameRef}
          fullWidth
          mb="m"
        />
        <TextInput
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          labelText={t('login.password')}
          value={password}
          onChange={(value) => setPassword(String(value ?? ''))}
          status={fieldError('password') ? 'error' : 'default'}
          statusText={fieldError('password')}
          ref={passwordRef}
          fullWidth
          mb="l"
        />
        <Button type="submit" fullWidth loading={login.isPending || undefined} ariaLoadingText={t('login.submitting')}>
          {t('login.submit')}
        </Button>
      </form>

      {session.data?.oidcEnabled && (
        <>
          <Divider>
            <span>{t('login.or')}</span>
          </Divider>
          <OidcLink href={oidcHref}>{t('login.oidc')}</OidcLink>
        </>
      )}
    </Panel>
  );
}

const Panel = styled.div`
  max-width: 520px;
  margin: 0 auto;
  padding: ${tokens.spacing.xl} ${tokens.spacing.l};
  background: ${tokens.colors.whiteBase};
  border: 1px solid ${tokens.colors.depthLight1};
  border-top: 4px solid ${tokens.colors.highlightBase};
  border-radius: ${tokens.radiuses.basic};
`;

const Divider = styled.p`
  display: flex;
  align-items: center;
  gap: ${tokens.spacing.s};
  margin: ${tokens.spacing.l} 0;
  color: ${tokens.colors.blackBase};

  &::before,
  &::after {
    content: '';
    flex: 1;
    border-top: 1px solid ${tokens.colors.depthLight1};
  }
`;

const OidcLink = styled.a`
  ${tokens.typography.actionElementInnerTextBold};
  display: block;
  padding: ${tokens.spacing.xs} ${tokens.spacing.m};
  border: 1px solid ${tokens.colors.highlightBase};
  border-radius: ${tokens.radiuses.basic};
  background: ${tokens.colors.whiteBase};
  color: ${tokens.colors.highlightBase};
  text-align: center;
  text-decoration: none;

  &:hover {
    background: ${tokens.colors.highlightLight3};
  }

  &:focus-visible {
    ${tokens.focuses.boxShadowFocus}
    ${tokens.focuses.highContrastFocus}
  }
`;
