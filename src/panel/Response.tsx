import { Button } from '@zendeskgarden/react-buttons';
import { Well } from '@zendeskgarden/react-notifications';
import { usePanel } from '../store';
import { CopyButton } from './Copy';
import { useT } from './i18n';
import { useInsertWords } from './insertWords';
import { Heading, Line, Section, SubHeading } from './layout';
import { ReplyEditor } from './ReplyEditor';
import { WhyThisResponse } from './WhyThisResponse';

/** The public answer to a posted review, in the customer's language, to copy to the review site: once. */
function ReviewReply({ text }: { text: string }) {
  const t = useT();
  return (
    <>
      <SubHeading>{t('reply.reviewReply')}</SubHeading>
      <Line dir="auto">{text}</Line>
      <CopyButton target="review" />
    </>
  );
}

/** The note in the agent's language, as the rules word it; Insert puts in exactly this text. */
function InternalNote({ note, reviewReply }: { note: string; reviewReply: string | null }) {
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
      {reviewReply && <ReviewReply text={reviewReply} />}
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
      {response.internalNote && <InternalNote note={response.internalNote} reviewReply={response.reviewReply} />}
      <ReplyEditor />
    </Section>
  );
}
