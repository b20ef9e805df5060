/**
 * How the classification weighs the learned model's probabilities (classify.ts). Tuned by cross-validation over the
 * writers of the training sets (scripts/train/experiment.ts), never on the sets measured once.
 */
export const CLASSIFICATION = {
  /**
   * A behaviour that leads to a warning or an ending is chosen only with at least this probability: a wrong warning
   * costs a customer, a missed one costs an argument, so the model must be surer of the first.
   */
  escalationFloor: 0.5,
  /** In precedence order, the first behaviour with at least this probability wins over a likelier one below it. */
  precedenceFloor: 0.35,
  /**
   * A threat, dispute or abuse a lexicon entry found applies unless the model gives it less than this, counted among
   * the readings that do not escalate otherwise (classify.ts).
   */
  lexiconVeto: 0.25,
  /** Willful ignorance needs the request in the words: a lexicon entry, or this probability from the words alone. */
  willfulWordsFloor: 0.05,
  /** With two earlier tickets in 30 days, willful ignorance needs a refusal to learn: the lexicon's, or this probability. */
  refusalFloor: 0.6,
  /** How many of the customer's phrases are shown as the model's evidence. */
  evidenceLimit: 3,
} as const;

export type ClassificationParams = { readonly [K in keyof typeof CLASSIFICATION]: number };
