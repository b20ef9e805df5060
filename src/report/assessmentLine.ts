import * as v from 'valibot';
import { ACTIONS, BEHAVIOURS, TIERS } from '../rules';
import { SIGNAL_BEHAVIOUR } from '../rules/data/signals';
import { plainIssue } from '../rules/plainIssue';
import type { AssessedTicket } from './types';

// Only the fields the report reads are checked; an assessment carries more (SPEC §6), which is let through.
const AssessmentSchema = v.looseObject({
  id: v.pipe(v.string(), v.check((s) => s.trim() !== '', 'must not be empty or only spaces')),
  ltv: v.looseObject({
    tier: v.picklist(TIERS, `must be one of ${TIERS.join(', ')}`),
    value: v.nullable(v.pipe(v.number(), v.finite('must be a finite number'))),
    supportCost: v.pipe(v.number(), v.finite('must be a finite number'), v.minValue(0, 'must not be negative')),
  }),
  behaviour: v.looseObject({
    primary: v.picklist(BEHAVIOURS, `must be one of ${BEHAVIOURS.join(', ')}`),
    signals: v.array(v.looseObject({ kind: v.string(), evidence: v.string() })),
  }),
  response: v.looseObject({ action: v.picklist(ACTIONS, `must be one of ${ACTIONS.join(', ')}`) }),
});

type AssessmentShape = v.InferOutput<typeof AssessmentSchema>;

/** What one line of `assess` output holds: an assessment, the error `assess` gave instead, or neither. */
export type AssessmentLineResult =
  | { kind: 'assessed'; ticket: AssessedTicket }
  | { kind: 'not_assessed'; id: string | null }
  | { kind: 'invalid'; error: string };

const PLAIN_TYPES: Record<string, string> = { Object: 'an object', Array: 'a list', string: 'text', number: 'a number', null: 'null' };


/** The customer's words behind the behaviour: its own signal first, else the first that is not our mistake. */
function evidenceOf({ behaviour }: AssessmentShape): string | null {
  const signals = behaviour.signals;
  const own = signals.find((s) => (SIGNAL_BEHAVIOUR as Record<string, string>)[s.kind] === behaviour.primary);
  return (own ?? signals.find((s) => s.kind !== 'our_mistake'))?.evidence ?? null;
}

/**
 * Reads one JSON value of an `assess` output line. The `{ id, line, error }` answers `assess` writes for input it
 * could not assess are told apart from lines that are no assessment at all, which get a plain-words reason.
 * @example readAssessment({ id: 'x', line: 3, error: 'not valid JSON' }) // { kind: 'not_assessed', id: 'x' }
 */
export function readAssessment(raw: unknown): AssessmentLineResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { kind: 'invalid', error: 'the line should hold an object (an assessment)' };
  if (!('ltv' in raw) && 'error' in raw && typeof raw.error === 'string') {
    return { kind: 'not_assessed', id: 'id' in raw && typeof raw.id === 'string' ? raw.id : null };
  }
  const result = v.safeParse(AssessmentSchema, raw);
  if (!result.success) return { kind: 'invalid', error: result.issues[0] ? plainIssue(result.issues[0], 'the assessment', PLAIN_TYPES) : 'not an assessment' };
  const a = result.output;
  return {
    kind: 'assessed',
    ticket: {
      id: a.id,
      tier: a.ltv.tier,
      value: a.ltv.value,
      supportCost: a.ltv.supportCost,
      behaviour: a.behaviour.primary,
      action: a.response.action,
      evidence: evidenceOf(a),
    },
  };
}
