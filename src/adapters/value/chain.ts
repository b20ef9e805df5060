import type { ReadWarning } from '../../shared/adapter';
import { HttpError, InvalidDataError, NetworkError, RateLimitedError } from '../../shared/errors';
import type { CustomerValue, ExternalSource, ValueFigure, ValueLookup, ValueSource } from '../../shared/valueSource';
import type { ValueCache } from './cache';
import { NotConfiguredError, SeveralCurrenciesError, SourceNotLoadedError } from './errors';

export interface ValueRead {
  /** null: no source had a figure, so the tier is unknown. */
  figure: ValueFigure | null;
  warnings: ReadWarning[];
}

/** Why a source gave no figure, as a code and values the panel words (translations: `sourceProblem.*`). */
export function sourceFailure(source: ExternalSource, error: unknown): ReadWarning {
  const because = (reason: string, values: Record<string, string | number> = {}): ReadWarning => ({ code: 'value_source_failed', values: { source, reason, ...values } });
  if (error instanceof RateLimitedError) return because('rate_limited', { seconds: Math.ceil(error.retryAfterMs / 1000) });
  if (error instanceof SeveralCurrenciesError) return because('several_currencies', { currencies: error.currencies.join(', ') });
  if (error instanceof NotConfiguredError) return because('not_configured');
  if (error instanceof SourceNotLoadedError) return because('not_loaded');
  if (error instanceof HttpError) return because(error.status === 401 || error.status === 403 ? 'refused' : 'http', { status: error.status });
  if (error instanceof NetworkError) return because('network');
  if (error instanceof InvalidDataError) return because('invalid_data');
  return because('failed');
}

export interface ValueChainInput {
  /** What the user field holds: it goes first whenever it has a value. */
  field: CustomerValue | null;
  sources: readonly ValueSource[];
  /** Null when the requester has no e-mail to look up. */
  who: ValueLookup | null;
  cache: ValueCache;
  now: () => Date;
}

/**
 * The customer's value from the first source that has it: the user field, then each source in the settings' order.
 * A source that fails is named in a warning and the next one is asked; none left means unknown, never a guess. An
 * answer (or "nobody knows them") is cached per requester unless a source before it failed, so a failure is retried.
 */
export async function readValue({ field, sources, who, cache, now }: ValueChainInput): Promise<ValueRead> {
  if (field) return { figure: { ...field, source: 'field', readAt: now().toISOString() }, warnings: [] };
  if (sources.length === 0) return { figure: null, warnings: [] };
  if (!who) return { figure: null, warnings: [{ code: 'value_no_email' }] };
  const cached = cache.get(who.requesterId);
  if (cached) return { figure: cached.figure, warnings: cached.figure ? [] : [{ code: 'value_unmatched', values: { sources: sources.map((s) => s.name).join(',') } }] };
  const warnings: ReadWarning[] = [];
  const unmatched: ExternalSource[] = [];
  for (const source of sources) {
    let value: CustomerValue | null;
    try {
      value = await source.read(who);
    } catch (error) {
      warnings.push(sourceFailure(source.name, error));
      continue;
    }
    if (value === null) {
      unmatched.push(source.name);
      continue;
    }
    const figure: ValueFigure = { ...value, source: source.name, readAt: now().toISOString() };
    if (warnings.length === 0) cache.set(who.requesterId, figure);
    return { figure, warnings };
  }
  if (warnings.length === 0) cache.set(who.requesterId, null);
  if (unmatched.length > 0) warnings.push({ code: 'value_unmatched', values: { sources: unmatched.join(',') } });
  return { figure: null, warnings };
}
