import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budgetsTable } from './budgets';

/** A Markdown table as rows of trimmed cells, separator row left out: what Prettier's padding does not change. */
const cells = (table: string) =>
	table
		.split('\n')
		.filter((l) => l.startsWith('|') && !/^\|[\s|:-]+\|$/.test(l))
		.map((l) =>
			l
				.split(/(?<!\\)\|/)
				.slice(1, -1)
				.map((c) => c.trim())
		);

describe('the README', () => {
	it('lists the hostile-input budgets the tests hold (npx tsx scripts/budgets-table.ts rewrites it)', () => {
		const readme = readFileSync('README.md', 'utf8');
		const table = readme.slice(readme.indexOf('<!-- budgets:start -->'), readme.indexOf('<!-- budgets:end -->'));
		expect(cells(table)).toEqual(cells(budgetsTable()));
	});
});
