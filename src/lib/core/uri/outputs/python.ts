/**
 * The settings as a PyMongo MongoClient call: the connection string keeps the non-TLS options, the
 * TLS settings become keyword arguments (PyMongo 4 names, accepted since PyMongo 3.9), and secrets
 * come from environment variables so the snippet can be committed as is.
 */

import type { CorrectedOption, CorrectedSettings } from '../correct';
import { pythonStringLiteral } from '../python-string';
import { buildUri, portable } from './uri';
import { PASSWORD_ENV, pythonValue, safePythonExpression, unsafeNote } from './values';

/** The first argument when the host is Python code: the expression if it is a plain name or lookup, else the environment. */
function hostArgument(expression: string | undefined): string {
	if (expression === undefined) return '"mongodb://localhost/"';
	return safePythonExpression(expression) ?? 'os.environ["MONGODB_URI"]';
}

/** Modules a Python expression needs imported, for the ones people actually use here. */
const KNOWN_MODULES = ['certifi', 'os', 'ssl', 'pathlib'];

function asKeyword(o: CorrectedOption, hostIsCode: boolean): boolean {
	// With the URI in a variable nothing can be moved into it: every option is a keyword argument.
	return hostIsCode || o.tls || !portable(o) || o.value.kind === 'code';
}

export function pythonSnippet(c: CorrectedSettings): string {
	const hostIsCode = c.hostExpression !== undefined;
	const keywords = c.options.filter((o) => o.clients.includes('pymongo-4') && asKeyword(o, hostIsCode));
	const skipped = c.options.filter((o) => !o.clients.includes('pymongo-4'));
	const passwordKeyword = c.hasPassword && !hostIsCode;
	const uri = buildUri(c, { password: 'omit', tls: false, include: (o) => o.clients.includes('pymongo-4') && !asKeyword(o, hostIsCode) });
	const imports = new Set<string>();
	const args: { code: string; comment?: string }[] = [
		{ code: uri !== undefined ? pythonStringLiteral(uri) : hostArgument(c.hostExpression) }
	];
	if (passwordKeyword) {
		imports.add('os');
		args.push({ code: `password=os.environ[${JSON.stringify(PASSWORD_ENV)}]` });
	}
	if (c.tls !== undefined) args.push({ code: `tls=${c.tls ? 'True' : 'False'}` });
	const notes: string[] = [];
	if (c.hostExpression !== undefined && safePythonExpression(c.hostExpression) === undefined) {
		imports.add('os');
		notes.push('# The host came from an expression that is not copied here: the connection string is read from MONGODB_URI.');
	}
	for (const o of keywords) {
		if (o.value.kind === 'secret') imports.add('os');
		if (o.value.kind === 'code' && safePythonExpression(o.value.text) === undefined) {
			notes.push(`# ${o.name} came from an expression that is not copied here; set it yourself.`);
			continue;
		}
		if (o.value.kind === 'code') {
			const root = /^([A-Za-z_]\w*)\./.exec(o.value.text)?.[1];
			if (root && KNOWN_MODULES.includes(root)) imports.add(root);
		}
		args.push({ code: `${o.name}=${pythonValue(o)}`, comment: unsafeNote(o) });
	}
	const lines: string[] = [...[...imports].sort().map((m) => `import ${m}`)];
	if (imports.size) lines.push('');
	lines.push('from pymongo import MongoClient', '');
	if (passwordKeyword) lines.push(`# The password is read from the ${PASSWORD_ENV} environment variable, so it needs no escaping.`);
	for (const o of skipped) lines.push(`# ${o.name} is left out: PyMongo has no such option.`);
	lines.push(...notes);
	lines.push('client = MongoClient(');
	for (const a of args) lines.push(`    ${a.code},${a.comment ? `  # ${a.comment}` : ''}`);
	lines.push(')');
	return lines.join('\n') + '\n';
}
