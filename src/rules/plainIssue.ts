import type * as v from 'valibot';

/**
 * A schema's first complaint in plain words: where (`"ltv.value"`, or `subject` for the record itself) and what is
 * wrong, with the types named as `plainTypes` says ("an object", "a number") instead of valibot's names.
 * @example plainIssue(issue, 'the ticket context', { number: 'a number' }) // '"ltv.value" should be a number but is "100"'
 */
export function plainIssue(issue: v.BaseIssue<unknown>, subject: string, plainTypes: Readonly<Record<string, string>>): string {
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  const where = path ? `"${path}"` : subject;
  if (!/^Invalid (type|key)/.test(issue.message)) return `${where} ${issue.message}`;
  if (issue.received === 'undefined') return `${where} is missing`;
  const expected = (issue.expected ?? '').split(' | ').map((t) => plainTypes[t] ?? t).join(' or ');
  return `${where} should be ${expected} but is ${issue.received}`;
}
