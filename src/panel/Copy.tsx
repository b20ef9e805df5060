import { Button } from '@zendeskgarden/react-buttons';
import type { CopyTarget } from '../store';
import { usePanel } from '../store';
import { useT } from './i18n';
import { Line } from './layout';

const LABEL: Record<CopyTarget, string> = { reply: 'reply.copyReply', note: 'reply.copyNote', review: 'reply.copyReview' };

/** Copies the reply, the note or the review answer for the agent to paste where it belongs, and says whether it worked. */
export function CopyButton({ target }: { target: CopyTarget }) {
  const copy = usePanel((s) => s.copy);
  const copyText = usePanel((s) => s.copyText);
  const t = useT();
  const shown = copy?.target === target ? copy : null;
  return (
    <>
      <Button size="small" onClick={() => void copyText(target)}>
        {t(LABEL[target])}
      </Button>
      {shown && <Line role="status">{t(shown.done ? 'reply.copied' : 'reply.copyFailed')}</Line>}
    </>
  );
}
