/**
 * The settings for the Node.js driver (mongodb 6/7): the connection string keeps the non-TLS
 * options, the TLS settings go in the options object, the user name and password go in `auth` with
 * the password read from the environment (so it needs no percent-encoding and is never written).
 */

import type { CorrectedSettings } from '../correct';
import type { NodeDriverOutput } from '../../model/connection';
import { buildUri, portable } from './uri';
import { commentText } from '../../syntax/quote';
import { PASSWORD_ENV, safePythonExpression, secretEnv, unsafeNote } from './values';

export function nodeOutput(c: CorrectedSettings): NodeDriverOutput {
	const hostIsCode = c.hostExpression !== undefined;
	const useAuth = c.username !== undefined && c.hasPassword;
	const uri = buildUri(c, { password: useAuth ? 'no-user' : 'omit', tls: false, include: (o) => portable(o) && !o.tls });
	const options: Record<string, string | number | boolean> = {};
	const lines: { code: string; comment?: string }[] = [];
	const notes: string[] = [];
	if (useAuth) {
		lines.push({ code: `auth: { username: ${JSON.stringify(c.username)}, password: process.env.${PASSWORD_ENV} }` });
		notes.push(`// The password is read from the ${PASSWORD_ENV} environment variable, so it needs no escaping.`);
	}
	if (c.tls !== undefined) {
		options.tls = c.tls;
		lines.push({ code: `tls: ${c.tls}` });
	}
	for (const o of c.options) {
		if (!o.clients.includes('node')) {
			notes.push(`// ${o.name} is left out: the Node driver has no such option and would refuse it.`);
			continue;
		}
		// Non-TLS options stay in the connection string, unless there is no string to put them in.
		if (!o.tls && !hostIsCode) continue;
		switch (o.value.kind) {
			case 'secret':
				lines.push({ code: `${o.name}: process.env.${secretEnv(o.name)}` });
				notes.push(`// ${o.name} is read from the ${secretEnv(o.name)} environment variable.`);
				break;
			case 'code':
				notes.push(
					`// ${o.name}: set it to the value of the Python expression ${commentText(safePythonExpression(o.value.text) ?? 'given there')}.`
				);
				break;
			case 'bool':
				options[o.name] = o.value.value;
				lines.push({ code: `${o.name}: ${o.value.value}`, comment: unsafeNote(o) });
				break;
			case 'number':
				options[o.name] = Number(o.value.text);
				lines.push({ code: `${o.name}: ${Number(o.value.text)}` });
				break;
			case 'text':
				options[o.name] = o.value.text;
				lines.push({ code: `${o.name}: ${JSON.stringify(o.value.text)}` });
				break;
		}
	}
	const target = uri !== undefined ? JSON.stringify(uri) : 'process.env.MONGODB_URI';
	const body = lines.map((l, i) => `\t${l.code}${i < lines.length - 1 ? ',' : ''}${l.comment ? ` // ${l.comment}` : ''}`);
	const code = [
		"const { MongoClient } = require('mongodb');",
		'',
		...notes,
		lines.length ? `const client = new MongoClient(${target}, {\n${body.join('\n')}\n});` : `const client = new MongoClient(${target});`
	].join('\n');
	return { ...(uri !== undefined ? { uri } : {}), options, code: code + '\n' };
}
