/**
 * The report's only styles, inline: no fonts or sheets to fetch. Logical properties (inline-start, …) lay the page
 * out for English and Arabic alike; the charts keep their own left-to-right axes.
 */
export const STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #fff; --band: #f6f8fa; --alarm: #b8312f; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--band); color: var(--ink); font: 15px/1.5 system-ui, "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 24px; }
header h1 { margin: 0 0 4px; font-size: 26px; }
header p { margin: 0; color: var(--muted); }
section { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin-block: 16px; }
h2 { margin: 0 0 8px; font-size: 18px; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 12px; margin: 0; }
.figure { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; margin: 0; }
.figure dt { color: var(--muted); font-size: 13px; }
.figure dd { margin: 0; font-size: 28px; font-weight: 600; font-variant-numeric: tabular-nums; }
.figure .detail { display: block; font-size: 12px; font-weight: 400; color: var(--muted); }
.figure.alarm dd { color: var(--alarm); }
figure.chart { margin: 0; overflow-x: auto; }
figure.chart svg { max-width: 100%; height: auto; }
.note { color: var(--muted); font-size: 13px; margin: 6px 0 0; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: start; padding: 6px 8px; border-block-end: 1px solid var(--line); vertical-align: top; }
th { background: var(--band); font-weight: 600; }
td.number { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.evidence { max-width: 340px; overflow-wrap: anywhere; }
.key { color: var(--muted); font-size: 12px; }
bdi { unicode-bidi: isolate; }
footer { color: var(--muted); font-size: 12px; padding-block: 8px 24px; }
`;

/** Nothing from the page may load or run: no scripts, fetches, fonts or images; only its own inline styles. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
