import type { ExternalSource, ValueSource } from '../../shared/valueSource';
import { NotConfiguredError, SourceNotLoadedError } from './errors';
import type { Send } from './send';
import type { ValueSettings } from './settings';

/** How each source is named in messages and errors. */
export const SOURCE_NAMES: Record<ExternalSource, string> = { stripe: 'Stripe', shopify: 'the Fairline server (Shopify)', endpoint: 'the value endpoint' };

const notConfigured = (name: ExternalSource, setting: string): ValueSource => ({
  name,
  read: () => Promise.reject(new NotConfiguredError(`${name} is chosen in valueSources but ${setting} is not set`)),
});

/**
 * A source whose code is loaded the first time it is asked: most accounts use the user field alone, so the sources'
 * readers stay out of the sidebar's first script. A load that fails is tried again at the next read: a connection that
 * dropped while the code downloaded must not leave the source broken until the sidebar is reloaded.
 */
export const loaded = (name: ExternalSource, load: () => Promise<ValueSource>): ValueSource => {
  let source: Promise<ValueSource> | null = null;
  const start = () =>
    load().catch((error: unknown) => {
      source = null;
      throw new SourceNotLoadedError(`The code that reads ${SOURCE_NAMES[name]} could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    });
  return { name, read: async (who) => (await (source ??= start())).read(who) };
};

/** The sources the settings name, in their order; `sendTo` binds the retry policy and the name errors carry. */
export function valueSources(settings: ValueSettings, sendTo: (name: string) => Send): ValueSource[] {
  return settings.order.map((name) => {
    const send = sendTo(SOURCE_NAMES[name]);
    if (name === 'stripe') return loaded(name, async () => (await import('./stripe')).stripeSource(send, settings.accountCurrency));
    const { endpointUrl, companionUrl } = settings;
    if (name === 'endpoint') return endpointUrl ? loaded(name, async () => (await import('./endpoint')).endpointSource(send, endpointUrl)) : notConfigured(name, 'valueEndpointUrl');
    return companionUrl ? loaded(name, async () => (await import('./shopify')).shopifySource(send, companionUrl)) : notConfigured(name, 'companionUrl');
  });
}
