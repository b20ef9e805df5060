import { usePanel } from '../store';
import { useT } from './i18n';
import { Line } from './layout';

/** Where the lifetime value came from and when, its chargebacks, and what happened to the VIP tag. */
export function ValueSource() {
  const value = usePanel((s) => s.value);
  const customerTag = usePanel((s) => s.customerTag);
  const language = usePanel((s) => s.uiLanguage);
  const t = useT();
  const time = value ? new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(value.readAt)) : '';
  const disputes = value?.disputes ?? 0;
  const tagNote = customerTag && customerTag.result !== 'unchanged' && customerTag.result !== 'off' ? t(`vipTag.${customerTag.result}`, { tag: customerTag.tag }) : null;
  return (
    <>
      {value && value.source !== 'field' && <Line data-testid="fairline-value-source">{t('ltv.source', { source: t(`source.${value.source}`), time })}</Line>}
      {disputes > 0 && <Line data-testid="fairline-disputes">{disputes === 1 ? t('ltv.disputesOne') : t('ltv.disputesMany', { count: disputes })}</Line>}
      {tagNote && (
        <Line role="status" data-testid="fairline-vip-tag">
          {tagNote}
        </Line>
      )}
    </>
  );
}
