import { Button } from '@zendeskgarden/react-buttons';
import { Well } from '@zendeskgarden/react-notifications';
import type { Language, PolicyResponse } from '../rules';
import { usePanel } from '../store';
import { translate, useT } from './i18n';
import { useInsertWords } from './insertWords';
import { Heading, Line, Section, SubHeading } from './layout';
import { ReplyEditor } from './ReplyEditor';

/**
 * The rules word the rationale in English; other languages take the variant's (a warning for abuse is not one for
 * review threats), then the action's, then the English.
 */
function rationaleIn(language: Language, { action, variant, rationale }: PolicyResponse): string {
  if (language === 'en') return rationale;
  const byVariant = variant === null ? null : translate(language, `rationale.${action}_${variant}`);
  return byVariant ?? translate(language, `rationale.${action}`) ?? rationale;
}

/** The note as the store words it in the agent's language; Insert puts in exactly this text. */
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
  const note = usePanel((s) => s.note);
  const language = usePanel((s) => s.uiLanguage);
  const t = useT();
  if (!response) return null;
  return (
    <Section aria-labelledby="fairline-response">
      <Heading id="fairline-response">{t('action.heading')}</Heading>
      <Line>
        <strong>{t(`action.${response.action}`)}</strong>
      </Line>
      <Line>{rationaleIn(language, response)}</Line>
      {note && <InternalNote note={note} />}
      <ReplyEditor />
    </Section>
  );
}
