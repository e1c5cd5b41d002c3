/** The vocabulary extracts (tests/fixtures/vocabulary/), read as the completeness tests need them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const VOCABULARY_DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'vocabulary');

/** The non-empty lines of an extract. */
export const extractLines = (file: string): string[] =>
	readFileSync(join(VOCABULARY_DIR, file), 'utf8')
		.split('\n')
		.filter((l) => l.length);

/** A tab-separated extract, one array of fields per line. */
export const extractRows = (file: string): string[][] => extractLines(file).map((l) => l.split('\t'));
