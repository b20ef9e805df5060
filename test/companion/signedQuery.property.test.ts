import fc from 'fast-check';
import { SIGNATURE_PARAM } from '../../src/companion/signature';
import { LOAD_5001, signedQuery, startWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => world?.close());

const ID_NAMES = ['conversation-id', 'conversationId', 'customer-id', 'customerId', 'mailbox-id', 'mailboxId'] as const;
const SIGNED_IDS = new Set(Object.values(LOAD_5001));

/** The ids inside a session token, as the server wrote them (c, u, m). */
function claimedIds(token: string): (string | null)[] {
  const claims = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as Record<string, string | null>;
  return [claims.c ?? null, claims.u ?? null, claims.m ?? null];
}

const extraParam = fc.tuple(fc.constantFrom(...ID_NAMES, SIGNATURE_PARAM, 'other'), fc.oneof(fc.constantFrom('999', '9990', '5002', '102'), fc.stringMatching(/^\d{1,6}$/)));

const insertion = fc.tuple(extraParam, fc.nat());

describe('the signed page route, for any query built around a valid signature', () => {
  it('issues a token only for ids the signature covered: extra and repeated parameters, anywhere, never widen it', async () => {
    const signed = [...new URLSearchParams(signedQuery(LOAD_5001))];
    let issued = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(insertion, { maxLength: 4 }), async (insertions) => {
        const params = [...signed];
        for (const [param, at] of insertions) params.splice(at % (params.length + 1), 0, param);
        const response = await world.app.inject({ method: 'GET', url: `/?${new URLSearchParams(params).toString()}` });
        const token = /name="fairline-session" content="([^"]+)"/.exec(response.body)?.[1];
        if (token === undefined) return;
        issued++;
        for (const id of claimedIds(token)) expect(id === null || SIGNED_IDS.has(id)).toBe(true);
      }),
      { numRuns: 300 },
    );
    // Runs without insertions must still get a token, or the property above would hold for a route that refuses all.
    expect(issued).toBeGreaterThan(0);
  });
});
