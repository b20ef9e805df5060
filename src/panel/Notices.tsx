import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import type { ReadWarning, WarningCode } from '../shared/adapter';
import type { Problem } from '../store';
import { usePanel } from '../store';
import { CopyButton } from './Copy';
import { useT, type Translate } from './i18n';
import { INSERT_WORDS, modeOf } from './insertWords';
import { Stack } from './layout';

export const describeProblem = (t: Translate, problem: Problem) => t(`problem.${problem.code}`, problem.values);

function LoadProblem() {
  const problem = usePanel((s) => s.loadProblem);
  const load = usePanel((s) => s.load);
  const t = useT();
  if (!problem) return null;
  return (
    <Alert type="error">
      <Alert.Title>{t('problem.loadFailed')}</Alert.Title>
      <Alert.Paragraph>{describeProblem(t, problem)}</Alert.Paragraph>
      <Button size="small" onClick={() => void load()}>
        {t('retry')}
      </Button>
    </Alert>
  );
}

/** A refused insert: why, that the text is still in the panel, and Copy. */
function InsertProblem() {
  const problem = usePanel((s) => s.insertProblem);
  const mode = usePanel((s) => modeOf(s, s.insertProblem?.target ?? 'reply'));
  const t = useT();
  if (!problem) return null;
  // A draft of the other kind: the message itself says what to do.
  const conflict = problem.code === 'draft_public' || problem.code === 'draft_internal';
  return (
    <Alert type="error">
      <Alert.Title>{t(INSERT_WORDS[mode].failed)}</Alert.Title>
      <Alert.Paragraph>{describeProblem(t, problem)}</Alert.Paragraph>
      {!conflict && <Alert.Paragraph>{t(problem.target === 'note' ? 'problem.noteKept' : 'problem.insertKept')}</Alert.Paragraph>}
      <CopyButton target={problem.target} />
    </Alert>
  );
}

// Earlier tickets or a value source that could not be read are worth another try; the other gaps stay until the data changes.
const RETRYABLE: readonly WarningCode[] = ['history_unavailable', 'history_rate_limited', 'value_source_failed'];

/** A value source's warning names the source and the reason in the agent's language. */
function wordedValues(t: Translate, w: ReadWarning): Record<string, string | number> {
  const values = { ...w.values };
  if (w.code === 'value_source_failed') {
    values.reason = t(`sourceProblem.${String(values.reason)}`, values);
    values.source = t(`source.${String(values.source)}`);
  }
  if (w.code === 'value_unmatched') values.sources = String(values.sources ?? '').split(',').map((s) => t(`source.${s}`)).join(', ');
  return values;
}

function Warnings() {
  const warnings = usePanel((s) => s.warnings);
  const issues = usePanel((s) => s.settingsIssues);
  const refreshing = usePanel((s) => s.refreshing);
  const load = usePanel((s) => s.load);
  const t = useT();
  return (
    <>
      {warnings.length > 0 && (
        <Alert type="warning" role="status">
          <Alert.Title>{t('warning.heading')}</Alert.Title>
          {warnings.map((w) => (
            <Alert.Paragraph key={`${w.code}:${JSON.stringify(w.values ?? {})}`}>{t(`warning.${w.code}`, wordedValues(t, w))}</Alert.Paragraph>
          ))}
          {warnings.some((w) => RETRYABLE.includes(w.code)) && (
            <Button size="small" disabled={refreshing} onClick={() => void load()}>
              {t('retry')}
            </Button>
          )}
        </Alert>
      )}
      {issues.length > 0 && (
        <Alert type="warning" role="status">
          <Alert.Title>{t('settings.heading')}</Alert.Title>
          {issues.map((issue) => (
            <Alert.Paragraph key={issue}>{issue}</Alert.Paragraph>
          ))}
        </Alert>
      )}
    </>
  );
}

/** Problems and gaps in plain words; the last good assessment stays below them. */
export function Notices() {
  return (
    <Stack>
      <LoadProblem />
      <InsertProblem />
      <Warnings />
    </Stack>
  );
}
