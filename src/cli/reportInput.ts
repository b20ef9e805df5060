import type { Readable } from 'node:stream';
import { parseTicketContext } from '../rules';
import { readAssessment } from '../report/assessmentLine';
import { ticketFacts } from '../report/ticketFacts';
import type { AssessedTicket, TicketFacts } from '../report/types';
import { inputLines, type InputLine } from './lines';

/** Tells of a line that is left out: its file's name, its number and why. */
export type LineProblem = (line: number, error: string) => void;

function jsonOf({ text }: InputLine): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` };
  }
}

/** Each line of the input that is JSON, with its number; a line that is not is told to `problem` and left out. */
async function eachJsonLine(input: Readable, problem: LineProblem, take: (value: unknown, line: number) => void): Promise<void> {
  for await (const lines of inputLines(input)) {
    for (const line of lines) {
      const json = jsonOf(line);
      if ('error' in json) problem(line.number, json.error);
      else take(json.value, line.number);
    }
  }
}

/**
 * The facts of each valid context line, by id; every other line is told to `problem` and left out. Only a few fields
 * of each context are kept, so that a large audit fits in memory. A second context with an id already read is left
 * out: the first is the one joined.
 */
export async function readContexts(input: Readable, problem: LineProblem): Promise<Map<string, TicketFacts>> {
  const contexts = new Map<string, TicketFacts>();
  const firstLine = new Map<string, number>();
  await eachJsonLine(input, problem, (value, line) => {
    const parsed = parseTicketContext(value);
    if (!parsed.ok) return problem(line, parsed.id === null ? parsed.error : `${parsed.error} (id "${parsed.id}")`);
    const seen = firstLine.get(parsed.context.id);
    if (seen !== undefined) return problem(line, `the id "${parsed.context.id}" is already on line ${seen}; that first context is the one used`);
    firstLine.set(parsed.context.id, line);
    contexts.set(parsed.context.id, ticketFacts(parsed.context));
  });
  return contexts;
}

export interface Assessments {
  assessed: AssessedTicket[];
  /** Lines that are `assess`'s own `{ id, line, error }` answers: input it could not assess. */
  notAssessed: number;
}

/** The assessments of an `assess` output; every line that holds none is told to `problem` and left out. */
export async function readAssessments(input: Readable, problem: LineProblem): Promise<Assessments> {
  const assessed: AssessedTicket[] = [];
  let notAssessed = 0;
  await eachJsonLine(input, problem, (value, line) => {
    const result = readAssessment(value);
    if (result.kind === 'assessed') assessed.push(result.ticket);
    else if (result.kind === 'not_assessed') notAssessed++;
    else problem(line, result.error);
  });
  return { assessed, notAssessed };
}
