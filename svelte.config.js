import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The site is served from any static host, possibly under a sub-path: BASE_PATH=/tls-doctor npm run build
const base = process.env.BASE_PATH ?? '';
// Tests build a second copy under a sub-path without touching the main build.
const outDir = process.env.BUILD_DIR ?? 'build';
if (base !== '' && (!base.startsWith('/') || base.endsWith('/'))) {
	throw new Error(`BASE_PATH must start with "/" and not end with "/" (got "${base}")`);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, strict: true }),
		paths: { base, relative: true },
		prerender: { entries: ['*'] },
		// Registered by +layout.svelte instead, which copes with browsers that refuse service workers
		// (a docs site's third-party iframe, private windows): the page then works, just not offline.
		serviceWorker: { register: false },
		// A static host cannot send headers, so the policy travels in a <meta> tag with hashes of
		// SvelteKit's own inline bootstrap script; nothing else may run or connect anywhere.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['none'],
				'script-src': ['self'],
				// SvelteKit's route announcer carries one fixed style attribute; allow exactly that one.
				// The e2e tests fail on any CSP violation, so a SvelteKit upgrade that changes it shows up.
				'style-src': ['self', 'unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'base-uri': ['none'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
