/**
 * The readings several families share, as data: the same event on the wire reads differently in
 * Python, Node, Go and Java, but what it means depends on the same facts (Atlas or private host, a
 * CA file given or not, which Python). Each event is a table of rules `{ id, when, candidates,
 * because, citation, examples }`, read top to bottom by one evaluator (readEvent): the FIRST rule
 * whose `when` holds gives the candidates, in order, and the last rule of every table always
 * holds. So the candidates a signature proposes can be read off this file; ranking-rules.ts and
 * its sort key then order them against the other signatures' (docs/RANKING.md).
 *
 * In `because`, `ask` and `command`, {caFile} is the tlsCAFile the text names, {caFileWord} the
 * same quoted for a shell, and {python} the Python version the text shows.
 */

import { shellWord } from '../../syntax/quote';
import type { NextStep } from '../../model/report';
import type { DiagnoseFacts } from '../facts';
import { hostKind, type HostKind } from '../hosts';
import { isPython310OrNewer } from '../python-versions';
import type { Candidate } from '../signature';
import type { DiagnosisId } from '../vocabulary';

const S_CLIENT = 'openssl s_client -connect HOST:PORT -servername HOST -showcerts </dev/null';

export const ASK_CHAIN: NextStep = {
	ask: 'Paste the chain the server presents: the last certificate printed names the CA the client has to trust',
	command: S_CLIENT
};
/** Tells a private CA that was never given from a public root the trust store lacks. */
const ASK_WHICH_CA: NextStep = {
	ask: 'Paste the chain the server presents and look at the last issuer: a public CA (DigiCert, ISRG / Let’s Encrypt, Amazon, GlobalSign, Sectigo…) means this machine’s trust store lacks that root; your own organisation’s CA means it has to be given as tlsCAFile',
	command: S_CLIENT
};
/** Tells a TLS-inspecting proxy's root from the database's own private root. */
const ASK_ROOT_NAME: NextStep = {
	ask: 'Paste the chain and read the root’s name (the last "i:" line): a security product or your company’s proxy (Zscaler, Netskope, Palo Alto, Fortinet, Blue Coat, “… TLS Inspection …”) means the connection is being intercepted; the database team’s own CA means it has to be given as tlsCAFile',
	command: S_CLIENT
};
export const ASK_SERVER_LOG: NextStep = {
	ask: 'Paste the server’s log lines from the moment of the failed connection (mongod.log, or the Atlas/proxy log)'
};
/** Tells a hung TLS handshake from a TLS connection whose MongoDB hello went unanswered. */
export const ASK_TLS_WORKS: NextStep = {
	ask: 'Check whether TLS itself completes: a printed certificate chain and "Verify return code" mean TLS works and the MongoDB hello went unanswered; a hang with no output means the TLS handshake never finished',
	command: 'timeout 10 openssl s_client -connect HOST:PORT -servername HOST -showcerts </dev/null'
};
const ASK_TLS_PROBE: NextStep = {
	ask: 'Probe the port: "no peer certificate available" with "Cipher is (NONE)" means it does not speak TLS at all; a certificate chain means it does',
	command: 'openssl s_client -connect HOST:PORT </dev/null'
};
const ASK_PUBLIC_IP: NextStep = {
	ask: 'Compare this machine’s public IP with the Atlas project’s IP Access List (Network Access); adding just that address settles it in a minute (not 0.0.0.0/0, which lets the whole internet try the password)',
	command: 'curl -s https://checkip.amazonaws.com'
};

/** What a missing or misspelled TLS option leads to once the handshake runs. */
export const CERTIFICATE_OUTCOMES: readonly DiagnosisId[] = [
	'untrusted-ca',
	'missing-system-roots',
	'self-signed-cert',
	'self-signed-in-chain',
	'missing-intermediate',
	'ca-file-incomplete',
	'hostname-mismatch',
	'ip-mismatch',
	'tls-to-plain-server',
	'plain-to-tls-server'
];

export function hostKinds(facts: DiagnoseFacts) {
	const kinds = new Set((facts.hosts ?? []).map((h) => hostKind(h.host)));
	// With no host in the text (an s_client transcript), the names the server's certificate claims stand in.
	if (!kinds.size) for (const name of facts.peerNames ?? []) kinds.add(hostKind(name.replace(/^\*\./, '')));
	return kinds;
}

export function pythonVersion(facts: DiagnoseFacts): string | undefined {
	return facts.pythonVersion ?? facts.pythonVersionHint;
}

/** What an event's rules look at: computed once from the facts, with what the signature saw. */
export interface EventFacts {
	facts: DiagnoseFacts;
	/** The host kinds in the text (or, without a host, the names the server's certificate claims). */
	kinds: ReadonlySet<HostKind>;
	/** An Atlas host is among them. */
	atlas: boolean;
	/** Every host is private (localhost, RFC 1918, .internal…). */
	privateOnly: boolean;
	/** A tlsCAFile (ssl_ca_certs, sslCAFile) in the text: the CA file is there, it just does not fit. */
	caFile?: string;
	python?: string;
	/** The text shows Python 3.10 or newer. */
	python310: boolean;
	/** The signature saw the root sent in the chain (.NET UntrustedRoot). */
	rootWasSent: boolean;
	/** The text shows TLS on for the connection (the signature decides; tlsInUse below). */
	tlsInUse: boolean;
	/**
	 * A Python client on macOS, and where its Python came from: `python.org` (its own OpenSSL, no
	 * roots until Install Certificates.command), `unknown`, or `other` (Homebrew, conda, pyenv and
	 * the system Python bring a current CA bundle). Unset off macOS or for another client.
	 */
	macosPython?: 'python.org' | 'unknown' | 'other';
}

/** A text a rule is for; `chain` stands for pasted certificates that chain to a public or private root. */
export type EventExample = string | { text: string; chain: 'public' | 'private' };

export interface EventRule {
	/** event.name: unique over every table. */
	id: string;
	when(f: EventFacts): boolean;
	/** In order; the signature's first reading is the first. */
	candidates: readonly Candidate[];
	because: string;
	citation: string;
	/** Texts the rule fires on (tested through the whole diagnosis). */
	examples: readonly EventExample[];
}

export interface EventTable {
	event: string;
	/** What happened on the wire, in one sentence. */
	about: string;
	rules: readonly EventRule[];
}

export function eventFacts(facts: DiagnoseFacts, { rootWasSent = false, tlsInUse = true } = {}): EventFacts {
	const kinds = hostKinds(facts);
	const python = pythonVersion(facts);
	return {
		facts,
		kinds,
		atlas: kinds.has('atlas'),
		privateOnly: kinds.has('private') && !kinds.has('public-or-unknown'),
		caFile: facts.tlsOptions?.tlsCAFile ?? facts.tlsOptions?.ssl_ca_certs ?? facts.tlsOptions?.sslCAFile,
		python,
		python310: isPython310OrNewer(python),
		rootWasSent,
		tlsInUse,
		...macosPythonOf(facts)
	};
}

const PYTHON_CLIENTS = new Set(['pymongo', 'motor']);

function macosPythonOf(facts: DiagnoseFacts): Pick<EventFacts, 'macosPython'> {
	if (facts.os !== 'macos') return {};
	// The client named decides; a Python choice left in the page (or in a link) does not make a Node error a Python one.
	const python = facts.client !== undefined ? PYTHON_CLIENTS.has(facts.client) : facts.pythonOrigin !== undefined;
	if (!python) return {};
	const origin = facts.pythonOrigin;
	return { macosPython: origin === 'python.org' ? 'python.org' : origin === undefined ? 'unknown' : 'other' };
}

/** The first rule of the table whose `when` holds (the last one always does). */
export function firstRule(table: EventTable, f: EventFacts): EventRule {
	const rule = table.rules.find((r) => r.when(f));
	if (!rule) throw new Error(`event ${table.event}: no rule holds, and the last one must`);
	return rule;
}

/** The evaluator: the first rule that holds gives the candidates, with the text's values filled in. */
export function readEvent(table: EventTable, f: EventFacts): Candidate[] {
	const rule = firstRule(table, f);
	// One pass, so a value holding a placeholder is never filled again (a file named
	// "{caFile}'$(id)'" must not reopen its own quoted word); in a command every value is a quoted word.
	const quoted = (v: string | undefined) => (v === undefined ? '' : shellWord('bash', v));
	const prose: Record<string, string> = { caFileWord: quoted(f.caFile), caFile: f.caFile ?? '', python: f.python ?? '' };
	const shell: Record<string, string> = { caFileWord: quoted(f.caFile), caFile: quoted(f.caFile), python: quoted(f.python) };
	const fillWith = (v: Record<string, string>) => (s: string) => s.replace(/\{(caFileWord|caFile|python)\}/g, (_, k: string) => v[k]);
	const fill = fillWith(prose);
	const fillCommand = fillWith(shell);
	return rule.candidates.map((c) => ({
		...c,
		...(c.because ? { because: fill(c.because) } : {}),
		...(c.next ? { next: c.next.map((n) => ({ ...n, ask: fill(n.ask), ...(n.command ? { command: fillCommand(n.command) } : {}) })) } : {}),
		rule: rule.id
	}));
}

const always = () => true;

// ── The client walked the chain and found no trusted issuer ─────────────────────────────────

/** The same verify error comes from a CA file without the server's CA and from a server that sends only its leaf while the file holds only the root: s_client with the same file tells. */
const ASK_WITH_CA: NextStep = {
	ask: `Check the chain against the same CA file: "Verify return code: 21 (unable to verify the first certificate)" means the server sends only its own certificate; 20 means the file does not hold the CA that issued the chain`,
	command: 'openssl s_client -connect HOST:PORT -servername HOST -showcerts -CAfile {caFileWord} </dev/null'
};
const CA_FILE_DER: readonly Candidate[] = [
	{ id: 'pem-file-invalid', confidence: 'high', because: 'tlsCAFile names a DER file ({caFile}), and drivers read only PEM' },
	{ id: 'ca-file-incomplete', confidence: 'low' }
];
const CA_FILE_GIVEN: readonly Candidate[] = [
	{
		id: 'ca-file-incomplete',
		confidence: 'medium',
		because: 'a tlsCAFile ({caFile}) was given, so the client trusts only that file, and it holds no issuer of the chain the server sent',
		next: [ASK_WITH_CA]
	},
	{
		id: 'missing-intermediate',
		confidence: 'medium',
		because: 'or the file holds the root, and the server does not send the intermediate that links its certificate to it',
		next: [ASK_WITH_CA]
	}
];
const ATLAS_ROOTS = (proxy: 'medium' | 'low'): readonly Candidate[] => [
	{
		id: 'missing-system-roots',
		confidence: 'high',
		because: 'Atlas certificates chain to public roots that every up-to-date trust store has'
	},
	{
		id: 'tls-interception-proxy',
		confidence: proxy,
		because: 'a TLS-inspecting proxy on the way would cause the same error',
		next: [ASK_CHAIN]
	}
];
const LOCAL_ISSUER = 'OpenSSL verify(1): X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY (20)';

// Why a python.org Python on macOS trusts no server: its own OpenSSL, and no roots of its own yet.
const PYTHON_ORG_MACOS =
	'uses its own OpenSSL, which does not read the macOS keychain, and has no root certificates until Install Certificates.command (or certifi) gives it some';
const MACOS_CITATION =
	'PyMongo troubleshooting: CERTIFICATE_VERIFY_FAILED on macOS, Install Certificates.command, certifi (seed 002); python.org macOS installer ReadMe (“Install Certificates.command”)';

/** OpenSSL 20, Go "unknown authority", Java "PKIX path building failed", .NET UntrustedRoot. */
export const UNKNOWN_ISSUER: EventTable = {
	event: 'unknown-issuer',
	about: 'the client walked the chain and found no issuer it trusts',
	rules: [
		{
			id: 'unknown-issuer.ca-file-der',
			when: (f) => f.caFile !== undefined && /\.der$/i.test(f.caFile),
			candidates: CA_FILE_DER,
			because: 'a CA file in DER form loads no certificate in a driver that reads PEM, so nothing the server sends is trusted',
			citation: 'PyMongo TLS guide (tlsCAFile is a PEM file); mLab SSL guide: DER roots must be converted to PEM (seed 003)',
			examples: [
				'Connecting to: mongodb://localhost:28364/?tls=true&tlsCAFile=%2Fpki%2Froot.der\nMongoNetworkError: unable to get local issuer certificate'
			]
		},
		{
			id: 'unknown-issuer.certifi-on-atlas',
			when: (f) => f.caFile !== undefined && /certifi/i.test(f.caFile) && f.atlas,
			candidates: [
				{
					id: 'tls-interception-proxy',
					confidence: 'high',
					because: 'certifi carries the public roots Atlas chains to, so the chain that arrived was not Atlas’s'
				},
				{ id: 'missing-system-roots', confidence: 'low' }
			],
			because: 'certifi holds the public roots Atlas chains to; a chain certifi cannot finish was re-signed on the way',
			citation: 'PyMongo troubleshooting: certifi and SSL_CERT_FILE (seed 002); Atlas chains to public CAs',
			examples: [
				"client = MongoClient('mongodb+srv://cluster0.abcde.mongodb.net/', tlsCAFile=certifi.where())\npymongo.errors.ServerSelectionTimeoutError: cluster0-shard-00-00.abcde.mongodb.net:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:992)"
			]
		},
		{
			id: 'unknown-issuer.ca-file-given',
			when: (f) => f.caFile !== undefined,
			candidates: CA_FILE_GIVEN,
			because:
				'with a tlsCAFile the client trusts that file alone: it lacks the issuer, or the server leaves out the intermediate that links to the root in it',
			citation: `${LOCAL_ISSUER}; PyMongo TLS guide (tlsCAFile)`,
			examples: [
				'Connecting to: mongodb://localhost:28384/?tls=true&tlsCAFile=%2Fpki%2Fother-root.crt\nMongoNetworkError: unable to get local issuer certificate'
			]
		},
		{
			id: 'unknown-issuer.documentdb',
			when: (f) => f.kinds.has('documentdb') && f.facts.chainTrust !== 'public',
			candidates: [
				{
					id: 'untrusted-ca',
					confidence: 'high',
					because:
						'Amazon DocumentDB’s certificates are issued by Amazon’s RDS certificate authorities, which no operating system, Python or Node trusts by default: the client needs Amazon’s CA bundle (global-bundle.pem) as tlsCAFile'
				},
				{
					id: 'tls-interception-proxy',
					confidence: 'low',
					because: 'unless a TLS-inspecting proxy sits between the client and the VPC',
					next: [ASK_CHAIN]
				}
			],
			because: 'a DocumentDB host names the CA its certificates come from: Amazon’s, which the client must be given',
			citation:
				'Amazon DocumentDB Developer Guide: "Connecting programmatically" (TLS enabled: download global-bundle.pem from truststore.pki.rds.amazonaws.com and pass it as tlsCAFile) and "Updating your Amazon DocumentDB TLS certificates"',
			examples: [
				'pymongo.errors.ServerSelectionTimeoutError: sample-cluster.cluster-cxyzabc123.us-east-1.docdb.amazonaws.com:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129)',
				'MongoServerSelectionError: unable to get local issuer certificate\n    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:292:38) { hosts: docdb-2026.cluster-c9abc.eu-west-1.docdb.amazonaws.com:27017 }'
			]
		},
		{
			id: 'unknown-issuer.chain-public',
			when: (f) => f.facts.chainTrust === 'public',
			candidates: [
				{
					id: 'missing-system-roots',
					confidence: 'high',
					because: 'the certificates you pasted chain to a root in the public (Mozilla) set, which a stock trust store has'
				},
				{
					id: 'tls-interception-proxy',
					confidence: 'low',
					because: 'unless the chain the client saw was not the one pasted',
					next: [ASK_CHAIN]
				}
			],
			because: 'the pasted certificates settle what the host name can only suggest: a public root missing means the trust store is',
			citation: 'Mozilla root store (trust/); PyMongo troubleshooting: out-of-date system roots (seed 002)',
			examples: [{ text: 'certificate verify failed: unable to get local issuer certificate', chain: 'public' }]
		},
		{
			id: 'unknown-issuer.chain-private',
			when: (f) => f.facts.chainTrust === 'private',
			candidates: [
				{
					id: 'untrusted-ca',
					confidence: 'high',
					because: 'the certificates you pasted chain to a private CA, which no stock trust store has: the client needs it as tlsCAFile'
				},
				{ id: 'missing-intermediate', confidence: 'low' }
			],
			because: 'the pasted certificates chain to a private root, which only a tlsCAFile can make trusted',
			citation: `${LOCAL_ISSUER}; PyMongo TLS guide (tlsCAFile)`,
			examples: [{ text: 'certificate verify failed: unable to get local issuer certificate', chain: 'private' }]
		},
		{
			id: 'unknown-issuer.atlas-root-sent',
			when: (f) => f.atlas && f.rootWasSent,
			candidates: ATLAS_ROOTS('medium'),
			because: 'Atlas chains to public roots; a root that was sent and is not trusted is as likely a proxy’s as a stale store',
			citation: '.NET X509ChainStatusFlags.UntrustedRoot; Atlas chains to public CAs',
			examples: [
				'System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot\nEndPoint: cluster0-shard-00-00.abcde.mongodb.net:27017'
			]
		},
		{
			id: 'unknown-issuer.atlas',
			when: (f) => f.atlas,
			candidates: ATLAS_ROOTS('low'),
			because: 'Atlas chains to public roots, so the client’s trust store is missing or out of date (a proxy reads the same)',
			citation: 'PyMongo troubleshooting: CERTIFICATE_VERIFY_FAILED, Install Certificates.command, certifi (seed 002)',
			examples: [
				'pymongo.errors.ServerSelectionTimeoutError: cluster0-shard-00-00.abcde.mongodb.net:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:992)'
			]
		},
		{
			id: 'unknown-issuer.private-host',
			when: (f) => f.privateOnly,
			candidates: [
				{
					id: 'untrusted-ca',
					confidence: 'high',
					because: 'the host is private, so its certificate most likely comes from a private CA that was never given to the client'
				},
				{
					id: 'missing-intermediate',
					confidence: 'low',
					because: 'a server that sends only its own certificate produces the same error even when the client has the root',
					next: [ASK_CHAIN]
				},
				{
					id: 'ca-file-incomplete',
					confidence: 'low',
					because: 'if a tlsCAFile was given (the text does not show it), that file does not hold the CA that issued the chain'
				}
			],
			because: 'a private host’s certificate comes from a private CA, which the client has only when given it',
			citation: `${LOCAL_ISSUER}; PyMongo TLS guide (tlsCAFile)`,
			examples: [
				'pymongo.errors.ServerSelectionTimeoutError: db.internal:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:992), Timeout: 30s'
			]
		},
		{
			id: 'unknown-issuer.python-org-macos',
			when: (f) => f.macosPython === 'python.org',
			candidates: [
				{
					id: 'missing-system-roots',
					confidence: 'high',
					because: `python.org’s Python on macOS ${PYTHON_ORG_MACOS}`
				},
				{
					id: 'untrusted-ca',
					confidence: 'low',
					because: 'unless the server’s CA is a private one, which no store has',
					next: [ASK_WHICH_CA]
				},
				{ id: 'tls-interception-proxy', confidence: 'low', next: [ASK_CHAIN] }
			],
			because: 'python.org’s Python on macOS trusts no root at all until Install Certificates.command (or certifi) gives it some',
			citation: MACOS_CITATION,
			examples: [
				'  File "/Library/Frameworks/Python.framework/Versions/3.12/lib/python3.12/site-packages/pymongo/pool.py", line 1, in connect\npymongo.errors.ServerSelectionTimeoutError: db.example.com:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1000)'
			]
		},
		{
			id: 'unknown-issuer.python-on-macos',
			when: (f) => f.macosPython === 'unknown',
			candidates: [
				{
					id: 'missing-system-roots',
					confidence: 'medium',
					because: `on macOS this is most often python.org’s Python, which ${PYTHON_ORG_MACOS}`,
					next: [ASK_WHICH_CA]
				},
				{
					id: 'untrusted-ca',
					confidence: 'medium',
					because: 'or the server’s CA is a private one that was never given to the client (tlsCAFile)',
					next: [ASK_WHICH_CA]
				},
				{ id: 'missing-intermediate', confidence: 'low' },
				{ id: 'ca-file-incomplete', confidence: 'low' }
			],
			because:
				'on macOS the most common cause of this error in Python is python.org’s installer, whose Python has no roots until Install Certificates.command runs; a private CA reads the same',
			citation: MACOS_CITATION,
			examples: [
				'  File "/Users/ann/app/main.py", line 3, in <module>\npymongo.errors.ServerSelectionTimeoutError: db.example.com:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1000)'
			]
		},
		{
			id: 'unknown-issuer.otherwise',
			when: always,
			candidates: [
				{
					id: 'untrusted-ca',
					confidence: 'medium',
					because: 'a private CA that was never given to the client (tlsCAFile)',
					next: [ASK_WHICH_CA]
				},
				{
					id: 'missing-system-roots',
					confidence: 'medium',
					because: 'or a public CA whose root the client’s trust store lacks',
					next: [ASK_WHICH_CA]
				},
				{ id: 'missing-intermediate', confidence: 'low' },
				{ id: 'ca-file-incomplete', confidence: 'low' }
			],
			because: 'nothing in the text tells a private CA never given from a public root the trust store lacks: the chain’s last issuer does',
			citation: `${LOCAL_ISSUER}; PyMongo troubleshooting (seed 002)`,
			examples: ['[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:992)']
		}
	]
};

// ── The chain ended in a self-signed root the client does not trust (OpenSSL 19) ─────────────

export const SELF_SIGNED_IN_CHAIN: EventTable = {
	event: 'self-signed-in-chain',
	about: 'the chain the server sent ends in a self-signed root the client does not trust',
	rules: [
		{
			id: 'self-signed-in-chain.atlas',
			when: (f) => f.atlas,
			candidates: [
				{
					id: 'tls-interception-proxy',
					confidence: 'high',
					because: 'Atlas chains end at public roots, so a self-signed root in the chain was put there by something in between'
				},
				{ id: 'self-signed-in-chain', confidence: 'low', next: [ASK_CHAIN] }
			],
			because: 'Atlas chains end at public roots; a self-signed root the client does not know was put in by something on the way',
			citation: 'OpenSSL verify(1): X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN (19); Atlas chains to public CAs',
			examples: [
				'pymongo.errors.ServerSelectionTimeoutError: cluster0-shard-00-00.abcde.mongodb.net:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:992)'
			]
		},
		{
			id: 'self-signed-in-chain.ca-file-der',
			when: (f) => f.caFile !== undefined && /\.der$/i.test(f.caFile),
			candidates: CA_FILE_DER,
			because: 'as for an unknown issuer: a DER CA file loads nothing',
			citation: 'mLab SSL guide: DER roots must be converted to PEM (seed 003)',
			examples: [
				'Connecting to: mongodb://localhost:27017/?tls=true&tlsCAFile=%2Fpki%2Froot.der\nMongoNetworkError: self-signed certificate in certificate chain'
			]
		},
		{
			id: 'self-signed-in-chain.ca-file-given',
			when: (f) => f.caFile !== undefined,
			candidates: CA_FILE_GIVEN,
			because: 'as for an unknown issuer: the client trusts only the tlsCAFile, and that root is not in it',
			citation: 'OpenSSL verify(1): X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN (19); PyMongo TLS guide (tlsCAFile)',
			examples: [
				'Connecting to: mongodb://localhost:27017/?tls=true&tlsCAFile=%2Fpki%2Fother-root.crt\nMongoNetworkError: self-signed certificate in certificate chain'
			]
		},
		{
			id: 'self-signed-in-chain.documentdb',
			when: (f) => f.kinds.has('documentdb'),
			candidates: [
				{
					id: 'self-signed-in-chain',
					confidence: 'high',
					because:
						'Amazon DocumentDB sends its chain up to Amazon’s own RDS root, which no stock trust store has: the client needs Amazon’s CA bundle (global-bundle.pem) as tlsCAFile'
				},
				{ id: 'tls-interception-proxy', confidence: 'low', next: [ASK_ROOT_NAME] }
			],
			because: 'a DocumentDB host sends Amazon’s private root, which the client has not been given',
			citation:
				'Amazon DocumentDB Developer Guide: "Connecting programmatically" (TLS enabled: global-bundle.pem as tlsCAFile); OpenSSL verify(1): X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN (19)',
			examples: [
				'pymongo.errors.ServerSelectionTimeoutError: sample-cluster.cluster-cxyzabc123.us-east-1.docdb.amazonaws.com:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self signed certificate in certificate chain (_ssl.c:1129)'
			]
		},
		{
			id: 'self-signed-in-chain.private-host',
			when: (f) => f.privateOnly,
			candidates: [
				{ id: 'self-signed-in-chain', confidence: 'high', because: 'the chain ends at a root the client does not trust' },
				{
					id: 'tls-interception-proxy',
					confidence: 'low',
					because:
						'on a corporate network a TLS-inspecting proxy produces exactly this: the root’s name tells (your company’s or a security product’s name means a proxy)',
					next: [ASK_ROOT_NAME]
				}
			],
			because: 'a private host sends its own private root, which the client has not been given',
			citation: 'OpenSSL verify(1): X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN (19)',
			examples: [
				'pymongo.errors.ServerSelectionTimeoutError: localhost:28114: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:992)'
			]
		},
		{
			id: 'self-signed-in-chain.otherwise',
			when: always,
			candidates: [
				{
					id: 'self-signed-in-chain',
					confidence: 'medium',
					because: 'the chain ends at a root the client does not trust',
					next: [ASK_ROOT_NAME]
				},
				{
					id: 'tls-interception-proxy',
					confidence: 'medium',
					because:
						'on a corporate network a TLS-inspecting proxy produces exactly this: the root’s name tells (your company’s or a security product’s name means a proxy)',
					next: [ASK_ROOT_NAME]
				}
			],
			because:
				'a host that may be public: the server’s own private root and a TLS-inspecting proxy’s read the same, and the root’s name tells',
			citation: 'OpenSSL verify(1): X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN (19)',
			examples: ['[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:992)']
		}
	]
};

// ── The server closed the connection in the middle of the handshake, without an alert ────────

const ACCESS_LIST_DROP: Candidate = {
	id: 'atlas-ip-access-list',
	confidence: 'medium',
	because: 'Atlas drops handshakes from addresses that are not on the project’s IP access list',
	next: [ASK_PUBLIC_IP]
};
const TLS_OFF: Candidate = {
	id: 'tls-to-plain-server',
	confidence: 'medium',
	because: 'a server with TLS off (mongod without net.tls) closes the connection as soon as a TLS hello arrives',
	next: [ASK_TLS_PROBE, ASK_SERVER_LOG]
};
const PYTHON310_HANGUP: Candidate = {
	id: 'python310-legacy-server',
	confidence: 'medium',
	because:
		'Python {python} refuses the old ciphers and TLS versions MongoDB 4.0 and older offer; the server log then says "no shared cipher"',
	next: [ASK_SERVER_LOG]
};
const CLOSED_REST: readonly Candidate[] = [
	{
		id: 'protocol-version',
		confidence: 'low',
		because: 'a server that accepts only TLS versions the client disabled may also just hang up'
	},
	{ id: 'connection-reset', confidence: 'low' }
];
const HANGUP_CITATION =
	'PyMongo: Python 3.10+ with MongoDB <= 4.0, "EOF occurred in violation of protocol" (seeds 000, 001, 002); mongod with net.tls off';
const EOF_PY311 = 'SSL handshake failed: localhost:27017: EOF occurred in violation of protocol (_ssl.c:997)';

/** "EOF occurred in violation of protocol", "socket disconnected before secure TLS connection", Go "EOF". */
export const HANDSHAKE_CLOSED: EventTable = {
	event: 'handshake-closed',
	about: 'the server closed the connection in the middle of the TLS handshake, without an alert',
	rules: [
		{
			id: 'handshake-closed.atlas-python310',
			when: (f) => f.atlas && f.python310,
			candidates: [ACCESS_LIST_DROP, TLS_OFF, PYTHON310_HANGUP, ...CLOSED_REST],
			because: 'Atlas hangs up on an address not on its access list; the other readings stay, Python 3.10’s among them',
			citation: `Atlas IP Access List; ${HANGUP_CITATION}`,
			examples: ['SSL handshake failed: cluster0-shard-00-00.abcde.mongodb.net:27017: EOF occurred in violation of protocol (_ssl.c:997)']
		},
		{
			id: 'handshake-closed.atlas',
			when: (f) => f.atlas,
			candidates: [ACCESS_LIST_DROP, TLS_OFF, ...CLOSED_REST],
			because: 'Atlas hangs up on an address not on its access list before any other reading',
			citation: `Atlas IP Access List; ${HANGUP_CITATION}`,
			examples: [
				'MongoServerSelectionError: Client network socket disconnected before secure TLS connection was established\nConnecting to: mongodb://cluster0-shard-00-00.abcde.mongodb.net:27017/?tls=true'
			]
		},
		{
			id: 'handshake-closed.python310',
			when: (f) => f.python310,
			candidates: [TLS_OFF, PYTHON310_HANGUP, ...CLOSED_REST],
			because: 'a server with TLS off and Python 3.10’s cipher clash with MongoDB 4.0 hang up alike; the server log tells',
			citation: HANGUP_CITATION,
			examples: [EOF_PY311]
		},
		{
			id: 'handshake-closed.otherwise',
			when: always,
			candidates: [TLS_OFF, ...CLOSED_REST],
			because: 'a server with TLS off hangs up on a TLS hello; a version clash or a dropped connection look the same',
			citation: HANGUP_CITATION,
			examples: ['MongoServerSelectionError: Client network socket disconnected before secure TLS connection was established']
		}
	]
};

// ── The server answered the hello with a handshake_failure alert (40) ───────────────────────

const ASK_ALERT_LOG: NextStep = {
	ask: 'Paste the server log for this connection: "no shared cipher" means a cipher or version clash, "peer did not return a certificate" means a client certificate is required'
};
const ALERT_CITATION =
	'RFC 8446 §6.2 / RFC 5246 §7.2.2 handshake_failure (40); PyMongo: SSLV3_ALERT_HANDSHAKE_FAILURE (seeds 000, 001, 002)';

export const HANDSHAKE_FAILURE_ALERT: EventTable = {
	event: 'handshake-failure-alert',
	about: 'the server found nothing to agree on, or (TLS 1.2 and older) wanted a client certificate and got none',
	rules: [
		{
			id: 'handshake-failure-alert.server-log',
			when: (f) => Boolean(f.facts.serverLog),
			candidates: [],
			because: 'a server log names its reason for the alert, and the server-log signatures read it: the alert itself adds nothing',
			citation: 'MongoDB server log (mongod.log) TLS handshake errors',
			examples: [
				'2021-06-30T21:22:44.917+0100 E NETWORK  [conn16] SSL: error:1408A0C1:SSL routines:ssl3_get_client_hello:no shared cipher\n2021-06-30T21:22:44.918+0100 I NETWORK  [conn16] Error receiving request from client: SSLHandshakeFailed: SSL handshake received but server is started without SSL support. sslv3 alert handshake failure'
			]
		},
		{
			id: 'handshake-failure-alert.python310',
			when: (f) => f.python310,
			candidates: [
				{
					id: 'python310-legacy-server',
					confidence: 'medium',
					because: 'Python {python} no longer offers the cipher suites MongoDB 4.0 and older accept',
					next: [ASK_ALERT_LOG]
				},
				{
					id: 'client-cert-required',
					confidence: 'medium',
					because: 'a TLS 1.2 server that requires a client certificate ends the handshake the same way',
					next: [ASK_ALERT_LOG]
				},
				{ id: 'no-shared-cipher', confidence: 'low' }
			],
			because:
				'Python 3.10+ against MongoDB 4.0 or older is the documented case of this alert; a required client certificate reads the same',
			citation: ALERT_CITATION,
			examples: ['SSL handshake failed: localhost:27017: [SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure (_ssl.c:997)']
		},
		{
			id: 'handshake-failure-alert.otherwise',
			when: always,
			candidates: [
				{
					id: 'client-cert-required',
					confidence: 'medium',
					because: 'a TLS 1.2 server that requires a client certificate and got none ends the handshake with this alert',
					next: [ASK_ALERT_LOG]
				},
				{
					id: 'no-shared-cipher',
					confidence: 'medium',
					because: 'or the server found no cipher suite or TLS version in common with the client',
					next: [ASK_ALERT_LOG]
				}
			],
			because: 'a TLS 1.2 server sends this alert both for a missing client certificate and for nothing in common; the server log tells',
			citation: ALERT_CITATION,
			examples: ['connection() error occured during connection handshake: remote error: tls: handshake failure']
		}
	]
};

// ── A fatal internal_error alert from the server (80) ────────────────────────────────────────

export const INTERNAL_ERROR_ALERT: EventTable = {
	event: 'internal-error-alert',
	about: 'the server answered the hello with a fatal internal_error alert',
	rules: [
		{
			id: 'internal-error-alert.atlas',
			when: (f) => f.atlas,
			candidates: [
				{
					id: 'atlas-ip-access-list',
					confidence: 'high',
					because:
						'Atlas answers the TLS hello with an internal-error alert when the client’s IP is not on the access list; the certificates are not involved',
					next: [ASK_PUBLIC_IP]
				},
				{ id: 'tls-interception-proxy', confidence: 'low' }
			],
			because: 'Atlas answers a hello from an address not on the IP access list with this alert',
			citation:
				'Atlas IP Access List; mongosh: "It looks like this is a MongoDB Atlas cluster. Please ensure that your Network Access List allows connections from your IP."',
			examples: [
				'pymongo.errors.ServerSelectionTimeoutError: SSL handshake failed: cluster0-shard-00-00.abcde.mongodb.net:27017: [SSL: TLSV1_ALERT_INTERNAL_ERROR] tlsv1 alert internal error (_ssl.c:992)'
			]
		},
		{
			id: 'internal-error-alert.otherwise',
			when: always,
			candidates: [
				{
					id: 'atlas-ip-access-list',
					confidence: 'low',
					because:
						'Atlas sends this alert for an IP not on the access list; a self-managed server sends it only when something on its side is broken',
					next: [ASK_SERVER_LOG]
				}
			],
			because: 'only Atlas sends this alert as a matter of course; elsewhere the server log says what broke',
			citation: 'RFC 8446 §6.2 internal_error (80); Atlas IP Access List',
			examples: ['[SSL: TLSV1_ALERT_INTERNAL_ERROR] tlsv1 alert internal error (_ssl.c:992)']
		}
	]
};

// ── The connection was closed or reset right after it opened, before any TLS was said ───────

const ATLAS_CLOSES: Candidate = {
	id: 'atlas-ip-access-list',
	confidence: 'medium',
	because: 'Atlas closes connections from addresses not on the IP access list',
	next: [ASK_PUBLIC_IP]
};
const PLAIN_CLOSED: Candidate = {
	id: 'plain-to-tls-server',
	confidence: 'medium',
	because:
		'the client spoke without TLS, and a requireTLS server closes such connections at once (its log says "The server is configured to only allow SSL connections")',
	next: [ASK_SERVER_LOG]
};
const DROPPED: Candidate = {
	id: 'connection-reset',
	confidence: 'medium',
	because: 'a firewall, proxy or load balancer that drops the connection looks the same',
	next: [ASK_SERVER_LOG]
};
const CLOSED_CITATION =
	'mongod net.tls.mode requireTLS: "The server is configured to only allow SSL connections" (seed 004); Atlas IP Access List';

export const CLOSED_AFTER_CONNECT: EventTable = {
	event: 'closed-after-connect',
	about: 'the connection was closed or reset right after it opened, before any TLS was said',
	rules: [
		{
			id: 'closed-after-connect.atlas-no-tls',
			when: (f) => f.atlas && !f.tlsInUse,
			candidates: [ATLAS_CLOSES, PLAIN_CLOSED, DROPPED],
			because: 'Atlas closes connections from an address not on its access list, and a connection without TLS',
			citation: CLOSED_CITATION,
			examples: ['MongoServerSelectionError: connection <monitor> to cluster0-shard-00-00.abcde.mongodb.net:27017 closed']
		},
		{
			id: 'closed-after-connect.atlas',
			when: (f) => f.atlas,
			candidates: [ATLAS_CLOSES, DROPPED],
			because: 'with TLS on, Atlas closing at once means the address is not on its access list, or something on the path dropped it',
			citation: CLOSED_CITATION,
			examples: [
				'MongoServerSelectionError: connection <monitor> to cluster0-shard-00-00.abcde.mongodb.net:27017 closed\nConnecting to: mongodb://cluster0-shard-00-00.abcde.mongodb.net:27017/?tls=true'
			]
		},
		{
			id: 'closed-after-connect.no-tls',
			when: (f) => !f.tlsInUse,
			candidates: [PLAIN_CLOSED, DROPPED],
			because: 'nothing shows TLS on, and a requireTLS server closes a connection without TLS at once',
			citation: CLOSED_CITATION,
			examples: ['pymongo.errors.ServerSelectionTimeoutError: connection closed, Timeout: 1.5s']
		},
		{
			id: 'closed-after-connect.otherwise',
			when: always,
			candidates: [DROPPED],
			because: 'with TLS on, a connection closed before the handshake was dropped on the way',
			citation: CLOSED_CITATION,
			examples: [
				'MongoServerSelectionError: connection <monitor> to 10.0.0.5:27017 closed\nConnecting to: mongodb://10.0.0.5:27017/?tls=true'
			]
		}
	]
};

/** Does the text show that TLS was on for this connection? */
export function tlsInUse(text: string, facts: DiagnoseFacts): boolean {
	const o = facts.tlsOptions ?? {};
	if (/^(true|1)$/i.test(o.tls ?? o.ssl ?? '')) return true;
	if (/mongodb\+srv:\/\//.test(text) && !/^(false|0)$/i.test(o.tls ?? o.ssl ?? '')) return true;
	// Not a bare "handshake": the Node driver labels a failed MongoDB hello "HandshakeError" with TLS off too.
	return /\bSSL\b|\bTLS(?:Socket|Wrap)\b|_ssl\.c|(?:SSL|TLS) handshake|certificate|x509|javax\.net\.ssl|SslStream/i.test(text);
}

// ── The server ended the handshake because no client certificate arrived (TLS 1.3 alert 116) ─

export const CERTIFICATE_REQUIRED: EventTable = {
	event: 'certificate-required',
	about: 'the server ended the handshake because no client certificate arrived',
	rules: [
		{
			id: 'certificate-required.always',
			when: always,
			candidates: [
				{ id: 'client-cert-required', confidence: 'high', because: 'the server requires a client certificate and none arrived' },
				{
					id: 'client-cert-untrusted',
					confidence: 'low',
					because:
						'if a certificate was configured, Java and Go leave it out when its issuer is not among the CAs the server accepts, and the server sees none',
					next: [
						{
							ask: 'See which CAs the server accepts client certificates from ("Acceptable client certificate CA names") and compare with your certificate’s issuer',
							command:
								'openssl s_client -connect HOST:PORT -servername HOST </dev/null 2>&1 | sed -n "/Acceptable client certificate CA names/,/^[A-Z]/p"'
						}
					]
				}
			],
			because:
				'Java and Go send a configured certificate only when its issuer is among the CAs the server names, so a certificate from the wrong CA reads exactly like none at all',
			citation: 'RFC 8446 §4.4.2 / certificate_required (116); Go crypto/tls and JSSE client certificate selection',
			examples: [
				'connection() error occured during connection handshake: connection(localhost:28302[-5]) incomplete read of message header: remote error: tls: certificate required'
			]
		}
	]
};

/** Every event table, for the tests and the docs. */
export const EVENT_TABLES: readonly EventTable[] = [
	UNKNOWN_ISSUER,
	SELF_SIGNED_IN_CHAIN,
	HANDSHAKE_CLOSED,
	HANDSHAKE_FAILURE_ALERT,
	INTERNAL_ERROR_ALERT,
	CLOSED_AFTER_CONNECT,
	CERTIFICATE_REQUIRED
];

// The signatures call these: one line each, the reading is in the tables above.
export const unknownIssuer = (facts: DiagnoseFacts, { rootWasSent = false } = {}) =>
	readEvent(UNKNOWN_ISSUER, eventFacts(facts, { rootWasSent }));
export const selfSignedInChain = (facts: DiagnoseFacts) => readEvent(SELF_SIGNED_IN_CHAIN, eventFacts(facts));
export const handshakeClosed = (facts: DiagnoseFacts) => readEvent(HANDSHAKE_CLOSED, eventFacts(facts));
export const handshakeFailureAlert = (facts: DiagnoseFacts) => readEvent(HANDSHAKE_FAILURE_ALERT, eventFacts(facts));
export const internalErrorAlert = (facts: DiagnoseFacts) => readEvent(INTERNAL_ERROR_ALERT, eventFacts(facts));
export const closedAfterConnect = (facts: DiagnoseFacts, { tlsInUse }: { tlsInUse: boolean }) =>
	readEvent(CLOSED_AFTER_CONNECT, eventFacts(facts, { tlsInUse }));
export const certificateRequired = () => readEvent(CERTIFICATE_REQUIRED, eventFacts({}));
