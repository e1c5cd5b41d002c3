import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_DIRECTIVES, RULES, headersFor, netlifyHeaders, nginxConf } from '../../../scripts/headers.mjs';

const ROOT = join(import.meta.dirname, '..', '..', '..');
type Rule = { path: string; headers: Record<string, string> };

describe('the shipped response headers', () => {
	it('static/_headers and docs/nginx.conf are what scripts/headers.mjs makes (run it after changing the policy)', () => {
		expect(readFileSync(join(ROOT, 'static/_headers'), 'utf8')).toBe(netlifyHeaders());
		expect(readFileSync(join(ROOT, 'docs/nginx.conf'), 'utf8')).toBe(nginxConf());
	});

	it('svelte.config.js puts the same page policy in the <meta> tag', async () => {
		// By a computed path, so TypeScript leaves the config file to SvelteKit's own checks.
		const file = join(ROOT, 'svelte.config.js');
		const config = (await import(/* @vite-ignore */ file)).default;
		expect(config.kit.csp.directives).toBe(PAGE_DIRECTIVES);
	});

	it('no two rules that can match one path set the same header, since hosts disagree on joining them', () => {
		const paths = [
			'/',
			'/index.html',
			'/privacy/',
			'/embed/',
			'/embed-guide/',
			'/_app/immutable/workers/a.js',
			'/service-worker.js',
			'/favicon.svg'
		];
		for (const path of paths) {
			const names = (RULES as Rule[])
				.filter((r) => (r.path.endsWith('/*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path))
				.flatMap((r) => Object.keys(r.headers));
			expect(names.length, path).toBe(new Set(names).size);
		}
	});

	it('pages refuse other sites’ frames except /embed/; workers get no network and no eval', () => {
		for (const page of ['/', '/privacy/', '/embed-guide/'])
			expect(headersFor(page)['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
		expect(headersFor('/embed/')['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
		// The header policy must not undo the <meta> one's script hashes: it leaves scripts and styles to it.
		expect(headersFor('/')['Content-Security-Policy']).not.toMatch(/default-src|script-src|style-src/);
		expect(headersFor('/_app/immutable/workers/analyze.worker-x.js')['Content-Security-Policy']).toBe(
			"default-src 'none'; script-src 'self'"
		);
		expect(headersFor('/service-worker.js')['Content-Security-Policy']).toBe("default-src 'none'; connect-src 'self'");
		expect(headersFor('/favicon.svg')).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
	});
});
