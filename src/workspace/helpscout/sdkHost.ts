import type { Context } from '@helpscout/javascript-sdk';

/** What the host page does with the app's calls through `@helpscout/javascript-sdk`. */
export interface SdkHandlers {
  context(): Context;
  copy(text: string, successMessage: string): void;
  notify(type: string, message: string): void;
  resize(height: number): void;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * Help Scout's side of the SDK's postMessage protocol (SDK 0.10): the app posts `{ type, value, appId, iframeId }`
 * to its parent, and the context comes back as `{ type: 'SEND_APP_CONTEXT', ...context }`. The SDK accepts answers
 * only from a Help Scout origin, which is why this page is served on one.
 */
export class HelpScoutSdkHost {
  private readonly onMessage = (event: MessageEvent) => this.receive(event);

  constructor(
    private readonly frame: HTMLIFrameElement,
    private readonly appOrigin: string,
    private readonly handlers: SdkHandlers,
  ) {
    window.addEventListener('message', this.onMessage);
  }

  dispose(): void {
    window.removeEventListener('message', this.onMessage);
  }

  /** Help Scout posts the context again when the conversation changes under the app. */
  sendContext(): void {
    this.send({ type: 'SEND_APP_CONTEXT', ...this.handlers.context() });
  }

  private send(data: Record<string, unknown>): void {
    this.frame.contentWindow?.postMessage(data, this.appOrigin);
  }

  private receive(event: MessageEvent): void {
    if (event.source !== this.frame.contentWindow || event.origin !== this.appOrigin || !isRecord(event.data)) return;
    const { type, value } = event.data;
    const fields = isRecord(value) ? value : {};
    if (type === 'GET_APP_CONTEXT') this.sendContext();
    else if (type === 'GET_APP_STYLES') this.send({ type: 'SEND_APP_STYLES', styles: '' });
    else if (type === 'SET_APP_HEIGHT' && typeof value === 'number') this.handlers.resize(value);
    else if (type === 'SET_CLIPBOARD_TEXT') this.handlers.copy(text(fields.text), text(fields.successMessage) || 'Text copied');
    else if (type === 'SHOW_NOTIFICATION') this.handlers.notify(text(fields.type) || 'MESSAGE', text(fields.message));
  }
}
