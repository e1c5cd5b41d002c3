/**
 * Hostile input through the paths that are not analyze() itself: the environment guess the worker
 * makes from every error text, the combined key + certificate PEM the page builds, the secret
 * finder behind share links, and the ticket Markdown. Each within its budget (budgets.ts).
 */
import { describe, expect, it } from 'vitest';
import { redactText } from '../../../src/lib/core/ingest/secrets';
import { ArtefactError, combinedPem } from '../../../src/lib/core/remedies/artefacts';
import { detectEnvironment } from '../../../src/lib/core/remedies/detect';
import { toMarkdown } from '../../../src/lib/core/report/markdown';
import { analyzeText } from '../../helpers/analyze';
import { repeatTo } from './bounded';
import { BUDGETS, type BudgetName } from './budgets';

const MB2 = 2 * 1024 * 1024;

function within<T>(name: BudgetName, run: () => T): T {
	const started = performance.now();
	const out = run();
	const ms = performance.now() - started;
	if (process.env.HOSTILE_MEASURE) console.log(`${name}: ${ms.toFixed(0)} ms`);
	expect(ms, `${name} took ${ms.toFixed(0)} ms (budget ${BUDGETS[name].ms} ms)`).toBeLessThan(BUDGETS[name].ms);
	return out;
}

describe('besides analyze()', () => {
	it('the environment guess stays linear on near-misses of its patterns', () => {
		within('page: environment guess', () => {
			detectEnvironment([], 'Mozilla/5.0 (X11; Linux x86_64)', [repeatTo('pypy', MB2), repeatTo('PS C:\\', MB2), repeatTo('/envs/x', MB2)]);
		});
		// Still reads what it is for.
		expect(detectEnvironment([], '', ['File "/opt/pypy3.9-portable/lib/x.py"']).python).toBe('pypy-portable');
		expect(detectEnvironment([], '', ['PS C:\\Users\\me> python app.py']).shell).toBe('powershell');
	});

	it('the combined PEM refuses files of BEGIN lines without reading them once per line', () => {
		within('page: combined PEM', () => {
			expect(() => combinedPem(repeatTo('-----BEGIN PRIVATE KEY-----\n', MB2), repeatTo('-----BEGIN CERTIFICATE-----\n', MB2))).toThrow(
				ArtefactError
			);
		});
	});

	it('the share-link secret finder stays linear on every kind of near-miss', () => {
		for (const unit of [
			'password=',
			'password: ',
			'--password x ',
			'-p x ',
			'mongosh -p x\n',
			'MONGODB_PASSWORD=',
			'mongodb://a:b@c/ ',
			`M${'A'.repeat(70)} `,
			'password="'
		]) {
			within('page: share link', () => redactText(repeatTo(unit, MB2)));
		}
	});

	it('the ticket Markdown of a report of link-shaped text stays linear', async () => {
		const report = await analyzeText(
			`pymongo.errors.ServerSelectionTimeoutError: ${repeatTo('http://x.example/ a@b.example ![x](y) www. ', MB2)}`
		);
		const md = within('page: ticket Markdown', () => toMarkdown(report));
		expect(md.length).toBeLessThan(5 * MB2);
	}, 60_000);
});
