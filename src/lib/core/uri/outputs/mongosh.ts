/**
 * A mongosh command line (POSIX shell). The MongoDB manual's advice for mongosh is to give the
 * host in the connection string and the TLS settings as command-line options (--tls, --tlsCAFile,
 * --tlsCertificateKeyFile, --tlsCertificateKeyFilePassword, --tlsCRLFile,
 * --tlsAllowInvalidCertificates, --tlsAllowInvalidHostnames). tlsInsecure has no command-line
 * option, so it stays in the string. The password is left out: mongosh asks for it when the string
 * has a user name and no password.
 */

import type { CorrectedOption, CorrectedSettings } from '../correct';
import { commentText, shellWord } from '../../syntax/quote';
import { buildUri, portable } from './uri';
import { safePythonExpression, secretEnv } from './values';

const shellQuote = (value: string) => shellWord('bash', value);

const FLAGS = new Set([
	'tlsCAFile',
	'tlsCertificateKeyFile',
	'tlsCertificateKeyFilePassword',
	'tlsCRLFile',
	'tlsAllowInvalidCertificates',
	'tlsAllowInvalidHostnames'
]);

function flagWords(o: CorrectedOption, notes: string[]): string[] {
	switch (o.value.kind) {
		case 'bool':
			return o.value.value ? [`--${o.name}`] : [];
		case 'secret':
			return [`--${o.name}`, `"$${secretEnv(o.name)}"`];
		case 'code':
			if (/^certifi\.where\(\)$/.test(o.value.text)) return [`--${o.name}`, `"$(python3 -c 'import certifi; print(certifi.where())')"`];
			notes.push(
				`# Replace PATH with the value of the Python expression ${commentText(safePythonExpression(o.value.text) ?? 'given there')}.`
			);
			return [`--${o.name}`, 'PATH'];
		default:
			return [`--${o.name}`, shellQuote(o.value.text)];
	}
}

export function mongoshCommand(c: CorrectedSettings): string {
	const notes: string[] = [];
	const inUri = (o: CorrectedOption) => portable(o) && !FLAGS.has(o.name);
	const uri = buildUri(c, { password: 'omit', tls: false, include: inUri, extra: c.tls === false ? [['tls', 'false']] : [] });
	const words: string[] = [uri !== undefined ? shellQuote(uri) : '"$MONGODB_URI"'];
	if (c.tls === true && !c.srv) words.push('--tls');
	for (const o of c.options) {
		if (!o.clients.includes('node')) {
			notes.push(`# ${o.name} is left out: mongosh (the Node driver) has no such option.`);
			continue;
		}
		if (FLAGS.has(o.name)) words.push(flagWords(o, notes).join(' '));
		else if (c.hostExpression !== undefined) notes.push(`# ${o.name} must be in the connection string in $MONGODB_URI.`);
	}
	if (c.username !== undefined && c.hasPassword) notes.push('# mongosh asks for the password.');
	if (words.some((w) => w.includes('MONGODB_TLS_KEY_PASSWORD'))) notes.push('# The key password is read from $MONGODB_TLS_KEY_PASSWORD.');
	const command = words.length > 2 ? `mongosh ${words[0]} \\\n  ${words.slice(1).join(' \\\n  ')}` : `mongosh ${words.join(' ')}`;
	return [...notes, command].join('\n') + '\n';
}
