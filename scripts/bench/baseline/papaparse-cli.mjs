// Baseline for import_100k_ratio: read the file, decode it and parse it with PapaParse in a
// fresh Node process — the same start-up, read and parse a CLI import cannot do without.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

const text = new TextDecoder().decode(readFileSync(process.argv[2]));
const rows = Papa.parse(text, { skipEmptyLines: false }).data.length;
process.stdout.write(`${JSON.stringify({ rows })}\n`);
