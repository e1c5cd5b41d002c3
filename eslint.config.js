import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.subpath-build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'tests/fixtures/',
			'.bench/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	// Every regex here reads pasted text, some of it hostile: the plugin's "possible errors" rules,
	// with super-linear backtracking and super-linear moves (a quadratic scan from every position)
	// as errors. Its stylistic rules are left out: they would rewrite every regex for no safety gain.
	{
		plugins: { regexp },
		rules: Object.fromEntries(
			[
				'no-contradiction-with-assertion',
				'no-dupe-disjunctions',
				'no-empty-alternative',
				'no-empty-capturing-group',
				'no-empty-character-class',
				'no-empty-group',
				'no-empty-lookarounds-assertion',
				'no-escape-backspace',
				'no-invalid-regexp',
				'no-lazy-ends',
				'no-misleading-capturing-group',
				'no-misleading-unicode-character',
				'no-missing-g-flag',
				'no-optional-assertion',
				'no-potentially-useless-backreference',
				'no-super-linear-backtracking',
				'no-super-linear-move',
				'no-useless-assertions',
				'no-useless-backreference',
				'no-useless-dollar-replacements',
				'strict'
			].map((rule) => [`regexp/${rule}`, 'error'])
		)
	},
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Certificates and pasted text are rendered as text only: raw HTML is never allowed.
			'svelte/no-at-html-tags': 'error',
			// The static build resolves links relative to the page; base-path rewriting is not needed.
			'svelte/no-navigation-without-resolve': 'off'
		}
	}
);
