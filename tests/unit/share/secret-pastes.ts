/** Pastes that carry a secret, one form each (the forms the issue lists), with the secret that must not come out. */
import { readFileSync } from 'node:fs';

const PEM_KEY = readFileSync('tests/fixtures/ingest/rsa-pkcs8.key', 'utf8');
const B64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
export const ERROR =
	'pymongo.errors.ServerSelectionTimeoutError: db.example.com:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129)';

/** [what, pasted text, the secret that must not come out] */
export const PASTES: [string, string, string][] = [
	['a Kubernetes Secret', `data:\n  tls.key: ${B64(PEM_KEY)}\n${ERROR}`, B64(PEM_KEY).slice(20, 80)],
	[
		'a bare base64 PKCS#8 blob',
		`${ERROR}\nkey: ${B64(readFileSync('tests/fixtures/ingest/rsa-pkcs8.der'))}`,
		B64(readFileSync('tests/fixtures/ingest/rsa-pkcs8.der')).slice(20, 80)
	],
	['mongosh --password', `$ mongosh "mongodb://db.example.com/" --tls --username app --password Sup3rSecretPw\n${ERROR}`, 'Sup3rSecretPw'],
	[
		'mongosh --tlsCertificateKeyFilePassword',
		`mongosh --tls --tlsCertificateKeyFilePassword keyPw4711 mongodb://db/\n${ERROR}`,
		'keyPw4711'
	],
	['MONGODB_PASSWORD=', `MONGODB_PASSWORD=envPw0815 python app.py\n${ERROR}`, 'envPw0815'],
	['MONGO_INITDB_ROOT_PASSWORD=', `docker run -e MONGO_INITDB_ROOT_PASSWORD=rootPw99 mongo:7\n${ERROR}`, 'rootPw99'],
	[
		'Node password:',
		`const client = new MongoClient(uri, { auth: { username: 'app', password: 'nodePw77' } });\nMongoServerSelectionError: unable to get local issuer certificate`,
		'nodePw77'
	],
	[
		'Java -D…Password=',
		`java -Djavax.net.ssl.keyStorePassword=ksPw55 -Djavax.net.ssl.trustStorePassword=tsPw66 -jar app.jar\njavax.net.ssl.SSLHandshakeException: PKIX path building failed`,
		'ksPw55'
	],
	[
		'Java trustStorePassword',
		`java -Djavax.net.ssl.trustStorePassword=tsPw66 -jar app.jar\njavax.net.ssl.SSLHandshakeException: PKIX path building failed`,
		'tsPw66'
	],
	['openssl -passin pass:', `openssl pkcs12 -in c.p12 -passin pass:p12Pw33 -nodes\n${ERROR}`, 'p12Pw33'],
	[
		'mongod.conf certificateKeyFilePassword',
		`net:\n  tls:\n    certificateKeyFilePassword: confPw22\n{"t":{"$date":"2026-01-01T00:00:00Z"},"s":"E","c":"NETWORK","msg":"SSL peer certificate validation failed"}`,
		'confPw22'
	],
	['a URI password with a raw @', `${ERROR}\nclient = MongoClient("mongodb://app:p@ss@db.example.com/")`, 'p@ss'],
	['a URI password with a raw /', `${ERROR}\nclient = MongoClient("mongodb://app:pa/ss11@db.example.com/")`, 'pa/ss11'],
	[
		'openssl rsa -text',
		`${ERROR}\n` +
			'Private-Key: (2048 bit, 2 primes)\nmodulus:\n    00:aa:bb\npublicExponent: 65537 (0x10001)\nprivateExponent:\n    12:34:56:78:9a:bc:de:f0:13:57\nprime1:\n    00:fe:dc:ba:98:76\n',
		'12:34:56:78:9a:bc:de:f0:13:57'
	]
];
