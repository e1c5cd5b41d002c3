/**
 * The held-out public corpus (tests/fixtures/errors/threads): error texts people pasted in public
 * threads, labelled with what each thread found, never with what this tool says. Top-1 accuracy
 * is measured on it (exact id and family), per client and overall.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/lib/core/analyze';
import { familyOf } from '../../../src/lib/core/diagnose/diagnosis-family';

export interface ThreadEntry {
	file: string;
	url: string;
	repo: string;
	client: string;
	stack: string;
	cause: string;
	confidence: 'confirmed' | 'plausible' | 'unresolved';
	found: string;
}

export const THREADS_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'errors', 'threads');

export const THREADS: ThreadEntry[] = JSON.parse(readFileSync(join(THREADS_DIR, 'index.json'), 'utf8'));

export const threadText = (e: ThreadEntry) => readFileSync(join(THREADS_DIR, e.file), 'utf8');

export interface Scored {
	entry: ThreadEntry;
	top: string;
	family: string;
	exact: boolean;
	familyRight: boolean;
	/** The top is a bare "unknown": no diagnosis and no part of TLS named. */
	bare: boolean;
}

/** Every entry, with its top diagnosis and whether it matches the thread's cause. */
export async function scoreThreads(entries: readonly ThreadEntry[] = THREADS): Promise<Scored[]> {
	const out: Scored[] = [];
	for (const entry of entries) {
		// A fixed clock: the texts carry no certificates whose validity the day would change.
		const report = await analyze([{ kind: 'text', text: threadText(entry) }], { at: '2026-12-01T00:00:00Z' });
		const top = report.diagnoses[0];
		const id = top?.id ?? 'unknown';
		const family = familyOf(id, top?.facts.tlsFamily);
		out.push({
			entry,
			top: id,
			family,
			exact: id === entry.cause,
			familyRight: entry.cause !== 'unresolved' && family === familyOf(entry.cause),
			bare: id === 'unknown' && !top?.facts.tlsFamily
		});
	}
	return out;
}

export interface Accuracy {
	group: string;
	/** Confirmed + plausible entries: those with a cause to compare with. */
	judged: number;
	exact: number;
	family: number;
	/** All entries, including unresolved ones. */
	all: number;
	bare: number;
}

export function accuracy(scored: readonly Scored[], by: (s: Scored) => string = () => 'all'): Accuracy[] {
	const groups = new Map<string, Accuracy>();
	for (const s of scored) {
		const group = by(s);
		const a = groups.get(group) ?? { group, judged: 0, exact: 0, family: 0, all: 0, bare: 0 };
		a.all++;
		if (s.bare) a.bare++;
		if (s.entry.confidence !== 'unresolved' && s.entry.cause !== 'unresolved') {
			a.judged++;
			if (s.exact) a.exact++;
			if (s.familyRight) a.family++;
		}
		groups.set(group, a);
	}
	return [...groups.values()].sort((x, y) => y.all - x.all || x.group.localeCompare(y.group));
}

const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : '–');

/** A Markdown table of the figures, as the README shows them. */
export function accuracyTable(rows: readonly Accuracy[]): string {
	const lines = ['| client | texts | judged | top-1 exact | top-1 family | bare "unknown" |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
	for (const r of rows)
		lines.push(
			`| ${r.group} | ${r.all} | ${r.judged} | ${r.exact} (${pct(r.exact, r.judged)}) | ${r.family} (${pct(r.family, r.judged)}) | ${r.bare} |`
		);
	return lines.join('\n');
}
