import type { ExternalSource, ValueSource } from '../../shared/valueSource';
import { endpointSource } from './endpoint';
import { NotConfiguredError } from './errors';
import type { Send } from './send';
import type { ValueSettings } from './settings';
import { shopifySource } from './shopify';
import { stripeSource } from './stripe';

/** How each source is named in messages and errors. */
export const SOURCE_NAMES: Record<ExternalSource, string> = { stripe: 'Stripe', shopify: 'the Fairline server (Shopify)', endpoint: 'the value endpoint' };

const notConfigured = (name: ExternalSource, setting: string): ValueSource => ({
  name,
  read: () => Promise.reject(new NotConfiguredError(`${name} is chosen in valueSources but ${setting} is not set`)),
});

/** The sources the settings name, in their order; `sendTo` binds the retry policy and the name errors carry. */
export function valueSources(settings: ValueSettings, sendTo: (name: string) => Send): ValueSource[] {
  return settings.order.map((name) => {
    const send = sendTo(SOURCE_NAMES[name]);
    if (name === 'stripe') return stripeSource(send, settings.accountCurrency);
    if (name === 'endpoint') return settings.endpointUrl ? endpointSource(send, settings.endpointUrl) : notConfigured(name, 'valueEndpointUrl');
    return settings.companionUrl ? shopifySource(send, settings.companionUrl) : notConfigured(name, 'companionUrl');
  });
}
