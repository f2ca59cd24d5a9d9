import * as client from 'openid-client';
import { AppError } from '@avain/domain';
import type { OidcConfig } from '../../config.ts';

// Discovery is a cache, not state: any process can rebuild it from the issuer at any time.
const discovered = new Map<string, Promise<client.Configuration>>();

function configurationFor(oidc: OidcConfig): Promise<client.Configuration> {
  const key = `${oidc.issuer}|${oidc.clientId}`;
  let config = discovered.get(key);
  if (!config) {
    config = client
      .discovery(
        new URL(oidc.issuer),
        oidc.clientId,
        oidc.clientSecret,
        oidc.clientSecret ? client.ClientSecretPost(oidc.clientSecret) : client.None(),
        oidc.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((err: unknown) => {
        discovered.delete(key);
        throw err;
      });
    discovered.set(key, config);
  }
  return config;
}

export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  url: string;
}

export async function beginOidcLogin(oidc: OidcConfig): Promise<PendingLogin> {
  const config = await configurationFor(oidc);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: oidc.redirectUri,
    scope: oidc.scopes,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { state, nonce, codeVerifier, url: url.href };
}

export interface OidcIdentity {
  issuer: string;
  subject: string;
  name: string;
  email: string | null;
  roles: string[];
}

export async function completeOidcLogin(
  oidc: OidcConfig,
  callbackUrl: URL,
  pending: { state: string; nonce: string; codeVerifier: string },
): Promise<OidcIdentity> {
  const config = await configurationFor(oidc);
  let tokens;
  try {
    tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
  } catch (err) {
    throw new AppError('unauthenticated', `The identity provider's answer was not accepted: ${(err as Error).message}`);
  }
  const idClaims = tokens.claims();
  if (!idClaims) throw new AppError('unauthenticated', 'The identity provider returned no ID token.');
  // Conforming providers put profile claims (name, roles) in UserInfo rather than the ID token.
  const userInfo = config.serverMetadata().userinfo_endpoint
    ? await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)
    : {};
  const claims: Record<string, unknown> & { iss: string; sub: string } = { ...userInfo, ...idClaims };
  const rawRoles = claims[oidc.roleClaim];
  const roles = Array.isArray(rawRoles) ? rawRoles.map(String) : typeof rawRoles === 'string' ? rawRoles.split(/[ ,]+/) : [];
  const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : null);
  const name =
    str(claims.name) ??
    ([str(claims.given_name), str(claims.family_name)].filter(Boolean).join(' ') || str(claims.email) || claims.sub);
  return { issuer: claims.iss, subject: claims.sub, name, email: str(claims.email), roles };
}
