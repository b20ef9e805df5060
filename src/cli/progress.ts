import { Presets, SingleBar } from 'cli-progress';
import type { Writable } from 'node:stream';

/**
 * Progress of long work on standard error: a bar with the count, the rate and the time left on a terminal
 * (cli-progress), a plain line every `everyMs` elsewhere (a log file, CI), and a last one when any was written. Standard output is never written.
 */
export interface Progress {
  /** `done` of `total` (any unit: bytes, seconds of history, pages) gives the share and the time left; `count` is shown. */
  update(done: number, total: number | null, count: number): void;
  /** Ends the bar, or writes the last plain line. */
  stop(): void;
}

export interface ProgressOptions {
  /** What is being done: "pull zendesk". */
  label: string;
  /** What is counted: "tickets". */
  unit: string;
  stream: Writable & { isTTY?: boolean };
  everyMs?: number;
  now?: () => number;
}

const grouped = (n: number) => Math.round(n).toLocaleString('en-US');

export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

export function createProgress(options: ProgressOptions): Progress {
  return options.stream.isTTY ? barProgress(options) : lineProgress(options);
}

function barProgress({ label, unit, stream, now = Date.now }: ProgressOptions): Progress {
  const started = now();
  const bar = new SingleBar(
    { stream, hideCursor: true, fps: 5, etaBuffer: 40, format: `${label} {bar} {percentage}% | {count} ${unit} | {rate} ${unit}/s | {eta_formatted} left` },
    Presets.shades_classic,
  );
  let begun = false;
  const payload = (count: number) => ({ count: grouped(count), rate: grouped(count / Math.max(0.001, (now() - started) / 1000)) });
  return {
    update(done, total, count) {
      const size = total ?? Math.max(done, 1);
      if (!begun) bar.start(size, done, payload(count));
      else if (bar.getTotal() !== size) bar.setTotal(size);
      begun = true;
      bar.update(done, payload(count));
    },
    stop: () => bar.stop(),
  };
}

function lineProgress({ label, unit, stream, everyMs = 10_000, now = Date.now }: ProgressOptions): Progress {
  const started = now();
  let last = started;
  let count = 0;
  let written = false;
  return {
    update(done, total, shown) {
      count = shown;
      const at = now();
      if (at - last < everyMs) return;
      last = at;
      written = true;
      const elapsed = at - started;
      const left = total && done > 0 && done < total ? `, about ${duration((elapsed * (total - done)) / done)} left` : '';
      stream.write(`${label}: ${grouped(count)} ${unit}, ${grouped(count / Math.max(0.001, elapsed / 1000))} ${unit}/s${left}\n`);
    },
    /** Work too short for a line of progress ends quietly too. */
    stop() {
      if (written) stream.write(`${label}: ${grouped(count)} ${unit} in ${duration(now() - started)}\n`);
    },
  };
}

/** One bar (or run of lines) for each thing counted in turn ("tickets", then "comments"): the last one stops when the next begins. */
export function progressByUnit(label: string, stream: ProgressOptions['stream'], now: () => number) {
  let current: { unit: string; progress: Progress } | null = null;
  return {
    update(unit: string, done: number, total: number | null, count: number) {
      if (current?.unit !== unit) {
        current?.progress.stop();
        current = { unit, progress: createProgress({ label, unit, stream, now }) };
      }
      current.progress.update(done, total, count);
    },
    stop: () => current?.progress.stop(),
  };
}
