import { AdapterError } from '../../shared/errors';

/** The customer paid in several currencies and no account-currency setting names one of them: no figure is right. */
export class SeveralCurrenciesError extends AdapterError {
  override name = 'SeveralCurrenciesError';
  constructor(readonly currencies: string[]) {
    super(`The customer paid in ${currencies.join(' and ')}; set the account currency to pick one`);
  }
}

/** The source is chosen in the settings but lacks what it needs (a URL); said once, in plain words. */
export class NotConfiguredError extends AdapterError {
  override name = 'NotConfiguredError';
}

/** The code that reads a source could not be downloaded (the connection dropped while the sidebar fetched it). */
export class SourceNotLoadedError extends AdapterError {
  override name = 'SourceNotLoadedError';
}
