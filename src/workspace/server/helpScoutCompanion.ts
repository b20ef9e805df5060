import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { mailboxApi } from '../../companion/api';
import { buildCompanion } from '../../companion/app';
import { readConfig } from '../../companion/config';
import { mailbox } from '../../companion/mailbox';
import { clientCredentials } from '../../companion/oauth';
import { shopifyValue } from '../../companion/shopify';
import { sign } from '../../companion/signature';
import { startFakeMailbox, type FakeMailbox } from '../helpscout/mailboxServer';
import { MAILBOX } from '../helpscout/model';
import { createWorkspace } from '../model';
import { demoSettings } from '../settings';

/** The real companion server on loopback, reading a fake Mailbox API seeded from the demo data. */
export interface DemoCompanion {
  /** The companion's own address on loopback, such as `http://127.0.0.1:43121`. */
  url: string;
  fake: FakeMailbox;
  writeDrafts: boolean;
  /** The callback URL's query as Help Scout would sign it for an agent viewing this conversation. */
  signedQuery(conversationId: number): string | null;
  /** What the fake Help Scout holds for a conversation now: its tags and the draft replies saved to it. */
  conversation(conversationId: number): { tags: string[]; drafts: string[] } | null;
  close(): Promise<void>;
}

export interface DemoCompanionOptions {
  /** The Help Scout build the companion serves (dist-helpscout/). */
  appDir: string;
  /** The Zendesk build's manifest, for the same installation settings as Zendesk mode. */
  manifestPath: string;
  /** The host page's origin, the only one allowed to frame the app. */
  hostOrigin: string;
  writeDrafts: boolean;
  /** The fake shop the companion reads Shopify values from, with its app's client credentials. */
  shopify?: { url: string; clientId: string; clientSecret: string };
  /** The secret Zendesk's proxy (here the workspace server) signs value requests with. */
  zendeskJwtSecret?: string;
}

/** The reply text back from the HTML the companion sends Help Scout: paragraphs, line breaks and escaped characters. */
export const htmlToText = (html: string) =>
  html
    .replace(/<\/p>\s*<p>/g, '\n\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/?p>/g, '')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));

export async function startDemoCompanion({ appDir, manifestPath, hostOrigin, writeDrafts, shopify, zendeskJwtSecret }: DemoCompanionOptions): Promise<DemoCompanion> {
  // Demo credentials, new at each start: the workspace plays both Help Scout and the admin who set the app up.
  const [appId, appSecret, signatureSecret] = [8, 24, 24].map((n) => randomBytes(n).toString('hex')) as [string, string, string];
  const workspace = createWorkspace(Date.now());
  const fake = await startFakeMailbox(workspace, { clientId: appId, clientSecret: appSecret });
  const manifest: unknown = JSON.parse(await readFile(manifestPath, 'utf8').catch(() => 'null'));
  const result = readConfig({
    HELPSCOUT_APP_ID: appId,
    HELPSCOUT_APP_SECRET: appSecret,
    HELPSCOUT_SIGNATURE_SECRET: signatureSecret,
    HELPSCOUT_API_URL: fake.url,
    FAIRLINE_WRITE_DRAFTS: writeDrafts ? 'on' : 'off',
    FAIRLINE_SETTINGS: JSON.stringify(demoSettings(manifest)),
    FAIRLINE_FRAME_ANCESTORS: hostOrigin,
    SHOPIFY_SHOP_URL: shopify?.url,
    SHOPIFY_CLIENT_ID: shopify?.clientId,
    SHOPIFY_CLIENT_SECRET: shopify?.clientSecret,
    FAIRLINE_ZENDESK_JWT_SECRET: zendeskJwtSecret,
  });
  if (!result.ok) {
    await fake.close();
    throw new Error(`The workspace could not configure the companion server:\n${result.errors.join('\n')}`);
  }
  const { config } = result;
  const tokens = clientCredentials({ tokenUrl: `${config.apiUrl}/v2/oauth2/token`, appId, appSecret, now: Date.now });
  const shop = config.shopify;
  const shopTokens = shop && clientCredentials({ tokenUrl: `${shop.shopUrl}/admin/oauth/access_token`, service: 'Shopify', appId: shop.clientId, appSecret: shop.clientSecret, now: Date.now });
  const app: FastifyInstance = await buildCompanion({
    config,
    mailbox: mailbox(mailboxApi(config.apiUrl, tokens), Date.now),
    appDir,
    shopify: shop && shopTokens ? shopifyValue(shop.shopUrl, shopTokens) : null,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });

  return {
    url,
    fake,
    writeDrafts: config.writeDrafts,
    signedQuery(conversationId) {
      const ticket = workspace.tickets.get(conversationId);
      if (!ticket || !workspace.openIds.includes(conversationId)) return null;
      // The parameters Help Scout's guide names, signed over their JSON in this order, as Help Scout does.
      const params = { 'conversation-id': String(ticket.id), 'customer-id': String(ticket.requesterId), 'mailbox-id': String(MAILBOX.id) };
      return new URLSearchParams({ ...params, 'X-HelpScout-Signature': sign(JSON.stringify(params), signatureSecret) }).toString();
    },
    conversation(conversationId) {
      const ticket = workspace.tickets.get(conversationId);
      if (!ticket) return null;
      const drafts = fake.replies.filter((r) => r.conversationId === conversationId).map((r) => htmlToText(String(r.body.text ?? '')));
      return { tags: [...ticket.tags], drafts };
    },
    async close() {
      await app.close();
      await fake.close();
    },
  };
}
