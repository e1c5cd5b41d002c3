/**
 * The next-step commands a diagnosis offers are run by the person as they are (bash). A value
 * taken from the pasted text (a file path, a host) must reach the command as one quoted word: a
 * path that carries "$(...)", a backquote, a quote or a newline must not run anything. Proved by
 * running each command in an empty folder and checking that the marker the payload would make is
 * not there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../../helpers/analyze';

const dir = mkdtempSync(join(tmpdir(), 'tls-doctor-next-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// libmongoc's "Cannot find private key in: 'PATH'" (mongoc-openssl.c) with hostile paths.
const PATHS = [
	'/tmp/$(touch PWNED1)/key.pem',
	'/tmp/`touch PWNED2`.pem',
	'/tmp/a\ntouch PWNED3\n.pem',
	'-rf; touch PWNED4',
	'/etc/HOST/$(touch PWNED5).pem'
];

describe('next-step commands built from pasted values', () => {
	it.each(PATHS)('a key path %j reaches the command as one word', async (path) => {
		const report = await analyzeText(`mongoc: Cannot find private key in: '${path}'`);
		const commands = report.diagnoses.flatMap((d) => d.next.map((n) => n.command).filter((c): c is string => !!c));
		expect(commands.length).toBeGreaterThan(0);
		for (const command of commands) {
			try {
				execFileSync('bash', ['-c', command], { cwd: dir, stdio: 'ignore', timeout: 10_000 });
			} catch {
				// grep and openssl fail on a file that is not there: what matters is what else ran.
			}
		}
		for (let i = 1; i <= 5; i++) expect(existsSync(join(dir, `PWNED${i}`)), `PWNED${i}`).toBe(false);
	});
});
