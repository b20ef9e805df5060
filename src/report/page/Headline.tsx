import { fill } from '../format';
import type { PageView } from './view';

function Figure({ label, value, detail, alarm = false }: { label: string; value: string; detail?: string; alarm?: boolean }) {
  return (
    <div className={alarm ? 'figure alarm' : 'figure'}>
      <dt>{label}</dt>
      <dd>
        {value}
        {detail && <span className="detail">{detail}</span>}
      </dd>
    </div>
  );
}

/** The figures a support lead reads first. */
export function Headline({ view }: { view: PageView }) {
  const { headline: h } = view.figures;
  const { texts, formats } = view;
  const t = texts.headline;
  const n = formats.number;
  return (
    <section aria-labelledby="headline">
      <h2 id="headline">{t.label}</h2>
      <dl className="figures">
        <Figure label={t.tickets} value={n(h.tickets)} />
        <Figure label={t.customers} value={n(h.customers)} />
        <Figure
          label={t.escalations}
          value={n(h.escalations)}
          alarm={h.escalations > 0}
          detail={fill(t.escalationsDetail, { legal: n(h.byEscalation.legal_threat), dispute: n(h.byEscalation.payment_dispute), extortion: n(h.byEscalation.review_extortion) })}
        />
        <Figure label={t.netDrains} value={n(h.netDrains)} alarm={h.netDrains > 0} detail={fill(t.netDrainsDetail, { ratio: n(view.drainRatio, 2) })} />
        <Figure label={t.warnings} value={n(h.warnings)} detail={t.warningsDetail} />
        <Figure label={t.endings} value={n(h.endings)} detail={t.endingsDetail} />
        <Figure label={t.goodwill} value={n(h.goodwill)} detail={fill(t.goodwillDetail, { customers: n(h.goodwillCustomers), value: n(h.goodwillValue) })} />
      </dl>
    </section>
  );
}
