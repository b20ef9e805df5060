import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Language } from '../rules';
import { usePanel } from '../store';
import { translate } from './i18n';

interface Props {
  language: Language;
  onReload: () => void;
  children: ReactNode;
}

/**
 * A rendering fault shows a plain message and a reload action instead of a blank sidebar. The fallback uses plain
 * elements and no theme, since the fault may be in Garden or the theme itself.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Fairline could not show the panel', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const { language, onReload } = this.props;
    const t = (key: string) => translate(language, key) ?? key;
    return (
      <div role="alert" dir={language === 'ar' ? 'rtl' : 'ltr'} lang={language} style={{ padding: 12, fontFamily: 'system-ui, sans-serif' }}>
        <p>{t('crash.message')}</p>
        <button type="button" onClick={onReload}>
          {t('crash.reload')}
        </button>
      </div>
    );
  }
}

/** The panel behind an error boundary, worded in the agent's language. */
export function GuardedPanel({ children, onReload = () => window.location.reload() }: { children: ReactNode; onReload?: () => void }) {
  const language = usePanel((s) => s.uiLanguage);
  return (
    <ErrorBoundary language={language} onReload={onReload}>
      {children}
    </ErrorBoundary>
  );
}
