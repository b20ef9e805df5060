import styled from 'styled-components';
import type { Signal } from '../rules';
import { usePanel } from '../store';
import { useT } from './i18n';
import { Line, SubHeading } from './layout';

const AROUND = 48;

const Quote = styled.li`
  margin: ${(p) => p.theme.space.xxs} 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  unicode-bidi: plaintext;
  mark {
    background: ${(p) => p.theme.palette.yellow?.[200]};
    border-radius: 2px;
    padding: 0 2px;
  }
`;

const List = styled.ul`
  margin: 0;
  padding-inline-start: ${(p) => p.theme.space.md};
`;

/** The phrase in its sentence: a little text either side, the phrase itself marked. */
function InContext({ signal, body }: { signal: Signal; body: string | undefined }) {
  if (body?.slice(signal.start, signal.end) !== signal.evidence) return <Quote dir="auto"><mark>{signal.evidence}</mark></Quote>;
  const from = Math.max(0, signal.start - AROUND);
  const to = Math.min(body.length, signal.end + AROUND);
  // The quote runs in the direction of the customer's words, whatever the panel's.
  return (
    <Quote dir="auto">
      {from > 0 && '…'}
      {body.slice(from, signal.start)}
      <mark>{body.slice(signal.start, signal.end)}</mark>
      {body.slice(signal.end, to)}
      {to < body.length && '…'}
    </Quote>
  );
}

export function Evidence() {
  const signals = usePanel((s) => s.assessment?.behaviour.signals);
  const comments = usePanel((s) => s.context?.ticket.comments);
  const t = useT();
  if (!signals || !comments) return null;
  return (
    <>
      <SubHeading>{t('behaviour.evidence')}</SubHeading>
      {signals.length === 0 ? (
        <Line>{t('behaviour.noEvidence')}</Line>
      ) : (
        <List aria-label={t('behaviour.evidence')}>
          {signals.map((signal) => (
            <InContext key={`${signal.commentIndex}:${signal.start}:${signal.end}:${signal.kind}`} signal={signal} body={comments[signal.commentIndex]?.body} />
          ))}
        </List>
      )}
    </>
  );
}
