import { Field, Select } from '@zendeskgarden/react-forms';
import { BEHAVIOURS, type Behaviour as BehaviourName } from '../rules/types';
import { usePanel } from '../store';
import { Evidence } from './Evidence';
import { useNumber, useT } from './i18n';
import { Heading, Line, Section } from './layout';

/** The behaviour found, how sure, the agent's override and the evidence. */
export function Behaviour() {
  const primary = usePanel((s) => s.assessment?.behaviour.primary);
  const detected = usePanel((s) => s.detected);
  const overridden = usePanel((s) => s.override !== null);
  const overrideBehaviour = usePanel((s) => s.overrideBehaviour);
  const t = useT();
  const n = useNumber();
  if (!primary || !detected) return null;
  return (
    <Section aria-labelledby="fairline-behaviour">
      <Heading id="fairline-behaviour">{t('behaviour.heading')}</Heading>
      <Line>
        <strong>{t(`behaviour.${primary}`)}</strong>
        {' · '}
        {overridden
          ? t('behaviour.overridden', { behaviour: t(`behaviour.${detected.behaviour}`) })
          : t('behaviour.confidence', { percent: n(detected.confidence * 100) })}
      </Line>
      <Field>
        <Field.Label>{t('behaviour.overrideLabel')}</Field.Label>
        <Field.Hint>{t('behaviour.overrideHint')}</Field.Hint>
        <Select isCompact value={primary} onChange={(e) => overrideBehaviour(e.target.value as BehaviourName)}>
          {BEHAVIOURS.map((b) => (
            <option key={b} value={b}>
              {t(`behaviour.${b}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Evidence />
    </Section>
  );
}
