import type { ZafClient, ZafRequestOptions, ZafResult } from '../../src/adapters/zendesk/zaf';

/** What the fake Zendesk answers a REST call with. */
export interface ApiAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeZendesk {
  /** Values the ticket sidebar can `get`, by ZAF path; a missing path answers with a ZAF error. */
  paths: Record<string, unknown>;
  settings: Record<string, unknown>;
  api: (url: string, options?: ZafRequestOptions) => ApiAnswer | Promise<ApiAnswer>;
  /** Invoke names that fail, as Zendesk would answer them. */
  failingInvokes?: string[];
}

export interface FakeZafClient extends ZafClient {
  /** The ticket editor: `ticket.comment.text` and `ticket.comment.type` read it, as in Zendesk. */
  draft: { text: string; type: string };
  tags: string[];
  requests: string[];
  /** Every set and invoke, in order, as `{ name: args }` the way the SDK posts them. */
  calls: Record<string, unknown>[];
  trigger(name: string, data?: unknown): void;
}

const zafError = (path: string, message: string) => ({ name: 'Error', message, path });

/**
 * A ZAF client that answers like the SDK 2.0 does over postMessage: `get` resolves `{ [path]: value, errors }`,
 * a singular call whose path failed rejects, and `request` with `httpCompleteResponse` resolves or rejects
 * with `{ status, headers, responseText, responseJSON }`.
 */
export function fakeZafClient(zendesk: FakeZendesk): FakeZafClient {
  const handlers = new Map<string, ((data?: unknown) => void)[]>();
  const client: FakeZafClient = {
    draft: { text: '', type: 'publicReply' },
    tags: [...((zendesk.paths['ticket.tags'] as string[] | undefined) ?? [])],
    requests: [],
    calls: [],
    async get(paths) {
      const list = Array.isArray(paths) ? paths : [paths];
      const result: ZafResult = { errors: {} };
      // The editor's draft is live: what the agent typed and the type the editor is set to.
      const editor: Record<string, unknown> = { 'ticket.comment.text': client.draft.text, 'ticket.comment.type': client.draft.type };
      for (const path of list) {
        if (path in editor) result[path] = editor[path];
        else if (path in zendesk.paths) result[path] = zendesk.paths[path];
        else result.errors![path] = zafError(path, `Could not find the property ${path}`);
      }
      return singular(paths, result);
    },
    async set(path, value) {
      client.calls.push({ [`set:${path}`]: value });
      if (path !== 'ticket.comment.type') return singular(path, { errors: { [path]: zafError(path, 'cannot be set') } });
      client.draft.type = String(value);
      return { [path]: value, errors: {} };
    },
    async invoke(name, ...args) {
      client.calls.push({ [name]: args });
      if (zendesk.failingInvokes?.includes(name)) return singular(name, { errors: { [name]: zafError(name, 'is not available') } });
      if (name === 'ticket.comment.appendText') client.draft.text = client.draft.text ? `${client.draft.text}\n\n${String(args[0])}` : String(args[0]);
      if (name === 'ticket.tags.add') client.tags.push(...(args.flat() as string[]).filter((t) => !client.tags.includes(t)));
      return { [name]: null, errors: {} };
    },
    async request(options: ZafRequestOptions) {
      client.requests.push(options.url);
      const answer = await zendesk.api(options.url, options);
      const complete = { status: answer.status, headers: answer.headers ?? {}, responseText: JSON.stringify(answer.body ?? null), responseJSON: answer.body };
      if (answer.status >= 200 && answer.status < 300) return complete;
      throw complete;
    },
    async metadata() {
      return { appId: 0, installationId: 1, name: 'Fairline', version: '0.1.0', settings: zendesk.settings };
    },
    on(name, handler) {
      handlers.set(name, [...(handlers.get(name) ?? []), handler]);
    },
    off(name, handler) {
      handlers.set(name, (handlers.get(name) ?? []).filter((h) => h !== handler));
    },
    trigger(name, data) {
      for (const handler of handlers.get(name) ?? []) handler(data);
    },
  };
  return client;
}

/** The SDK's processResponse: a singular call whose path failed rejects with `"path" message`. */
function singular(path: string | string[], result: ZafResult): ZafResult {
  const error = typeof path === 'string' ? result.errors?.[path] : undefined;
  if (error) throw Object.assign(new Error(`"${path}" ${error.message ?? ''}`), { name: error.name ?? 'Error' });
  return result;
}
