/** A Help Scout id as the companion accepts it, in a route or a token: 1 to 15 digits, nothing else. */
export const ID_PATTERN = '^[0-9]{1,15}$';

const ID = new RegExp(ID_PATTERN);

export const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
