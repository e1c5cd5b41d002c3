/**
 * "Try an example": each button shows a new user the value at once — the right verdict first,
 * with its confidence, the evidence and the fix.
 */
import { EXAMPLES } from '../../src/lib/examples';
import { analysed, expect, expectAccessible, open, test } from './fixtures';

const EXPECTED: Record<string, { verdict: string; evidence: string; fix: string }> = {
	'atlas-macos': {
		verdict: 'missing-system-roots',
		evidence: '[data-diagnosis-id="missing-system-roots"] mark',
		fix: '[data-remedy-id="install-certificates-command"]'
	},
	'missing-intermediate': {
		verdict: 'chain.missing-intermediate',
		evidence: '[data-chain-role="missing"]',
		fix: '[data-finding-id="chain.missing-intermediate"] [data-remedy-id]'
	},
	expired: {
		verdict: 'cert.expired',
		evidence: '[data-chain-role="leaf"] [data-validity="expired"]',
		fix: '[data-remedy-id="renew-certificate"]'
	},
	'key-mismatch': {
		verdict: 'key.mismatch',
		evidence: '[data-finding-id="key.mismatch"]',
		fix: '[data-finding-id="key.mismatch"] [data-remedy-id]'
	},
	'uri-conflict': {
		verdict: 'uri.conflicting-tls-options',
		evidence: '[data-connection-item] [data-problem-id="uri.conflicting-tls-options"]',
		fix: '[data-connection-item] [data-output]'
	}
};

test('there is an example for each case the issue names', () => {
	expect(EXAMPLES.map((e) => e.id).sort()).toEqual(Object.keys(EXPECTED).sort());
});

for (const example of EXAMPLES) {
	test(`the "${example.title}" example gives its verdict first, with confidence, evidence and a fix`, async ({ guarded: { page } }) => {
		const expected = EXPECTED[example.id];
		await open(page);
		await page.locator(`[data-example="${example.id}"]`).click();
		await analysed(page);
		const verdict = page.locator('.verdict');
		await expect(verdict).toHaveAttribute('data-verdict-source', expected.verdict);
		await expect(verdict.getByRole('heading', { level: 2 })).toContainText('Most likely:');
		await expect(verdict).toContainText(/(high|medium|low) confidence/);
		// The verdict is the first thing in the result.
		const first = await page.getByRole('region', { name: 'Analysis result' }).locator('> *').first().getAttribute('class');
		expect(first).toContain('verdict');
		await expect(page.locator(expected.evidence).first()).toBeVisible();
		await page.getByRole('link', { name: 'See the evidence and the fix' }).click();
		await expect(page.locator(expected.fix).first()).toBeVisible();
		await expectAccessible(page, `the "${example.title}" example`);
	});
}
