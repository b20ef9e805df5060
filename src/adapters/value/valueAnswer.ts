import * as v from 'valibot';
import type { ValueAnswer } from '../../shared/companionWire';
import { InvalidDataError } from '../../shared/errors';
import type { CustomerValue } from '../../shared/valueSource';

const ValueAnswerSchema = v.object({
  lifetimeValue: v.pipe(v.number(), v.finite()),
  orderCount: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  currency: v.pipe(v.string(), v.regex(/^[A-Za-z]{3}$/)),
});

/** `{ lifetimeValue, orderCount, currency }` from a shop's endpoint or the companion, checked before use. */
export function readValueAnswer(body: unknown, who: string): CustomerValue {
  const result = v.safeParse(ValueAnswerSchema, body);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') ?? 'the answer';
    throw new InvalidDataError(`${who} sent no usable value: "${where}" ${issue.expected ? `should be ${issue.expected}` : 'is wrong'}`);
  }
  const answer: ValueAnswer = result.output;
  return { lifetimeValue: answer.lifetimeValue, orderCount: answer.orderCount, currency: answer.currency.toUpperCase(), disputes: null };
}
