import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// The page's build uses the browser's own URL for mongodb-connection-string-url (see the shim);
// unit tests run in Node against the real whatwg-url package.
const browserShims: Record<string, string> = process.env.VITEST
	? {}
	: { 'whatwg-url': fileURLToPath(new URL('./src/lib/shims/whatwg-url.ts', import.meta.url)) };

export default defineConfig({
	plugins: [sveltekit()],
	resolve: { alias: browserShims },
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/conformance/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20000
	}
});
