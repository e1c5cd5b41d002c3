#!/usr/bin/env node
/**
 * The one source of the site's security policy: the Content-Security-Policy that SvelteKit puts
 * in every page's <meta> tag (svelte.config.js imports PAGE_DIRECTIVES), and the response headers
 * a host should send, which scripts/serve.mjs sends (npm start, the e2e tests) and which this
 * script writes out for other hosts:
 *
 *   node scripts/headers.mjs           writes static/_headers (Netlify, Cloudflare Pages) and docs/nginx.conf
 *   node scripts/headers.mjs --check   fails if either file differs from what this would write
 *
 * The site works without any of these headers: the <meta> policy and the workers' own lockdown
 * (src/lib/worker/lockdown.ts) carry the promises. The headers add what a <meta> tag cannot:
 * frame-ancestors, a policy for the service worker, and a policy that is in force before the
 * page's first byte is parsed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The page's policy, as SvelteKit's `kit.csp.directives` (keywords unquoted; SvelteKit adds the script hashes).
 * @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>}
 */
export const PAGE_DIRECTIVES = {
	'default-src': ['none'],
	'script-src': ['self'],
	// SvelteKit's route announcer carries one fixed style attribute; allow exactly that one.
	// The e2e tests fail on any CSP violation, so a SvelteKit upgrade that changes it shows up.
	'style-src': ['self', 'unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
	'img-src': ['self', 'data:'],
	'font-src': ['self'],
	// The page itself fetches nothing; SvelteKit does, after a redeploy, to read
	// _app/version.json when a page's code can no longer be found (then it reloads).
	'connect-src': ['self'],
	// The analysis worker starts from a blob: URL so that it inherits this policy (see
	// src/lib/worker/client.ts); the service worker is a file of the site.
	'worker-src': ['self', 'blob:'],
	'manifest-src': ['self'],
	'base-uri': ['none'],
	'form-action': ['none']
};

const KEYWORDS = /^(self|none|unsafe-hashes|unsafe-inline|unsafe-eval|strict-dynamic|wasm-unsafe-eval|(sha256|sha384|sha512|nonce)-.+)$/;

/** @param {Record<string, string[] | boolean | undefined>} directives */
function policy(directives) {
	return Object.entries(directives)
		.map(([name, values]) => [name, ...(Array.isArray(values) ? values : []).map((v) => (KEYWORDS.test(v) ? `'${v}'` : v))].join(' '))
		.join('; ');
}

/**
 * A page's header policy: the <meta> one without the directives that need this build's script
 * hashes (default-src, script-src, style-src: those stay in the <meta> tag, which is enforced
 * alongside), plus what only a header can say. Both policies apply; a request must pass each.
 * @param {string[]} ancestors
 */
function pagePolicy(ancestors) {
	const { 'default-src': _d, 'script-src': _s, 'style-src': _t, ...rest } = PAGE_DIRECTIVES;
	return policy({ ...rest, 'object-src': ['none'], 'frame-ancestors': ancestors });
}

/**
 * Path → headers, in the _headers file's pattern syntax ("/x/*" is a prefix, anything else exact).
 * No two rules that can match one path set the same header, since hosts differ on whether they
 * join such values or let one win: the common headers go to every path, a CSP to one kind each.
 * @type {{ path: string, why: string, headers: Record<string, string> }[]}
 */
export const RULES = [
	{
		path: '/*',
		why: 'Every response',
		headers: {
			// Files are what their type says: a worker or a page is never guessed from its bytes.
			'X-Content-Type-Options': 'nosniff',
			// A link followed from the page tells the other site nothing about it (a ?error= link holds pasted text).
			'Referrer-Policy': 'no-referrer',
			// Hardware and tracking features the tool never uses, refused for it and anything it frames.
			'Permissions-Policy':
				'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=(), browsing-topics=()',
			// A window the page opens, or that opens it, gets no handle on it.
			'Cross-Origin-Opener-Policy': 'same-origin'
		}
	},
	...['/', '/index.html', '/privacy/*', '/embed-guide/*'].map((path) => ({
		path,
		why: 'Pages that no other site may frame',
		headers: { 'Content-Security-Policy': pagePolicy(['none']) }
	})),
	{
		path: '/embed/*',
		why: 'The embeddable page: made for other sites’ iframes (narrow frame-ancestors to your docs’ origins if you like)',
		headers: { 'Content-Security-Policy': pagePolicy(['*']) }
	},
	{
		path: '/_app/immutable/workers/*',
		why: 'The analysis worker’s scripts: only the site’s own modules, no network, no eval (in force if a worker is ever started from them directly)',
		headers: { 'Content-Security-Policy': policy({ 'default-src': ['none'], 'script-src': ['self'] }) }
	},
	{
		path: '/service-worker.js',
		why: 'The service worker: fetches only the site’s own files, never evaluates text',
		headers: { 'Content-Security-Policy': policy({ 'default-src': ['none'], 'connect-src': ['self'] }) }
	}
];

/** @param {string} pattern @param {string} path */
function matches(pattern, path) {
	return pattern.endsWith('/*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/**
 * The headers for one path of the site (after the base path is taken off).
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(path) {
	return Object.assign({}, ...RULES.filter((r) => matches(r.path, path)).map((r) => r.headers));
}

const NOTE = 'Made by `node scripts/headers.mjs` from the policy there; edit that, not this file.';

/** static/_headers: Netlify and Cloudflare Pages read it from the published directory. */
export function netlifyHeaders() {
	const lines = [`# ${NOTE}`, '# Paths are from the site root: under a BASE_PATH, put it in front of each.', ''];
	for (const rule of RULES) {
		lines.push(`# ${rule.why}`, rule.path);
		for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
		lines.push('');
	}
	return lines.join('\n');
}

/** docs/nginx.conf: location blocks to put inside the site's server { } block. */
export function nginxConf() {
	const common = RULES[0].headers;
	const line = (/** @type {string} */ name, /** @type {string} */ value) => `\tadd_header ${name} "${value}" always;`;
	const out = [
		`# ${NOTE}`,
		'# Inside the server { } block that serves build/ (root /path/to/build;). Under a BASE_PATH, put',
		'# it in front of each location. nginx drops inherited add_header lines in a location that has',
		'# its own, so every block repeats the common ones.',
		''
	];
	for (const rule of RULES) {
		const location = rule.path === '/*' ? '/' : rule.path.endsWith('/*') ? rule.path.slice(0, -1) : `= ${rule.path}`;
		const headers = rule.path === '/*' ? common : { ...common, ...rule.headers };
		out.push(`# ${rule.why}`, `location ${location} {`, ...Object.entries(headers).map(([n, v]) => line(n, v)), '}', '');
	}
	return out.join('\n');
}

const FILES = { 'static/_headers': netlifyHeaders, 'docs/nginx.conf': nginxConf };

if (import.meta.url === `file://${process.argv[1]}`) {
	const root = fileURLToPath(new URL('..', import.meta.url));
	const check = process.argv.includes('--check');
	let stale = 0;
	for (const [file, make] of Object.entries(FILES)) {
		const want = make();
		if (!check) writeFileSync(root + file, want);
		else if (readFileSync(root + file, 'utf8') !== want) {
			console.error(`${file} is out of date: run node scripts/headers.mjs`);
			stale++;
		}
	}
	process.exit(stale ? 1 : 0);
}
