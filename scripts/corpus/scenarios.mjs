// Every misconfiguration the corpus captures: how the server is set up wrong, how the client
// connects, which clients take part, the true cause, and the top diagnosis an honest reader of the
// client's text should reach. Where the text cannot show the true cause (the two differ), `why`
// says so; the tests then also require the true cause to be among the diagnoses, unless the third
// element of the expectation is HIDDEN: the text carries no trace of the cause at all.
//
//   expect: { CLIENT: [TOP, WHY] } or [TOP, WHY, HIDDEN]
//
// server.kind: 's_server' (openssl s_server, args relative to the PKI dir), 'raw' (raw-server.mjs
// MODE), 'none' (nothing listens). connect: host, plain (no TLS), caFile, certKeyFile, password,
// crlFile, params (extra URI parameters), uri (a whole URI, {port} filled in), env.

export const ATLAS_HOST = 'cluster0-shard-00-00.abcde.mongodb.net';
export const SRV_HOST = 'cluster0.abcde.mongodb.net';

const DRIVERS = ['pymongo', 'node', 'mongosh', 'java', 'go', 'c'];
const ALL = [...DRIVERS, 's_client'];
const CHAIN = ['-cert', 'server.crt', '-key', 'server.key', '-cert_chain', 'inter.crt'];
const leaf = (name) => ['-cert', `${name}.crt`, '-key', `${name}.key`, '-cert_chain', 'inter.crt'];
const LEGACY = ['-cipher', 'DEFAULT:@SECLEVEL=0'];
export const HIDDEN = 'hidden';

export const SCENARIOS = [
	{
		id: 'untrusted-ca',
		about: 'server chain (leaf + intermediate) from a private root; client given no tlsCAFile',
		server: { kind: 's_server', args: CHAIN },
		connect: { host: 'localhost' },
		clients: ALL,
		cause: 'untrusted-ca'
	},
	{
		id: 'self-signed-in-chain',
		about: 'server sends leaf, intermediate and its private root; client given no tlsCAFile',
		server: { kind: 's_server', args: ['-cert', 'server.crt', '-key', 'server.key', '-cert_chain', 'inter-and-root.pem'] },
		connect: { host: 'localhost' },
		clients: ALL,
		cause: 'self-signed-in-chain',
		expect: {
			go: ['untrusted-ca', 'Go reports every unknown root as "signed by unknown authority", whether the root was sent or not', HIDDEN],
			java: ['untrusted-ca', 'PKIX path building failed: Java does not say whether the root was in the chain', HIDDEN]
		}
	},
	{
		id: 'self-signed',
		about: 'server presents a self-signed leaf (openssl req -x509)',
		server: { kind: 's_server', args: ['-cert', 'selfsigned.crt', '-key', 'selfsigned.key'] },
		connect: { host: 'localhost' },
		clients: ALL,
		cause: 'self-signed-cert',
		expect: {
			java: ['untrusted-ca', 'PKIX path building failed: Java does not say the certificate signed itself', HIDDEN],
			go: ['untrusted-ca', 'Go says "signed by unknown authority" for a self-signed leaf too', HIDDEN]
		}
	},
	{
		id: 'missing-intermediate',
		about: 'server sends only its leaf; client trusts the root (tlsCAFile=root) but never sees the intermediate',
		server: { kind: 's_server', args: ['-cert', 'server.crt', '-key', 'server.key'] },
		connect: { host: 'localhost', caFile: 'root.crt' },
		clients: ALL,
		cause: 'missing-intermediate',
		expect: {
			go: ['untrusted-ca', 'Go says "signed by unknown authority" for a missing intermediate too'],
			java: ['untrusted-ca', 'PKIX path building failed: Java does not say which link is missing'],
			pymongo: [
				'untrusted-ca',
				'OpenSSL reports error 20 (unable to get local issuer certificate) both for a root the client lacks and for a missing intermediate; the text is the same as the untrusted-ca one, and s_client -showcerts tells them apart'
			],
			c: ['untrusted-ca', 'libmongoc prints OpenSSL error 20, the same as for an untrusted root; s_client -showcerts tells them apart'],
			mongosh: [
				'ca-file-incomplete',
				'mongosh shows the tlsCAFile, and a CA file lacking the intermediate the server does not send reads the same as one lacking the CA; both are ranked, with the s_client command that tells them apart'
			]
		}
	},
	{
		id: 'expired',
		about: 'server leaf expired in 2021; client trusts the root',
		server: { kind: 's_server', args: leaf('expired') },
		connect: { host: 'localhost', caFile: 'root.crt' },
		clients: ALL,
		cause: 'cert-expired'
	},
	{
		id: 'not-yet-valid',
		about: 'server leaf valid from 2090; client trusts the root',
		server: { kind: 's_server', args: leaf('future') },
		connect: { host: 'localhost', caFile: 'root.crt' },
		clients: ALL,
		cause: 'cert-not-yet-valid'
	},
	{
		id: 'hostname-mismatch',
		about: 'server leaf names only db.example.com; client connects to localhost',
		server: { kind: 's_server', args: leaf('wronghost') },
		connect: { host: 'localhost', caFile: 'root.crt' },
		clients: [...DRIVERS, 's_client'],
		cause: 'hostname-mismatch'
	},
	{
		id: 'ip-mismatch',
		about: 'server leaf names only db.example.com; client connects to 127.0.0.1',
		server: { kind: 's_server', args: leaf('wronghost') },
		connect: { host: '127.0.0.1', caFile: 'root.crt' },
		clients: [...DRIVERS, 's_client'],
		cause: 'ip-mismatch'
	},
	{
		id: 'wrong-purpose',
		about: 'server leaf has extendedKeyUsage clientAuth only',
		server: { kind: 's_server', args: leaf('clientonly-eku') },
		connect: { host: 'localhost', caFile: 'root.crt' },
		clients: ALL,
		cause: 'wrong-purpose'
	},
	{
		id: 'weak-key',
		about: 'server leaf has a 1024-bit RSA key (server at SECLEVEL=0 so it agrees to use it)',
		server: { kind: 's_server', args: [...leaf('weakkey'), ...LEGACY] },
		connect: { host: 'localhost', caFile: 'root.crt' },
		// Node (security level 1), Go and Java accept a 1024-bit RSA key, so they do not fail here.
		clients: ['pymongo', 'c', 's_client'],
		cause: 'weak-key'
	},
	{
		id: 'weak-signature',
		about: 'server leaf signed with SHA-1',
		server: { kind: 's_server', args: [...leaf('sha1'), ...LEGACY] },
		connect: { host: 'localhost', caFile: 'root.crt' },
		// Java 17 refuses SHA-1 only in chains to the JDK's own roots, so against a private CA it connects.
		clients: ALL.filter((c) => c !== 'java'),
		cause: 'weak-signature'
	},
	{
		id: 'revoked',
		about: 'server leaf revoked in the intermediate’s CRL; client given that CRL as tlsCRLFile',
		server: { kind: 's_server', args: leaf('revoked') },
		connect: { host: 'localhost', caFile: 'root.crt', crlFile: 'inter-revoking.crl' },
		clients: ['pymongo', 'node', 'mongosh', 's_client'],
		cause: 'revoked',
		expect: Object.fromEntries(
			['node', 'mongosh'].map((c) => [
				c,
				[
					'crl-problem',
					'Node checks the CRL of every certificate in the chain and reports the last failure: the intermediate has no CRL in the file, which hides that the leaf is revoked',
					HIDDEN
				]
			])
		)
	},
	{
		id: 'crl-expired',
		about: 'client tlsCRLFile is the intermediate’s CRL, whose nextUpdate passed in 2020',
		server: { kind: 's_server', args: CHAIN },
		connect: { host: 'localhost', caFile: 'root.crt', crlFile: 'inter-expired.crl' },
		clients: ['pymongo', 'node', 'mongosh', 's_client'],
		cause: 'crl-problem'
	},
	{
		id: 'crl-wrong-issuer',
		about: 'client tlsCRLFile is another CA’s CRL, so no CRL covers the server’s issuer',
		server: { kind: 's_server', args: CHAIN },
		connect: { host: 'localhost', caFile: 'root.crt', crlFile: 'other-root.crl' },
		clients: ['pymongo', 'node', 'mongosh', 's_client'],
		cause: 'crl-problem'
	},
	{
		id: 'tls10-only-server',
		about: 'server speaks only TLS 1.0 (openssl s_server -tls1, SECLEVEL=0)',
		server: { kind: 's_server', args: [...CHAIN, '-tls1', ...LEGACY] },
		connect: { host: 'localhost', caFile: 'root.crt' },
		clients: ALL,
		cause: 'protocol-version'
	},
	{
		id: 'old-client-tls11',
		about: 'client limited to TLS 1.1 (an old OpenSSL, emulated with MaxProtocol/-tls1_1), server at OpenSSL 3’s default minimum TLS 1.2',
		server: { kind: 's_server', args: CHAIN },
		connect: {
			host: 'localhost',
			caFile: 'root.crt',
			env: { OPENSSL_CONF: '{pki}/old-client.cnf' },
			sClientArgs: ['-tls1_1', '-cipher', 'DEFAULT:@SECLEVEL=0']
		},
		clients: ['pymongo', 's_client'],
		cause: 'protocol-version'
	},
	{
		id: 'client-cert-required',
		about: 'server requires a client certificate (s_server -Verify 1, TLS 1.3); client presents none',
		server: { kind: 's_server', args: [...CHAIN, '-Verify', '1', '-CAfile', 'root.crt'] },
		connect: { host: 'localhost', caFile: 'root.crt' },
		clients: ALL,
		cause: 'client-cert-required',
		serverView: { top: 'client-cert-required' }
	},
	{
		id: 'client-cert-required-tls12',
		about: 'server requires a client certificate and speaks at most TLS 1.2; client presents none',
		server: { kind: 's_server', args: [...CHAIN, '-Verify', '1', '-CAfile', 'root.crt', '-no_tls1_3'] },
		connect: { host: 'localhost', caFile: 'root.crt' },
		clients: ['pymongo', 'node', 'java', 'go', 'c'],
		cause: 'client-cert-required',
		expect: {
			pymongo: [
				'python310-legacy-server',
				'With Python 3.10+ a bare handshake-failure alert reads exactly like the Python 3.10 / MongoDB 4.0 cipher clash; the server log tells them apart'
			]
		}
	},
	{
		id: 'client-cert-untrusted',
		about: 'server requires a client certificate from its root; client presents one from another CA',
		// -verify_return_error: without it s_server logs the bad client certificate and carries on.
		server: { kind: 's_server', args: [...CHAIN, '-Verify', '1', '-CAfile', 'root.crt', '-verify_return_error'] },
		connect: { host: 'localhost', caFile: 'root.crt', certKeyFile: 'stranger.pem' },
		clients: DRIVERS,
		cause: 'client-cert-untrusted',
		serverView: { top: 'client-cert-untrusted' },
		expect: Object.fromEntries(
			['go', 'java'].map((c) => [
				c,
				[
					'client-cert-required',
					'Go and Java send a client certificate only when its issuer is among the CAs the server names, so the server saw none and said "certificate required"'
				]
			])
		)
	},
	{
		id: 'client-cert-expired',
		about: 'server requires a client certificate from its root; client presents one from that root that expired in 2021',
		server: { kind: 's_server', args: [...CHAIN, '-Verify', '1', '-CAfile', 'root.crt', '-verify_return_error'] },
		connect: { host: 'localhost', caFile: 'root.crt', certKeyFile: 'client-expired.pem' },
		clients: DRIVERS,
		cause: 'cert-expired',
		// The client only hears the server's certificate_expired alert; whose certificate it was is
		// the server's to say, and "the server does not trust the client's certificate" covers it.
		expect: Object.fromEntries(
			['pymongo', 'node', 'mongosh', 'java', 'go', 'c'].map((c) => [
				c,
				[
					['cert-expired', 'client-cert-untrusted'],
					'The client hears only the server’s alert: an expired client certificate is a certificate the server refuses, and the server’s log (or s_server’s verify error) says it is the expiry'
				]
			])
		),
		serverView: {
			top: ['cert-expired', 'client-cert-untrusted'],
			why: 's_server prints the verify error of the client’s certificate: expired is the cause, and refusing the client’s certificate is what the server did'
		}
	},
	{
		id: 'key-wrong-password',
		about: 'tlsCertificateKeyFile holds an encrypted key; tlsCertificateKeyFilePassword is the wrong one',
		server: { kind: 's_server', args: CHAIN },
		connect: { host: 'localhost', caFile: 'root.crt', certKeyFile: 'client-encrypted.pem', password: 'not-the-secret' },
		clients: ['pymongo', 'node', 'mongosh', 'go', 'c'],
		cause: 'key-encrypted',
		expect: {
			pymongo: [
				['key-encrypted', 'key-missing', 'pem-file-invalid'],
				'PyMongo 3.11 turns every failure of load_cert_chain into "Private key doesn’t match certificate: [SSL] PEM lib", word for word the same for a wrong password, a file with no key and a file that is not PEM; `openssl pkey -in FILE -noout` (asks for the password when the key is encrypted) settles it'
			]
		}
	},
	{
		id: 'key-mismatch',
		about: 'tlsCertificateKeyFile holds a certificate and somebody else’s private key',
		server: { kind: 's_server', args: CHAIN },
		connect: { host: 'localhost', caFile: 'root.crt', certKeyFile: 'client-keymismatch.pem' },
		clients: ['pymongo', 'node', 'mongosh', 'go', 'c'],
		cause: 'key-mismatch',
		expect: {
			c: [
				'key-missing',
				'libmongoc says "Cannot find private key" for a missing key and for a key that does not match alike; both are ranked, with the commands that tell them apart'
			]
		}
	},
	{
		id: 'key-encrypted',
		about: 'tlsCertificateKeyFile holds an encrypted key; no tlsCertificateKeyFilePassword (no terminal to prompt on)',
		server: { kind: 's_server', args: CHAIN },
		connect: { host: 'localhost', caFile: 'root.crt', certKeyFile: 'client-encrypted.pem' },
		clients: ['pymongo', 'node', 'mongosh', 'go', 'c'],
		cause: 'key-encrypted'
	},
	{
		id: 'key-missing',
		about: 'tlsCertificateKeyFile holds only the certificate, no private key',
		server: { kind: 's_server', args: CHAIN },
		connect: { host: 'localhost', caFile: 'root.crt', certKeyFile: 'client-certonly.pem' },
		clients: ['pymongo', 'node', 'mongosh', 'go', 'c'],
		cause: 'key-missing'
	},
	{
		id: 'ca-file-der',
		about: 'tlsCAFile points at a DER (binary) certificate instead of PEM',
		server: { kind: 's_server', args: CHAIN },
		connect: { host: 'localhost', caFile: 'root.der' },
		clients: ['pymongo', 'node', 'mongosh', 'go', 'c'],
		cause: 'pem-file-invalid',
		expect: {
			node: [
				'untrusted-ca',
				'Node reads the DER file as PEM, finds no certificate in it, and trusts nothing extra; its text names neither the file nor its format',
				HIDDEN
			]
		}
	},
	{
		id: 'ca-file-missing',
		about: 'tlsCAFile names a file that does not exist',
		server: { kind: 's_server', args: CHAIN },
		connect: { host: 'localhost', caFile: 'no-such-ca.pem' },
		clients: ['pymongo', 'node', 'mongosh', 'go', 'c'],
		cause: 'pem-file-invalid'
	},
	{
		id: 'ca-file-wrong-ca',
		about: 'tlsCAFile holds another CA, not the one that issued the server’s chain',
		server: { kind: 's_server', args: CHAIN },
		connect: { host: 'localhost', caFile: 'other-root.crt' },
		clients: DRIVERS,
		cause: 'ca-file-incomplete',
		expect: Object.fromEntries(
			['pymongo', 'node', 'java', 'go', 'c'].map((c) => [
				c,
				['untrusted-ca', 'the error does not show that a tlsCAFile was given; mongosh prints the connection string, these clients do not']
			])
		)
	},
	{
		id: 'tls-to-plain-mongod',
		about: 'TLS client against a server with TLS off that closes on a TLS hello, as mongod does',
		server: { kind: 'raw', mode: 'close' },
		connect: { host: 'localhost' },
		clients: ALL,
		cause: 'tls-to-plain-server'
	},
	{
		id: 'tls-to-http-port',
		about: 'TLS client against a port that answers in plain text (an HTTP service)',
		server: { kind: 'raw', mode: 'http' },
		connect: { host: 'localhost' },
		clients: ALL,
		cause: 'tls-to-plain-server'
	},
	{
		id: 'plain-to-tls-server',
		about: 'client without TLS against a requireTLS server that closes on a plain hello, as mongod does',
		server: { kind: 'raw', mode: 'close' },
		connect: { host: 'localhost', plain: true },
		clients: DRIVERS,
		cause: 'plain-to-tls-server'
	},
	{
		id: 'connection-reset',
		about: 'server resets the connection as soon as the client speaks (a firewall or proxy dropping the flow)',
		server: { kind: 'raw', mode: 'reset' },
		connect: { host: 'localhost' },
		clients: DRIVERS,
		cause: 'connection-reset'
	},
	{
		id: 'handshake-timeout',
		about: 'server accepts TCP and never answers the TLS hello',
		server: { kind: 'raw', mode: 'silent' },
		connect: { host: 'localhost' },
		clients: DRIVERS,
		cause: 'handshake-timeout',
		expect: Object.fromEntries(
			['node', 'mongosh', 'java'].map((c) => [
				c,
				[
					'server-selection-timeout',
					'the driver gave up on server selection before its connect timeout recorded an error, so the text is the same as for a TLS connection whose hello went unanswered; both are ranked'
				]
			])
		)
	},
	{
		id: 'tls-ok-no-reply',
		about: 'TLS handshake succeeds (openssl s_server, trusted chain) but nothing answers the MongoDB hello',
		server: { kind: 's_server', args: CHAIN },
		connect: { host: 'localhost', caFile: 'root.crt' },
		clients: DRIVERS,
		cause: 'server-selection-timeout',
		expect: {
			c: [
				'handshake-timeout',
				'libmongoc says "socket timeout" whether the TLS handshake or the MongoDB hello went unanswered; both are ranked'
			]
		}
	},
	{
		id: 'connection-refused',
		about: 'nothing listens on the port',
		server: { kind: 'none' },
		connect: { host: 'localhost' },
		clients: ALL,
		cause: 'connection-refused'
	},
	{
		id: 'replica-set-mixed',
		about: 'two-member seed list: one member with an untrusted chain, the other not listening',
		server: { kind: 's_server', args: CHAIN },
		connect: { hosts: ['localhost:{port}', 'localhost:{closedPort}'] },
		clients: ['pymongo', 'node', 'go', 'java', 'c'],
		cause: 'untrusted-ca'
	},
	{
		id: 'atlas-ip-access-list',
		about:
			'Atlas host name; the server answers the hello with a fatal internal_error alert, as Atlas does for an IP not on the access list',
		server: { kind: 'raw', mode: 'alert-internal' },
		connect: { host: ATLAS_HOST },
		clients: ALL,
		cause: 'atlas-ip-access-list'
	},
	{
		id: 'atlas-missing-roots',
		about: 'Atlas host name with a chain from a root missing from the client’s trust store (as with outdated roots)',
		server: { kind: 's_server', args: ['-cert', 'atlas.crt', '-key', 'atlas.key', '-cert_chain', 'pub-inter.crt'] },
		connect: { host: ATLAS_HOST },
		clients: ALL,
		cause: 'missing-system-roots'
	},
	{
		id: 'atlas-intercepted',
		about: 'Atlas host name re-signed by a corporate inspection root that the proxy sends along',
		server: { kind: 's_server', args: ['-cert', 'atlas-intercepted.crt', '-key', 'atlas-intercepted.key', '-cert_chain', 'corp-root.crt'] },
		connect: { host: ATLAS_HOST },
		clients: ALL,
		cause: 'tls-interception-proxy',
		expect: {
			go: ['missing-system-roots', 'Go says "signed by unknown authority" whether or not a foreign root was sent'],
			java: ['missing-system-roots', 'PKIX path building failed does not show the foreign root']
		}
	},
	{
		id: 'legacy-renegotiation',
		about: 'server (an old TLS proxy) answers with a TLS 1.2 ServerHello lacking renegotiation_info',
		server: { kind: 'raw', mode: 'no-reneg' },
		connect: { host: 'localhost' },
		clients: ['pymongo', 'node', 'mongosh', 'c', 's_client'],
		cause: 'legacy-renegotiation'
	},
	{
		id: 'dh-key-too-small',
		about: 'server offers only DHE with 1024-bit parameters',
		server: {
			kind: 's_server',
			args: [...CHAIN, '-no_tls1_3', '-cipher', 'DHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0', '-dhparam', 'dh1024.pem']
		},
		connect: { host: 'localhost', caFile: 'root.crt' },
		// Node (and so mongosh) accepts a 1024-bit DH group at its default security level 1, and so
		// did libmongoc here: their handshakes succeed and only the unanswered hello times out.
		clients: ['pymongo', 's_client'],
		cause: 'dh-key-too-small'
	},
	{
		id: 'mongodb40-ciphers',
		about: 'server offers only RSA-key-exchange suites over TLS 1.2 (what MongoDB 4.0 builds offered), which Python 3.10+ no longer does',
		server: { kind: 's_server', args: [...CHAIN, '-no_tls1_3', '-cipher', 'AES256-SHA:AES128-SHA:AES256-GCM-SHA384:@SECLEVEL=0'] },
		// With python.org's cipher defaults (see python-org-ciphers.cnf in make-certs.sh).
		connect: { host: 'localhost', caFile: 'root.crt', env: { OPENSSL_CONF: '{pki}/python-org-ciphers.cnf' } },
		clients: ['pymongo'],
		cause: 'python310-legacy-server'
	},
	{
		id: 'no-shared-cipher',
		about: 'server offers only CAMELLIA suites over TLS 1.2, which current clients do not offer',
		server: { kind: 's_server', args: [...CHAIN, '-no_tls1_3', '-cipher', 'CAMELLIA256-SHA:CAMELLIA128-SHA:@SECLEVEL=0'] },
		connect: { host: 'localhost', caFile: 'root.crt' },
		clients: ['node', 'mongosh', 'go', 'java'],
		cause: 'no-shared-cipher',
		expect: Object.fromEntries(
			['node', 'mongosh', 'go'].map((c) => [
				c,
				[
					'client-cert-required',
					'a bare handshake_failure alert reads the same for no common cipher and for a TLS 1.2 server that wanted a client certificate; both are ranked and the server log tells them apart'
				]
			])
		)
	},
	{
		id: 'ocsp-invalid-staple',
		about: 'server staples an OCSP response whose status is tryLater; PyMongo with PyOpenSSL (pymongo[ocsp])',
		server: { kind: 's_server', args: [...CHAIN, '-status_file', 'ocsp-trylater.der'] },
		connect: { host: 'localhost', caFile: 'root.crt' },
		clients: ['pymongo-pyopenssl'],
		cause: 'ocsp-failure'
	},
	{
		id: 'untrusted-ca',
		about: 'server chain from a private root; client given no tlsCAFile (PyOpenSSL variant)',
		server: { kind: 's_server', args: CHAIN },
		connect: { host: 'localhost' },
		clients: ['pymongo-pyopenssl'],
		cause: 'untrusted-ca'
	},
	{
		id: 'hostname-mismatch',
		about: 'server leaf names only db.example.com; client connects to localhost (PyOpenSSL variant)',
		server: { kind: 's_server', args: leaf('wronghost') },
		connect: { host: 'localhost', caFile: 'root.crt' },
		clients: ['pymongo-pyopenssl'],
		cause: 'hostname-mismatch'
	},
	{
		id: 'conflicting-tls-options',
		about: 'URI sets tlsInsecure=true and tlsAllowInvalidCertificates=true together',
		server: { kind: 'none' },
		connect: { host: 'localhost', params: 'tlsInsecure=true&tlsAllowInvalidCertificates=true' },
		// The Go driver 1.8 accepts the pair without complaint.
		clients: ['pymongo', 'node', 'mongosh', 'c'],
		cause: 'config-conflict'
	},
	{
		id: 'conflicting-ssl-tls',
		about: 'URI sets ssl=false and tls=true',
		server: { kind: 'none' },
		connect: { uri: 'mongodb://localhost:{port}/?ssl=false&tls=true' },
		clients: ['pymongo', 'node', 'mongosh', 'go', 'c'],
		cause: 'config-conflict'
	},
	{
		id: 'misspelled-tlscafile',
		about: 'URI misspells tlsCAFile as tlsCAFil, so the CA is never loaded',
		server: { kind: 's_server', args: CHAIN },
		connect: { uri: 'mongodb://localhost:{port}/?tls=true&tlsCAFil={pki}/root.crt' },
		clients: ['pymongo', 'node', 'mongosh', 'go', 'c'],
		cause: 'unknown-option',
		expect: {
			go: ['untrusted-ca', 'the Go driver 1.8 ignores the unknown option without a word; its text shows only the untrusted CA', HIDDEN]
		}
	},
	{
		id: 'unescaped-password',
		about: 'password with an unescaped @ in the URI',
		server: { kind: 'none' },
		connect: { uri: 'mongodb://app:p@ss@localhost:{port}/?tls=true' },
		clients: ['pymongo', 'node', 'mongosh', 'go', 'c'],
		cause: 'invalid-uri'
	},
	{
		id: 'host-not-found',
		about: 'the host name does not resolve: the resolver cannot be reached (as with a VPN or private DNS zone that is not up)',
		server: { kind: 'none' },
		connect: { host: 'db.corp.example.net' },
		isolatedOnly: true,
		clients: ['pymongo', 'node', 's_client'],
		cause: 'host-not-found'
	},
	{
		id: 'srv-lookup-failed',
		about: 'mongodb+srv URI while DNS is unreachable (resolver points at a closed local port)',
		server: { kind: 'none' },
		connect: { uri: `mongodb+srv://${SRV_HOST}/?retryWrites=true&w=majority` },
		clients: ['pymongo', 'node', 'mongosh', 'go', 'c'],
		cause: 'dns-srv'
	}
];
