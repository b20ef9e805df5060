import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HelpdeskAdapter } from '../shared/adapter';
import type { Language, Settings, TicketContext } from '../rules';
import { InvalidDataError } from '../shared/errors';
import { browserClipboard, insertActions, type Clipboard } from './insert';
import { uiLanguage } from './language';
import { toProblem } from './problem';
import { FRESH_INSERT, INITIAL, type PanelState } from './state';

export interface PanelStoreDeps {
  adapter: HelpdeskAdapter;
  now: () => Date;
  /** Where Copy writes; the browser's clipboard unless given. */
  clipboard?: Clipboard;
}

export type PanelStore = StoreApi<PanelState>;

type Rules = typeof import('../rules');
// The rules module and its lexicons are a quarter of the app: they load beside the helpdesk reads, after first paint.
const loadRules = (): Promise<Rules> => import('../rules');

/** How long after the agent stops typing the reply is checked. */
const CHECK_DELAY_MS = 300;

const sameCustomer = (a: TicketContext | null, b: TicketContext) => a?.id === b.id && String(a.customer.id) === String(b.customer.id);

/** The panel's one store. Tests build a fresh one with a fake adapter. */
export function createPanelStore({ adapter, now, clipboard = browserClipboard }: PanelStoreDeps): PanelStore {
  let rules: Rules | null = null;
  let settings: Settings | null = null;
  let assessedAt = now();
  let lastHeight = 0;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  // Each load takes a number; only the latest may write, so a slow read of the last ticket never lands on this one.
  let generation = 0;

  return createStore<PanelState>()((set, get) => {
    // Only called once a load has succeeded, so the rules and settings are there.
    // The rationale and the internal note come worded in the agent's language; the reply in the customer's.
    const assessWith = (context: TicketContext, override: PanelState['override'], agentLanguage: Language) =>
      rules!.assess(context, settings!, assessedAt, override ? { behaviour: override, agentLanguage } : { agentLanguage });
    /** The litmus test of a text as a reply for the current response; null before the first assessment. */
    const checkReply = (text: string) => {
      const response = get().assessment?.response;
      if (!rules || !response) return null;
      // A draft the agent wrote in Arabic is checked as Arabic, whatever the customer's language.
      const language = rules.scriptLanguage(text, response.language);
      return rules.litmus(text, settings ? { action: response.action, language, settings } : { action: response.action, language });
    };

    /** The VIP tag follows the tier onto the requester's profile; an unknown tier changes nothing, so a failed read never removes it. */
    const syncVipTag = async (mine: number) => {
      const tier = get().assessment?.ltv.tier;
      if (!adapter.syncCustomerTag || !settings || !tier || tier === 'unknown') return;
      const tag = settings.tags.vip;
      const result = await adapter.syncCustomerTag(tag, tier === 'vip').catch(() => 'failed' as const);
      if (mine === generation) set({ customerTag: { tag, result } });
    };

    return {
      ...INITIAL,
      helpdesk: adapter.helpdesk,
      draftReadable: typeof adapter.readDraft === 'function',
      async load() {
        const mine = ++generation;
        const current = () => mine === generation;
        set({ refreshing: get().assessment !== null, status: get().assessment ? get().status : 'loading' });
        try {
          const [rawSettings, locale, behaviour, read, loadedRules] = await Promise.all([
            adapter.readSettings().catch(() => undefined),
            adapter.readAgentLocale().catch(() => 'en'),
            adapter.insertBehaviour().catch(() => null),
            adapter.readContext(),
            loadRules(),
          ]);
          if (!current()) return;
          rules = loadedRules;
          const parsed = rules.parseSettings(rawSettings);
          settings = parsed.settings;
          const checked = rules.parseTicketContext(read.context);
          if (!checked.ok) throw new InvalidDataError(checked.error);
          assessedAt = now();
          const override = sameCustomer(get().context, checked.context) ? get().override : null;
          const language = uiLanguage(locale);
          const assessment = assessWith(checked.context, override, language);
          // What the classifier found is the assessment's own unless the agent overrode it: one assessment a load.
          const detected = override ? rules.assess(checked.context, settings, assessedAt).behaviour : assessment.behaviour;
          set({
            status: 'ready',
            refreshing: false,
            uiLanguage: language,
            context: checked.context,
            settingsIssues: parsed.issues,
            warnings: read.warnings,
            value: read.value ?? null,
            customerTag: null,
            assessment,
            detected: { behaviour: detected.primary, confidence: detected.confidence },
            override,
            reply: assessment.response.reply,
            replyCheck: assessment.response.litmus,
            confirmInsert: false,
            draftCheck: null,
            insertBehaviour: behaviour,
            ...FRESH_INSERT,
            loadProblem: null,
            insertProblem: null,
            copy: null,
            tagsProblem: null,
          });
        } catch (error) {
          if (!current()) return;
          set({ status: get().assessment ? 'ready' : 'error', refreshing: false, loadProblem: toProblem(error) });
          return;
        }
        await syncVipTag(mine);
      },
      overrideBehaviour(behaviour) {
        const { context, detected } = get();
        if (!context) return;
        const override = behaviour === detected?.behaviour ? null : behaviour;
        const assessment = assessWith(context, override, get().uiLanguage);
        set({ override, assessment, reply: assessment.response.reply, replyCheck: assessment.response.litmus, confirmInsert: false, ...FRESH_INSERT, insertProblem: null, copy: null, tagsProblem: null });
      },
      editReply(text) {
        set({ reply: text, confirmInsert: false, insert: { ...get().insert, reply: 'idle' } });
        clearTimeout(checkTimer);
        checkTimer = setTimeout(() => {
          if (get().reply === text) set({ replyCheck: checkReply(text) });
        }, CHECK_DELAY_MS);
      },
      keepEditing() {
        set({ confirmInsert: false });
      },
      async checkDraft() {
        if (!adapter.readDraft || !rules) return;
        set({ draftCheck: { status: 'checking', text: '', result: null, problem: null } });
        try {
          const text = await adapter.readDraft();
          set({ draftCheck: { status: 'done', text, result: checkReply(text), problem: null } });
        } catch (error) {
          set({ draftCheck: { status: 'failed', text: '', result: null, problem: toProblem(error) } });
        }
      },
      ...insertActions(adapter, clipboard, set, get, (text) => checkReply(text)),
      resize(height) {
        const rounded = Math.ceil(height);
        if (rounded === lastHeight || rounded <= 0) return;
        lastHeight = rounded;
        adapter.resize(rounded);
      },
    };
  });
}
