/**
 * Every diagnosis in the shared vocabulary, and every check, comes with steps in every environment:
 * for each diagnosis id and each OS × client (either one unknown too), at least one of its remedies
 * applies, the first one shown is never a risky one, and the remedies that depend on the client
 * really are written for it.
 */
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../src/lib/core/checks/registry';
import { DIAGNOSES } from '../../../src/lib/core/diagnose/catalogue';
import { DIAGNOSIS_IDS } from '../../../src/lib/core/diagnose/vocabulary';
import { REMEDIES } from '../../../src/lib/core/remedies/catalogue';
import { CLIENT_OPTIONS, OS_OPTIONS } from '../../../src/lib/core/model/environment';
import { orderRemedyIds, renderRemedies } from '../../../src/lib/core/remedies/render';
import { URI_RULES } from '../../../src/lib/core/uri/rules';
import { FACTS } from './matrix';

/** Diagnoses that are not a fault (a harmless log line, nothing recognised): they ask for more input instead of naming fixes. */
const NO_FIX = new Set(['benign-message', 'unknown']);

/**
 * Remedies the diagnosis catalogue (src/lib/core/diagnose/catalogue.ts, another module's file)
 * should list and does not yet: asked for in the report. Once listed there, the entry here
 * must go (the first test says so).
 */
const PENDING: Record<string, string[]> = {};
const remediesOf = (id: (typeof DIAGNOSIS_IDS)[number]) => [...DIAGNOSES[id].remedies, ...(PENDING[id] ?? [])];

const oses = [undefined, ...OS_OPTIONS.map((o) => o.id)];
const clients = [undefined, ...CLIENT_OPTIONS.map((o) => o.id)];

describe('remedy coverage', () => {
	it('names remedies for every diagnosis id but the ones that are not faults, and each exists', () => {
		for (const id of DIAGNOSIS_IDS) {
			const remedies = DIAGNOSES[id].remedies;
			if (NO_FIX.has(id)) {
				expect(remedies, id).toEqual([]);
				expect(DIAGNOSES[id].next?.length, `${id} asks for the next input instead`).toBeGreaterThan(0);
				continue;
			}
			expect(remedies.length, id).toBeGreaterThan(0);
			for (const r of remedies) expect(REMEDIES.has(r), `${id} → ${r}`).toBe(true);
		}
		for (const [id, extra] of Object.entries(PENDING)) {
			for (const r of extra) {
				expect(REMEDIES.has(r), r).toBe(true);
				expect(DIAGNOSES[id as (typeof DIAGNOSIS_IDS)[number]].remedies, `${r} is listed now: remove it from PENDING`).not.toContain(r);
			}
		}
		for (const check of CHECKS) for (const r of check.remedies) expect(REMEDIES.has(r), `${check.id} → ${r}`).toBe(true);
		for (const rule of URI_RULES) for (const r of rule.remedies) expect(REMEDIES.has(r), `${rule.id} → ${r}`).toBe(true);
	});

	it('has steps for every diagnosis on every OS and client, never starting with a risky one', () => {
		const missing: string[] = [];
		for (const id of DIAGNOSIS_IDS) {
			if (NO_FIX.has(id)) continue;
			for (const os of oses)
				for (const client of clients) {
					const rendered = Object.values(renderRemedies(orderRemedyIds(remediesOf(id)), { os, client }, FACTS));
					if (rendered.length === 0) missing.push(`${id} on ${os ?? 'any OS'} with ${client ?? 'any client'}`);
					else if (rendered[0].risk)
						missing.push(`${id} on ${os ?? 'any OS'} with ${client ?? 'any client'} starts with risky ${rendered[0].id}`);
				}
		}
		expect(missing).toEqual([]);
	});

	it('writes a client’s own syntax wherever a remedy depends on the client', () => {
		const same: string[] = [];
		for (const [id, t] of REMEDIES) {
			if (!t.varies.includes('client')) continue;
			const texts = new Set(
				clients
					.map((client) => renderRemedies([id], { os: 'debian', shell: 'bash', client }, FACTS)[id])
					.filter(Boolean)
					.map((r) => JSON.stringify(r.steps.map((s) => s.text)))
			);
			if (texts.size < 2) same.push(id);
		}
		expect(same).toEqual([]);
	});

	it('marks every remedy that switches verification off, and says what it exposes', () => {
		for (const id of ['allow-invalid-hostnames', 'allow-invalid-certificates', 'allow-tls-insecure', 'openssl-conf-unsafe-legacy']) {
			expect(REMEDIES.get(id)?.risk, id).toMatch(/.{60,}/);
		}
	});
});
