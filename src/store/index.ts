export { createPanelStore, type PanelStore, type PanelStoreDeps } from './panelStore';
export { PanelStoreProvider, usePanel } from './provider';
export type { CopyStatus, CopyTarget, InsertProblem, InsertStatus, InsertTarget, LoadStatus, PanelState, TagsOutcome } from './state';
export type { Clipboard } from './insert';
export type { Problem, ProblemCode } from './problem';
