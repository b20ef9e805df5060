import { Alert } from '@zendeskgarden/react-notifications';
import { usePanel } from '../store';
import { useT } from './i18n';
import { useInsertWords } from './insertWords';
import { describeProblem } from './Notices';

/** What Insert did with the reply, and whether the tags were added, are to be added by hand, or failed. */
export function ReplyConfirmation() {
  const tagged = usePanel((s) => s.tagged);
  const tagsProblem = usePanel((s) => s.tagsProblem);
  const words = useInsertWords('reply');
  const t = useT();
  const tags = tagged && tagged.tags.length > 0 ? tagged.tags.join(', ') : null;
  return (
    <Alert type="success" role="status">
      <Alert.Title>{t(words.replyDone)}</Alert.Title>
      {tagged && tags && <Alert.Paragraph>{t(tagged.applied ? 'reply.tagsAdded' : 'tags.byHand', { tags })}</Alert.Paragraph>}
      {tagsProblem && <Alert.Paragraph>{t(words.tagsFailed, { problem: describeProblem(t, tagsProblem) })}</Alert.Paragraph>}
    </Alert>
  );
}
