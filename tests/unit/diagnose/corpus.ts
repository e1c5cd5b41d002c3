/** The error-text corpus index, read once for the tests that use it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagnosisId } from '../../../src/lib/core/diagnose/vocabulary';

export interface CorpusEntry {
	file: string;
	source: 'captured' | 'public';
	client: string;
	clientVersion?: string;
	scenario?: string;
	setup?: string;
	/** The true cause: what was set up wrong, or what the public thread found. */
	cause: DiagnosisId;
	/** The top diagnosis an honest reader of the text reaches. */
	top: DiagnosisId;
	why?: string;
	causeHidden?: boolean;
	/** Public texts: the thread or page, and what it found. */
	url?: string;
	/** A seed document (../shared/seeds) the text was quoted from. */
	seed?: string;
	/** A book or document named when there is no URL to give. */
	reference?: string;
	found?: string;
}

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'errors');

export const CORPUS: CorpusEntry[] = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8'));

export const corpusPath = (entry: CorpusEntry) => join(DIR, entry.file);
export const corpusText = (entry: CorpusEntry) => readFileSync(corpusPath(entry), 'utf8');

/** The captured text of one client in one scenario. */
export function captured(client: string, scenario: string): string {
	const entry = CORPUS.find((e) => e.source === 'captured' && e.client === client && e.scenario === scenario);
	if (!entry) throw new Error(`no captured text for ${client} / ${scenario}`);
	return corpusText(entry);
}
