export { createPanelStore, type PanelStore, type PanelStoreDeps } from './panelStore';
export { PanelStoreProvider, usePanel } from './provider';
export type { InsertStatus, InsertTarget, LoadStatus, PanelState } from './state';
export type { Problem, ProblemCode } from './problem';
export type { ReadWarning, WarningCode } from '../adapters/types';
