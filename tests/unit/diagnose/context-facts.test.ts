/**
 * Issue 14 item 7: the context a link gives (client=pymongo&os=macos) shapes the ranking and the
 * steps as a traceback saying the same would. The README's own deep link is the input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseTraced } from '../../../src/lib/core/diagnose/diagnose';
import { resolveContext, type AnalysisContext } from '../../../src/lib/core/context';
import { toMarkdown } from '../../../src/lib/core/report/markdown';
import { orderRemedyIds } from '../../../src/lib/core/remedies/render';
import { analyzeText } from '../../helpers/analyze';

/** The deep link README.md documents, read from the README itself so the test follows it. */
function readmeLink(): { text: string; context: AnalysisContext } {
	const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
	const link = /https:\/\/YOUR-HOST\/tls-doctor\/#(error=[^\s`]+)/.exec(readme);
	if (!link) throw new Error('README.md no longer shows the #error= deep link');
	const params = new URLSearchParams(link[1]);
	const context: AnalysisContext = {};
	for (const key of ['client', 'os', 'python', 'shell'] as const) {
		const value = params.get(key);
		if (value) context[key] = value;
	}
	return { text: params.get('error')!, context };
}

const { text: LINK_TEXT, context: LINK_CONTEXT } = readmeLink();

// The diagnoses whose remedies are certifi and Install Certificates.command: a Python without a
// current set of public roots. Nothing else in the catalogue offers both.
const ROOTS_MISSING = ['missing-system-roots'];
const CERTIFI = ['certifi-tlscafile', 'ssl-cert-file-certifi'];
const INSECURE = ['allow-invalid-certificates', 'allow-tls-insecure', 'allow-invalid-hostnames'];

const traced = (text: string, context: AnalysisContext) =>
	diagnoseTraced([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], resolveContext(context));

describe('the README deep link', () => {
	it('says what the test assumes: a bare local-issuer error, for PyMongo on macOS', () => {
		expect(LINK_TEXT).toMatch(/CERTIFICATE_VERIFY_FAILED/);
		expect(LINK_TEXT).toMatch(/unable to get local issuer certificate/);
		expect(LINK_CONTEXT).toMatchObject({ client: 'pymongo', os: 'macos' });
	});

	it('with its context, puts the missing roots first, with certifi and Install Certificates.command', async () => {
		const report = await analyzeText(LINK_TEXT, LINK_CONTEXT);
		const top = report.diagnoses[0];
		expect(ROOTS_MISSING).toContain(top.id);
		expect(report.verdict?.source).toBe(top.id);
		expect(top.remedies).toContain('install-certificates-command');
		expect(top.remedies.some((id) => CERTIFI.includes(id))).toBe(true);
		// Written for the machine the link names: both are rendered, Install Certificates first.
		const rendered = Object.keys(report.remedies);
		expect(rendered).toContain('install-certificates-command');
		expect(rendered.some((id) => CERTIFI.includes(id))).toBe(true);
		expect(report.remedies['install-certificates-command'].steps.some((s) => /Install Certificates\.command/.test(s.text))).toBe(true);
	});

	it('never offers turning verification off as the fix: marked unsafe, after every safe remedy', async () => {
		const report = await analyzeText(LINK_TEXT, LINK_CONTEXT);
		for (const [id, remedy] of Object.entries(report.remedies)) {
			const switchesOff = remedy.steps.some((s) => s.kind !== 'text' && /tlsAllowInvalidCertificates|tlsInsecure/.test(s.text));
			if (switchesOff || INSECURE.includes(id)) expect(remedy.risk, id).toMatch(/.{40,}/);
		}
		// Each diagnosis lists its safe remedies before any unsafe one, as the page and the Markdown show them.
		for (const d of report.diagnoses) {
			const shown = orderRemedyIds(d.remedies).filter((id) => report.remedies[id]);
			const firstUnsafe = shown.findIndex((id) => report.remedies[id].risk);
			if (firstUnsafe < 0) continue;
			expect(firstUnsafe, d.id).toBeGreaterThan(0);
			expect(
				shown.slice(firstUnsafe).every((id) => report.remedies[id].risk),
				d.id
			).toBe(true);
		}
		// The ticket Markdown: certifi and Install Certificates.command are there, and the insecure
		// option only under a heading that says it weakens security.
		const markdown = toMarkdown(report);
		expect(markdown).toContain('Install Certificates.command');
		expect(markdown).toMatch(/certifi/);
		const lines = markdown.split('\n');
		let heading = '';
		for (const line of lines) {
			if (line.startsWith('### ')) heading = line;
			if (
				/tlsAllowInvalidCertificates=true|tlsAllowInvalidCertificates: true|tlsAllowInvalidCertificates=True|tlsInsecure=true/.test(line)
			) {
				expect(heading, line).toMatch(/weakens security/);
			}
		}
		const unsafeAt = markdown.indexOf('weakens security');
		if (unsafeAt >= 0) expect(markdown.indexOf('Install Certificates.command')).toBeLessThan(unsafeAt);
	});

	it('fires the same ranking rule as a traceback that shows macOS and PyMongo', () => {
		const fromLink = traced(LINK_TEXT, LINK_CONTEXT);
		const fromText = traced(
			`  File "/Users/ann/app/main.py", line 3, in <module>\npymongo.errors.ServerSelectionTimeoutError: ${LINK_TEXT}`,
			{}
		);
		expect([...fromLink.events]).toEqual([...fromText.events]);
		expect(fromLink.events.has('unknown-issuer.python-on-macos')).toBe(true);
		expect(fromLink.diagnoses[0].id).toBe(fromText.diagnoses[0].id);
	});

	it('with python=python.org too, reads as a python.org traceback on macOS does: missing roots, high', () => {
		const fromLink = traced(LINK_TEXT, { ...LINK_CONTEXT, python: 'python.org' });
		const fromText = traced(
			`  File "/Library/Frameworks/Python.framework/Versions/3.12/lib/python3.12/site-packages/pymongo/pool.py", line 1\n${LINK_TEXT}`,
			{}
		);
		for (const r of [fromLink, fromText]) {
			expect(r.events.has('unknown-issuer.python-org-macos')).toBe(true);
			expect(r.diagnoses[0]).toMatchObject({ id: 'missing-system-roots', confidence: 'high' });
		}
	});

	it('a Python that brings its own current roots (Homebrew, conda) does not read as python.org', () => {
		for (const python of ['homebrew', 'conda', 'pyenv']) {
			const r = traced(LINK_TEXT, { ...LINK_CONTEXT, python });
			expect(r.events.has('unknown-issuer.python-on-macos'), python).toBe(false);
			expect(r.events.has('unknown-issuer.python-org-macos'), python).toBe(false);
		}
	});

	it('without context, keeps the answers the text alone allows, at medium confidence', async () => {
		// Nothing in the bare text tells a private CA never given from a store without the public root.
		const report = await analyzeText(LINK_TEXT);
		expect(['untrusted-ca', 'missing-system-roots']).toContain(report.diagnoses[0].id);
		expect(report.diagnoses[0].confidence).toBe('medium');
		expect(traced(LINK_TEXT, {}).events).toEqual(new Set(['unknown-issuer.otherwise']));
	});

	it('a guess (values not chosen, such as the browser’s OS) is no fact', () => {
		const guessed = traced(LINK_TEXT, { ...LINK_CONTEXT, chosen: [] });
		expect(guessed.events).toEqual(new Set(['unknown-issuer.otherwise']));
		const chosen = traced(LINK_TEXT, { ...LINK_CONTEXT, chosen: ['os', 'client'] });
		expect(chosen.events.has('unknown-issuer.python-on-macos')).toBe(true);
	});

	it('a private host still reads as a private CA, whatever the machine', () => {
		const r = traced(`db.internal:27017: ${LINK_TEXT}`, { ...LINK_CONTEXT, python: 'python.org' });
		expect(r.diagnoses[0].id).toBe('untrusted-ca');
	});
});

describe('a Python choice beside another client', () => {
	it('does not make a Node.js error on macOS a python.org missing-roots case', async () => {
		const text =
			'MongoServerSelectionError: unable to get local issuer certificate\n    at Timeout._onTimeout (/Users/ann/app/node_modules/mongodb/lib/sdam/topology.js:285:38) {\n  code: UNABLE_TO_GET_ISSUER_CERT_LOCALLY';
		const report = await analyzeText(text, { client: 'node', os: 'macos', python: 'python.org' });
		// The catalogue's own words may mention python.org; the reason for the ranking may not.
		for (const d of report.diagnoses) expect(d.explanation.split('Why this ranking:')[1] ?? '').not.toMatch(/python\.org|macOS/i);
		expect(report.diagnoses.find((d) => d.id === 'missing-system-roots')?.confidence).not.toBe('high');
	});
});
