/**
 * "Try an example": one click shows a new user what the tool does. Texts go into the paste box;
 * PEM files are added as files, so even the example's (test-only) private key is never put into
 * the page as text.
 */

export interface ExampleInput {
	text?: string;
	files?: { name: string; text: string }[];
	host?: string;
	role?: 'server' | 'client';
	client?: string;
	os?: string;
}

export interface Example {
	id: string;
	title: string;
	/** Loaded only when clicked: examples stay out of the first view's JavaScript. */
	load(): Promise<ExampleInput>;
}

const caFile = async () => ({ name: 'example-ca.pem', text: (await import('./data/example-ca.pem?raw')).default });

/** Made by data/make-examples.sh (openssl), apart from the traceback, which a real PyMongo printed in this shape. */
export const EXAMPLES: Example[] = [
	{
		id: 'atlas-macos',
		title: 'Atlas + macOS: CERTIFICATE_VERIFY_FAILED',
		load: async () => ({ text: (await import('./data/atlas-macos-verify-failed.txt?raw')).default })
	},
	{
		id: 'missing-intermediate',
		title: 'Chain missing its intermediate',
		// What a server sends when it is set up with its own certificate only; the client has the root.
		load: async () => ({
			files: [{ name: 'server.pem', text: (await import('./data/leaf-only.pem?raw')).default }, await caFile()],
			host: 'db.example.com'
		})
	},
	{
		id: 'expired',
		title: 'Expired server certificate',
		load: async () => ({
			files: [{ name: 'server.pem', text: (await import('./data/expired-server.pem?raw')).default }, await caFile()],
			host: 'expired.example.com'
		})
	},
	{
		id: 'key-mismatch',
		title: 'Client PEM whose key does not match',
		load: async () => ({
			files: [{ name: 'client.pem', text: (await import('./data/client-key-mismatch.pem?raw')).default }, await caFile()],
			role: 'client'
		})
	},
	{
		id: 'uri-conflict',
		title: 'URI with conflicting TLS options',
		load: async () => ({
			text: 'mongodb://app:S3cret@db1.example.com:27017,db2.example.com:27017/inventory?replicaSet=rs0&tls=true&tlsInsecure=true&tlsAllowInvalidCertificates=true&tlsCAFile=/etc/ssl/mongo-ca.pem',
			client: 'pymongo'
		})
	}
];
