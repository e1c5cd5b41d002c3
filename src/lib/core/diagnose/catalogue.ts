/**
 * What each diagnosis means, in plain words: what happened on the wire, and what fixes it.
 * Wording is ours; facts come from the seed documents and OpenSSL's documentation.
 */

import type { NextStep } from '../model/report';
import type { DiagnosisId } from './vocabulary';
import type { TlsFamily } from './tls-family';

export interface DiagnosisEntry {
	title: string;
	explanation: string;
	remedies: string[];
	/** What to paste next when this diagnosis is not certain. */
	next?: NextStep[];
	/**
	 * The same diagnosis read from a server's log of an incoming connection, where the peer is the
	 * client: whose certificate it is, whose clock judged it, and which fixes apply change.
	 */
	peerIsClient?: Partial<Pick<DiagnosisEntry, 'title' | 'explanation' | 'remedies' | 'next'>>;
	/** For "unknown": what to say when the text still shows which part of TLS failed (tls-family.ts). */
	byFamily?: Record<TlsFamily, Pick<DiagnosisEntry, 'title' | 'explanation' | 'next'>>;
}

const S_CLIENT = 'openssl s_client -connect HOST:PORT -servername HOST -showcerts </dev/null';
const PASTE_CHAIN: NextStep = { ask: 'Paste the certificate chain the server sends (the output of this command)', command: S_CLIENT };
const PASTE_CLIENT_CERT: NextStep = {
	ask: 'Paste the client’s certificate (the certificate in the file its tlsCertificateKeyFile names), so its dates, purposes and subject can be read',
	command: 'openssl x509 -in client.pem -noout -subject -dates -ext extendedKeyUsage -nameopt RFC2253'
};

export const DIAGNOSES: Record<DiagnosisId, DiagnosisEntry> = {
	'untrusted-ca': {
		title: 'The server’s certificate comes from a CA the client does not trust',
		explanation:
			'The client followed the server’s chain up to a certificate authority that is not in its trust store. That is normal for a private CA (one your team or your DBA runs): the client has to be given that CA’s certificate, usually with tlsCAFile.',
		remedies: ['get-server-chain', 'use-tlscafile', 'convert-der-to-pem', 'add-ca-to-os-store', 'allow-invalid-certificates'],
		next: [PASTE_CHAIN]
	},
	'missing-system-roots': {
		title: 'The client’s trust store is missing or out of date',
		explanation:
			'The server uses a certificate from a public CA, which every up-to-date system trusts, yet the client could not find the root. The Python (or OS) the client runs on is not looking at a current set of root certificates: common with python.org Python on macOS before Install Certificates.command has been run, with slim Docker images, and with portable PyPy.',
		remedies: ['install-certificates-command', 'certifi-tlscafile', 'ssl-cert-file-certifi', 'update-os-ca-store'],
		next: [PASTE_CHAIN]
	},
	'self-signed-cert': {
		title: 'The server presents a self-signed certificate',
		explanation:
			'The server’s certificate signed itself, so there is no CA to check it against. The client accepts it only if that exact certificate is given to it as a trusted CA (tlsCAFile), or, better, if the server gets a certificate issued by a CA.',
		remedies: ['use-tlscafile', 'issue-from-ca', 'allow-invalid-certificates']
	},
	'self-signed-in-chain': {
		title: 'The chain ends at a root the client does not trust',
		explanation:
			'The server sent its chain including a self-signed root, and that root is not in the client’s trust store. With a private CA, give the client that root (tlsCAFile). If you did not expect a private root at all, something between you and the server may be replacing certificates.',
		remedies: ['use-tlscafile', 'add-ca-to-os-store', 'trust-proxy-ca'],
		next: [PASTE_CHAIN]
	},
	'missing-intermediate': {
		title: 'An intermediate certificate is missing from the chain',
		explanation:
			'The server sends its own certificate but not the intermediate CA certificate that links it to a trusted root. Browsers often paper over this by downloading the intermediate; OpenSSL-based clients (PyMongo, Node, mongosh) do not. The server should send the full chain.',
		remedies: ['serve-full-chain', 'add-intermediate-to-cafile'],
		next: [PASTE_CHAIN]
	},
	'cert-expired': {
		title: 'A certificate in the chain has expired',
		explanation:
			'The server’s certificate, or one of the CA certificates above it, is past its expiry date. No client accepts it. Renew it; and if it should still be valid, check the clock on the client machine.',
		remedies: ['renew-certificate', 'check-clock'],
		next: [PASTE_CHAIN],
		peerIsClient: {
			title: 'The client’s certificate has expired',
			explanation:
				'The server checked the certificate the client presented and found it past its expiry date, by the server’s own clock, so it refused the connection. Renew the client’s certificate (keeping its subject if it logs in with X.509); if it should still be valid, check the clock on the database server.',
			next: [PASTE_CLIENT_CERT]
		}
	},
	'cert-not-yet-valid': {
		title: 'A certificate is not valid yet',
		explanation:
			'A certificate’s start date is in the future from the client’s point of view. Almost always a clock problem: the client machine (or a container, or a VM resumed from sleep) is behind, or the certificate was just issued on a machine whose clock is ahead.',
		remedies: ['check-clock', 'renew-certificate'],
		peerIsClient: {
			title: 'The client’s certificate is not valid yet',
			explanation:
				'The server checked the certificate the client presented and found its start date in the future, by the server’s own clock. Almost always a clock problem: the database server is behind, or the client certificate was issued on a machine whose clock is ahead.',
			next: [PASTE_CLIENT_CERT]
		}
	},
	'hostname-mismatch': {
		title: 'The certificate does not name the host you connect to',
		explanation:
			'The certificate is trusted, but the host name in your connection string is not among the names the certificate lists (its subjectAltName). Connect using a name the certificate lists, or reissue the certificate to include the name you use.',
		remedies: ['connect-with-listed-name', 'reissue-with-san', 'fix-dns-or-hosts', 'hostname-litmus-test', 'allow-invalid-hostnames'],
		next: [PASTE_CHAIN]
	},
	'ip-mismatch': {
		title: 'You connect by IP address, and the certificate does not list that IP',
		explanation:
			'When a connection string uses an IP address, the certificate must carry that exact IP in an "IP Address" subjectAltName entry; a DNS name does not count. Connect by the host name on the certificate, or reissue it with the IP.',
		remedies: ['connect-with-listed-name', 'reissue-with-san', 'hostname-litmus-test', 'allow-invalid-hostnames'],
		next: [PASTE_CHAIN]
	},
	'weak-key': {
		title: 'A certificate’s key is too weak for the client’s security level',
		explanation:
			'OpenSSL’s default security level on current Linux distributions (level 2) rejects RSA, DSA and DH keys under 2048 bits. The certificate must be reissued with a stronger key.',
		remedies: ['reissue-stronger-key']
	},
	'weak-signature': {
		title: 'A certificate is signed with a hash the client refuses (SHA-1 or MD5)',
		explanation:
			'Modern OpenSSL refuses SHA-1 and MD5 signatures on certificates at its default security level. The certificate must be reissued with SHA-256 or better.',
		remedies: ['reissue-stronger-key']
	},
	'wrong-purpose': {
		title: 'The certificate is not allowed for this use (key usage / extended key usage)',
		explanation:
			'The certificate’s extended key usage does not include the role it is used for: a server certificate needs serverAuth, a client certificate (tlsCertificateKeyFile, X.509 authentication) needs clientAuth, and a cluster member certificate used both ways needs both.',
		remedies: ['reissue-with-eku']
	},
	revoked: {
		title: 'The certificate has been revoked',
		explanation:
			'The CA published that this certificate must no longer be trusted (in a CRL or through OCSP). It has to be replaced with a newly issued certificate.',
		remedies: ['renew-certificate']
	},
	'crl-problem': {
		title: 'The certificate revocation list could not be used',
		explanation:
			'Revocation checking is on (tlsCRLFile), but the CRL is missing, expired, or not signed by the right CA, so OpenSSL cannot decide whether the certificate is revoked and fails the connection.',
		remedies: ['refresh-crl']
	},
	'ocsp-failure': {
		title: 'Certificate revocation checking (OCSP) failed',
		explanation:
			'With pymongo[ocsp] installed, PyMongo checks the OCSP response the server staples to the handshake; an invalid or unusable response fails the connection.',
		remedies: ['check-ocsp-status', 'pymongo-ocsp-extra', 'disable-ocsp-endpoint-check']
	},
	'protocol-version': {
		title: 'Client and server share no TLS version',
		explanation:
			'The ClientHello and the server’s settings have no TLS version in common, so one side aborted with a protocol_version alert (or refused the old handshake’s signatures). Either the client’s TLS library is too old to offer TLS 1.2, or the server only speaks TLS 1.0/1.1, which current OpenSSL, Python and Node refuse by default.',
		remedies: ['check-tls-version', 'upgrade-openssl', 'server-disabled-protocols']
	},
	'python310-legacy-server': {
		title: 'Python 3.10+ cannot handshake with MongoDB 4.0 or older',
		explanation:
			'Python 3.10 raised its default TLS requirements (cipher suites and minimum version), and old MongoDB servers cannot meet them. The server log typically says "no shared cipher".',
		remedies: ['upgrade-mongodb-42', 'python-39', 'pymongo-ocsp-extra']
	},
	'legacy-renegotiation': {
		title: 'Something on the path requires insecure legacy TLS renegotiation',
		explanation:
			'OpenSSL 3 refuses to talk to peers that do not support secure renegotiation (RFC 5746). MongoDB itself supports it; the usual culprit is an old proxy or load balancer in front of the database.',
		remedies: ['fix-proxy-renegotiation', 'openssl-conf-unsafe-legacy']
	},
	'tls-to-plain-server': {
		title: 'The client speaks TLS to a port that does not',
		explanation:
			'The client opened the connection and sent a TLS ClientHello. What came back was not TLS: either plain bytes (OpenSSL says "wrong version number", Go "first record does not look like a TLS handshake", Java "Unsupported or unrecognized SSL message"), or nothing at all because the server hung up on seeing a TLS hello, which is what mongod does when net.tls is off. Either the server has TLS disabled, or the port belongs to something else.',
		remedies: ['match-tls-setting']
	},
	'plain-to-tls-server': {
		title: 'The client connects without TLS to a server that requires it',
		explanation:
			'The server is configured with requireTLS and closes any connection that does not start a TLS handshake. Turn TLS on in the client (tls=true).',
		remedies: ['enable-tls-in-client']
	},
	'client-cert-required': {
		title: 'The server requires a client certificate',
		explanation:
			'The server asks every client for a certificate (its CAFile is set and allowConnectionsWithoutCertificates is off), and this client did not present one. Give the client a certificate and key with tlsCertificateKeyFile; or, if clients are meant to log in with a password instead, let the server accept them without one (net.tls.allowConnectionsWithoutCertificates), which gives up the certificate requirement.',
		remedies: ['provide-client-certificate', 'combine-key-and-cert', 'allow-connections-without-certificates']
	},
	'client-cert-untrusted': {
		title: 'The server does not trust the client’s certificate',
		explanation:
			'The client presented a certificate, but it was not issued by a CA in the server’s CAFile (or it has expired, or lacks clientAuth).',
		remedies: ['issue-client-cert-from-server-ca']
	},
	'key-mismatch': {
		title: 'The private key does not belong to the certificate',
		explanation:
			'The file given as tlsCertificateKeyFile holds a certificate and a private key that are not a pair, so the TLS library refuses to load it.',
		remedies: ['pair-key-with-cert']
	},
	'key-encrypted': {
		title: 'The private key is encrypted and no password was given',
		explanation:
			'The key in tlsCertificateKeyFile is protected by a passphrase. Pass it with tlsCertificateKeyFilePassword, or store the key unencrypted with tight file permissions.',
		remedies: ['key-password']
	},
	'pem-file-invalid': {
		title: 'A certificate or key file could not be read',
		explanation:
			'The TLS library could not parse the file it was given: it may be DER instead of PEM, be missing its key, or have been damaged when copied.',
		remedies: ['convert-der-to-pem', 'combine-key-and-cert']
	},
	'config-conflict': {
		title: 'The TLS options contradict each other',
		explanation:
			'Some TLS options cannot be combined (for example tlsInsecure with tlsAllowInvalidCertificates, or ssl=false with tls=true). The driver refuses the connection string before connecting.',
		remedies: ['fix-uri-options']
	},
	'x509-user-missing': {
		title: 'No MongoDB user exists for this X.509 certificate',
		explanation:
			'The TLS handshake worked, but X.509 authentication failed: the server looks up a user in the $external database named exactly after the certificate’s subject (RFC 2253 form), and none exists.',
		remedies: ['create-x509-user']
	},
	'x509-subject-like-cluster-member': {
		title: 'The client certificate’s subject looks like a cluster member’s',
		explanation:
			'MongoDB refuses to create an X.509 user whose subject has the same O, OU and DC as the cluster member certificates, because such a certificate would be treated as a server in the cluster. The client certificate needs a different O, OU or DC.',
		remedies: ['reissue-client-subject']
	},
	unauthorized: {
		title: 'Connected, but the login was refused or the user is not allowed',
		explanation:
			'TLS and the network are fine: the server answered. Either it refused the login (a wrong user name or password, a password not percent-encoded in the connection string, or authSource naming a database the user was not created in), or the connection is logged in but the user lacks the role the command needs, or it never logged in. With a client certificate, log in with authMechanism=MONGODB-X509.',
		remedies: ['check-login-credentials', 'x509-auth-mechanism']
	},
	'atlas-ip-access-list': {
		title: 'Atlas is refusing this client’s IP address',
		explanation:
			'The TCP connection to Atlas opened, but Atlas refused to go on with the handshake: it answers the ClientHello with an internal_error alert (or simply drops or stalls the connection) when the connecting public IP is not on the project’s IP access list. The certificates are not involved. Add this machine’s public IP under Network Access in Atlas.',
		remedies: ['atlas-ip-access-list']
	},
	'dns-srv': {
		title: 'The mongodb+srv DNS lookup failed',
		explanation:
			'A mongodb+srv:// connection string needs DNS SRV and TXT records; the resolver could not find them (wrong cluster name, a DNS server that blocks SRV, or no network).',
		remedies: ['check-srv-dns', 'use-standard-uri']
	},
	'tls-interception-proxy': {
		title: 'A TLS-inspecting proxy or antivirus may be replacing the server’s certificate',
		explanation:
			'On many corporate networks and with some antivirus products, outbound TLS is intercepted and re-signed with the organisation’s own root. The client then sees a chain that does not lead to the public root it expected.',
		remedies: ['trust-proxy-ca', 'bypass-interception-proxy'],
		next: [PASTE_CHAIN]
	},
	'server-selection-timeout': {
		title: 'The driver could not reach a usable server in time',
		explanation:
			'The driver tried every host of the connection string and none answered usefully before the timeout. The error lists each server’s own error; that is where the cause is.',
		remedies: ['check-network-path'],
		next: [{ ask: 'Paste the full error, including the topology description with each server’s own error' }]
	},
	'connection-refused': {
		title: 'Nothing is listening at that host and port',
		explanation:
			'The TCP connection was refused before TLS started: the server is down, listening on another port or interface (bindIp), or a firewall rejects the connection.',
		remedies: ['check-network-path']
	},
	'connection-reset': {
		title: 'The server closed the connection during the handshake',
		explanation:
			'The connection was cut right after it opened. Common causes: a plain (non-TLS) client against a requireTLS server, an Atlas IP access list, or a proxy or firewall that drops TLS.',
		remedies: ['enable-tls-in-client', 'atlas-ip-access-list', 'check-network-path']
	},
	'handshake-timeout': {
		title: 'The TLS handshake never completed',
		explanation:
			'The TCP connection opened, but the handshake timed out: often a firewall that lets the connection through but drops TLS traffic, or a server that is overloaded.',
		remedies: ['check-network-path']
	},
	'unknown-option': {
		title: 'The connection string has an option the driver does not know',
		explanation:
			'A misspelled or unsupported URI option is ignored with a warning or rejected outright, so the TLS setting you think you made may not be in effect.',
		remedies: ['fix-uri-options']
	},
	'invalid-uri': {
		title: 'The connection string is not valid',
		explanation:
			'The driver could not parse the connection string (a stray character, an unescaped @ or : in the password, or a port on a mongodb+srv host).',
		remedies: ['fix-uri-options']
	},
	'key-missing': {
		title: 'The certificate file has no private key',
		explanation:
			'tlsCertificateKeyFile must hold both the certificate and its private key, concatenated in one PEM file. This one has only the certificate.',
		remedies: ['combine-key-and-cert']
	},
	'ca-file-incomplete': {
		title: 'The CA file does not contain the CA that issued the server’s certificate',
		explanation:
			'tlsCAFile is set, and it replaces the system roots for this connection, but it does not hold the root (and any intermediate) of the server’s chain.',
		remedies: ['use-tlscafile', 'add-intermediate-to-cafile'],
		next: [PASTE_CHAIN]
	},
	'dh-key-too-small': {
		title: 'The server’s Diffie-Hellman parameters are too small',
		explanation:
			'The server offers DH parameters under 2048 bits, which current OpenSSL refuses. The server must use stronger DH parameters or ECDHE.',
		remedies: ['server-dh-params']
	},
	'no-shared-cipher': {
		title: 'Client and server have no cipher suite in common',
		explanation:
			'One side only offers cipher suites the other has disabled. With Python 3.10+ against MongoDB 4.0 or older this is the usual server-side log line.',
		remedies: ['upgrade-mongodb-42', 'check-tls-version']
	},
	'host-not-found': {
		title: 'The host name in the connection string does not resolve',
		explanation:
			'Before any TCP or TLS, the client asked DNS for the server’s address and got none: the name is misspelled, belongs to a cluster that was deleted or renamed, or this machine’s DNS cannot see it (a VPN or private DNS zone that is not active).',
		remedies: ['fix-dns-or-hosts', 'check-network-path'],
		next: [{ ask: 'Check what this machine resolves for the name', command: 'nslookup HOST' }]
	},
	'benign-message': {
		title: 'This line is normal and not the cause',
		explanation:
			'The pasted line is informational. "no SSL certificate provided by peer" only says the client did not present a client certificate, which is expected unless the server requires X.509 client authentication. The real failure is elsewhere: in the client’s error, or in another server log line.',
		remedies: [],
		next: [{ ask: 'Paste the client’s own error (the full exception or traceback), or the server log lines around the failed connection' }]
	},
	unknown: {
		title: 'Not enough to go on yet',
		explanation:
			'This text does not contain an error TLS Doctor recognises. Rather than guess, it asks for the part of the output that names the cause.',
		remedies: [],
		next: [
			{ ask: 'Paste the whole error, including the lines after "Traceback" or the full MongoServerSelectionError' },
			{ ask: 'Or paste what the server presents', command: S_CLIENT }
		],
		byFamily: {
			certificate: {
				title: 'A certificate check failed, for a reason TLS Doctor does not recognise yet',
				explanation:
					'The text is about a certificate (its verification, its issuer or its trust), but not in words TLS Doctor knows. The certificates themselves usually settle it: their dates, names and issuers can be checked here.',
				next: [
					PASTE_CHAIN,
					{ ask: 'And the CA file the client is given (its tlsCAFile), if it has one' },
					{ ask: 'Or the whole error, from the first line of the traceback or the full MongoServerSelectionError' }
				]
			},
			handshake: {
				title: 'The TLS handshake failed, for a reason TLS Doctor does not recognise yet',
				explanation:
					'The text names the handshake (an alert, the ciphers or the protocol version) but not in words TLS Doctor knows. One side refused the other’s offer; which one, and why, shows in the other side’s log and in a handshake made by hand.',
				next: [
					{ ask: 'Paste the server’s log lines from the moment of the failed connection (mongod.log)' },
					{ ask: 'Or what a handshake made by hand shows', command: S_CLIENT },
					{ ask: 'Or the whole error, from the first line of the traceback or the full MongoServerSelectionError' }
				]
			},
			connection: {
				title: 'The TLS connection ended early, for a reason TLS Doctor does not recognise yet',
				explanation:
					'The text says the TLS connection closed, reset or timed out. That is often something in between (a firewall, a proxy, an IP access list) or a port that does not speak TLS; a handshake made by hand tells which.',
				next: [
					{ ask: 'Paste what a handshake made by hand shows', command: S_CLIENT },
					{ ask: 'Or the whole error, from the first line of the traceback or the full MongoServerSelectionError' }
				]
			},
			tls: {
				title: 'A TLS problem TLS Doctor does not recognise yet',
				explanation:
					'The text is about TLS, but not in words TLS Doctor knows. The whole error usually names the part that failed; what the server presents shows the rest.',
				next: [
					{ ask: 'Paste the whole error, including the lines after "Traceback" or the full MongoServerSelectionError' },
					{ ask: 'Or paste what the server presents', command: S_CLIENT }
				]
			}
		}
	}
};
