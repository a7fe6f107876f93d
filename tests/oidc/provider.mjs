// A real OpenID provider for the tests (npm's oidc-provider, OpenID-certified), never shipped:
//   node tests/oidc/provider.mjs PORT REDIRECT_URI POST_LOGOUT_URI
// The module comes from PKP_OIDC_PROVIDER_MODULE (xtask installs it under .tools/npm). One client,
// `plesk-keys` / `plesk-keys-test-secret`; the development login form accepts any password and
// names the account by its login; three people carry groups in their ID token.
const [port, redirectUri, postLogoutUri] = process.argv.slice(2);
const modulePath = process.env.PKP_OIDC_PROVIDER_MODULE;
if (!port || !redirectUri || !modulePath) {
  console.error('usage: PKP_OIDC_PROVIDER_MODULE=… node provider.mjs PORT REDIRECT_URI [POST_LOGOUT_URI]');
  process.exit(2);
}
// PKP_OIDC_CLOCK_OFFSET (seconds): the provider's clock runs that far from the machine's.
const offset = Number(process.env.PKP_OIDC_CLOCK_OFFSET || 0) * 1000;
if (offset) {
  const realNow = Date.now;
  Date.now = () => realNow() + offset;
}
const { default: Provider } = await import(modulePath);
const { generateKeyPairSync } = await import('node:crypto');

// PKP_OIDC_KEY_ID: sign with a key of our own under that `kid` (a provider that rotated its keys);
// otherwise the provider's fixed development key.
const keyId = process.env.PKP_OIDC_KEY_ID;
const jwks = keyId
  ? { keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: keyId, use: 'sig', alg: 'RS256' }] }
  : undefined;

const people = {
  ana: { email: 'ana@example.com', name: 'Ana Silva', groups: ['resellers-1'] },
  root: { email: 'root@example.com', name: 'Root Admin', groups: ['platform'] },
  sam: { email: 'sam@example.com', name: 'Sam Support', groups: ['support'] },
};

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [{
    client_id: 'plesk-keys',
    client_secret: 'plesk-keys-test-secret',
    redirect_uris: [redirectUri],
    post_logout_redirect_uris: postLogoutUri ? [postLogoutUri] : [],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  }],
  pkce: { methods: ['S256'], required: () => true },
  scopes: ['openid', 'email', 'profile', 'groups'],
  claims: { openid: ['sub'], email: ['email'], profile: ['name'], groups: ['groups'] },
  // The claims of the scopes asked for go into the ID token itself — unless PKP_OIDC_USERINFO_ONLY
  // is set: then they are at the userinfo endpoint only (as the specification has it).
  conformIdTokenClaims: Boolean(process.env.PKP_OIDC_USERINFO_ONLY),
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  // Our own cookies are __Host-pkp-*: no clash with the provider's on the same host.
  cookies: { keys: ['plesk-keys-test-cookie-key'] },
  ...(jwks ? { jwks } : {}),
  async findAccount(ctx, id) {
    return { accountId: id, async claims() { return { sub: id, ...(people[id] ?? {}) }; } };
  },
});
provider.proxy = false;
provider.listen(Number(port), '127.0.0.1', () => console.log(`ready http://127.0.0.1:${port}`));
