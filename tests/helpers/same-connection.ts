/**
 * Does a snippet still connect where, and as whom, the person does? Every URI in rendered text is
 * read with the `mongodb-connection-string-url` package (the parser the Node driver and mongosh
 * use, so an independent reader, not ours) and compared with the person's own string: the SRV name
 * or the seed list (in order, default port filled in), replicaSet, the database, the user, TLS on or
 * off, and every option, except what the remedy is meant to change. Used by the topology tests and,
 * later, the journey matrix.
 */
import { ConnectionString } from 'mongodb-connection-string-url';

/** A URI as the driver sees it: names lower-cased (drivers compare them case-insensitively). */
export interface ConnectionShape {
	srv: boolean;
	/** host:port, lower-cased, IPv6 in brackets, 27017 filled in for mongodb:// (SRV: the name). */
	hosts: string[];
	username?: string;
	/** The password as written: the test checks it is a placeholder, never the person's secret. */
	password?: string;
	database?: string;
	/** TLS on: mongodb+srv:// turns it on, tls/ssl=true too. */
	tls: boolean;
	/** Every option but tls/ssl, lower-cased name → value (the last one wins, as in the drivers). */
	options: Record<string, string>;
}

export function connectionShape(uri: string): ConnectionShape {
	const cs = new ConnectionString(uri);
	const options: Record<string, string> = {};
	let tlsOption: string | undefined;
	for (const [name, value] of cs.searchParams) {
		const key = name.toLowerCase();
		if (key === 'tls' || key === 'ssl') tlsOption = value.toLowerCase();
		else options[key] = value;
	}
	const hosts = cs.hosts.map((h) => {
		const lower = h.toLowerCase();
		if (cs.isSRV) return lower;
		return /^\[.*\]$/.test(lower) || !/:\d+$/.test(lower) ? `${lower}:27017` : lower;
	});
	const database = decodeURIComponent(cs.pathname.replace(/^\//, ''));
	return {
		srv: cs.isSRV,
		hosts,
		...(cs.username ? { username: decodeURIComponent(cs.username) } : {}),
		...(cs.password ? { password: decodeURIComponent(cs.password) } : {}),
		...(database ? { database } : {}),
		tls: tlsOption !== undefined ? tlsOption === 'true' : cs.isSRV,
		options
	};
}

/** Every mongodb:// or mongodb+srv:// URI in a piece of text (a snippet, a command, a config line). */
export function urisIn(text: string): string[] {
	return [...text.matchAll(/mongodb(?:\+srv)?:\/\/[^\s'"`<>]+/g)].map((m) => m[0]);
}

/** What a remedy may change; anything else that differs is a difference. */
export interface IntendedChange {
	/** Option names (any case) the change may add, remove or set: the snippet sets them, or passes them outside the URI. */
	options?: readonly string[];
	/** TLS may be left out of the URI (the snippet passes tls=True / --tls / { tls: true } itself). */
	tlsOutside?: boolean;
	/** The change replaces one host of the seed list (connect with the name the certificate lists): from → to. */
	host?: { from: string; to: string };
	/** Any hosts and scheme: the change is where to connect (a name the certificate lists, in place of an SRV name). */
	anyHosts?: boolean;
	/** The user name and password may go (MONGODB-X509 authenticates as the certificate). */
	credentials?: boolean;
}

/** Placeholders a snippet may hold where the person's password was. */
export const PASSWORD_PLACEHOLDERS = ['YOUR_PASSWORD'];

/**
 * The differences between the person's connection string and one written for them, in words;
 * empty when they are the same connection apart from the intended change. A URI that does not
 * parse is a difference. Passwords: the output may leave it out (mongosh asks for it) or hold a
 * placeholder, and must never hold the input's password or a masked "****".
 */
export function connectionDifferences(input: string, output: string, change: IntendedChange = {}): string[] {
	const out: string[] = [];
	let a: ConnectionShape;
	let b: ConnectionShape;
	try {
		a = connectionShape(input);
	} catch (e) {
		return [`the input ${input} does not parse: ${(e as Error).message}`];
	}
	try {
		b = connectionShape(output);
	} catch (e) {
		return [`${output} does not parse: ${(e as Error).message}`];
	}
	if (a.srv !== b.srv && !change.anyHosts)
		out.push(`scheme: ${a.srv ? 'mongodb+srv' : 'mongodb'} became ${b.srv ? 'mongodb+srv' : 'mongodb'}`);
	const expectedHosts = change.host ? replaceHost(a.hosts, change.host, a.srv) : a.hosts;
	if (!change.anyHosts && JSON.stringify(expectedHosts) !== JSON.stringify(b.hosts))
		out.push(`hosts: ${expectedHosts.join(',')} became ${b.hosts.join(',')}`);
	if ((a.database ?? '') !== (b.database ?? '')) out.push(`database: ${a.database ?? '(none)'} became ${b.database ?? '(none)'}`);
	if (!change.credentials) {
		if (a.username !== b.username) out.push(`user: ${a.username ?? '(none)'} became ${b.username ?? '(none)'}`);
		if (a.password !== undefined && b.password !== undefined && !PASSWORD_PLACEHOLDERS.includes(b.password))
			out.push(`password: written as ${b.password === a.password ? 'the person’s own password' : JSON.stringify(b.password)}`);
		if (a.password === undefined && b.password !== undefined) out.push('password: added where the input had none');
	} else if (b.password !== undefined) out.push('password: still there with MONGODB-X509');
	if (
		a.tls !== b.tls &&
		!(change.anyHosts && a.srv) &&
		!(change.tlsOutside && !b.tls) &&
		!(b.tls && change.options?.some((o) => /^tls/i.test(o)))
	)
		out.push(`TLS: ${a.tls ? 'on' : 'off'} became ${b.tls ? 'on' : 'off'}`);
	const free = new Set((change.options ?? []).map((o) => o.toLowerCase()));
	for (const name of new Set([...Object.keys(a.options), ...Object.keys(b.options)])) {
		if (free.has(name)) continue;
		if (a.options[name] !== b.options[name])
			out.push(`${name}: ${a.options[name] ?? '(not set)'} became ${b.options[name] ?? '(not set)'}`);
	}
	for (const [name, value] of Object.entries(b.options)) {
		if (value === '****' || (a.password !== undefined && value === a.password)) out.push(`${name}: holds a secret (${value})`);
	}
	return out;
}

function replaceHost(hosts: string[], change: { from: string; to: string }, srv: boolean): string[] {
	// host:port → the bare host, IPv6 without its brackets.
	const bare = (h: string) => (srv ? h : h.replace(/:\d+$/, '')).replace(/^\[|\]$/g, '');
	const from = change.from.toLowerCase().replace(/^\[|\]$/g, '');
	const at = hosts.findIndex((h) => bare(h) === from);
	const index = at >= 0 ? at : hosts.length === 1 ? 0 : -1;
	if (index < 0) return hosts;
	const port = /:(\d+)$/.exec(hosts[index])?.[1] ?? '27017';
	return hosts.map((h, i) => (i === index ? `${change.to.toLowerCase()}:${port}` : h));
}

// The remedies whose change is where to connect: the name the certificate lists.
const HOST_CHANGES: Record<string, string[]> = {
	'connect-with-listed-name': ['NAME_ON_CERTIFICATE'],
	'hostname-litmus-test': ['NAME_ON_CERTIFICATE', 'YOUR_SERVER_IP']
};
// Options a remedy sets on purpose whatever their value (authSource names the person's own database).
const OPTION_CHANGES: Record<string, readonly string[]> = {
	'check-login-credentials': ['authsource']
};
// Values a remedy writes when it sets an option (its placeholders and switches).
const INTENDED_VALUE = /^(?:(?:C:)?\/path\/to\/[\w.-]+|true|MONGODB-X509|YOUR_KEY_PASSWORD)$/;

/**
 * The change a step makes, read from the step: the options it names outside its URIs or sets to
 * our own placeholder values, TLS passed outside the URI, MONGODB-X509 dropping the credentials,
 * and for the remedies that move the connection, the host they replace (the failing member when
 * known, any host otherwise).
 */
export function changeMadeBy(stepText: string, uri: string, inputUri: string, remedyId: string, failingHost?: string): IntendedChange {
	// Go's tls.Config{RootCAs: …} is the CA file given in code.
	const outside = urisIn(stepText)
		.reduce((t, u) => t.split(u).join(' '), stepText)
		.toLowerCase()
		.replace(/rootcas/g, 'tlscafile');
	const before = connectionShape(inputUri).options;
	const after = connectionShape(uri).options;
	const options = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
		(name) =>
			outside.includes(name) ||
			(after[name] !== undefined && INTENDED_VALUE.test(after[name])) ||
			(OPTION_CHANGES[remedyId]?.includes(name) ?? false)
	);
	const x509 = /MONGODB-X509/.test(stepText);
	const movesTo = HOST_CHANGES[remedyId];
	return {
		options: [...options, ...(x509 ? ['authSource'] : [])],
		tlsOutside: /--tls\b|tls=True|tls: true/.test(stepText),
		credentials: x509,
		...(movesTo
			? inputUri.startsWith('mongodb+srv') || !failingHost
				? { anyHosts: true }
				: { host: { from: failingHost, to: movesTo.find((n) => uri.includes(n)) ?? 'NAME_ON_CERTIFICATE' } }
			: {})
	};
}
