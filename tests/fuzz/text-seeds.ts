/**
 * Text seeds for fuzzing the text readers: everything a person pastes, as real tools wrote it —
 * openssl s_client transcripts, keytool listings, x509 -text dumps, PEM files, base64, JSON, the
 * error corpus captured from real clients — and connection strings, URI and Python.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIXTURES } from '../helpers/fixtures';

export interface TextSeed {
	name: string;
	text: string;
}

const TEXT = /\.(txt|pem|crt|key|csr|json|b64)$/;
const DIRS = ['ingest', 'pki', 'errors'];

/** Connection strings as they are pasted (the fixtures hold none of their own). */
const CONNECTION_STRINGS = [
	'mongodb+srv://app:Pa55word-123@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0',
	'mongodb://app:p%40ss%3Aword@db1.example.com:27017,db2.example.com:27017/admin?replicaSet=rs0&tls=true&tlsCAFile=/etc/ssl/ca.pem&tlsCertificateKeyFile=/etc/ssl/client.pem&tlsCertificateKeyFilePassword=K3yPassw0rd',
	'mongodb://db.example.com?tls=true;connectTimeoutMS=5000#frag',
	'mongodb://[::1]:27017/?tls=true&authMechanism=MONGODB-X509&authMechanismProperties=AWS_SESSION_TOKEN:s3cr3tT0ken',
	'client = MongoClient("mongodb://app:Pa55word-123@db.example.com/?tls=true", tlsCAFile=certifi.where(), tlsAllowInvalidHostnames=True)',
	"MongoClient(host=['db1.example.com:27017', 'db2.example.com:27017'], port=27018, ssl=True, ssl_cert_reqs=ssl.CERT_NONE, password='Pa55word-123', **kwargs)",
	'client = pymongo.MongoClient(r"mongodb://db.example.com/?tlsCAFile=C:\\certs\\ca.pem", tls=True)  # Windows path'
];

function files(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((f) => {
			const path = join(dir, f);
			return statSync(path).isDirectory() ? files(path) : TEXT.test(f) ? [path] : [];
		});
}

export function loadTextSeeds(): TextSeed[] {
	const seeds: TextSeed[] = [];
	for (const dir of DIRS) {
		for (const path of files(join(FIXTURES, dir))) seeds.push({ name: relative(FIXTURES, path), text: readFileSync(path, 'utf8') });
	}
	CONNECTION_STRINGS.forEach((text, i) => seeds.push({ name: `connection-string#${i + 1}`, text }));
	return seeds;
}
