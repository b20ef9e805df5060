import type { Context } from '@helpscout/javascript-sdk';
import type { CompanionClient } from '../../src/adapters/helpscout/companion';
import type { ApiConversation, ApiThread, CompanionSettings } from '../../src/shared/companionWire';
import type { HelpScoutSdk } from '../../src/adapters/helpscout/sdk';

export interface FakeSdk extends HelpScoutSdk {
  clipboard: { text: string; successMessage?: string }[];
  notifications: { type: string; text: string }[];
  heights: number[];
  /** Help Scout pushes a new context, as it does when the agent opens another conversation. */
  push(context: Context): void;
}

/** The SDK's surface; `context` is what Help Scout answers GET_APP_CONTEXT with (null: it never answers). */
export function fakeSdk(context: Context | null): FakeSdk {
  const watchers: ((c: Context) => void)[] = [];
  return {
    clipboard: [],
    notifications: [],
    heights: [],
    getApplicationContext: () => (context ? Promise.resolve(structuredClone(context)) : new Promise<Context>(() => undefined)),
    watchApplicationContext: (callback) => void watchers.push(callback),
    setClipboardText(text, successMessage) {
      this.clipboard.push(successMessage === undefined ? { text } : { text, successMessage });
    },
    setAppHeight(height) {
      this.heights.push(height);
    },
    showNotification(type, text) {
      this.notifications.push({ type, text });
    },
    push: (next) => watchers.forEach((w) => w(next)),
  };
}

export interface FakeCompanion extends CompanionClient {
  drafts: { id: number; text: string }[];
  tagged: { id: number; tags: readonly string[] }[];
}

/** The companion server's answers, in memory; `fail` makes a call reject with the given error. */
export function fakeCompanion(data: { settings?: Record<string, unknown>; writeDrafts?: boolean; threads: ApiThread[]; history?: ApiConversation[]; fail?: Partial<Record<keyof CompanionClient, Error>> }): FakeCompanion {
  const failing = <T,>(name: keyof CompanionClient, value: T) => (data.fail?.[name] ? Promise.reject(data.fail[name]) : Promise.resolve(value));
  const config: CompanionSettings = { settings: data.settings ?? {}, writeDrafts: data.writeDrafts ?? false };
  const fake: FakeCompanion = {
    drafts: [],
    tagged: [],
    config: () => failing('config', config),
    threads: () => failing('threads', { threads: data.threads, truncated: false }),
    history: () => failing('history', { conversations: data.history ?? [], truncated: false }),
    saveDraft: (id, text) => failing('saveDraft', undefined).then(() => void fake.drafts.push({ id, text })),
    addTags: (id, tags) => failing('addTags', undefined).then(() => void fake.tagged.push({ id, tags })),
  };
  return fake;
}
