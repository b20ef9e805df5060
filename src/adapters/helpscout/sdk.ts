import type { Context, NotificationType } from '@helpscout/javascript-sdk';

export type { Context as HelpScoutContext } from '@helpscout/javascript-sdk';

/**
 * The part of `@helpscout/javascript-sdk` Fairline uses. The SDK posts to its parent only when
 * `document.referrer` is a Help Scout origin, and never rejects: outside Help Scout a read simply never answers.
 */
export interface HelpScoutSdk {
  getApplicationContext(): Promise<Context>;
  watchApplicationContext(callback: (context: Context) => void): void;
  setClipboardText(text: string, successMessage?: string): void;
  setAppHeight(height: number): void;
  showNotification(type: NotificationType, text: string, options?: { timeout?: number }): void;
}
