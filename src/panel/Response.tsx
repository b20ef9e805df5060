import { Button } from '@zendeskgarden/react-buttons';
import { Well } from '@zendeskgarden/react-notifications';
import { usePanel } from '../store';
import { useT } from './i18n';
import { useInsertWords } from './insertWords';
import { Heading, Line, Section, SubHeading } from './layout';
import { ReplyEditor } from './ReplyEditor';
import { WhyThisResponse } from './WhyThisResponse';

/** The note in the agent's language, as the rules word it; Insert puts in exactly this text. */
function InternalNote({ note }: { note: string }) {
  const status = usePanel((s) => s.insert.note);
  const insertNote = usePanel((s) => s.insertNote);
  const words = useInsertWords('note');
  const t = useT();
  return (
    <Well isRecessed>
      <SubHeading>{t('action.note')}</SubHeading>
      <Line dir="auto">{note}</Line>
      <Button size="small" disabled={status === 'inserting' || status === 'inserted'} onClick={() => void insertNote()}>
        {t(status === 'inserted' ? words.done : words.note)}
      </Button>
      {status === 'inserted' && <Line role="status">{t(words.noteDone)}</Line>}
    </Well>
  );
}

/** The suggested action, why, what the agent must do off-ticket, and the reply. */
export function Response() {
  const response = usePanel((s) => s.assessment?.response);
  const t = useT();
  if (!response) return null;
  return (
    <Section aria-labelledby="fairline-response">
      <Heading id="fairline-response">{t('action.heading')}</Heading>
      <Line>
        <strong>{t(`action.${response.action}`)}</strong>
      </Line>
      <Line>{response.rationale}</Line>
      <WhyThisResponse />
      {response.internalNote && <InternalNote note={response.internalNote} />}
      <ReplyEditor />
    </Section>
  );
}
