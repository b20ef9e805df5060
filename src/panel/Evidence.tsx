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

export const List = styled.ul`
  margin: 0;
  padding-inline-start: ${(p) => p.theme.space.md};
`;

/** Where a quote of `body` may start at or after `from` without cutting a word: just past the first space before `limit`. */
function wordStart(body: string, from: number, limit: number): number {
  if (from === 0 || /\s/.test(body[from - 1] ?? '')) return from;
  const space = body.slice(from, limit).search(/\s/);
  return space < 0 ? from : from + space + 1;
}

/** Where a quote may end at or before `to` without cutting a word: at the last space after `limit`. */
function wordEnd(body: string, to: number, limit: number): number {
  if (to === body.length || /\s/.test(body[to] ?? '')) return to;
  const space = body.slice(limit, to).search(/\s\S*$/);
  return space < 0 ? to : limit + space;
}

/** Words found in a text: what they are and where. */
export interface Span {
  evidence: string;
  start: number;
  end: number;
}

/** The phrase in its sentence: a little text either side, cut between words, the phrase itself marked. */
export function InContext({ signal, body }: { signal: Span; body: string | undefined }) {
  if (body?.slice(signal.start, signal.end) !== signal.evidence) return <Quote dir="auto"><mark>{signal.evidence}</mark></Quote>;
  const from = wordStart(body, Math.max(0, signal.start - AROUND), signal.start);
  const to = wordEnd(body, Math.min(body.length, signal.end + AROUND), signal.end);
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

/** Signals with each phrase once: one inside another of the same comment ("you people brain dead" in "Are you people brain dead") is left out. */
export function distinctSignals(signals: readonly Signal[]): Signal[] {
  return signals.filter(
    (s, k) => !signals.some((o, j) => j !== k && o.commentIndex === s.commentIndex && o.start <= s.start && o.end >= s.end && (o.end - o.start > s.end - s.start || j < k)),
  );
}

export function Evidence() {
  const all = usePanel((s) => s.assessment?.behaviour.signals);
  const comments = usePanel((s) => s.context?.ticket.comments);
  const t = useT();
  if (!all || !comments) return null;
  const signals = distinctSignals(all);
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
