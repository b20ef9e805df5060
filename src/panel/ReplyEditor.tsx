import { Button } from '@zendeskgarden/react-buttons';
import { Field, Textarea } from '@zendeskgarden/react-forms';
import { Alert } from '@zendeskgarden/react-notifications';
import styled from 'styled-components';
import { usePanel } from '../store';
import { textDirection, type Direction } from './direction';
import { useT } from './i18n';
import { Stack } from './layout';
import { describeProblem } from './Notices';

// Garden styles the textarea with the panel's direction, which beats its `dir`: the reply sets its own.
const ReplyBox = styled(Textarea)<{ $direction: Direction }>`
  && {
    direction: ${(p) => p.$direction};
    text-align: start;
  }
`;

/** The editable reply and the one Insert that puts it into the ticket editor with its tags. */
export function ReplyEditor() {
  const reply = usePanel((s) => s.reply);
  const language = usePanel((s) => s.assessment?.response.language);
  const tags = usePanel((s) => s.assessment?.response.tags);
  const status = usePanel((s) => s.insert.reply);
  const tagsProblem = usePanel((s) => s.tagsProblem);
  const editReply = usePanel((s) => s.editReply);
  const insertReply = usePanel((s) => s.insertReply);
  const t = useT();
  const direction = textDirection(reply, language === 'ar' ? 'rtl' : 'ltr');
  const label = status === 'inserting' ? t('reply.inserting') : status === 'inserted' ? t('reply.inserted') : t('reply.insert');
  return (
    <Stack>
      <Field>
        <Field.Label>{t('reply.label')}</Field.Label>
        <Field.Hint>{t('reply.hint')}</Field.Hint>
        <ReplyBox value={reply} minRows={6} maxRows={16} dir={direction} $direction={direction} onChange={(e) => editReply(e.target.value)} />
      </Field>
      <Button isPrimary disabled={status === 'inserting' || status === 'inserted' || reply.trim() === ''} onClick={() => void insertReply()}>
        {label}
      </Button>
      {status === 'inserted' && (
        <Alert type="success" role="status">
          <Alert.Title>{t('reply.confirmation')}</Alert.Title>
          {tags && tags.length > 0 && !tagsProblem && <Alert.Paragraph>{t('reply.tagsAdded', { tags: tags.join(', ') })}</Alert.Paragraph>}
          {tagsProblem && <Alert.Paragraph>{t('reply.tagsFailed', { problem: describeProblem(t, tagsProblem) })}</Alert.Paragraph>}
        </Alert>
      )}
    </Stack>
  );
}
