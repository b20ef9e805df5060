import { Button } from '@zendeskgarden/react-buttons';
import type { InsertTarget } from '../store';
import { usePanel } from '../store';
import { useT } from './i18n';
import { Line } from './layout';

/** Copies the reply or the note for the agent to paste where it belongs, and says whether it worked. */
export function CopyButton({ target }: { target: InsertTarget }) {
  const copy = usePanel((s) => s.copy);
  const copyText = usePanel((s) => s.copyText);
  const t = useT();
  const shown = copy?.target === target ? copy : null;
  return (
    <>
      <Button size="small" onClick={() => void copyText(target)}>
        {t(target === 'note' ? 'reply.copyNote' : 'reply.copyReply')}
      </Button>
      {shown && <Line role="status">{t(shown.done ? 'reply.copied' : 'reply.copyFailed')}</Line>}
    </>
  );
}
