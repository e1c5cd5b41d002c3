/**
 * The per-event rule tables (src/lib/core/diagnose/families/ranking.ts): every id a rule names
 * exists, every table ends in a rule that always holds, and every rule fires on each of its own
 * examples when the example goes through the whole diagnosis.
 */
import { describe, expect, it } from 'vitest';
import { DIAGNOSES } from '../../../src/lib/core/diagnose/catalogue';
import { diagnoseTraced, type RelatedEvidence } from '../../../src/lib/core/diagnose/diagnose';
import { extractFacts } from '../../../src/lib/core/diagnose/facts';
import { EVENT_TABLES, eventFacts, firstRule, type EventExample } from '../../../src/lib/core/diagnose/families/ranking';
import { DIAGNOSIS_IDS } from '../../../src/lib/core/diagnose/vocabulary';
import { resolveContext } from '../../../src/lib/core/context';

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const asItem = (text: string) => [{ item: { id: 'item-1', kind: 'error-text' as const, label: '', source: {}, text } }];
const textOf = (e: EventExample) => (typeof e === 'string' ? e : e.text);
/** Pasted certificates that chain to a public or private root, as the chain stage reports them. */
const relatedOf = (e: EventExample): RelatedEvidence | undefined =>
	typeof e === 'string' ? undefined : ({ chains: [{ links: [{}], trust: { kind: e.chain } }] } as unknown as RelatedEvidence);

describe('the event rule tables', () => {
	it('have unique rule ids, each named after its event', () => {
		const ids = EVENT_TABLES.flatMap((t) => t.rules.map((r) => r.id));
		expect(new Set(ids).size).toBe(ids.length);
		for (const table of EVENT_TABLES) for (const rule of table.rules) expect(rule.id.startsWith(`${table.event}.`), rule.id).toBe(true);
	});

	it('end in a rule that always holds, and only there', () => {
		for (const table of EVENT_TABLES) {
			const last = table.rules.at(-1)!;
			expect(last.when(eventFacts({})), last.id).toBe(true);
			expect(
				last.when(eventFacts({ serverLog: true, hosts: [{ host: 'cluster0.abcde.mongodb.net' }] }, { tlsInUse: false })),
				last.id
			).toBe(true);
		}
	});

	for (const table of EVENT_TABLES) {
		for (const rule of table.rules) {
			describe(rule.id, () => {
				it('names only diagnoses in the vocabulary and the catalogue', () => {
					for (const c of rule.candidates) {
						expect(DIAGNOSIS_IDS, rule.id).toContain(c.id);
						expect(DIAGNOSES[c.id]?.title, `${rule.id}: ${c.id}`).toBeTruthy();
					}
					const ids = rule.candidates.map((c) => c.id);
					expect(new Set(ids).size, `${rule.id} names a diagnosis twice`).toBe(ids.length);
				});

				it('says why, and where from', () => {
					expect(rule.because.length).toBeGreaterThan(20);
					expect(rule.citation.length).toBeGreaterThan(5);
					expect(rule.examples.length).toBeGreaterThan(0);
				});

				for (const example of rule.examples) {
					it(`fires on: ${textOf(example).slice(0, 70)}`, () => {
						const text = textOf(example);
						if (!rule.candidates.length) {
							// A rule that proposes nothing leaves no trace in the diagnoses: read its table directly.
							expect(firstRule(table, eventFacts(extractFacts(text))).id).toBe(rule.id);
							return;
						}
						const { diagnoses, events } = diagnoseTraced(asItem(text), context, relatedOf(example));
						expect([...events], `${rule.id}: ${diagnoses.map((d) => d.id).join(', ')}`).toContain(rule.id);
					});
				}
			});
		}
	}
});

describe('values from the text in a rule’s command', () => {
	// A file name that holds a placeholder and a quote must come out as one literal word: filling
	// placeholders one after another used to put the raw name inside its own quoted copy.
	it('stay one quoted word, read back by bash as written', async () => {
		const { readEvent, UNKNOWN_ISSUER } = await import('../../../src/lib/core/diagnose/families/ranking');
		const { spawnSync } = await import('node:child_process');
		const hostile = "/tmp/{caFile}'$(echo INJECTED)'{caFileWord}.pem";
		const facts = eventFacts(extractFacts(`certificate verify failed: unable to get local issuer certificate, tlsCAFile=/x.pem`));
		const commands = readEvent(UNKNOWN_ISSUER, { ...facts, caFile: hostile, privateOnly: true })
			.flatMap((c) => c.next ?? [])
			.flatMap((n) => (n.command?.includes('-CAfile') ? [n.command] : []));
		expect(commands.length).toBeGreaterThan(0);
		for (const command of commands) {
			const word = command.slice(command.indexOf('-CAfile ') + 8, command.lastIndexOf(' </dev/null'));
			const echoed = spawnSync('bash', ['-c', `printf %s ${word}`], { encoding: 'utf8' });
			expect(echoed.stdout).toBe(hostile);
		}
	});
});
