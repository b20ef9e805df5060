// @vitest-environment jsdom
import './jsdom';
import { act, render, screen, within } from '@testing-library/react';
import type { HelpdeskAdapter } from '../../src/shared/adapter';
import { App } from '../../src/panel/App';
import { createPanelStore, PanelStoreProvider } from '../../src/store';
import { NOW } from '../adapters/zendeskWorld';
import { NetworkError } from '../../src/shared/errors';
import { fakeAdapter } from '../store/fakeAdapter';
import { customerSays, renderPanel, renderWithAdapter, TEXT } from './harness';

describe('the panel states', () => {
  it('says it is reading while the ticket loads', () => {
    const never = new Promise<never>(() => undefined);
    const adapter: HelpdeskAdapter = {
      helpdesk: 'Zendesk',
      readSettings: () => never,
      readAgentLocale: () => never,
      readContext: () => never,
      insertBehaviour: () => never,
      insertReply: () => never,
      addTags: () => never,
      resize: () => undefined,
      onContextChange: () => () => undefined,
    };
    const store = createPanelStore({ adapter, now: () => NOW });
    void store.getState().load();
    render(
      <PanelStoreProvider store={store}>
        <App />
      </PanelStoreProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent("Reading the ticket and the customer's history…");
  });

  it('says there is nothing to assess when the customer has not written yet', async () => {
    await renderPanel({ comments: [{ from: 'agent', html: '<p>Hello, how can we help?</p>' }] });
    expect(screen.getByRole('status')).toHaveTextContent('Nothing to assess yet');
    expect(screen.queryByRole('button', { name: 'Insert reply' })).not.toBeInTheDocument();
  });

  it('shows a plain-words error with a retry when a reload fails, keeping the last assessment', async () => {
    const world = customerSays(TEXT.legit);
    const { world: live, store, user } = await renderPanel(world);
    delete live.paths['ticket.id'];
    await act(() => store.getState().load());
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not read this ticket');
    expect(alert).toHaveTextContent("Zendesk's answer was not in the expected shape");
    expect(screen.getByText('Resolve in full')).toBeInTheDocument();
    live.paths['ticket.id'] = 5001;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says what could not be read and still assesses', async () => {
    await renderPanel(customerSays(TEXT.legit, { fields: {}, api: () => ({ status: 500 }) }));
    expect(screen.getByText('Assessed with what could be read')).toBeInTheDocument();
    expect(screen.getByText(/no lifetime value \(user field "lifetime_value"\)/)).toBeInTheDocument();
    expect(screen.getByText(/earlier tickets could not be read/)).toBeInTheDocument();
    expect(screen.getByText('Value unknown')).toBeInTheDocument();
    expect(screen.getByText('Resolve in full')).toBeInTheDocument();
  });

  it('says which settings were ignored and why', async () => {
    await renderPanel(customerSays(TEXT.legit, { settings: { vipThreshold: 'lots' } }));
    expect(screen.getByText('Some settings were ignored')).toBeInTheDocument();
    expect(screen.getByText('"vipThreshold" is not a number; using the default 1000.')).toBeInTheDocument();
  });

  it('follows an Arabic agent locale with Arabic strings, right to left', async () => {
    await renderPanel(customerSays(TEXT.arabicLegit, { agentLocale: 'ar', requester: { locale: 'ar' } }));
    expect(screen.getByRole('main')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('button', { name: 'إدراج الرد' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'الرد المقترح' })).toHaveTextContent('الحل الكامل');
    expect(screen.getByRole('textbox', { name: /الرد على العميل/ })).toHaveAttribute('dir', 'rtl');
  });
});

describe('messages that name the helpdesk', () => {
  it('names Help Scout when the panel runs in Help Scout', async () => {
    const { adapter } = fakeAdapter(async () => {
      throw new NetworkError('no answer in 20 s');
    });
    await renderWithAdapter({ ...adapter, helpdesk: 'Help Scout' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Help Scout did not answer (no answer in 20 s).');
  });
});
