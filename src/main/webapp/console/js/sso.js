// Logging in through the portal's single sign-on (统一身份认证): OpenID Connect authorisation code
// with PKCE (S256), state and nonce. The browser goes to the SSO and comes back to the console with
// ?code=…&state=…; Gongkai's server exchanges the code (POST auth/sso/token with the verifier kept
// here), because the console's Content-Security-Policy lets it talk to its own origin only.

import { get, post, setToken } from './api.js';

const PENDING = 'gongkai.console.sso';

/** The SSO configuration ({configured, authorizationUrl, clientId, scope}); unconfigured on error. */
export async function ssoConfiguration() {
  try {
    return (await get('auth/sso', { anonymous: true })).data;
  } catch {
    return { configured: false };
  }
}

function random(bytes) {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64url(bytes) {
  let s = '';
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The console's own address, without query or hash: the redirect URI registered at the SSO. */
function redirectUri() {
  return `${location.origin}${location.pathname}`;
}

/** Sends the browser to the SSO's login; it comes back to {@link completeSsoLogin}. */
export async function startSsoLogin(config, returnTo) {
  const verifier = random(32);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = random(16);
  const nonce = random(16);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, nonce, redirectUri: redirectUri(), returnTo }));
  const url = new URL(config.authorizationUrl);
  const params = {
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: config.scope || 'openid',
    state,
    nonce,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  location.assign(url.toString());
}

/**
 * When the page is the SSO's answer (?code or ?error with state), finishes the login: the state
 * must be the one this tab sent; then the code is exchanged and the token kept like a password
 * login's. Resolves to null when there was nothing to do, else to {returnTo} or throws an Error
 * whose message is for the editor.
 */
export async function completeSsoLogin() {
  const q = new URLSearchParams(location.search);
  if (!q.has('state') || !(q.has('code') || q.has('error'))) return null;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', `${location.pathname}${(pending && pending.returnTo) || '#/items'}`);
  if (!pending || pending.state !== q.get('state')) {
    throw new Error('统一身份认证的返回与本次登录不符，请重新登录。');
  }
  if (q.has('error')) {
    throw new Error(`统一身份认证未完成登录（${q.get('error')}）。`);
  }
  const r = await post('auth/sso/token', {
    anonymous: true,
    json: { code: q.get('code'), codeVerifier: pending.verifier, redirectUri: pending.redirectUri, nonce: pending.nonce },
  });
  setToken(r.data.token);
  return { returnTo: pending.returnTo };
}
