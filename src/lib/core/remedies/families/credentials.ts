/**
 * A refused login (unauthorized): the user name, the password and the database the user lives in.
 * Source: the MongoDB connection string reference (percent-encoding of the user information;
 * authSource defaults to the database in the path, or admin when there is none); Atlas's
 * Database Access page (database users are not Atlas accounts).
 */

import { command, config, text, type RemedyTemplate, type RenderContext } from '../remedy';
import { connectionString, py } from '../../syntax/template';
import { connectionUriOf, needsPasswordNote, PASSWORD_NOTE } from '../values';
import { pythonOneLiner } from '../syntax/python';

/** The person's string, with authSource=admin when it has a user and sets no authSource, written with the password placeholder. */
function withAuthSource(c: RenderContext) {
	const connection = c.facts.connection;
	// Without a user in the string there is no login to point at a database.
	if (!connection?.username) return undefined;
	const hasSource = connection.options.some((o) => o.name.toLowerCase() === 'authsource');
	return { uri: connectionUriOf(c, hasSource ? {} : { authSource: 'admin' }), added: !hasSource };
}

// Reads the password without echoing it, so it is never on the screen, in the shell history or on this page.
const ENCODE_PASSWORD = py`import getpass, urllib.parse; print(urllib.parse.quote(getpass.getpass('Password: '), safe=''))`;

export const credentials: RemedyTemplate[] = [
	{
		id: 'check-login-credentials',
		title: 'Check the user name, the password and authSource',
		source: 'MongoDB connection string reference (userinfo percent-encoding; authSource); Atlas Database Access',
		why: 'The server answered and refused the login, so TLS is not the problem. Either the user or password is wrong, or the driver asked the wrong database: a user lives in the database it was created in (often admin), and without authSource the driver asks the database named in the connection string.',
		verify: 'The same client connects and db.runCommand({ connectionStatus: 1 }) lists the user under authenticatedUsers.',
		varies: ['os', 'python', 'shell'],
		steps(c) {
			const own = withAuthSource(c);
			// Said for an Atlas host, or when the host is not known; a host that is not Atlas has no Atlas account to confuse.
			const atlas = c.facts.atlas === true || c.facts.host === undefined;
			return [
				...(atlas
					? [
							text(
								'On Atlas the user is a database user (Database Access in the Atlas UI), not the e-mail you log in to Atlas with; "bad auth" there means the user name or the password is wrong.'
							)
						]
					: []),
				text(
					'In a connection string, the password must be percent-encoded: @ : / ? # [ ] % and spaces each become %XX (@ is %40, : is %3A, / is %2F, % is %25). This prints the encoded form of a password you type, without showing it:'
				),
				command(c, pythonOneLiner(c, ENCODE_PASSWORD)),
				...(own?.uri
					? [
							text(
								own.added
									? 'Your connection string with authSource=admin, the database most users are created in (use the one yours was created in):'
									: 'Your connection string; check that authSource names the database the user was created in:'
							),
							config(connectionString(own.uri), 'connection string', 'uri'),
							...(needsPasswordNote(own.uri) ? [text(PASSWORD_NOTE)] : [])
						]
					: [
							text(
								'Add authSource=admin to your connection string when the user was created in admin (most are), or the name of the database it was created in.'
							)
						])
			];
		}
	}
];
