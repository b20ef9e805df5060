import { Button } from '@zendeskgarden/react-buttons';
import { Field, Textarea } from '@zendeskgarden/react-forms';
import styled from 'styled-components';
import { usePanel } from '../store';
import { textDirection, type Direction } from './direction';
import { useT } from './i18n';
import { useInsertWords } from './insertWords';
import { Stack } from './layout';
import { DraftCheck, ReplyCheck } from './LitmusCheck';
import { ReplyConfirmation } from './ReplyConfirmation';

// Garden styles the textarea with the panel's direction, which beats its `dir`: the reply sets its own.
const ReplyBox = styled(Textarea)<{ $direction: Direction }>`
  && {
    direction: ${(p) => p.$direction};
    text-align: start;
  }
`;

/** The editable reply and the one button that puts it where the helpdesk can (editor, clipboard or draft) with its tags. */
export function ReplyEditor() {
  const reply = usePanel((s) => s.reply);
  const language = usePanel((s) => s.assessment?.response.language);
  const status = usePanel((s) => s.insert.reply);
  const editReply = usePanel((s) => s.editReply);
  const insertReply = usePanel((s) => s.insertReply);
  const words = useInsertWords('reply');
  const t = useT();
  const direction = textDirection(reply, language === 'ar' ? 'rtl' : 'ltr');
  const label = t(status === 'inserting' ? words.busy : status === 'inserted' ? words.done : words.reply);
  return (
    <Stack>
      <Field>
        <Field.Label>{t('reply.label')}</Field.Label>
        <Field.Hint>{t(words.hint)}</Field.Hint>
        <ReplyBox value={reply} minRows={6} maxRows={16} dir={direction} $direction={direction} onChange={(e) => editReply(e.target.value)} />
      </Field>
      <Button isPrimary disabled={status === 'inserting' || status === 'inserted' || reply.trim() === ''} onClick={() => void insertReply()}>
        {label}
      </Button>
      <ReplyCheck />
      {status === 'inserted' && <ReplyConfirmation />}
      <DraftCheck />
    </Stack>
  );
}
