import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { PAGE_DIRECTIVES } from './scripts/headers.mjs';

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
		// The policy travels in a <meta> tag with hashes of SvelteKit's own inline bootstrap script,
		// so it holds on a host that sends no headers; scripts/headers.mjs is its one source and
		// also gives the headers a host should add (frame-ancestors, the service worker's policy).
		csp: { mode: 'hash', directives: PAGE_DIRECTIVES }
	}
};

export default config;
