/**
 * Writes the hostile-input budgets (tests/unit/hostile/budgets.ts) into the README's robustness
 * section, between <!-- budgets:start --> and <!-- budgets:end -->. A unit test keeps the two equal.
 *
 *   npx tsx scripts/budgets-table.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { budgetsTable } from '../tests/unit/hostile/budgets';

const readme = readFileSync('README.md', 'utf8');
const start = '<!-- budgets:start -->';
const end = '<!-- budgets:end -->';
const i = readme.indexOf(start);
const j = readme.indexOf(end);
if (i < 0 || j < i) throw new Error('README.md has no budgets markers');
writeFileSync('README.md', `${readme.slice(0, i + start.length)}\n\n${budgetsTable()}\n\n${readme.slice(j)}`);
