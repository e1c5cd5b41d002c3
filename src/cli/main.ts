/**
 * The command line over analyze(). Scripts rely on its contract: JSON on stdout, exit 0 when the
 * analysis ran, exit 2 with one line on stderr for a usage error or an unreadable file, and never
 * a stack trace.
 */

import { readFile } from 'node:fs/promises';
import { analyze, type AnalyzeInput } from '../lib/core/analyze';
import { toMarkdown } from '../lib/core/report/markdown';
import type { Report } from '../lib/core/model/report';
import { parseArgs, USAGE, type CliOptions } from './args';
import { canPrompt, passwordFromEnv, promptPassword } from './password';

/** Files larger than this are refused before reading: no certificate material is this big. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

function fail(message: string): never {
	process.stderr.write(`tls-doctor: ${message}\n`);
	process.exit(2);
}

async function readStdin(): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return new Uint8Array(Buffer.concat(chunks));
}

async function readInput(file: string): Promise<AnalyzeInput> {
	if (file === '-') return { kind: 'bytes', bytes: await readStdin(), name: 'stdin' };
	try {
		const { stat } = await import('node:fs/promises');
		const info = await stat(file);
		if (info.isDirectory()) fail(`${file}: is a directory`);
		if (info.size > MAX_FILE_BYTES) fail(`${file}: ${info.size} bytes is larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`);
		return { kind: 'bytes', bytes: new Uint8Array(await readFile(file)), name: file };
	} catch (e) {
		const err = e as NodeJS.ErrnoException;
		if (err.code === 'ENOENT') fail(`${file}: no such file`);
		if (err.code === 'EACCES') fail(`${file}: permission denied`);
		fail(`${file}: cannot read (${err.code ?? err.message})`);
	}
}

async function main(): Promise<void> {
	const parsed = parseArgs(process.argv.slice(2));
	if (!parsed.ok) fail(`${parsed.error} (tls-doctor --help lists the options)`);
	const options = parsed.options;
	if (options.command === 'help') {
		process.stdout.write(USAGE + '\n');
		return;
	}
	const files = options.files.length ? options.files : ['-'];
	const inputs: AnalyzeInput[] = [];
	for (const file of files) inputs.push(await readInput(file));
	let password = options.password;
	if (options.passwordEnv !== undefined) {
		const fromEnv = passwordFromEnv(options.passwordEnv);
		if (!fromEnv.ok) fail(fromEnv.error);
		password = fromEnv.password;
	}
	let report = await run(inputs, options, password);
	const locked = lockedFiles(report);
	if (locked.length && password === undefined && canPrompt()) {
		password = await promptPassword(`Password for ${locked.join(', ')}: `).catch(() => fail('no password given'));
		report = await run(inputs, options, password);
	}
	for (const name of lockedFiles(report)) {
		process.stderr.write(
			password === undefined
				? `tls-doctor: ${name} is locked: give its password with --password-env NAME (or run in a terminal to be asked)\n`
				: `tls-doctor: the password given does not open ${name}\n`
		);
	}
	// The report holds no secret: ingest took each one out of the text it keeps, by its span.
	process.stdout.write(options.format === 'markdown' ? toMarkdown(report) : JSON.stringify(report, null, 2) + '\n');
}

function run(inputs: AnalyzeInput[], options: CliOptions, password: string | undefined): Promise<Report> {
	return analyze(inputs, {
		host: options.host,
		role: options.role,
		at: options.at,
		os: options.os,
		python: options.python,
		shell: options.shell,
		client: options.client,
		password
	});
}

/** The PKCS#12 files and encrypted keys the password question is still open for. */
function lockedFiles(report: Report): string[] {
	return report.items.flatMap((i) => {
		if (i.kind === 'pkcs12' && (i.password === 'missing' || i.password === 'wrong')) return [i.source.name ?? 'a PKCS#12 file'];
		if (i.kind === 'private-key' && i.key.encrypted && !i.key.decrypted) return [i.source.name ?? 'an encrypted private key'];
		return [];
	});
}

main().catch((e: unknown) => {
	// analyze() reports bad input in the report; reaching here is a bug, so say so in one line.
	process.stderr.write(`tls-doctor: internal error: ${(e as Error)?.message ?? String(e)}\n`);
	process.exit(70);
});
