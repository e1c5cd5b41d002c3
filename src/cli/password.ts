/**
 * Where the CLI gets a PKCS#12 or key password. `--password P` is kept for scripts but is visible
 * to every user of the machine (ps, /proc/PID/cmdline) and lands in shell history, so the page's
 * advice and the help text point to --password-env NAME, and a person at a terminal is asked.
 */

/** The value of the environment variable named by --password-env, or an error line. */
export function passwordFromEnv(
	name: string,
	env: NodeJS.ProcessEnv = process.env
): { ok: true; password: string } | { ok: false; error: string } {
	const value = env[name];
	if (value === undefined) return { ok: false, error: `--password-env ${name}: no such environment variable is set` };
	return { ok: true, password: value };
}

/**
 * Ask on the terminal with echo off. Only when both stdin and stderr are terminals: a pipe carries
 * the input itself, and a prompt there would be read as part of it.
 */
export function canPrompt(): boolean {
	return Boolean(process.stdin.isTTY && process.stderr.isTTY);
}

export function promptPassword(question: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const stdin = process.stdin;
		// Echo off before the question appears: a password typed the moment it shows must not be echoed.
		stdin.setRawMode(true);
		process.stderr.write(question);
		stdin.resume();
		stdin.setEncoding('utf8');
		let typed = '';
		const done = (error?: Error) => {
			stdin.setRawMode(false);
			stdin.pause();
			stdin.removeListener('data', onData);
			process.stderr.write('\n');
			if (error) reject(error);
			else resolve(typed);
		};
		const onData = (chunk: string) => {
			for (const ch of chunk) {
				if (ch === '\r' || ch === '\n' || ch === '\u0004') return done();
				if (ch === '\u0003') return done(new Error('cancelled'));
				if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
				else typed += ch;
			}
		};
		stdin.on('data', onData);
	});
}
