/**
 * Top-1 accuracy on the held-out public corpus (tests/fixtures/errors/threads), per client and
 * overall, as the README's table: `npx tsx scripts/corpus/accuracy.ts [--misses]`.
 */
import { accuracy, accuracyTable, scoreThreads } from '../../tests/unit/diagnose/threads';

const scored = await scoreThreads();
console.log(accuracyTable([...accuracy(scored), ...accuracy(scored, (s) => s.entry.client)]));
if (process.argv.includes('--misses'))
	for (const s of scored.filter((s) => s.entry.confidence !== 'unresolved' && !s.exact))
		console.log(`${s.entry.file}: thread found ${s.entry.cause}, top is ${s.top} (${s.familyRight ? 'family right' : 'family wrong'})`);
