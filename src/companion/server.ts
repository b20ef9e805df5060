/** `npm run companion`: reads the environment, then serves the Help Scout app and its API proxy. */
import { join } from 'node:path';
import { mailboxApi } from './api';
import { buildCompanion } from './app';
import { readConfig } from './config';
import { mailbox } from './mailbox';
import { clientCredentials } from './oauth';
import { shopifyValue } from './shopify';

export const HELPSCOUT_DIST = join(import.meta.dirname, '..', '..', 'dist-helpscout');

const result = readConfig(process.env);
if (!result.ok) {
  console.error(`Fairline's companion server cannot start:\n${result.errors.map((e) => `  - ${e}`).join('\n')}\nSee docs/helpscout.md.`);
  process.exit(1);
}
const { config } = result;
const tokens = clientCredentials({ tokenUrl: `${config.apiUrl}/v2/oauth2/token`, appId: config.appId, appSecret: config.appSecret, now: Date.now });
const shop = config.shopify;
const shopify = shop
  ? shopifyValue(shop.shopUrl, clientCredentials({ tokenUrl: `${shop.shopUrl}/admin/oauth/access_token`, service: 'Shopify', appId: shop.clientId, appSecret: shop.clientSecret, now: Date.now }))
  : null;
const app = await buildCompanion({ config, mailbox: mailbox(mailboxApi(config.apiUrl, tokens), Date.now), appDir: HELPSCOUT_DIST, logStream: process.stdout, shopify });
await app.listen({ port: config.port, host: config.host });
