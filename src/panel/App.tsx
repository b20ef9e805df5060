import { Dots } from '@zendeskgarden/react-loaders';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import styled from 'styled-components';
import { usePanel } from '../store';
import { useT } from './i18n';
import { Line, Row } from './layout';
import { Notices } from './Notices';

// The tier, the behaviour and the response show only once the rules have assessed the ticket, so their code is loaded beside
// the rules, after first paint, not in the sidebar's first script.
const AssessmentView = lazy(() => import('./AssessmentView').then((module) => ({ default: module.AssessmentView })));

const Root = styled.main`
  padding: ${(p) => p.theme.space.sm};
  font-family: ${(p) => p.theme.fonts.system};
  color: ${(p) => p.theme.palette.grey?.[800]};
`;

function Body() {
  const status = usePanel((s) => s.status);
  const refreshing = usePanel((s) => s.refreshing);
  const hasCustomerText = usePanel((s) => s.context?.ticket.comments.some((c) => c.author === 'customer') ?? false);
  const t = useT();
  if (status === 'loading') {
    return (
      <Row role="status">
        <Dots aria-hidden />
        <Line>{t('loading')}</Line>
      </Row>
    );
  }
  if (status === 'error') return null;
  if (!hasCustomerText) return <Line role="status">{t('empty')}</Line>;
  return (
    <>
      {refreshing && <Line role="status">{t('refreshing')}</Line>}
      <Suspense fallback={null}>
        <AssessmentView />
      </Suspense>
    </>
  );
}

/** The sidebar: right-to-left for Arabic, and the iframe resized to what it shows. */
export function App() {
  const language = usePanel((s) => s.uiLanguage);
  const resize = usePanel((s) => s.resize);
  const root = useRef<HTMLElement>(null);
  const theme = useMemo(() => ({ ...DEFAULT_THEME, rtl: language === 'ar' }), [language]);

  useEffect(() => {
    const element = root.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => resize(element.getBoundingClientRect().height));
    observer.observe(element);
    return () => observer.disconnect();
  }, [resize]);

  return (
    <ThemeProvider theme={theme}>
      <Root ref={root} dir={language === 'ar' ? 'rtl' : 'ltr'} lang={language} aria-label="Fairline">
        <Notices />
        <Body />
      </Root>
    </ThemeProvider>
  );
}
