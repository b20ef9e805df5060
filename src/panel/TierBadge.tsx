import { Tag } from '@zendeskgarden/react-tags';
import type { Tier } from '../rules';
import { usePanel } from '../store';
import { useMoney, useNumber, useT } from './i18n';
import { Heading, Line, Row, Section } from './layout';
import { ValueSource } from './ValueSource';

const HUE: Record<Tier, string> = { vip: 'kale', loyal: 'blue', standard: 'grey', new: 'yellow', unknown: 'grey' };

/** The customer's tier with their lifetime value and what they cost to serve. */
export function TierBadge() {
  const ltv = usePanel((s) => s.assessment?.ltv);
  const currency = usePanel((s) => s.value?.currency ?? null);
  const t = useT();
  const n = useNumber();
  const money = useMoney();
  if (!ltv) return null;
  const ratio = ltv.costRatio === null ? null : ltv.costRatio === 'infinite' || ltv.costRatio > 1 ? t('ltv.drain') : t('ltv.ratio', { ratio: n(ltv.costRatio * 100) });
  return (
    <Section aria-labelledby="fairline-tier">
      <Heading id="fairline-tier">{t('tier.heading')}</Heading>
      <Row>
        <Tag hue={HUE[ltv.tier]} size="large" aria-label={t('tier.heading') + ': ' + t(`tier.${ltv.tier}`)}>
          {t(`tier.${ltv.tier}`)}
        </Tag>
      </Row>
      <Line>{ltv.value === null ? t('ltv.unknownValue') : t('ltv.value', { value: currency ? money(ltv.value, currency) : n(ltv.value, 2) })}</Line>
      <ValueSource />
      <Line>
        {t('ltv.cost', { cost: n(ltv.supportCost, 2) })}
        {ratio && ` (${ratio})`}
      </Line>
    </Section>
  );
}
