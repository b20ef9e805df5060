import styled from 'styled-components';
import type { ResponseFact } from '../rules';
import { usePanel } from '../store';
import { List } from './Evidence';
import { useNumber, useT, type Translate } from './i18n';
import { SubHeading } from './layout';

const Fact = styled.li`
  margin: ${(p) => p.theme.space.xxs} 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
`;

/** One fact in the agent's language. */
function factText(fact: ResponseFact, t: Translate, n: (value: number) => string): string {
  switch (fact.kind) {
    case 'warning': {
      const behaviour = fact.behaviour ? t(`behaviour.${fact.behaviour}`) : t('why.unknownBehaviour');
      return fact.date ? t('why.warning', { date: fact.date, ticket: fact.ticketId ?? '?', behaviour }) : t('why.warningUndated', { behaviour });
    }
    case 'terminated':
      return fact.date ? t('why.terminated', { date: fact.date, ticket: fact.ticketId ?? '?' }) : t('why.terminatedTag');
    case 'repeat':
      return t('why.repeat', { tickets: fact.tickets, days: fact.days });
    case 'net_drain':
      return t('why.net_drain', { cost: n(fact.supportCost), value: n(fact.value) });
    case 'words':
      return t('why.words', { evidence: fact.evidence });
  }
}

/** Why this response: the facts the decision rests on, so the agent sees them before ending anything. */
export function WhyThisResponse() {
  const why = usePanel((s) => s.assessment?.response.why);
  const t = useT();
  const n = useNumber();
  if (!why || why.length === 0) return null;
  return (
    <>
      <SubHeading>{t('why.title')}</SubHeading>
      <List aria-label={t('why.title')}>
        {why.map((fact) => (
          <Fact key={fact.kind} dir="auto">
            {factText(fact, t, n)}
          </Fact>
        ))}
      </List>
    </>
  );
}
