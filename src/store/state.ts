import type { CustomerTagResult, InsertBehaviour, InsertMode, ReadWarning } from '../shared/adapter';
import type { ValueFigure } from '../shared/valueSource';
import type { Assessment, Behaviour, Language, LitmusResult, TicketContext } from '../rules';
import type { Problem } from './problem';

export type LoadStatus = 'loading' | 'ready' | 'error';
export type InsertStatus = 'idle' | 'inserting' | 'inserted' | 'failed';
export type InsertTarget = 'reply' | 'note';
/** What Copy can put on the clipboard: the reply, the note, or the public answer to a posted review. */
export type CopyTarget = InsertTarget | 'review';

/** Why the reply or the note did not go into the editor. */
export interface InsertProblem extends Problem {
  target: InsertTarget;
}

/** What the tag step did: which tags, and whether they were added or only shown to the agent to add by hand. */
export interface TagsOutcome {
  tags: string[];
  applied: boolean;
}

/** The last Copy: what was copied, and whether the browser let it. */
export interface CopyStatus {
  target: CopyTarget;
  done: boolean;
}

/** The litmus test of what the agent typed in the helpdesk's own editor (Check my draft). */
export interface DraftCheck {
  status: 'checking' | 'done' | 'failed';
  /** The draft as read, with the findings' offsets into it. */
  text: string;
  result: LitmusResult | null;
  problem: Problem | null;
}

export interface PanelData {
  status: LoadStatus;
  /** A reload is running while the last assessment stays on screen. */
  refreshing: boolean;
  uiLanguage: Language;
  /** The helpdesk the panel runs in, as its messages name it. */
  helpdesk: string;
  context: TicketContext | null;
  settingsIssues: string[];
  warnings: ReadWarning[];
  /** Where the lifetime value came from and when; null when no source had it. */
  value: ValueFigure | null;
  /** What keeping the VIP tag on the requester's profile did after the last load; null before it ran. */
  customerTag: { tag: string; result: CustomerTagResult | 'failed' } | null;
  assessment: Assessment | null;
  /** What the classifier found, kept while the agent overrides it. */
  detected: { behaviour: Behaviour; confidence: number } | null;
  override: Behaviour | null;
  /** The reply as the agent edited it. */
  reply: string;
  /** The litmus test of `reply`, run shortly after the agent stops typing. */
  replyCheck: LitmusResult | null;
  /** Insert was clicked on a reply that fails the litmus test: the panel asks once ("Insert anyway"). */
  confirmInsert: boolean;
  draftCheck: DraftCheck | null;
  /** Whether the helpdesk lets the panel read its reply editor (Check my draft). */
  draftReadable: boolean;
  /** What Insert and the tags will do, as the adapter said on load; null when it could not say. */
  insertBehaviour: InsertBehaviour | null;
  insert: Record<InsertTarget, InsertStatus>;
  /** Where each text went once inserted: the editor, the clipboard or a draft. */
  insertedAs: Record<InsertTarget, InsertMode | null>;
  /** What the last tag step did; null until the reply has gone in with its tags. */
  tagged: TagsOutcome | null;
  /** Why the last load failed; the last good assessment stays. */
  loadProblem: Problem | null;
  insertProblem: InsertProblem | null;
  copy: CopyStatus | null;
  /** The reply went in but its tags did not. */
  tagsProblem: Problem | null;
}

export interface PanelActions {
  load(): Promise<void>;
  /** null goes back to what the classifier found. */
  overrideBehaviour(behaviour: Behaviour | null): void;
  editReply(text: string): void;
  /**
   * Puts the reply where the helpdesk can (the editor as a public reply, the clipboard or a draft) and adds or lists
   * the response's tags, once. A reply that fails the litmus test asks first; `anyway` is the agent's answer.
   */
  insertReply(options?: { anyway?: boolean }): Promise<void>;
  /** The agent answered Insert's question with "Keep editing": nothing goes in. */
  keepEditing(): void;
  /** Runs the litmus test on the draft in the helpdesk's editor, where the adapter can read it. */
  checkDraft(): Promise<void>;
  /** Puts the internal note, as shown, where the helpdesk can (the editor as an internal note, or the clipboard), once. */
  insertNote(): Promise<void>;
  /** Puts the reply or the note on the clipboard, for the agent to paste where it belongs. */
  copyText(target: CopyTarget): Promise<void>;
  resize(height: number): void;
}

export type PanelState = PanelData & PanelActions;

/** Nothing inserted yet: after a load or an override, both texts can go in again. */
export const FRESH_INSERT: Pick<PanelData, 'insert' | 'insertedAs' | 'tagged'> = {
  insert: { reply: 'idle', note: 'idle' },
  insertedAs: { reply: null, note: null },
  tagged: null,
};

export const INITIAL: PanelData = {
  status: 'loading',
  refreshing: false,
  uiLanguage: 'en',
  helpdesk: 'the helpdesk',
  context: null,
  settingsIssues: [],
  warnings: [],
  value: null,
  customerTag: null,
  assessment: null,
  detected: null,
  override: null,
  reply: '',
  replyCheck: null,
  confirmInsert: false,
  draftCheck: null,
  draftReadable: false,
  insertBehaviour: null,
  ...FRESH_INSERT,
  loadProblem: null,
  insertProblem: null,
  copy: null,
  tagsProblem: null,
};

