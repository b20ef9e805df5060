/** The part of the ZAF SDK 2.0 client Fairline uses; the SDK ships no types. */

export interface ZafError {
  name?: string;
  message?: string;
  path?: string;
}

/** `get`, `set` and `invoke` resolve with one key per path, plus `errors` for the paths that failed. */
export type ZafResult = Record<string, unknown> & { errors?: Record<string, ZafError> };

export interface ZafRequestOptions {
  url: string;
  type?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Failures then carry `status`, `headers` (Retry-After) and `responseText`. */
  httpCompleteResponse?: boolean;
  headers?: Record<string, string>;
  contentType?: string;
  data?: string;
  /** Through Zendesk's proxy, which puts `{{setting.name}}` of secure settings in, out of the browser's reach. */
  secure?: boolean;
  /** Through the proxy rather than from the browser (needed for other hosts than Zendesk). */
  cors?: boolean;
  /** The proxy signs a JWT with a secure setting and puts it where `{{jwt.token}}` stands. */
  jwt?: { algorithm: 'HS256'; secret_key: string; expiry?: number; claims?: Record<string, unknown> };
}

/** What `request` resolves or rejects with when `httpCompleteResponse` is set. */
export interface ZafCompleteResponse {
  status?: number;
  headers?: Record<string, string>;
  responseText?: string;
  responseJSON?: unknown;
}

export interface ZafMetadata {
  settings?: unknown;
}

export interface ZafClient {
  get(paths: string | string[]): Promise<ZafResult>;
  set(path: string, value: unknown): Promise<ZafResult>;
  invoke(name: string, ...args: unknown[]): Promise<ZafResult>;
  request(options: ZafRequestOptions): Promise<unknown>;
  metadata(): Promise<ZafMetadata>;
  on(name: string, handler: (data?: unknown) => void): void;
  off(name: string, handler: (data?: unknown) => void): void;
}

interface ZafGlobal {
  init(): ZafClient | false;
}

/** The client from the SDK script the app's HTML loads; null outside a Zendesk frame. */
export function initZafClient(): ZafClient | null {
  const sdk = (window as unknown as { ZAFClient?: ZafGlobal }).ZAFClient;
  return sdk?.init() || null;
}
