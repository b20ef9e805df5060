import { reportCommand } from './report';

// `npm run report -- ASSESSMENTS.jsonl --contexts CONTEXTS.jsonl --out report.html` until `fairline report` ships.
process.exitCode = await reportCommand(process.argv.slice(2), process);
