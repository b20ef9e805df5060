import { Alert } from '@zendeskgarden/react-notifications';
import { Button } from '@zendeskgarden/react-buttons';
import styled from 'styled-components';
import type { LitmusFinding, LitmusResult } from '../rules';
import { usePanel } from '../store';
import { InContext, List } from './Evidence';
import { useT } from './i18n';
import { Line, Stack, SubHeading } from './layout';
import { describeProblem } from './Notices';

const Suggestion = styled.span`
  display: block;
  color: ${(p) => p.theme.palette.grey?.[700]};
  font-size: ${(p) => p.theme.fontSizes.sm};
`;

interface FindingsProps {
  result: LitmusResult;
  text: string;
  label: string;
  /** Selects a finding's words where the text is edited; absent where it cannot be (the helpdesk's own editor). */
  onShow?: (finding: LitmusFinding) => void;
}

/** What the litmus test found in a text: each finding's kind, the words in their sentence, and what to do. */
export function LitmusFindings({ result, text, label, onShow }: FindingsProps) {
  const t = useT();
  if (result.pass) return <Line>{t('litmus.pass')}</Line>;
  return (
    <List aria-label={label}>
      {result.findings.map((finding) => (
        <li key={`${finding.kind}:${finding.start}:${finding.end}`}>
          <strong>{t(`litmus.kinds.${finding.kind}`)}</strong>
          <List as="div">
            <InContext signal={finding} body={text} />
          </List>
          <Suggestion>{t(`litmus.suggestions.${finding.kind}`)}</Suggestion>
          {onShow && (
            <Button size="small" isLink onClick={() => onShow(finding)}>
              {t('litmus.show')}
            </Button>
          )}
        </li>
      ))}
    </List>
  );
}

/** The litmus test of the reply in the panel, and the one question Insert asks when it fails. */
export function ReplyCheck({ onShow }: { onShow: (finding: LitmusFinding) => void }) {
  const result = usePanel((s) => s.replyCheck);
  const reply = usePanel((s) => s.reply);
  const confirm = usePanel((s) => s.confirmInsert);
  const insertReply = usePanel((s) => s.insertReply);
  const keepEditing = usePanel((s) => s.keepEditing);
  const t = useT();
  if (!result) return null;
  return (
    <Stack>
      <SubHeading>{t('litmus.title')}</SubHeading>
      <LitmusFindings result={result} text={reply} label={t('litmus.title')} onShow={onShow} />
      {confirm && (
        <Alert type="warning" role="alertdialog" aria-label={t('litmus.confirm')}>
          <Alert.Paragraph>{t('litmus.confirm')}</Alert.Paragraph>
          <Stack>
            <Button size="small" onClick={() => void insertReply({ anyway: true })}>
              {t('litmus.insertAnyway')}
            </Button>
            <Button size="small" isBasic onClick={keepEditing}>
              {t('litmus.keepEditing')}
            </Button>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

/** Check my draft: the same test on what the agent typed in the helpdesk's own editor, where it can be read. */
export function DraftCheck() {
  const readable = usePanel((s) => s.draftReadable);
  const check = usePanel((s) => s.draftCheck);
  const checkDraft = usePanel((s) => s.checkDraft);
  const t = useT();
  if (!readable) return null;
  return (
    <Stack>
      <Button size="small" disabled={check?.status === 'checking'} onClick={() => void checkDraft()}>
        {t(check?.status === 'checking' ? 'litmus.checkingDraft' : 'litmus.checkDraft')}
      </Button>
      {check?.status === 'failed' && check.problem && <Line>{t('litmus.draftFailed', { problem: describeProblem(t, check.problem) })}</Line>}
      {check?.status === 'done' && check.text.trim() === '' && <Line>{t('litmus.draftEmpty')}</Line>}
      {check?.status === 'done' && check.text.trim() !== '' && check.result && (
        <>
          <SubHeading>{t('litmus.draftTitle')}</SubHeading>
          <LitmusFindings result={check.result} text={check.text} label={t('litmus.draftTitle')} />
        </>
      )}
    </Stack>
  );
}
