import { LEXICON_AR } from './data/lexicon-ar';
import { LEXICON_EN } from './data/lexicon-en';
import { compileLexicon, findSignalsInEach, type CompiledLexicon } from './match';
import { normalise, readLatinDisguises, type NormalisedText } from './normalise';
import { customerSegments } from './quotes';
import { tokensOf, type Token } from './tokens';
import type { Comment, Signal } from './types';

// Compiled once, at load: compiling the lexicons is the costly part.
const LEXICONS: readonly CompiledLexicon[] = [compileLexicon(LEXICON_EN), compileLexicon(LEXICON_AR)];

/** A stretch of one customer comment in its two readings, and where it belongs. */
interface Piece {
  owner: number;
  comment: Comment;
  commentIndex: number;
  plain: NormalisedText;
  leet: NormalisedText;
}

/** The customer's own words of every comment list: customer comments only, quoted mail left out. */
function customerPieces(commentLists: readonly (readonly Comment[])[]): Piece[] {
  const pieces: Piece[] = [];
  commentLists.forEach((comments, owner) => {
    comments.forEach((comment, commentIndex) => {
      if (comment.author !== 'customer') return;
      for (const segment of customerSegments(comment.body)) {
        const plain = normalise(comment.body, { deleet: false }, segment.start, segment.end);
        pieces.push({ owner, comment, commentIndex, plain, leet: readLatinDisguises(plain) });
      }
    });
  });
  return pieces;
}

/**
 * At most this many signals of one kind in one comment are reported: a comment of "sue " a million times would
 * otherwise make a million signals, an answer too long to write and a panel too slow to draw. The rest are counted.
 */
export const SIGNALS_PER_KIND = 20;

/** Signals in order of comment and place; both lexicons know some words ("chargeback"), and one phrase is one signal. */
function inOrder(signals: Signal[], reading: CustomerReading): Signal[] {
  signals.sort((a, b) => a.commentIndex - b.commentIndex || a.start - b.start || a.end - b.end);
  const perKind = new Map<string, number>();
  return signals.filter((s, k) => {
    const before = signals[k - 1];
    if (before && before.commentIndex === s.commentIndex && before.start === s.start && before.end === s.end && before.kind === s.kind) return false;
    const key = `${s.commentIndex}:${s.kind}`;
    const seen = (perKind.get(key) ?? 0) + 1;
    perKind.set(key, seen);
    if (seen <= SIGNALS_PER_KIND) return true;
    reading.omitted++;
    return false;
  });
}

/** The words of one stretch of a customer comment, stemmed, with spans in that comment's body. */
export interface CommentWords {
  commentIndex: number;
  tokens: Token[];
}

/** What the rules read in one ticket's customer text: the lexicons' signals, and the words for the learned model. */
export interface CustomerReading {
  signals: Signal[];
  words: CommentWords[];
  /** Signals found but not reported, past SIGNALS_PER_KIND of one kind in one comment. */
  omitted: number;
}

/** A reading of no customer text (a fresh object: `omitted` is counted into it). */
export const emptyReading = (): CustomerReading => ({ signals: [], words: [], omitted: 0 });

/**
 * `readCustomer` for the comments of many tickets at once, with the same result for each; the batch command uses it
 * because the lexicons match a batch faster than its tickets one by one.
 */
export function readCustomersOfEach(commentLists: readonly (readonly Comment[])[], lexicons: readonly CompiledLexicon[] = LEXICONS): CustomerReading[] {
  const pieces = customerPieces(commentLists);
  const readings = commentLists.map(emptyReading);
  for (const { owner, commentIndex, plain } of pieces) readings[owner]!.words.push({ commentIndex, tokens: tokensOf(plain) });
  for (const lexicon of lexicons) {
    const found = findSignalsInEach(
      pieces.map((p) => (lexicon.deleet ? p.leet : p.plain)),
      lexicon,
    );
    pieces.forEach(({ owner, comment, commentIndex }, k) => {
      for (const { kind, start, end } of found[k]!) {
        readings[owner]!.signals.push({ kind, evidence: comment.body.slice(start, end), commentIndex, start, end });
      }
    });
  }
  for (const reading of readings) reading.signals = inOrder(reading.signals, reading);
  return readings;
}

/**
 * Every signal in the customer's own words, and their words: customer comments only, quoted mail left out.
 * Spans index the original comment body.
 * @example readCustomer([{ author: 'customer', body: 'I will sue you' }]).signals[0].kind // 'legal_threat'
 */
export function readCustomer(comments: readonly Comment[], lexicons: readonly CompiledLexicon[] = LEXICONS): CustomerReading {
  return readCustomersOfEach([comments], lexicons)[0] ?? emptyReading();
}

/** The signals of `readCustomer` alone. */
export function customerSignals(comments: readonly Comment[], lexicons: readonly CompiledLexicon[] = LEXICONS): Signal[] {
  return readCustomer(comments, lexicons).signals;
}
