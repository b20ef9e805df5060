import type { ContextRead } from '../../src/shared/adapter';
import { NetworkError } from '../../src/shared/errors';
import { createPanelStore } from '../../src/store';
import { fakeAdapter, NOW, ticketContext } from '../store/fakeAdapter';

/** Reads that answer only when the test says so, in any order. */
function heldReads() {
  const held: { resolve: (read: ContextRead) => void; reject: (error: Error) => void }[] = [];
  const readContext = () => new Promise<ContextRead>((resolve, reject) => held.push({ resolve, reject }));
  return { held, readContext };
}

const read = (id: string, body: string): ContextRead => ({ context: { ...ticketContext(body), id }, warnings: [] });

describe('loads that overlap', () => {
  it('keeps the newer ticket when the older read answers last', async () => {
    const { held, readContext } = heldReads();
    const store = createPanelStore({ adapter: fakeAdapter(readContext).adapter, now: () => NOW });
    const older = store.getState().load();
    const newer = store.getState().load();
    await vi.waitFor(() => expect(held).toHaveLength(2));
    held[1]!.resolve(read('new', 'My lawyer will be in touch.'));
    await newer;
    held[0]!.resolve(read('old', 'Where is my order?'));
    await older;
    expect(store.getState().context?.id).toBe('new');
    expect(store.getState().assessment?.behaviour.primary).toBe('legal_threat');
  });

  it('does not show the older read’s failure over the newer ticket', async () => {
    const { held, readContext } = heldReads();
    const store = createPanelStore({ adapter: fakeAdapter(readContext).adapter, now: () => NOW });
    const older = store.getState().load();
    const newer = store.getState().load();
    await vi.waitFor(() => expect(held).toHaveLength(2));
    held[1]!.resolve(read('new', 'Where is my order?'));
    await newer;
    held[0]!.reject(new NetworkError('late'));
    await older;
    expect(store.getState()).toMatchObject({ status: 'ready', loadProblem: null, context: { id: 'new' } });
  });
});
