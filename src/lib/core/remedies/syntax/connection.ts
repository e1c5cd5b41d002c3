/**
 * The person's connection as the first argument of each client's snippet: their own connection
 * string with the remedy's change (values.ts connectionUriOf), quoted for the language, or, when
 * they pasted none, a read of MONGODB_URI. A support engineer who sees only an error does not
 * rebuild a connection string from the hosts it names: a server-selection error lists the replica
 * set members the driver tried, not the SRV name, replicaSet, user, authSource and options behind
 * them, so a string made from one member would connect somewhere else, or as nobody. "Keep your
 * string, add this option" is the advice that cannot change the topology.
 */

import type { RemedyStep } from '../../model/report';
import type { OptionEdit } from '../../uri/edit';
import { SAFE_PYTHON_EXPRESSION, safePythonExpression } from '../../uri/outputs/values';
import { text, type RenderContext } from '../remedy';
import { connectionOf, connectionUriOf, needsPasswordNote, PASSWORD_NOTE, URI_ENV, type UriWriting } from '../values';
import { cs, go, identifier, js, py, sh, verbatim, type ConnectionString, type Fragment } from '../../syntax/template';

type Language = 'python' | 'javascript' | 'go' | 'csharp' | 'shell';

export interface ConnectionArgument<T extends Language> {
	fragment: Fragment<T>;
	/** The snippet reads MONGODB_URI (Python: needs `import os`). */
	fromEnvironment: boolean;
	/** Python: the person's own variable, written back as they had it. */
	expression?: string;
}

/** The connection string argument for one language. */
export function connectionArgument<T extends Language>(
	c: RenderContext,
	target: T,
	edit: OptionEdit = {},
	w: UriWriting = {}
): ConnectionArgument<T> {
	const uri = connectionUriOf(c, edit, w);
	if (uri !== undefined) return { fragment: literal(target, uri), fromEnvironment: false };
	const expression = target === 'python' ? safePythonExpression(connectionOf(c)?.hostExpression ?? '') : undefined;
	if (expression !== undefined)
		return { fragment: verbatim(target, expression, SAFE_PYTHON_EXPRESSION), fromEnvironment: false, expression };
	return { fragment: readEnvironment(c, target), fromEnvironment: true };
}

function literal<T extends Language>(target: T, uri: ConnectionString): Fragment<T> {
	switch (target) {
		case 'python':
			return py`${uri}` as Fragment<T>;
		case 'javascript':
			return js`${uri}` as Fragment<T>;
		case 'go':
			return go`${uri}` as Fragment<T>;
		case 'csharp':
			return cs`${uri}` as Fragment<T>;
		default:
			return sh`${uri}` as Fragment<T>;
	}
}

function readEnvironment<T extends Language>(c: RenderContext, target: T): Fragment<T> {
	switch (target) {
		case 'python':
			return py`os.environ[${URI_ENV}]` as Fragment<T>;
		case 'javascript':
			return js`process.env.${identifier('javascript', URI_ENV)}` as Fragment<T>;
		case 'go':
			return go`os.Getenv(${URI_ENV})` as Fragment<T>;
		case 'csharp':
			return cs`Environment.GetEnvironmentVariable(${URI_ENV})` as Fragment<T>;
		default:
			return shellVariable(c, identifier('shell', URI_ENV)) as Fragment<T>;
	}
}

/** The variable's value as one argument, in the syntax of the person's shell. */
function shellVariable(c: RenderContext, name: Fragment<'shell'>): Fragment<'shell'> {
	switch (c.shell) {
		case 'powershell':
			return sh`$env:${name}`;
		case 'cmd':
			return sh`"%${name}%"`;
		default:
			return sh`"$${name}"`;
	}
}

/**
 * What the person must know about the connection in the steps: where the string comes from when it
 * is read from MONGODB_URI, and that the password placeholder is theirs to fill in.
 */
export function connectionNotes(c: RenderContext, steps: readonly RemedyStep[]): RemedyStep[] {
	const all = steps.map((s) => s.text).join('\n');
	const notes: RemedyStep[] = [];
	if (new RegExp(`\\b${URI_ENV}\\b`).test(all) && !c.facts.connection?.hostExpression)
		notes.push(
			text(
				`${URI_ENV} is your own connection string, as you use it now: the same mongodb+srv:// name or every host, replicaSet, user and options. Only the settings shown here change. Paste it on this page to have it written in full.`
			)
		);
	if (needsPasswordNote(all)) notes.push(text(PASSWORD_NOTE));
	// Keyword arguments the person set with Python code (tlsCAFile=certifi.where()) have no form outside
	// Python: a snippet for another client that does not set them itself says so instead of dropping them unseen.
	if (c.client !== 'pymongo' && c.client !== 'motor') {
		const lost = codeOptionsOf(c).filter((name) => !new RegExp(`\\b${name}\\b`).test(all));
		if (lost.length) notes.push(text(codeOptionsNote(lost, 'outside Python')));
	}
	return notes;
}

/** The person's options whose value is Python code: usable in the Python snippet only. */
export function codeOptionsOf(c: RenderContext): string[] {
	return (c.facts.connection?.options ?? []).filter((o) => o.value.kind === 'code').map((o) => o.name);
}

export function codeOptionsNote(names: readonly string[], where = 'in a connection string'): string {
	return `${names.join(', ')} came from Python code and cannot be written ${where}: add ${names.length > 1 ? 'their values' : 'its value'} yourself${names.some((n) => /^tlsCAFile$/i.test(n)) ? ' (for certifi.where(), the path python -m certifi prints)' : ''}.`;
}
