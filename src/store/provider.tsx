import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { PanelStore } from './panelStore';
import type { PanelState } from './state';

const StoreContext = createContext<PanelStore | null>(null);

export function PanelStoreProvider({ store, children }: { store: PanelStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Selects one narrow slice of the panel's state. */
export function usePanel<T>(selector: (state: PanelState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('usePanel needs a PanelStoreProvider');
  return useStore(store, selector);
}
