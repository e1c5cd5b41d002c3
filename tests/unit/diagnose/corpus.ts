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
	/**
	 * The top diagnosis an honest reader of the text reaches; a list where the text alone cannot
	 * settle it (every acceptable top: the produced one must be among them).
	 */
	top: DiagnosisId | DiagnosisId[];
	/** Why the top differs from the cause, or (a list) what the text cannot settle and what input would. */
	why?: string;
	/**
	 * The produced top is not acceptable, and the ranking is not fixed yet: the reason. Counted and
	 * listed by the corpus test under a ceiling that may only go down.
	 */
	knownMiss?: string;
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

/** Every acceptable top of an entry. */
export const acceptableTops = (entry: CorpusEntry): DiagnosisId[] => (Array.isArray(entry.top) ? entry.top : [entry.top]);

export const corpusPath = (entry: CorpusEntry) => join(DIR, entry.file);
export const corpusText = (entry: CorpusEntry) => readFileSync(corpusPath(entry), 'utf8');

/** The captured text of one client in one scenario. */
export function captured(client: string, scenario: string): string {
	const entry = CORPUS.find((e) => e.source === 'captured' && e.client === client && e.scenario === scenario);
	if (!entry) throw new Error(`no captured text for ${client} / ${scenario}`);
	return corpusText(entry);
}
