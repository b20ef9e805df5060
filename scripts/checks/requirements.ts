import { error, isRecord, nonEmptyText, type Finding } from './types';

/** The kinds of requirement Zendesk installs from requirements.json. */
export const REQUIREMENT_TYPES = [
  'targets', 'webhooks', 'ticket_fields', 'user_fields', 'organization_fields', 'views', 'macros', 'triggers', 'automations',
  'channel_integrations', 'custom_objects', 'custom_object_fields', 'custom_objects_v2',
] as const;
/** User and organization field types the API accepts. */
export const FIELD_TYPES = ['text', 'textarea', 'checkbox', 'date', 'integer', 'decimal', 'regexp', 'dropdown', 'lookup', 'multiselect'] as const;
const FIELD_KEY = /^[a-z0-9_]{1,64}$/;
const OPERATORS = ['is', 'is_not', 'less_than', 'greater_than', 'includes', 'not_includes', 'changed', 'value', 'value_previous', 'not_changed'];
// A view needs at least one of these in "all", or Zendesk refuses it.
const VIEW_ANCHORS = ['status', 'type', 'group_id', 'assignee_id', 'requester_id'];

function checkField(where: string, field: unknown): Finding[] {
  if (!isRecord(field)) return [error(where, 'must be an object')];
  const findings: Finding[] = [];
  if (!nonEmptyText(field.key) || !FIELD_KEY.test(field.key)) findings.push(error(`${where}.key`, 'must be lower-case letters, digits and _ (the key the app reads)'));
  if (!(FIELD_TYPES as readonly string[]).includes(String(field.type))) findings.push(error(`${where}.type`, `is "${String(field.type)}"; use one of ${FIELD_TYPES.join(', ')}`));
  if (!nonEmptyText(field.title)) findings.push(error(`${where}.title`, 'is missing'));
  if ((field.type === 'dropdown' || field.type === 'multiselect') && !Array.isArray(field.custom_field_options)) findings.push(error(where, 'needs custom_field_options'));
  return findings;
}

function checkConditions(where: string, list: unknown): Finding[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) return [error(where, 'must be a list of conditions')];
  return list.flatMap((c: unknown, i) => {
    const at = `${where}[${i}]`;
    if (!isRecord(c) || !nonEmptyText(c.field)) return [error(at, 'needs a "field"')];
    if (!OPERATORS.includes(String(c.operator))) return [error(at, `operator "${String(c.operator)}" is not one Zendesk knows`)];
    return c.value === undefined ? [error(at, 'needs a "value"')] : [];
  });
}

function checkView(where: string, view: unknown): Finding[] {
  if (!isRecord(view)) return [error(where, 'must be an object')];
  const findings: Finding[] = [];
  if (!nonEmptyText(view.title)) findings.push(error(`${where}.title`, 'is missing'));
  const conditions = isRecord(view.conditions) ? view.conditions : {};
  findings.push(...checkConditions(`${where}.conditions.all`, conditions.all), ...checkConditions(`${where}.conditions.any`, conditions.any));
  const all = Array.isArray(conditions.all) ? conditions.all : [];
  if (!all.some((c: unknown) => isRecord(c) && VIEW_ANCHORS.includes(String(c.field)))) {
    findings.push(error(`${where}.conditions.all`, `needs a condition on one of ${VIEW_ANCHORS.join(', ')}`));
  }
  return findings;
}

/** Checks requirements.json the way Zendesk's install does: known requirement types, complete user fields and views. */
export function checkRequirements(raw: unknown): Finding[] {
  if (raw === undefined) return [];
  if (!isRecord(raw)) return [error('requirements.json', 'is not a JSON object')];
  const findings: Finding[] = [];
  for (const [type, entries] of Object.entries(raw)) {
    const where = `requirements.${type}`;
    if (!(REQUIREMENT_TYPES as readonly string[]).includes(type)) {
      findings.push(error(where, `is not a requirement type (${REQUIREMENT_TYPES.join(', ')})`));
      continue;
    }
    if (!isRecord(entries)) {
      findings.push(error(where, 'must map identifiers to requirements'));
      continue;
    }
    for (const [id, entry] of Object.entries(entries)) {
      if (type === 'user_fields' || type === 'organization_fields') findings.push(...checkField(`${where}.${id}`, entry));
      if (type === 'views') findings.push(...checkView(`${where}.${id}`, entry));
    }
  }
  return findings;
}
