/**
 * The remedy catalogue. Every remedy id a check or a diagnosis names must be here (a unit test
 * enforces it). Facts — option names, commands, paths — come from the seed documents.
 */

import { command, config, text, type RemedyTemplate } from './remedy';

const S_CLIENT = 'openssl s_client -connect HOST:27017 -servername HOST -showcerts </dev/null';

const templates: RemedyTemplate[] = [
	{
		id: 'install-certificates-command',
		title: 'macOS, Python from python.org: run Install Certificates.command',
		why: 'The python.org installer for macOS ships its own OpenSSL that does not read the macOS keychain; this script installs certifi’s root certificates where that OpenSSL looks.',
		verify: 'python3 -c "import ssl; print(ssl.get_default_verify_paths())" then connect again.',
		steps: (env) => [
			command(`open "/Applications/Python ${env.python ?? '3.12'}/Install Certificates.command"`),
			text('Replace the version with the Python version you run (python3 --version).')
		]
	},
	{
		id: 'certifi-tlscafile',
		title: 'Point the driver at certifi’s up-to-date root certificates',
		why: 'certifi packages Mozilla’s root store; passing it as tlsCAFile makes the driver trust exactly those roots, whatever the operating system provides.',
		steps: () => [
			command('python3 -m pip install -U certifi'),
			config('import certifi\nfrom pymongo import MongoClient\n\nclient = MongoClient(uri, tlsCAFile=certifi.where())', 'connect.py')
		]
	},
	{
		id: 'ssl-cert-file-certifi',
		title: 'Set SSL_CERT_FILE to certifi’s bundle',
		why: 'OpenSSL reads SSL_CERT_FILE as its default CA file; pointing it at certifi fixes every Python program started from that shell. It replaces the system store, so CAs your company installed there are no longer trusted by those programs.',
		steps: () => [
			command('python3 -m pip install -U certifi'),
			command('export SSL_CERT_FILE=$(python3 -c "import certifi; print(certifi.where())")')
		]
	},
	{
		id: 'update-os-ca-store',
		title: 'Update the operating system’s root certificates',
		why: 'An out-of-date CA bundle lacks newer roots; the OS vendor’s package carries the current set.',
		steps: () => [
			text('Debian/Ubuntu: sudo apt-get install --reinstall ca-certificates && sudo update-ca-certificates'),
			text('RHEL/Fedora/Amazon Linux: sudo dnf reinstall ca-certificates && sudo update-ca-trust')
		]
	},
	{
		id: 'use-tlscafile',
		title: 'Give the client the CA certificate with tlsCAFile',
		why: 'tlsCAFile tells the driver which CA to trust for this connection. With a private CA, that CA’s certificate (PEM) is the file to give.',
		verify: 'The same connection succeeds with tls=true and no tlsAllow* options.',
		steps: () => [
			config('mongodb://HOST:27017/?tls=true&tlsCAFile=/path/to/ca.pem'),
			text('In PyMongo: MongoClient(uri, tls=True, tlsCAFile="/path/to/ca.pem").')
		]
	},
	{
		id: 'add-ca-to-os-store',
		title: 'Add the CA certificate to the operating system’s trust store',
		why: 'Clients that use the system store then trust it without extra options.',
		steps: () => [
			text('Debian/Ubuntu: copy the CA as /usr/local/share/ca-certificates/my-ca.crt (PEM), then run sudo update-ca-certificates'),
			text('RHEL/Fedora: copy it to /etc/pki/ca-trust/source/anchors/ and run sudo update-ca-trust')
		]
	},
	{
		id: 'get-server-chain',
		title: 'See the chain the server presents',
		why: 'The last certificate s_client prints names the CA the client needs to trust.',
		steps: () => [command(S_CLIENT)]
	},
	{
		id: 'serve-full-chain',
		title: 'Have the server send its full chain',
		why: 'mongod sends what its certificateKeyFile contains; append the intermediate certificate(s) after the server certificate.',
		steps: () => [
			command('cat server.key server.crt intermediate.crt > server.pem'),
			config('net:\n  tls:\n    certificateKeyFile: /etc/ssl/mongodb/server.pem', 'mongod.conf')
		]
	},
	{
		id: 'add-intermediate-to-cafile',
		title: 'Add the intermediate to the client’s CA file',
		why: 'If the server cannot be changed, the client can carry the missing intermediate next to the root in tlsCAFile.',
		steps: () => [command('cat root-ca.pem intermediate.pem > ca-bundle.pem'), text('Then use tlsCAFile=ca-bundle.pem.')]
	},
	{
		id: 'renew-certificate',
		title: 'Renew (reissue) the certificate',
		why: 'An expired or revoked certificate cannot be made valid again; a new one has to be issued and installed, and mongod restarted or rotated.',
		steps: () => [
			command('openssl x509 -noout -dates -subject -in server.pem'),
			text(
				'Issue a new certificate from the same CA, install it, then run db.adminCommand({ rotateCertificates: 1 }) (MongoDB 5.0+) or restart mongod.'
			)
		]
	},
	{
		id: 'check-clock',
		title: 'Check the clock of the client machine',
		why: 'Validity dates are compared with the local clock; a clock days off makes good certificates look expired or not yet valid.',
		steps: () => [command('date -u'), text('Linux: timedatectl status; macOS: sudo sntp -sS time.apple.com; Windows: w32tm /resync')]
	},
	{
		id: 'connect-with-listed-name',
		title: 'Connect with a name the certificate lists',
		why: 'Hostname verification compares the host in the connection string with the certificate’s subjectAltName; using one of those names makes it pass without weakening anything.',
		steps: () => [text('Use a DNS name from the certificate’s subjectAltName in the connection string, not an IP address or an alias.')]
	},
	{
		id: 'fix-dns-or-hosts',
		title: 'Make the listed name resolve to the server',
		why: 'If the name on the certificate does not resolve from the client, add a DNS record or a hosts-file entry rather than connecting by IP.',
		steps: () => [config('10.0.0.5  db.example.internal', '/etc/hosts')]
	},
	{
		id: 'reissue-with-san',
		title: 'Reissue the certificate with the right subjectAltName',
		why: 'Clients only accept names listed in the subjectAltName extension.',
		steps: () => [
			config(
				'[ v3_req ]\nkeyUsage = digitalSignature, keyEncipherment\nextendedKeyUsage = serverAuth\nsubjectAltName = @alt_names\n\n[ alt_names ]\nDNS.1 = db.example.com\nIP.1 = 10.0.0.5',
				'openssl-server.cnf'
			),
			command(
				'openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.crt -days 365 -extensions v3_req -extfile openssl-server.cnf'
			)
		]
	},
	{
		id: 'allow-invalid-hostnames',
		title: 'Last resort: turn off hostname verification (tlsAllowInvalidHostnames)',
		why: 'The driver then accepts a trusted certificate issued for any name.',
		risk: 'Any server holding any certificate from a CA you trust can impersonate your database. Use only to confirm the diagnosis, never in production.',
		steps: () => [config('mongodb://HOST:27017/?tls=true&tlsAllowInvalidHostnames=true')]
	},
	{
		id: 'allow-invalid-certificates',
		title: 'Last resort: stop verifying the server certificate (tlsAllowInvalidCertificates)',
		why: 'The connection is still encrypted, but the driver no longer checks who it is talking to.',
		risk: 'Anyone on the network path can impersonate the server and read or change your data and credentials. Use only to confirm the diagnosis, never in production.',
		steps: () => [config('mongodb://HOST:27017/?tls=true&tlsAllowInvalidCertificates=true')]
	},
	{
		id: 'issue-from-ca',
		title: 'Issue the server certificate from a CA instead of self-signing it',
		why: 'Clients then trust one CA certificate for every server, and server certificates can be replaced without touching clients.',
		steps: () => [command('openssl req -newkey rsa:4096 -nodes -x509 -days 365 -keyout ca.key -out ca.pem -subj "/CN=My MongoDB CA"')]
	},
	{
		id: 'trust-proxy-ca',
		title: 'If your network inspects TLS: trust your organisation’s proxy CA',
		why: 'An inspecting proxy re-signs every certificate with its own root; clients must be given that root (ask your IT team for it) with tlsCAFile.',
		steps: () => [
			text('Get the proxy’s root CA from your IT team (or from the last certificate of the chain below) and pass it with tlsCAFile.'),
			command(S_CLIENT)
		]
	},
	{
		id: 'bypass-interception-proxy',
		title: 'Exclude the database from TLS inspection',
		why: 'Database traffic rarely needs inspection; an exception in the proxy or antivirus restores the real certificate.',
		steps: () => [text('Ask your network team to exempt the database hosts (e.g. *.mongodb.net, port 27017) from TLS inspection.')]
	},
	{
		id: 'reissue-stronger-key',
		title: 'Reissue with a 2048-bit (or larger) key and SHA-256',
		why: 'OpenSSL security level 2, the default on current distributions, refuses smaller keys and SHA-1/MD5 signatures.',
		steps: () => [command('openssl req -newkey rsa:3072 -sha256 -nodes -keyout server.key -out server.csr -config openssl-server.cnf')]
	},
	{
		id: 'reissue-with-eku',
		title: 'Reissue with the right extended key usage',
		why: 'Servers need serverAuth, clients clientAuth, and cluster members both.',
		steps: () => [config('extendedKeyUsage = serverAuth, clientAuth', 'openssl.cnf')]
	},
	{
		id: 'refresh-crl',
		title: 'Give the client a current CRL from the right CA',
		why: 'OpenSSL rejects a connection when the CRL has passed its nextUpdate or is not signed by the issuing CA.',
		steps: () => [command('openssl crl -in crl.pem -noout -issuer -lastupdate -nextupdate')]
	},
	{
		id: 'pymongo-ocsp-extra',
		title: 'Install PyMongo with the OCSP extra',
		why: 'pymongo[ocsp] installs PyOpenSSL and the libraries PyMongo uses to check OCSP responses.',
		steps: () => [command('python3 -m pip install "pymongo[ocsp]"')]
	},
	{
		id: 'disable-ocsp-endpoint-check',
		title: 'Last resort: skip contacting OCSP responders (tlsDisableOCSPEndpointCheck)',
		why: 'PyMongo then relies only on stapled responses.',
		risk: 'A revoked certificate may be accepted when the server does not staple a response.',
		steps: () => [config('mongodb://HOST/?tls=true&tlsDisableOCSPEndpointCheck=true')]
	},
	{
		id: 'check-tls-version',
		title: 'Check which TLS versions your client supports',
		why: 'An OpenSSL older than 1.0.1 cannot speak TLS 1.1 or 1.2.',
		steps: () => [command('openssl version'), command('python3 -c "import ssl; print(ssl.OPENSSL_VERSION)"')]
	},
	{
		id: 'upgrade-openssl',
		title: 'Use a Python built against a current OpenSSL',
		why: 'TLS 1.2+ support comes from the OpenSSL the interpreter links.',
		steps: () => [text('Install a current Python from python.org, Homebrew or your distribution.')]
	},
	{
		id: 'server-disabled-protocols',
		title: 'Check the server’s disabled protocols',
		why: 'net.tls.disabledProtocols decides which TLS versions mongod accepts.',
		steps: () => [config('net:\n  tls:\n    disabledProtocols: TLS1_0,TLS1_1', 'mongod.conf')]
	},
	{
		id: 'upgrade-mongodb-42',
		title: 'Upgrade the server to MongoDB 4.2 or newer',
		why: 'MongoDB 4.2+ negotiates the ciphers Python 3.10+ requires.',
		steps: () => [text('Upgrade mongod to 4.2 or later (the supported path goes one major version at a time).')]
	},
	{
		id: 'python-39',
		title: 'Or run the client on Python 3.9',
		why: 'Python 3.9 still offers the older cipher suites MongoDB 4.0 uses.',
		steps: () => [command('python3.9 -m pip install pymongo')]
	},
	{
		id: 'fix-proxy-renegotiation',
		title: 'Fix or replace the proxy that needs legacy renegotiation',
		why: 'Secure renegotiation (RFC 5746) has been standard since 2010; the device that lacks it should be updated.',
		steps: () => [text('Find the load balancer or proxy in front of the database and update it, or connect around it.')]
	},
	{
		id: 'openssl-conf-unsafe-legacy',
		title: 'Last resort: allow unsafe legacy renegotiation with an OPENSSL_CONF file',
		why: 'OpenSSL 3.0.4+ reads the UnsafeLegacyServerConnect option from a configuration file.',
		risk: 'Re-opens the renegotiation attack of CVE-2009-3555 against this client’s connections.',
		steps: () => [
			config(
				'openssl_conf = openssl_init\n\n[openssl_init]\nssl_conf = ssl_sect\n\n[ssl_sect]\nsystem_default = system_default_sect\n\n[system_default_sect]\nOptions = UnsafeLegacyServerConnect\n',
				'openssl-legacy.cnf'
			),
			command('OPENSSL_CONF=/path/to/openssl-legacy.cnf python3 app.py')
		]
	},
	{
		id: 'match-tls-setting',
		title: 'Make the client’s TLS setting match the server',
		why: 'A TLS client and a plain server (or the reverse) cannot talk.',
		steps: () => [text('Check net.tls.mode in mongod.conf, and the port: is it the database port?')]
	},
	{
		id: 'enable-tls-in-client',
		title: 'Turn TLS on in the client',
		why: 'A requireTLS server closes plain connections.',
		steps: () => [config('mongodb://HOST:27017/?tls=true')]
	},
	{
		id: 'provide-client-certificate',
		title: 'Present a client certificate with tlsCertificateKeyFile',
		why: 'The server requires every client to present a certificate from its CA.',
		steps: () => [config('mongodb://HOST:27017/?tls=true&tlsCertificateKeyFile=/path/to/client.pem&tlsCAFile=/path/to/ca.pem')]
	},
	{
		id: 'combine-key-and-cert',
		title: 'Put the key and the certificate in one PEM file',
		why: 'tlsCertificateKeyFile expects the private key and the certificate concatenated in one file.',
		steps: () => [command('cat client.key client.crt > client.pem')]
	},
	{
		id: 'key-password',
		title: 'Pass the key’s password with tlsCertificateKeyFilePassword',
		why: 'The driver decrypts the key with it.',
		steps: () => [config('MongoClient(uri, tls=True, tlsCertificateKeyFile="client.pem", tlsCertificateKeyFilePassword=PASSWORD)')]
	},
	{
		id: 'issue-client-cert-from-server-ca',
		title: 'Issue the client certificate from the CA the server trusts',
		why: 'mongod checks client certificates against its net.tls.CAFile.',
		steps: () => [
			command(
				'openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out client.crt -days 365 -extensions v3_req -extfile openssl-client.cnf'
			)
		]
	},
	{
		id: 'pair-key-with-cert',
		title: 'Use the key that belongs to the certificate',
		why: 'A certificate and its key share the same public key; compare them to find the pair.',
		steps: () => [
			command('openssl x509 -noout -pubkey -in client.crt | openssl sha256'),
			command('openssl pkey -pubout -in client.key | openssl sha256')
		]
	},
	{
		id: 'convert-der-to-pem',
		title: 'Convert a DER certificate to PEM',
		why: 'Drivers expect PEM (text starting with -----BEGIN CERTIFICATE-----).',
		steps: () => [command('openssl x509 -inform DER -in ca.der -out ca.pem')]
	},
	{
		id: 'fix-uri-options',
		title: 'Correct the connection-string options',
		why: 'Conflicting or misspelled options are rejected or ignored.',
		steps: () => [
			text(
				'Keep tls=true with at most one of tlsInsecure, tlsAllowInvalidCertificates, tlsAllowInvalidHostnames, and spell options exactly.'
			)
		]
	},
	{
		id: 'create-x509-user',
		title: 'Create the X.509 user in $external',
		why: 'The user name must be the certificate subject exactly as RFC 2253 prints it.',
		steps: () => [
			command('openssl x509 -in client.pem -noout -subject -nameopt RFC2253'),
			config(
				'db.getSiblingDB("$external").runCommand({\n  createUser: "CN=userApp,OU=MongoDBAClient,O=dbi,L=Zurich,ST=ZH,C=CH",\n  roles: [{ role: "readWrite", db: "app" }]\n})'
			)
		]
	},
	{
		id: 'reissue-client-subject',
		title: 'Reissue the client certificate with a different O, OU or DC',
		why: 'A client subject matching the members’ O/OU/DC would be recognised as a cluster member.',
		steps: () => [text('Use a different OU (for example OU=MongoDBAClient) in the client certificate subject.')]
	},
	{
		id: 'x509-auth-mechanism',
		title: 'Authenticate with MONGODB-X509',
		why: 'A TLS client certificate alone does not log you in; the mechanism must be requested.',
		steps: () => [
			command(
				"mongosh --tls --tlsCertificateKeyFile client.pem --tlsCAFile ca.pem --authenticationDatabase '$external' --authenticationMechanism MONGODB-X509"
			)
		]
	},
	{
		id: 'atlas-ip-access-list',
		title: 'Add the client’s IP to the Atlas IP access list',
		why: 'Atlas drops connections from IP addresses not on the project’s access list.',
		steps: () => [text('Atlas → Security → Network Access → Add IP Address, with the public IP of the machine running the client.')]
	},
	{
		id: 'check-srv-dns',
		title: 'Check the SRV record',
		why: 'mongodb+srv needs _mongodb._tcp.<host> SRV records.',
		steps: () => [command('nslookup -type=SRV _mongodb._tcp.cluster0.example.mongodb.net')]
	},
	{
		id: 'use-standard-uri',
		title: 'Use the standard (non-SRV) connection string',
		why: 'Lists the hosts directly, so no SRV lookup is needed.',
		steps: () => [text('Atlas → Connect → Drivers → pick an older driver version to see the mongodb:// form.')]
	},
	{
		id: 'check-network-path',
		title: 'Check that the server is reachable',
		why: 'A TCP connection must succeed before TLS can start.',
		steps: () => [command('nc -vz HOST 27017'), command(S_CLIENT)]
	},
	{
		id: 'server-dh-params',
		title: 'Give the server stronger DH parameters',
		why: 'OpenSSL refuses DH groups under 2048 bits.',
		steps: () => [command('openssl dhparam -out dhparam.pem 2048')]
	}
];

export const REMEDIES: ReadonlyMap<string, RemedyTemplate> = new Map(templates.map((t) => [t.id, t]));
