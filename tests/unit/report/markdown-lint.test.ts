/** The ticket Markdown lint (tests/helpers/markdown-lint.ts) itself: what counts as a repeated line. */
import { describe, expect, it } from 'vitest';
import { markdownProblems } from '../../helpers/markdown-lint';

describe('the repeated-line rule', () => {
	it('lets a nested line repeat under another parent, as each connection string has its own TLS line', () => {
		const md = [
			'## Connection strings',
			'',
			'- `mongodb://a/?ssl=true`',
			'  - TLS: ssl=true → on',
			'- `mongodb://b/?ssl=true`',
			'  - TLS: ssl=true → on'
		].join('\n');
		expect(markdownProblems(md)).toEqual([]);
	});

	it('still finds a nested line said twice under the same parent, and a top-level line said twice', () => {
		const nested = ['- `mongodb://a/?ssl=true`', '  - TLS: ssl=true → on', '  - TLS: ssl=true → on'].join('\n');
		expect(markdownProblems(nested)).toEqual(['line 3 repeats line 2: - TLS: ssl=true → on']);
		expect(markdownProblems('- the same\n- the same')).toEqual(['line 2 repeats line 1: - the same']);
	});
});
