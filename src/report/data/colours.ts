import type { Behaviour } from '../../rules';

/** The colour of each behaviour in the charts: threats warm and dark, the rest cool and light (Tableau 10). */
export const BEHAVIOUR_COLOURS: Record<Behaviour, string> = {
  legal_threat: '#b8312f',
  payment_dispute: '#e15759',
  review_extortion: '#f28e2b',
  belligerent: '#b07aa1',
  willful_ignorance: '#edc948',
  unreasonable_demand: '#76b7b2',
  customer_error: '#4e79a7',
  legitimate: '#bab0ac',
};

/** Net drains and the other customers in the scatter: told apart by shape as well as colour. */
export const DRAIN_MARKS = {
  drain: { colour: '#c0392b', shape: 'triangle-up' },
  other: { colour: '#4e79a7', shape: 'circle' },
  line: '#c0392b',
} as const;

export const CHART_FONT = 'system-ui, "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif';
