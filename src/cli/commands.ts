import type { Command } from './io';

export interface Subcommand {
  /** One line for `fairline --help`. */
  summary: string;
  /** Loaded only when run, so `fairline assess` never loads what `pull` needs. */
  load: () => Promise<Command>;
}

/** Every subcommand of `fairline`, by name. */
export const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = {
  pull: { summary: 'read tickets from Zendesk or Help Scout into ticket contexts (JSONL)', load: async () => (await import('./pull')).pullCommand },
  assess: { summary: 'assess ticket contexts, one assessment per line', load: async () => (await import('./assess')).assessCommand },
  litmus: { summary: 'the litmus test of replies, one verdict per line', load: async () => (await import('./litmus')).litmusCommand },
  report: { summary: 'an HTML report of assessments, for a support lead', load: async () => (await import('./report')).reportCommand },
};
