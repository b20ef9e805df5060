import { readFileSync } from 'node:fs';
import type * as v from 'valibot';
import { TicketContextSchema } from '../../src/rules/context';

/** A schema reduced to what both descriptions can say: type, whether it may be null, required keys, items, values. */
interface Shape {
  type: string;
  nullable?: true;
  integer?: true;
  minimum?: number;
  dateTime?: true;
  values?: string[];
  required?: string[];
  properties?: Record<string, Shape>;
  items?: Shape;
}

type AnySchema = v.GenericSchema & {
  pipe?: readonly { kind: string; type: string; requirement?: unknown; message?: unknown }[];
  wrapped?: AnySchema;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  options?: readonly (AnySchema | string)[];
};

/** valibot: a pipe's own type is its first schema, but `record()` pipes through unknown to the object last. */
function fromValibot(schema: AnySchema): Shape {
  const schemas = (schema.pipe ?? []).filter((p) => p.kind === 'schema') as unknown as AnySchema[];
  const base = schemas.length > 0 ? schemas[schemas.length - 1]! : schema;
  const actions = schema.pipe ?? [];
  if (base.type === 'nullable' && base.wrapped) return { ...fromValibot(base.wrapped), nullable: true };
  if (base.type === 'optional' && base.wrapped) return fromValibot(base.wrapped);
  if (base.type === 'union') return { type: (base.options as AnySchema[]).map((o) => fromValibot(o).type).sort().join('|') };
  if (base.type === 'picklist') return { type: 'enum', values: [...(base.options as string[])].sort() };
  if (base.type === 'array' && base.item) return { type: 'array', items: fromValibot(base.item) };
  if (base.type === 'object' && base.entries) {
    const entries = Object.entries(base.entries);
    return {
      type: 'object',
      required: entries.filter(([, s]) => s.type !== 'optional').map(([k]) => k).sort(),
      properties: Object.fromEntries(entries.map(([k, s]) => [k, fromValibot(s)])),
    };
  }
  const shape: Shape = { type: base.type };
  if (base.type === 'number' && actions.some((a) => a.type === 'integer')) shape.type = 'integer';
  const min = actions.find((a) => a.type === 'min_value');
  if (min && typeof min.requirement === 'number') shape.minimum = min.requirement;
  if (actions.some((a) => a.type === 'check' && String(a.message).includes('date and time'))) shape.dateTime = true;
  return shape;
}

type Json = Record<string, unknown>;

function fromJsonSchema(node: Json): Shape {
  if (Array.isArray(node.enum)) return { type: 'enum', values: [...(node.enum as string[])].sort() };
  const types = (Array.isArray(node.type) ? node.type : [node.type]) as string[];
  const nonNull = types.filter((t) => t !== 'null');
  const shape: Shape = { type: [...nonNull].sort().join('|') };
  if (types.includes('null')) shape.nullable = true;
  if (typeof node.minimum === 'number') shape.minimum = node.minimum;
  if (node.format === 'date-time') shape.dateTime = true;
  if (shape.type === 'array') shape.items = fromJsonSchema(node.items as Json);
  if (shape.type === 'object') {
    const properties = (node.properties ?? {}) as Record<string, Json>;
    shape.required = [...((node.required as string[] | undefined) ?? [])].sort();
    shape.properties = Object.fromEntries(Object.entries(properties).map(([k, p]) => [k, fromJsonSchema(p)]));
  }
  return shape;
}

const published = JSON.parse(readFileSync(new URL('../../docs/contract/ticket-context.schema.json', import.meta.url), 'utf8')) as Json;

/**
 * Fields the valibot schema fills with a default are optional on input, but the published schema lists as required only
 * what a caller must send: both agree on that, so `required` is compared as is.
 */
describe('the published TicketContext JSON Schema', () => {
  it('describes the same fields, types, required keys and limits as the schema the rules validate with', () => {
    expect(fromJsonSchema(published)).toEqual(fromValibot(TicketContextSchema as unknown as AnySchema));
  });

  it('notices a field the published schema lacks', () => {
    const customer = (published.properties as Record<string, Json>).customer as Json;
    const trimmed = { ...published, properties: { ...(published.properties as Json), customer: { ...customer, properties: { ...(customer.properties as Json), email: undefined } } } };
    const withoutEmail = JSON.parse(JSON.stringify(trimmed)) as Json;
    expect(fromJsonSchema(withoutEmail)).not.toEqual(fromValibot(TicketContextSchema as unknown as AnySchema));
  });
});
