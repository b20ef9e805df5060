import type { Readable } from 'node:stream';

/** One line of the input and its number, counting from 1 (blank lines are counted, not given). */
export interface InputLine {
  text: string;
  number: number;
}

/**
 * The lines of a JSONL stream, a batch per read, as they arrive. Lines end at a line feed only, with a CR before it
 * dropped: a lone CR is white space inside a JSON record, not the end of one (readline splits there). A UTF-8 byte
 * order mark before the first line is dropped. A line longer than one read is put together once, when it ends.
 */
export async function* inputLines(input: Readable): AsyncGenerator<InputLine[]> {
  let partial: string[] = [];
  let number = 0;
  let first = true;
  const finish = (text: string, out: InputLine[]) => {
    number++;
    let line = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (first) {
      first = false;
      line = withoutByteOrderMark(line);
    }
    if (line.trim() !== '') out.push({ text: line, number });
  };
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : String(chunk);
    const out: InputLine[] = [];
    let from = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', from)) {
      partial.push(text.slice(from, end));
      finish(partial.join(''), out);
      partial = [];
      from = end + 1;
    }
    if (from < text.length) partial.push(text.slice(from));
    if (out.length > 0) yield out;
  }
  const last: InputLine[] = [];
  if (partial.length > 0) finish(partial.join(''), last);
  if (last.length > 0) yield last;
}

/** A settings or input file's text without the UTF-8 byte order mark some editors put first. */
export const withoutByteOrderMark = (text: string): string => (text.startsWith('\ufeff') ? text.slice(1) : text);

/** A line's JSON value, or the answer `{ id: null, line, error }` that says why it holds none. */
export function parseJsonLine({ text, number }: InputLine): { value: unknown } | { answer: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { answer: JSON.stringify({ id: null, line: number, error: `not valid JSON (${(error as Error).message})` }) };
  }
}
