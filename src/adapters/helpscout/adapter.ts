import { type ContextRead, type HelpdeskAdapter, type ReadWarning } from '../../shared/adapter';
import { InvalidDataError, NetworkError, RateLimitedError } from '../../shared/errors';
import { fieldKeys } from '../../shared/fieldKeys';
import { withTimeout } from '../../shared/retry';
import type { CompanionSettings } from '../../shared/companionWire';
import type { CompanionClient } from './companion';
import { openConversation, toHistory, toTicket } from './context';
import { behaviourFor } from './insertMode';
import { message } from './messages';
import type { HelpScoutContext, HelpScoutSdk } from './sdk';

export interface HelpScoutAdapterOptions {
  sdk: HelpScoutSdk;
  companion: CompanionClient;
  /** The agent's locale; the SDK does not give one, so the browser's is used. */
  locale?: () => string;
  /** How long to wait for Help Scout's first context before saying it did not answer. */
  contextTimeoutMs?: number;
}

const browserLocale = () => (typeof navigator === 'undefined' ? 'en' : navigator.language || 'en');
const who = (c: HelpScoutContext) => `${c.conversation?.id ?? ''}/${c.customer?.id ?? ''}`;

/**
 * The Help Scout sidebar: context from the SDK, threads and history through the companion server. Neither Insert
 * nor the tags touch Help Scout's editor, so both say what they did (`InsertResult`, `TagsResult`).
 */
export function createHelpScoutAdapter({ sdk, companion, locale = browserLocale, contextTimeoutMs = 8000 }: HelpScoutAdapterOptions): HelpdeskAdapter {
  // Each SDK read adds a window listener that is never removed, so the context is asked for once and then watched.
  let context: Promise<HelpScoutContext> | null = null;
  let openId: number | null = null;
  const listeners = new Set<() => void>();
  let watching = false;
  let settings: Promise<CompanionSettings> | null = null;
  const readConfig = () => {
    settings ??= companion.config();
    settings.catch(() => (settings = null));
    return settings;
  };
  // When the server's settings cannot be read, nothing is written through it: the clipboard and a notification.
  const behaviour = () => readConfig().then((c) => behaviourFor(c.writeDrafts), () => behaviourFor(false));

  const watch = () => {
    if (watching) return;
    watching = true;
    sdk.watchApplicationContext((next) => {
      const previous = context;
      context = Promise.resolve(next);
      void previous?.then((before) => who(before) !== who(next) && listeners.forEach((l) => l()), () => undefined);
    });
  };
  const currentContext = () => {
    watch();
    context ??= withTimeout(sdk.getApplicationContext(), contextTimeoutMs, () => new NetworkError('Help Scout did not send the conversation: is the app open inside Help Scout?'));
    context.catch(() => (context = null));
    return context;
  };
  const conversationId = () => {
    if (openId === null) throw new InvalidDataError('No Help Scout conversation has been read yet');
    return openId;
  };

  return {
    helpdesk: 'Help Scout',
    readSettings: () => readConfig().then((c) => c.settings),
    readAgentLocale: async () => locale(),
    async readContext(): Promise<ContextRead> {
      const [sdkContext, config] = await Promise.all([currentContext(), readConfig()]);
      const keys = fieldKeys(config.settings);
      const open = openConversation(sdkContext, keys.keys);
      openId = open.id;
      const { threads } = await companion.threads(open.id);
      const { ticket, unreadable } = toTicket(open, threads);
      const warnings: ReadWarning[] = [...keys.warnings, ...open.warnings];
      if (unreadable > 0) warnings.push({ code: 'comments_unreadable', values: { count: unreadable } });
      const read: ContextRead = { context: { id: String(open.id), ticket, customer: open.customer, history: [] }, warnings };
      if (typeof open.customer.id !== 'number') return read;
      try {
        const page = await companion.history(open.customer.id, open.id);
        read.context.history = toHistory(page.conversations);
        if (page.truncated) warnings.push({ code: 'history_truncated', values: { count: page.conversations.length } });
      } catch (error) {
        warnings.push(error instanceof RateLimitedError ? { code: 'history_rate_limited', values: { seconds: Math.ceil(error.retryAfterMs / 1000) } } : { code: 'history_unavailable' });
      }
      return read;
    },
    insertBehaviour: behaviour,
    async insertReply(text, { internal }) {
      const id = conversationId();
      // The SDK cannot write into Help Scout's editor: a draft through the API when allowed, else the clipboard.
      if ((await behaviour())[internal ? 'note' : 'reply'] === 'draft') {
        await companion.saveDraft(id, text);
        sdk.showNotification('SUCCESS', message(locale(), 'draftSaved'));
        return { mode: 'draft' };
      }
      sdk.setClipboardText(text, message(locale(), internal ? 'noteCopied' : 'replyCopied'));
      return { mode: 'clipboard' };
    },
    async addTags(tags) {
      const id = conversationId();
      const applied = (await behaviour()).tagsApplied;
      if (tags.length === 0) return { applied };
      if (applied) await companion.addTags(id, tags);
      else sdk.showNotification('MESSAGE', message(locale(), 'addTags', tags), { timeout: 15_000 });
      return { applied };
    },
    resize(height) {
      sdk.setAppHeight(Math.ceil(height));
    },
    onContextChange(listener) {
      watch();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
