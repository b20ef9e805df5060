/** One finding of the offline app check; errors fail it, warnings are shown. */
export interface Finding {
  level: 'error' | 'warning';
  where: string;
  message: string;
}

export const error = (where: string, message: string): Finding => ({ level: 'error', where, message });
export const warning = (where: string, message: string): Finding => ({ level: 'warning', where, message });

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const nonEmptyText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

export interface ManifestParameter {
  name: string;
  type: string;
  secure?: boolean;
}
