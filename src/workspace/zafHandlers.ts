import { resolvePath, toHtml, zafTicket, type CommentType, type Workspace } from './model';
import type { Faults } from './faults';
import type { HostHandlers } from './zafHost';
import { goesThroughProxy, throughProxy } from './proxyRequest';
import { answerRequest, type ApiStats } from './zendeskApi';

export interface TicketSession {
  workspace: Workspace;
  ticketId: number;
  faults: Faults;
  stats: ApiStats;
  /** 429s in a row under the rate-limit fault. */
  rateLimitTimes: number;
  agentLocale: () => string;
  /** The page re-renders what the app changed. */
  changed: (what: 'draft' | 'tags' | 'requests') => void;
  resize: (height: number) => void;
  /** Tags the app added, shown highlighted. */
  addedTags: Set<string>;
}

const COMMENT_TYPES: readonly CommentType[] = ['publicReply', 'internalNote'];

function stripHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return doc.body.textContent ?? '';
}

/** Answers the app's get/set/invoke/request for one ticket tab, like Zendesk's ticket sidebar. */
export function ticketHandlers(s: TicketSession): HostHandlers {
  const draft = () => {
    const found = s.workspace.drafts.get(s.ticketId);
    if (!found) throw new Error('This ticket has no editor');
    return found;
  };
  const appendToDraft = (text: string) => {
    const d = draft();
    d.text = d.text.trim() === '' ? text : `${d.text.replace(/\s+$/, '')}\n\n${text}`;
    s.changed('draft');
  };
  const ticket = () => {
    const found = s.workspace.tickets.get(s.ticketId);
    if (!found) throw new Error('The ticket is gone');
    return found;
  };

  return {
    get(path) {
      // The editor's text as Zendesk's rich-text editor gives it: HTML, `<p></p>` when empty.
      const comment = { text: toHtml(draft().text), type: draft().type };
      const root = {
        ticket: { ...zafTicket(s.workspace, s.ticketId, s.faults), comment },
        comment,
        currentUser: { id: 900, name: 'Jordan Reyes', email: 'jordan@fairline-demo.test', role: 'agent', locale: s.agentLocale() },
        currentAccount: { subdomain: 'fairline-demo', planName: 'Suite Professional' },
      };
      const { found, value } = resolvePath(root, path);
      if (!found) throw new Error(`Could not find the property ${path}`);
      return value;
    },
    set(path, value) {
      if (path === 'ticket.comment.type' || path === 'comment.type') {
        if (!COMMENT_TYPES.includes(value as CommentType)) throw new Error(`${String(value)} is not a comment type`);
        draft().type = value as CommentType;
      } else if (path === 'ticket.comment.text' || path === 'comment.text') {
        // Replaces the agent's draft, as in Zendesk; Fairline should never call it.
        draft().text = String(value);
      } else {
        throw new Error(`${path} cannot be set`);
      }
      s.changed('draft');
      return value;
    },
    invoke(name, args) {
      if (name === 'ticket.comment.appendText' || name === 'comment.appendText') return appendToDraft(String(args[0] ?? ''));
      if (name === 'ticket.comment.appendHtml' || name === 'comment.appendHtml') return appendToDraft(stripHtml(String(args[0] ?? '')));
      if (name === 'ticket.tags.add' || name === 'ticket.tags.remove') {
        const tags = args.flat().map(String);
        const t = ticket();
        if (name === 'ticket.tags.add') {
          for (const tag of tags.filter((tag) => !t.tags.includes(tag))) {
            t.tags.push(tag);
            s.addedTags.add(tag);
          }
        } else {
          t.tags = t.tags.filter((tag) => !tags.includes(tag));
        }
        s.changed('tags');
        return t.tags;
      }
      if (name === 'resize') {
        const size = (args[0] ?? {}) as { height?: unknown };
        const height = typeof size.height === 'number' ? size.height : Number.parseInt(String(size.height), 10);
        if (Number.isFinite(height)) s.resize(height);
        return undefined;
      }
      if (name === 'notify' || name === 'app.show' || name === 'app.hide') return undefined;
      throw new Error(`${name} is not an action this workspace knows`);
    },
    async request(options) {
      let response;
      if (goesThroughProxy(options)) {
        response = await throughProxy(options, s.faults);
        s.stats.log.push({ url: options.url, status: response.status, method: (options.type ?? 'GET').toUpperCase() });
      } else {
        response = await answerRequest(s.workspace, options, s.faults, s.stats, s.rateLimitTimes);
      }
      s.changed('requests');
      // A write to the requester's user tags shows on the page at once.
      if (/\/users\/\d+\/tags\.json$/.test(options.url) && options.type !== 'GET') s.changed('tags');
      return response;
    },
  };
}
