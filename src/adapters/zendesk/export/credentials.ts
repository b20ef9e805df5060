/** How the pull signs in to Zendesk, read from the environment only: never from arguments, never printed. */
export interface ZendeskAccess {
  /** https://{subdomain}.zendesk.com, or ZENDESK_API_URL (tests and proxies). */
  baseUrl: string;
  authorization: string;
}

type Env = Readonly<Record<string, string | undefined>>;

const SUBDOMAIN = /^[a-z0-9][a-z0-9-]{0,62}$/i;

/** The access, or every missing or malformed variable as one plain line. */
export function zendeskAccess(env: Env): { ok: true; access: ZendeskAccess } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const subdomain = env.ZENDESK_SUBDOMAIN?.trim() ?? '';
  const override = env.ZENDESK_API_URL?.trim() ?? '';
  let baseUrl = '';
  if (override) {
    try {
      baseUrl = new URL(override).toString().replace(/\/$/, '');
    } catch {
      errors.push(`ZENDESK_API_URL must be an absolute URL; it is "${override}".`);
    }
  } else if (!subdomain) errors.push('ZENDESK_SUBDOMAIN is not set: it is the account\'s subdomain, "acme" for acme.zendesk.com.');
  else if (!SUBDOMAIN.test(subdomain)) errors.push(`ZENDESK_SUBDOMAIN must be a subdomain such as "acme", not "${subdomain}".`);
  else baseUrl = `https://${subdomain}.zendesk.com`;

  const oauth = env.ZENDESK_OAUTH_TOKEN?.trim();
  const email = env.ZENDESK_EMAIL?.trim();
  const token = env.ZENDESK_API_TOKEN?.trim();
  let authorization = '';
  if (oauth) authorization = `Bearer ${oauth}`;
  else if (email && token) authorization = `Basic ${Buffer.from(`${email}/token:${token}`).toString('base64')}`;
  else errors.push('Set ZENDESK_EMAIL and ZENDESK_API_TOKEN (an admin\'s API token), or ZENDESK_OAUTH_TOKEN: the export endpoints are for admins.');
  return errors.length > 0 ? { ok: false, errors } : { ok: true, access: { baseUrl, authorization } };
}
