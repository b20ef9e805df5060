import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');
/** Zendesk's budget for us: the sidebar's initial JavaScript, gzipped. */
export const INITIAL_JS_BUDGET = 120 * 1024;
