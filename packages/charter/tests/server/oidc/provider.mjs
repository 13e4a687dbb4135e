// A real OpenID Connect provider (the `oidc-provider` npm package) on loopback, for Charter's tests.
// Usage: node provider.mjs CONFIG.json  -- prints "ready <issuer>" once listening.
// CONFIG: {port, issuer, audience, jwks: {keys: [private JWKs]}, clients: [...], accounts_file}
// The accounts file ({"alice": {"groups": [...]}}) is re-read at every lookup, so a test can
// change a user's groups between two logins.
import fs from 'node:fs';
import Provider from 'oidc-provider';

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const accounts = () => JSON.parse(fs.readFileSync(config.accounts_file, 'utf8'));
const groupsOf = (id) => (accounts()[id] || {}).groups || [];

const provider = new Provider(config.issuer, {
  clients: config.clients,
  jwks: config.jwks,
  cookies: { keys: ['charter-test-cookie-key'] },
  pkce: { required: () => true },
  claims: { openid: ['sub'], profile: ['preferred_username'], groups: ['groups'] },
  scopes: ['openid', 'profile', 'groups', 'api'],
  async findAccount(ctx, id) {
    return { accountId: id, async claims() { return { sub: id, preferred_username: id, groups: groupsOf(id) }; } };
  },
  async extraTokenClaims(ctx, token) {
    return token.accountId ? { groups: groupsOf(token.accountId) } : undefined;
  },
  features: {
    devInteractions: { enabled: true },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => config.audience,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'api', audience: config.audience, accessTokenTTL: config.access_token_ttl || 300,
        accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  // The consent prompt is still shown (the test submits it like a person would).
  ttl: { AccessToken: 300, ClientCredentials: 300, IdToken: 300, Interaction: 600, Session: 3600, Grant: 3600 },
});
provider.proxy = false;
const server = provider.listen(config.port, '127.0.0.1', () => {
  console.log(`ready ${config.issuer}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
