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

export const EXAMPLES: Example[] = [
	{
		id: 'atlas-macos',
		title: 'Atlas + macOS: CERTIFICATE_VERIFY_FAILED',
		load: async () => ({ text: (await import('./data/atlas-macos-verify-failed.txt?raw')).default, client: 'pymongo', os: 'macos' })
	},
	{
		id: 'missing-intermediate',
		title: 'Chain missing its intermediate',
		load: async () => ({
			files: [{ name: 'server.pem', text: (await import('./data/leaf-only.pem?raw')).default }],
			host: 'db.example.com'
		})
	},
	{
		id: 'expired',
		title: 'Expired server certificate',
		load: async () => ({
			files: [{ name: 'expired-server.pem', text: (await import('./data/expired-server.pem?raw')).default }],
			host: 'expired.example.com'
		})
	},
	{
		id: 'key-mismatch',
		title: 'Client PEM whose key does not match',
		load: async () => ({
			files: [{ name: 'client.pem', text: (await import('./data/client-key-mismatch.pem?raw')).default }],
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
