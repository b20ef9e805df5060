import type { ApiResponse, RequestOptions } from './zendeskApi';

/** What the host page does with the app's calls; thrown errors go back to the app as ZAF errors. */
export interface HostHandlers {
  get(path: string): unknown;
  set(path: string, value: unknown): unknown;
  invoke(name: string, args: unknown[]): unknown;
  request(options: RequestOptions): Promise<ApiResponse>;
}

export interface Registration {
  context: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

interface Incoming {
  key?: string;
  message?: unknown;
  id?: number;
  request?: 'get' | 'set' | 'invoke';
  params?: unknown;
}

const errorOf = (error: unknown, path?: string) => ({
  name: 'Error',
  message: error instanceof Error ? error.message : String(error),
  ...(path ? { path } : {}),
});

/**
 * The host side of the ZAF SDK's postMessage protocol (SDK 2.0): handshake, get/set/invoke with
 * `{ id, result | error }` replies, `client.request` answered by `request:N.done|fail` events, and app events.
 */
export class ZafHost {
  private readonly subscribed = new Set<string>();
  private readonly onMessage = (event: MessageEvent) => this.receive(event);

  constructor(
    private readonly frame: HTMLIFrameElement,
    private readonly appOrigin: string,
    private readonly handlers: HostHandlers,
    private readonly registration: () => Registration,
  ) {
    window.addEventListener('message', this.onMessage);
  }

  dispose(): void {
    window.removeEventListener('message', this.onMessage);
  }

  /** Fires a ZAF event in the app, such as `ticket.requester.id.changed`. */
  trigger(name: string, message?: unknown): void {
    this.send({ key: `zaf.${name}`, message });
  }

  isSubscribed(name: string): boolean {
    return this.subscribed.has(name);
  }

  private send(data: unknown): void {
    this.frame.contentWindow?.postMessage(JSON.stringify(data), this.appOrigin);
  }

  private receive(event: MessageEvent): void {
    if (event.source !== this.frame.contentWindow || event.origin !== this.appOrigin) return;
    let data: Incoming;
    try {
      data = (typeof event.data === 'string' ? JSON.parse(event.data) : event.data) as Incoming;
    } catch {
      return;
    }
    if (data.request && typeof data.id === 'number') this.answer(data.id, data.request, data.params);
    else if (data.key === 'iframe.handshake') this.send({ key: 'zaf.app.registered', message: this.registration() });
    else if (data.key?.startsWith('iframe.on:')) this.subscribed.add(data.key.slice('iframe.on:'.length));
    else if (data.key?.startsWith('request:')) void this.forward(data.key, data.message as RequestOptions);
  }

  private answer(id: number, request: 'get' | 'set' | 'invoke', params: unknown): void {
    const result: Record<string, unknown> = {};
    const errors: Record<string, unknown> = {};
    const entries: [string, unknown][] =
      request === 'get' && Array.isArray(params) ? params.map((p) => [String(p), undefined]) : Object.entries((params ?? {}) as object);
    for (const [path, value] of entries) {
      try {
        if (request === 'get') result[path] = this.handlers.get(path);
        else if (request === 'set') result[path] = this.handlers.set(path, value);
        else result[path] = this.handlers.invoke(path, Array.isArray(value) ? value : [value]);
      } catch (error) {
        errors[path] = errorOf(error, path);
      }
    }
    this.send({ id, result: { ...result, errors } });
  }

  /** Real ZAF resolves with `[data, status, xhr]`, or with one full response when `httpCompleteResponse` is set. */
  private async forward(key: string, options: RequestOptions): Promise<void> {
    const response = await this.handlers.request(options);
    const ok = response.status >= 200 && response.status < 300;
    const responseText = JSON.stringify(response.body);
    const complete = { status: response.status, headers: response.headers, responseText, responseJSON: response.body };
    const responseArgs = options.httpCompleteResponse
      ? [complete]
      : ok
        ? [response.body, 'success', { status: response.status, responseText }]
        : [{ ...complete, statusText: String(response.status) }, 'error', String(response.status)];
    this.send({ key: `zaf.${key}.${ok ? 'done' : 'fail'}`, message: { responseArgs } });
  }
}
