import { clientCredentials } from '../companion/oauth';
import type { PullStep, StepProgress } from '../adapters/export/pull';
import type { Report } from '../adapters/export/validate';
import { pacer } from '../adapters/http/pacer';
import type { ExportRetryPolicy } from '../adapters/http/retry';
import { mailboxClient } from '../adapters/helpscout/export/client';
import { helpScoutSteps } from '../adapters/helpscout/export/steps';
import type { FieldKeys } from '../shared/fieldKeys';
import { zendeskClient } from '../adapters/zendesk/export/client';
import { zendeskAccess } from '../adapters/zendesk/export/credentials';
import { zendeskSteps } from '../adapters/zendesk/export/steps';
import type { PullArgs } from './pullArgs';

export interface SourceOptions {
  args: PullArgs;
  env: Readonly<Record<string, string | undefined>>;
  keys: FieldKeys;
  retry: ExportRetryPolicy;
  report: Report;
  progress: StepProgress;
}

/** The helpdesk's steps, wired to its credentials and budgets; or what is missing from the environment. */
export type Source = { ok: true; name: string; steps: PullStep[] } | { ok: false; errors: string[] };

/** Zendesk's incremental exports allow 10 requests a minute; the rest of the API 200 to 700 by plan, shared with agents. */
const ZENDESK_EXPORT_PER_MINUTE = 10;
const ZENDESK_API_PER_MINUTE = 100;
/** Help Scout's Mailbox API allows 200 requests a minute on the Standard plan. */
const HELPSCOUT_PER_MINUTE = 200;

function zendesk({ args, env, keys, retry, report, progress }: SourceOptions): Source {
  const access = zendeskAccess(env);
  if (!access.ok) return access;
  const turns = {
    export: pacer(args.perMinute ?? ZENDESK_EXPORT_PER_MINUTE, retry.now, retry.sleep),
    api: pacer(args.apiPerMinute ?? ZENDESK_API_PER_MINUTE, retry.now, retry.sleep),
  };
  const get = zendeskClient(access.access, retry, turns);
  return { ok: true, name: 'Zendesk', steps: zendeskSteps({ get, startTime: Math.floor(args.sinceMs / 1000), keys, report, progress, now: retry.now }) };
}

function helpscout({ args, env, keys, retry, report, progress }: SourceOptions): Source {
  const appId = env.HELPSCOUT_APP_ID?.trim();
  const appSecret = env.HELPSCOUT_APP_SECRET?.trim();
  const errors: string[] = [];
  if (!appId) errors.push('HELPSCOUT_APP_ID is not set: it is the App ID of a Help Scout OAuth app (Your Profile → My Apps).');
  if (!appSecret) errors.push('HELPSCOUT_APP_SECRET is not set: it is that OAuth app\'s App Secret.');
  let apiUrl = 'https://api.helpscout.net';
  const override = env.HELPSCOUT_API_URL?.trim();
  if (override) {
    try {
      apiUrl = new URL(override).toString().replace(/\/$/, '');
    } catch {
      errors.push(`HELPSCOUT_API_URL must be an absolute URL; it is "${override}".`);
    }
  }
  if (!appId || !appSecret || errors.length > 0) return { ok: false, errors };
  const tokens = clientCredentials({ tokenUrl: `${apiUrl}/v2/oauth2/token`, appId, appSecret, now: retry.now });
  const get = mailboxClient(apiUrl, tokens, retry, pacer(args.perMinute ?? HELPSCOUT_PER_MINUTE, retry.now, retry.sleep));
  const since = new Date(args.sinceMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { ok: true, name: 'Help Scout', steps: helpScoutSteps({ get, since, keys, report, progress }) };
}

export const SOURCES = { zendesk, helpscout } as const;
