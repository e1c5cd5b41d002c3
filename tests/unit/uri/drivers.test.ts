/**
 * The connection strings and snippets TLS Doctor writes, handed to the real drivers:
 * - PyMongo 3.11 (Debian's python3-pymongo, /usr/bin/python3): pymongo.uri_parser.parse_uri with
 *   validation on and warnings as errors, and each Python snippet executed up to MongoClient(...)
 *   (which validates every keyword and builds the TLS context from the files);
 * - the npm mongodb 7 driver: new MongoClient(uri, options) without connecting, and each Node
 *   snippet run as is;
 * - bash -n for each mongosh command line.
 *
 * What had to change for PyMongo 3.11, and why (each change is made in this file, visibly):
 * - file paths are pointed at real files made by openssl (fixtures): 3.11 opens tlsCAFile,
 *   tlsCertificateKeyFile and tlsCRLFile while validating, and loads them into an SSLContext;
 * - mongodb+srv:// becomes mongodb://: resolving the SRV record needs DNS, which these tests do
 *   not have (everything Python runs here runs under `unshare -n`, with no network at all);
 * - options 3.11 predates (loadBalanced, srvServiceName, srvMaxHosts, maxConnecting, timeoutMS,
 *   serverMonitoringMode; OPTION_SPECS lists which clients know each) are removed, and the test
 *   lists them; PyMongo 4 and the Node driver get the string unchanged;
 * - certifi.where() becomes the path of a real CA file: certifi is not packaged with Debian's
 *   PyMongo.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { lookupOption } from '../../../src/lib/core/uri/option-specs';
import type { ConnectionStringOutputs } from '../../../src/lib/core/model/connection';
import { FIXTURES } from '../../helpers/fixtures';
import { HAVE_BASH, HAVE_PYMONGO, PYTHON } from '../remedies/tools';
import { renderAll, uniqueSteps } from '../remedies/matrix';
import { CORPUS } from './corpus';
import { analyse } from './helpers';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DIR = mkdtempSync(join(tmpdir(), 'uri-drivers-'));
const FILES = { ca: join(DIR, 'ca.pem'), client: join(DIR, 'client.pem'), crl: join(DIR, 'crl.pem') };
copyFileSync(join(FIXTURES, 'pki/root-ca.crt'), FILES.ca);
copyFileSync(join(FIXTURES, 'ingest/server-combined.pem'), FILES.client);
copyFileSync(join(FIXTURES, 'ingest/crl.pem'), FILES.crl);
const HAVE_UNSHARE = spawnSync('unshare', ['-n', 'true']).status === 0;
const RENDERED_URIS = uniqueSteps(renderAll(), (s) => s.language === 'uri').map((s) => s.step.text);

const OUTPUTS: { note: string; outputs: ConnectionStringOutputs }[] = CORPUS.map(({ text, note }) => {
	const outputs = analyse(text).outputs;
	if (!outputs) throw new Error(`no outputs for ${note}`);
	return { note, outputs };
});

/** Point every file option at a real file of the right kind. */
function realFiles(text: string): string {
	return text
		.replace(/(tlsCAFile=)[^&;#'"]*/gi, `$1${FILES.ca}`)
		.replace(/(tlsCertificateKeyFile=)[^&;#'"]*/gi, `$1${FILES.client}`)
		.replace(/(tlsCRLFile=)[^&;#'"]*/gi, `$1${FILES.crl}`);
}

/** The changes PyMongo 3.11 needs (see the header), and the option names removed. */
function forPyMongo311(uri: string): { uri: string; removed: string[] } {
	const removed: string[] = [];
	const [base, query = ''] = realFiles(uri)
		.replace(/^mongodb\+srv:\/\//, 'mongodb://')
		.split('?');
	const kept = query
		.split('&')
		.filter(Boolean)
		.filter((pair) => {
			const name = pair.split('=')[0];
			const known = lookupOption(name)?.clients.includes('pymongo-3') ?? true;
			if (!known) removed.push(name);
			return known;
		});
	return { uri: kept.length ? `${base}?${kept.join('&')}` : base, removed };
}

function python(script: string, input: unknown): unknown {
	const args = ['-c', script];
	const r = HAVE_UNSHARE
		? spawnSync('unshare', ['-n', PYTHON, ...args], { input: JSON.stringify(input), encoding: 'utf8', timeout: 60_000, env: ENV })
		: spawnSync(PYTHON, args, { input: JSON.stringify(input), encoding: 'utf8', timeout: 60_000, env: ENV });
	if (r.status !== 0) throw new Error(r.stderr);
	return JSON.parse(r.stdout);
}

const ENV = {
	...process.env,
	MONGODB_PASSWORD: 'env-password',
	MONGODB_TLS_KEY_PASSWORD: 'env-key-password',
	NODE_PATH: join(ROOT, 'node_modules')
};

const PARSE_URIS = `
import json, sys, warnings
from pymongo import uri_parser
warnings.simplefilter("error")
out = []
for uri in json.load(sys.stdin):
    try:
        uri_parser.parse_uri(uri, validate=True, warn=False)
        out.append(None)
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
print(json.dumps(out))
`;

const RUN_SNIPPETS = `
import json, sys, warnings
import pymongo
warnings.simplefilter("error")
out = []
for source in json.load(sys.stdin):
    scope = {}
    try:
        exec(compile(source, "snippet.py", "exec"), scope)
        client = scope["client"]
        assert isinstance(client, pymongo.MongoClient), type(client)
        client.close()
        out.append(None)
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
print(json.dumps(out))
`;

describe.skipIf(!HAVE_PYMONGO)('PyMongo 3.11 (Debian python3-pymongo)', () => {
	it('parses every corrected connection string', () => {
		const prepared = OUTPUTS.filter((o) => o.outputs.uri).map((o) => ({ note: o.note, ...forPyMongo311(o.outputs.uri!) }));
		expect(prepared.length).toBe(CORPUS.length - 0);
		const errors = python(
			PARSE_URIS,
			prepared.map((p) => p.uri)
		) as (string | null)[];
		expect(prepared.flatMap((p, i) => (errors[i] ? [`${p.note}: ${p.uri}\n  → ${errors[i]}`] : []))).toEqual([]);
		// The one exclusion this corpus exercises, so the list above is not silently growing.
		expect(prepared.flatMap((p) => p.removed)).toEqual(['loadBalanced', 'serverMonitoringMode']);
	});

	it('parses every connection string the remedy catalogue renders', () => {
		const uris = RENDERED_URIS;
		expect(uris.length).toBeGreaterThan(10);
		const prepared = uris.map((u) => forPyMongo311(u.replaceAll('YOUR_HOST', 'db.example.com')));
		const errors = python(
			PARSE_URIS,
			prepared.map((p) => p.uri)
		) as (string | null)[];
		expect(uris.flatMap((u, i) => (errors[i] ? [`${u}\n  → ${errors[i]}`] : []))).toEqual([]);
	});

	it('refuses what the doctor says it refuses (the harness is not vacuous)', () => {
		const refused = [
			'mongodb://h/?tls=true&tlsInsecure=true&tlsAllowInvalidCertificates=true',
			'mongodb://h/?tls=true&ssl=false',
			'mongodb://h/?tls=true&tlsCAfle=x'
		];
		const errors = python(PARSE_URIS, refused) as (string | null)[];
		expect(
			errors.every((e) => e !== null),
			JSON.stringify(errors)
		).toBe(true);
		for (const uri of refused) expect(analyse(uri).valid, uri).toBe(false);
	});

	it('runs every Python snippet up to a constructed MongoClient', () => {
		const sources = OUTPUTS.map((o) =>
			o.outputs.python
				.replace(/^import certifi\n/m, '')
				.replace(/certifi\.where\(\)/g, JSON.stringify(FILES.ca))
				.replace(/tlsCAFile=r?"[^"]*"/g, `tlsCAFile=${JSON.stringify(FILES.ca)}`)
				.replace(/tlsCertificateKeyFile=r?"[^"]*"/g, `tlsCertificateKeyFile=${JSON.stringify(FILES.client)}`)
				.replace(/tlsCRLFile=r?"[^"]*"/g, `tlsCRLFile=${JSON.stringify(FILES.crl)}`)
				.replace(/mongodb\+srv:\/\//g, 'mongodb://')
				.replace(/(loadBalanced|serverMonitoringMode)=[^&"]*&?/g, '')
		);
		// And one the doctor calls refused (tls=False with a CA file), so a harness that accepts everything fails here.
		const refused = `from pymongo import MongoClient\nclient = MongoClient("mongodb://h/", tls=False, tlsCAFile=${JSON.stringify(FILES.ca)})\n`;
		const errors = python(RUN_SNIPPETS, [...sources, refused]) as (string | null)[];
		expect(errors.pop()).toMatch(/ConfigurationError/);
		expect(OUTPUTS.flatMap((o, i) => (errors[i] ? [`${o.note}:\n${sources[i]}\n  → ${errors[i]}`] : []))).toEqual([]);
	});
});

describe('the Node.js driver (npm mongodb 7)', () => {
	it('constructs a client from every corrected connection string, and from the Node options', () => {
		const failures: string[] = [];
		for (const { note, outputs } of OUTPUTS) {
			for (const [uri, options] of [
				[outputs.uri, {}],
				[outputs.node.uri, outputs.node.options]
			] as const) {
				if (uri === undefined) continue;
				try {
					new MongoClient(uri, options);
				} catch (e) {
					failures.push(`${note}: ${uri} ${JSON.stringify(options)}\n  → ${(e as Error).message}`);
				}
			}
		}
		expect(failures).toEqual([]);
	});

	it('constructs a client from every connection string the remedy catalogue renders', () => {
		const failures = RENDERED_URIS.flatMap((u) => {
			try {
				new MongoClient(u);
				return [];
			} catch (e) {
				return [`${u}\n  → ${(e as Error).message}`];
			}
		});
		expect(failures).toEqual([]);
	});

	it('runs every Node snippet as written', () => {
		// One Node process loads every snippet as its own CommonJS module (starting Node per snippet is slow).
		const files = OUTPUTS.map(({ outputs }, i) => {
			const file = join(DIR, `snippet-${i}.cjs`);
			writeFileSync(file, `${outputs.node.code}module.exports = client;\n`);
			return file;
		});
		const harness = join(DIR, 'run-snippets.cjs');
		writeFileSync(
			harness,
			`const { MongoClient } = require('mongodb');
const out = [];
for (const file of ${JSON.stringify(files)}) {
	try {
		const client = require(file);
		out.push(client instanceof MongoClient ? null : 'not a MongoClient');
	} catch (e) {
		out.push(String(e && e.message));
	}
}
console.log(JSON.stringify(out));
`
		);
		const args = HAVE_UNSHARE ? ['-n', process.execPath, harness] : [harness];
		const r = spawnSync(HAVE_UNSHARE ? 'unshare' : process.execPath, args, { encoding: 'utf8', env: ENV, timeout: 60_000 });
		expect(r.status, r.stderr).toBe(0);
		const errors = JSON.parse(r.stdout) as (string | null)[];
		expect(OUTPUTS.flatMap((o, i) => (errors[i] ? [`${o.note}:\n${o.outputs.node.code}\n  → ${errors[i]}`] : []))).toEqual([]);
	});

	it('refuses what the doctor says it refuses', () => {
		for (const uri of ['mongodb://h/?tls=true&tlsInsecure=true&tlsAllowInvalidHostnames=true', 'mongodb://h/?tls=yes']) {
			expect(() => new MongoClient(uri), uri).toThrow();
			expect(analyse(uri).valid, uri).toBe(false);
		}
	});
});

describe.skipIf(!HAVE_BASH)('mongosh command lines', () => {
	it('pass bash -n', () => {
		const failures = OUTPUTS.flatMap(({ note, outputs }, i) => {
			const file = join(DIR, `mongosh-${i}.sh`);
			writeFileSync(file, outputs.mongosh);
			const r = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
			return r.status === 0 ? [] : [`${note}: ${outputs.mongosh}\n  → ${r.stderr}`];
		});
		expect(failures).toEqual([]);
	});
});
