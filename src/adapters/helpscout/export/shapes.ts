import * as v from 'valibot';

/** The parts of Mailbox API 2.0 answers a pull reads; each record is checked on its own (see zendesk/export/shapes.ts). */
const iso = v.pipe(v.string(), v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a date'));
const id = v.pipe(v.number('should be a number'), v.integer());
const text = v.optional(v.nullable(v.string()));

/** GET /v2/conversations?embed=threads&modifiedSince=…&page=N */
export const ConversationPage = v.looseObject({
  _embedded: v.optional(v.looseObject({ conversations: v.optional(v.array(v.unknown()), []) }), { conversations: [] }),
  page: v.looseObject({ number: v.optional(v.number()), totalPages: v.number(), totalElements: v.optional(v.number()) }),
});

export const ApiThread = v.looseObject({
  id,
  type: v.string(),
  state: text,
  body: text,
  createdAt: v.optional(iso),
  createdBy: v.optional(v.nullable(v.looseObject({ type: v.optional(v.string()), id: v.optional(v.nullable(v.number())) }))),
});

export const ApiConversation = v.looseObject({
  id,
  subject: text,
  preview: text,
  status: v.optional(v.string()),
  createdAt: iso,
  userUpdatedAt: v.optional(v.nullable(iso)),
  closedAt: v.optional(v.nullable(iso)),
  tags: v.optional(v.array(v.union([v.string(), v.looseObject({ tag: v.string() })])), []),
  primaryCustomer: v.optional(v.nullable(v.looseObject({ id: v.nullable(id) }))),
  _embedded: v.optional(v.looseObject({ threads: v.optional(v.array(v.unknown()), []) }), { threads: [] }),
});

const Property = v.looseObject({ slug: text, name: text, value: v.optional(v.unknown()), text: v.optional(v.unknown()) });

/** GET /v2/customers/{id}: properties at the top or embedded, emails embedded. */
export const ApiCustomer = v.looseObject({
  id,
  firstName: text,
  lastName: text,
  locale: text,
  properties: v.optional(v.array(Property)),
  _embedded: v.optional(v.looseObject({ emails: v.optional(v.array(v.looseObject({ value: v.string() }))), properties: v.optional(v.array(Property)) })),
});
