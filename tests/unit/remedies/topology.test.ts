/**
 * Issue 14 item 4: every snippet keeps the person's topology. Each connection string below (one
 * host, a seed list with replicaSet, mongodb+srv://, with and without a password, with tlsCAFile,
 * with authSource, IPv6) is analysed as pasted; every remedy is rendered for every client; every
 * URI in every step is read back with mongodb-connection-string-url (tests/helpers/same-connection)
 * and must be the same connection apart from what that step itself sets. An error naming one
 * replica-set member sits beside each string, as in a real paste, and must not take its place.
 */
import { describe, expect, it } from 'vitest';
import type { Environment } from '../../../src/lib/core/model/environment';
import { REMEDIES } from '../../../src/lib/core/remedies/catalogue';
import { collectRemedyFacts } from '../../../src/lib/core/remedies/facts';
import { renderRemedy } from '../../../src/lib/core/remedies/render';
import { analyzeConnectionString } from '../../../src/lib/core/uri/analyze';
import { analyzeText } from '../../helpers/analyze';
import { fixtureText } from '../../helpers/fixtures';
import { changeMadeBy, connectionDifferences, connectionShape, urisIn } from '../../helpers/same-connection';

interface Input {
	note: string;
	uri: string;
	/** A host the error text names: one member of the set, never the connection string. */
	errorHost: string;
	password?: string;
}

const INPUTS: Input[] = [
	{ note: 'a single host', uri: 'mongodb://db1.example.com:27017/?tls=true', errorHost: 'db1.example.com' },
	{
		note: 'a seed list of three with replicaSet',
		uri: 'mongodb://db1.example.com:27017,db2.example.com:27018,db3.example.com/?replicaSet=rs0&tls=true&readPreference=secondaryPreferred',
		errorHost: 'db2.example.com'
	},
	{
		note: 'mongodb+srv://',
		uri: 'mongodb+srv://cluster0.abcde.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0',
		errorHost: 'ac-abc123-shard-00-01.abcde.mongodb.net'
	},
	{
		note: 'mongodb+srv:// with a user, a password and a database',
		uri: 'mongodb+srv://app:s3cr3t%40x@cluster0.abcde.mongodb.net/shop?authSource=admin&retryWrites=true',
		errorHost: 'ac-abc123-shard-00-02.abcde.mongodb.net',
		password: 's3cr3t@x'
	},
	{
		note: 'a seed list with tlsCAFile and a password',
		uri: 'mongodb://app:Pa55word@db1.example.com:27017,db2.example.com:27017/?replicaSet=rs0&tls=true&tlsCAFile=/etc/ssl/corp-ca.pem',
		errorHost: 'db2.example.com',
		password: 'Pa55word'
	},
	{
		note: 'a user without a password, authSource and a database',
		uri: 'mongodb://reporting@10.0.0.5:27017/sales?authSource=admin&tls=true',
		errorHost: '10.0.0.5'
	},
	{
		note: 'IPv6 members',
		uri: 'mongodb://[2001:db8::5]:27018,[2001:db8::6]:27018/?replicaSet=rs1&tls=true',
		errorHost: '2001:db8::6'
	}
];

const CLIENTS = [undefined, 'pymongo', 'motor', 'node', 'mongosh', 'compass', 'java', 'go', 'csharp'] as const;
const SHELLS: Environment[] = [
	{ os: 'debian', shell: 'bash' },
	{ os: 'windows', shell: 'powershell' },
	{ os: 'windows', shell: 'cmd' }
];
function factsFor(input: Input) {
	const analysis = analyzeConnectionString(input.uri, 'uri');
	return collectRemedyFacts({
		connections: [{ analysis }],
		// What a ServerSelectionTimeoutError gives: the member it tried, with its port.
		diagnoses: [{ facts: { hosts: [{ host: input.errorHost, port: 27017 }] } }]
	});
}

describe('every snippet keeps the person’s connection', () => {
	for (const input of INPUTS) {
		it(`for ${input.note}, in every client, remedy and shell`, () => {
			const facts = factsFor(input);
			const problems = new Set<string>();
			let checked = 0;
			for (const base of SHELLS)
				for (const client of CLIENTS)
					for (const id of REMEDIES.keys()) {
						const remedy = renderRemedy(id, { ...base, ...(client ? { client } : {}) }, facts);
						if (!remedy) continue;
						const all = remedy.steps.map((s) => s.text).join('\n');
						// Snippets, not prose: a sentence may show the shape of a string (mongodb://host1,host2,…).
						for (const step of remedy.steps.filter((s) => s.kind !== 'text')) {
							for (const uri of urisIn(step.text)) {
								checked++;
								const why = connectionDifferences(input.uri, uri, changeMadeBy(step.text, uri, input.uri, id, input.errorHost));
								for (const w of why) problems.add(`${id} (${client ?? 'no client'}, ${base.shell}): ${uri}\n  → ${w}`);
							}
						}
						if (all.includes('****')) problems.add(`${id} (${client ?? 'no client'}): a masked **** password`);
						if (input.password && all.includes(input.password)) problems.add(`${id}: the person’s password`);
						if (/:YOUR_PASSWORD@/.test(all) && !/Put your password back in place of YOUR_PASSWORD/.test(all))
							problems.add(`${id} (${client ?? 'no client'}): YOUR_PASSWORD without saying to put the password back`);
					}
			expect([...problems]).toEqual([]);
			// Every client writes the string somewhere: a check that found nothing would prove nothing.
			expect(checked).toBeGreaterThan(200);
		});
	}

	it('keep replicaSet, the CA file and every member in a Node fix, and the SRV string in a certifi fix', () => {
		const seed = factsFor(INPUTS[4]);
		const node = renderRemedy('allow-invalid-hostnames', { client: 'node', os: 'debian' }, seed)!;
		const code = node.steps.find((s) => s.kind === 'code')!.text;
		expect(connectionShape(urisIn(code)[0])).toMatchObject({
			hosts: ['db1.example.com:27017', 'db2.example.com:27017'],
			options: { replicaset: 'rs0', tlscafile: '/etc/ssl/corp-ca.pem' }
		});
		const srv = factsFor(INPUTS[3]);
		const certifi = renderRemedy('certifi-tlscafile', { client: 'pymongo', os: 'macos' }, srv)!;
		const py = certifi.steps.find((s) => s.kind === 'code')!.text;
		expect(py).toContain('tlsCAFile=certifi.where()');
		expect(connectionShape(urisIn(py)[0])).toEqual({
			srv: true,
			hosts: ['cluster0.abcde.mongodb.net'],
			username: 'app',
			password: 'YOUR_PASSWORD',
			database: 'shop',
			tls: true,
			options: { authsource: 'admin', retrywrites: 'true' }
		});
		expect(certifi.steps.map((s) => s.text)).toContain(
			'Put your password back in place of YOUR_PASSWORD (percent-encoded: @ becomes %40, : becomes %3A).'
		);
	});
});

/** A real captured PyMongo 3.11 error (Atlas, missing roots), with the person's MongoClient line in the traceback. */
function pymongoTraceback(uri: string): string {
	const text = fixtureText('errors/captured/pymongo/atlas-missing-roots.txt');
	return text.replace('    client.admin.command("ping")', `    MongoClient(${JSON.stringify(uri)}).admin.command("ping")`);
}

/** The real captured Node error, under the line of the person's code they pasted with it. */
function nodeStack(uri: string): string {
	return `const client = new MongoClient('${uri}');\n\n${fixtureText('errors/captured/node/atlas-missing-roots.txt')}`;
}

const SRV = 'mongodb+srv://app:s3cr3t@cluster0.abcde.mongodb.net/shop?retryWrites=true&w=majority&appName=Cluster0';

describe('the connection string inside pasted error text', () => {
	it('wins over the shard hosts a PyMongo traceback lists', async () => {
		const text = pymongoTraceback(SRV);
		expect(text).toMatch(/shard-00-0\d\.abcde\.mongodb\.net:\d+/);
		const report = await analyzeText(text, { client: 'pymongo', os: 'macos' });
		const steps = report.remedies['certifi-tlscafile']?.steps ?? [];
		const uris = steps.flatMap((s) => urisIn(s.text));
		expect(uris.length).toBeGreaterThan(0);
		for (const uri of uris) expect(connectionDifferences(SRV, uri, { options: ['tlsCAFile'], tlsOutside: true })).toEqual([]);
		expect(steps.map((s) => s.text).join('\n')).not.toContain('s3cr3t');
	});

	it('wins over the member a Node.js stack names', async () => {
		const text = nodeStack(SRV);
		const report = await analyzeText(text, { client: 'node', os: 'debian' });
		const rendered = Object.values(report.remedies).flatMap((r) => r.steps);
		const uris = rendered.filter((s) => s.kind !== 'command' || s.text.startsWith('mongosh')).flatMap((s) => urisIn(s.text));
		expect(uris.length).toBeGreaterThan(0);
		for (const uri of uris) {
			expect(connectionShape(uri)).toMatchObject({ srv: true, hosts: ['cluster0.abcde.mongodb.net'], database: 'shop' });
			expect(connectionShape(uri).options).toMatchObject({ retrywrites: 'true', w: 'majority', appname: 'Cluster0' });
		}
	});
});

describe('with only error text', () => {
	it('writes no connection string from the members it names, and reads the person’s own instead', async () => {
		const report = await analyzeText(fixtureText('errors/captured/pymongo/atlas-missing-roots.txt'));
		for (const client of CLIENTS) {
			for (const id of Object.keys(report.remedies)) {
				const r = renderRemedy(id, { ...(client ? { client } : {}), os: 'macos' }, collectRemedyFacts(report));
				for (const step of r?.steps ?? []) {
					for (const uri of urisIn(step.text)) expect(uri, `${id} (${client})`).not.toMatch(/shard-00/);
				}
			}
		}
		const certifi = renderRemedy('certifi-tlscafile', { client: 'pymongo', os: 'macos' }, collectRemedyFacts(report))!;
		const text = certifi.steps.map((s) => s.text).join('\n');
		expect(text).toMatch(/MongoClient\(\s*os\.environ\["MONGODB_URI"\],[\s\S]*tlsCAFile=certifi\.where\(\)/);
		expect(text).toMatch(/MONGODB_URI is your own connection string/);
	});
});

describe('a MongoClient(...) call as the connection', () => {
	it('keeps the person’s own variable and keyword arguments, with only the CA changed', () => {
		const analysis = analyzeConnectionString(
			'MongoClient(MONGO_URI, tlsCAFile="/etc/ca.pem", serverSelectionTimeoutMS=5000, replicaSet="rs0")',
			'python'
		);
		const facts = collectRemedyFacts({ connections: [{ analysis }] });
		const code = renderRemedy('certifi-tlscafile', { client: 'pymongo', os: 'debian' }, facts)!.steps.find((s) => s.kind === 'code')!.text;
		expect(code).toMatch(/MongoClient\(\s*MONGO_URI,/);
		expect(code).toContain('serverSelectionTimeoutMS=5000,');
		expect(code).toContain('replicaSet="rs0",');
		expect(code).toContain('tlsCAFile=certifi.where(),');
		expect(code).not.toContain('/etc/ca.pem');
	});

	it('says which Python-valued keywords a connection string cannot carry', () => {
		const analysis = analyzeConnectionString(
			'MongoClient("mongodb://db1.example.com:27017,db2.example.com:27017/?replicaSet=rs0", tls=True, serverSelectionTimeoutMS=TIMEOUT)',
			'python'
		);
		const facts = collectRemedyFacts({ connections: [{ analysis }] });
		const steps = renderRemedy('use-tlscafile', { client: 'pymongo', os: 'debian' }, facts)!.steps.map((s) => s.text);
		expect(steps.join('\n')).toContain('serverSelectionTimeoutMS=TIMEOUT,');
		expect(steps).toContain(
			'serverSelectionTimeoutMS came from Python code and cannot be written in a connection string: add its value yourself.'
		);
	});
});

describe('Python-valued keywords in another client’s snippet', () => {
	it('are named, not dropped unseen, for Node, mongosh and Compass', () => {
		const analysis = analyzeConnectionString(
			'MongoClient("mongodb+srv://cluster0.abcde.mongodb.net/app", tlsCAFile=certifi.where())',
			'python'
		);
		const facts = collectRemedyFacts({ connections: [{ analysis }] });
		for (const client of ['node', 'mongosh', 'compass'] as const) {
			const text = renderRemedy('enable-tls-in-client', { client, os: 'debian' }, facts)!
				.steps.map((s) => s.text)
				.join('\n');
			// Compass shows the connection string, the others their own settings: either way it is named.
			expect(text, client).toMatch(/tlsCAFile came from Python code and cannot be written (?:outside Python|in a connection string)/);
			expect(text, client).toContain('python -m certifi');
		}
	});
});

describe('a hostname fix in a seed list', () => {
	it('replaces the member the error names, not the first one the regex met', async () => {
		const text = [
			'client = MongoClient("mongodb://app:pw@db1.example.com:27017,db2.example.com:27017/?replicaSet=rs0&tls=true")',
			"pymongo.errors.ServerSelectionTimeoutError: db1.example.com:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for 'db1.example.com'. (_ssl.c:1006)"
		].join('\n');
		const report = await analyzeText(text);
		const uris = (report.remedies['connect-with-listed-name']?.steps ?? []).flatMap((s) => (s.kind === 'text' ? [] : urisIn(s.text)));
		expect(uris.length).toBeGreaterThan(0);
		for (const uri of uris) {
			expect(uri).toContain('db2.example.com:27017');
			expect(uri).not.toContain('db1.example.com');
		}
	});
});

describe('Python code in the paste', () => {
	it('keeps the person’s os.environ[...] connection argument, with import os', () => {
		const analysis = analyzeConnectionString('MongoClient(os.environ["MONGO_URL"], tls=True)', 'python');
		const facts = collectRemedyFacts({ connections: [{ analysis }] });
		const code = renderRemedy('use-tlscafile', { client: 'pymongo', os: 'debian' }, facts)!.steps.find((s) => s.kind === 'code')!.text;
		expect(code).toContain('os.environ["MONGO_URL"]');
		expect(code).toMatch(/^import os$/m);
	});

	it('is never copied into a snippet when it calls anything but certifi.where()', () => {
		const analysis = analyzeConnectionString(
			'MongoClient(os.abort(), serverSelectionTimeoutMS=sys.exit(), tls=True, tlsCAFile=certifi.where())',
			'python'
		);
		const facts = collectRemedyFacts({ connections: [{ analysis }] });
		for (const id of REMEDIES.keys()) {
			const text =
				renderRemedy(id, { client: 'pymongo', os: 'debian' }, facts)
					?.steps.map((s) => s.text)
					.join('\n') ?? '';
			expect(text, id).not.toContain('os.abort()');
			expect(text, id).not.toContain('sys.exit()');
		}
		const certifi = renderRemedy('use-tlscafile', { client: 'pymongo', os: 'debian' }, facts)!
			.steps.map((s) => s.text)
			.join('\n');
		expect(certifi).toContain('MONGODB_URI');
	});
});

describe('a connection handed in from elsewhere (a shared report)', () => {
	it('is not written into any step when a host in it is not a host', () => {
		const analysis = analyzeConnectionString('mongodb://db1.example.com:27017,db2.example.com:27017/?replicaSet=rs0&tls=true', 'uri');
		const connection = analysis.outputs!.connection;
		const hostile = { ...connection, hosts: [connection.hosts[0], { host: "db2.example.com';touch /tmp/x;'", kind: 'dns' as const }] };
		for (const client of CLIENTS) {
			const r = renderRemedy('use-tlscafile', { ...(client ? { client } : {}), os: 'debian' }, { connection: hostile });
			const text = r?.steps.map((s) => s.text).join('\n') ?? '';
			expect(text, client).not.toContain('touch');
			// Not half of it either: a seed list without one member is another topology.
			expect(text, client).not.toContain('db1.example.com');
		}
	});
});
