import { Button } from '@zendeskgarden/react-buttons';
import { Field, Textarea } from '@zendeskgarden/react-forms';
import { useCallback, useRef } from 'react';
import styled from 'styled-components';
import type { LitmusFinding } from '../rules';
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
  const box = useRef<HTMLTextAreaElement>(null);
  // The finding's words selected in the reply itself, as long as the reply still holds them there (the check runs
  // 300 ms after typing, so the agent may have typed since).
  const show = useCallback((finding: LitmusFinding) => {
    const element = box.current;
    if (!element || element.value.slice(finding.start, finding.end) !== finding.evidence) return;
    element.focus();
    element.setSelectionRange(finding.start, finding.end);
  }, []);
  const label = t(status === 'inserting' ? words.busy : status === 'inserted' ? words.done : words.reply);
  return (
    <Stack>
      <Field>
        <Field.Label>{t('reply.label')}</Field.Label>
        <Field.Hint>{t(words.hint)}</Field.Hint>
        <ReplyBox ref={box} value={reply} minRows={6} maxRows={16} dir={direction} $direction={direction} onChange={(e) => editReply(e.target.value)} />
      </Field>
      <Button isPrimary disabled={status === 'inserting' || status === 'inserted' || reply.trim() === ''} onClick={() => void insertReply()}>
        {label}
      </Button>
      <ReplyCheck onShow={show} />
      {status === 'inserted' && <ReplyConfirmation />}
      <DraftCheck />
    </Stack>
  );
}
