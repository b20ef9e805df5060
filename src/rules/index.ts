export { assess, assessEach, type AssessOverride } from './assess';
export { parseTicketContext, type ContextResult } from './context';
export { parseSettings, DEFAULT_SETTINGS, type Settings, type SettingsResult } from './settings';
export { ltvTier } from './ltv';
export { normalise } from './normalise';
export { customerSignals } from './signals';
export * from './types';
