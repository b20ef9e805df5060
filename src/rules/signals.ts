import { LEXICON_AR } from './data/lexicon-ar';
import { LEXICON_EN } from './data/lexicon-en';
import { compileLexicon, findSignals, type CompiledLexicon } from './match';
import { normalise, readLeetspeak } from './normalise';
import { customerSegments } from './quotes';
import type { Comment, Signal } from './types';

// Compiled once, at load: compiling the lexicons is the costly part.
const LEXICONS: readonly CompiledLexicon[] = [compileLexicon(LEXICON_EN), compileLexicon(LEXICON_AR)];

/**
 * Every signal in the customer's own words: customer comments only, quoted mail left out.
 * Spans index the original comment body.
 * @example customerSignals([{ author: 'customer', body: 'I will sue you' }])[0].kind // 'legal_threat'
 */
export function customerSignals(comments: readonly Comment[], lexicons: readonly CompiledLexicon[] = LEXICONS): Signal[] {
  const signals: Signal[] = [];
  comments.forEach((comment, commentIndex) => {
    if (comment.author !== 'customer') return;
    const body = comment.body;
    for (const segment of customerSegments(body)) {
      const plain = normalise(body, { deleet: false }, segment.start, segment.end);
      const leet = readLeetspeak(plain);
      for (const lexicon of lexicons) {
        for (const match of findSignals(lexicon.deleet ? leet : plain, lexicon)) {
          signals.push({ kind: match.kind, evidence: body.slice(match.start, match.end), commentIndex, start: match.start, end: match.end });
        }
      }
    }
  });
  signals.sort((a, b) => a.commentIndex - b.commentIndex || a.start - b.start || a.end - b.end);
  // Both lexicons know some words ("chargeback"); one phrase is one signal.
  return signals.filter((s, k) => {
    const before = signals[k - 1];
    return !before || before.commentIndex !== s.commentIndex || before.start !== s.start || before.end !== s.end || before.kind !== s.kind;
  });
}
