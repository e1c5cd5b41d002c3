/** The corrected settings in each client's form (the drivers themselves run them in drivers.test.ts). */
import { describe, expect, it } from 'vitest';
import { analyse } from './helpers';

const RICH =
	'mongodb://app:p%40ss@db1.example.com:27017,db2.example.com:27017/admin?replicaSet=rs0&ssl=true&ssl_ca_certs=/etc/ssl/ca.pem&tlsCertificateKeyFile=/etc/ssl/client.pem&tlsCertificateKeyFilePassword=K3yPassw0rd&tlsAllowInvalidHostnames=true';

describe('outputs', () => {
	const a = analyse(RICH);
	const o = a.outputs!;

	it('corrects the URI: canonical names, tls=true, passwords as placeholders to put back, and host-name checks back on', () => {
		expect(o.uri).toBe(
			'mongodb://app:YOUR_PASSWORD@db1.example.com:27017,db2.example.com:27017/admin?tls=true&tlsCAFile=/etc/ssl/ca.pem&tlsCertificateKeyFile=/etc/ssl/client.pem&tlsCertificateKeyFilePassword=YOUR_KEY_PASSWORD&replicaSet=rs0'
		);
		expect(a.changes).toEqual(expect.arrayContaining([expect.stringMatching(/ssl_ca_certs/)]));
		expect(a.changes).toEqual(
			expect.arrayContaining([expect.stringMatching(/^wrote YOUR_PASSWORD where the password was: put yours back/)])
		);
		expect(a.changes).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^removed tlsAllowInvalidHostnames: it accepts a valid certificate issued for any other host/)
			])
		);
	});

	it('gives PyMongo keyword arguments, secrets from the environment, and no setting that turns checks off', () => {
		expect(o.python).toContain('password=os.environ["MONGODB_PASSWORD"],');
		expect(o.python).toContain('tlsCAFile="/etc/ssl/ca.pem",');
		expect(o.python).toContain('tlsCertificateKeyFilePassword=os.environ["MONGODB_TLS_KEY_PASSWORD"],');
		expect(o.python).not.toContain('tlsAllowInvalidHostnames');
	});

	it('gives Node driver options as data and code', () => {
		expect(o.node.uri).toBe('mongodb://db1.example.com:27017,db2.example.com:27017/admin?replicaSet=rs0');
		expect(o.node.options).toEqual({
			tls: true,
			tlsCAFile: '/etc/ssl/ca.pem',
			tlsCertificateKeyFile: '/etc/ssl/client.pem'
		});
		expect(o.node.code).toContain('tlsCertificateKeyFilePassword: process.env.MONGODB_TLS_KEY_PASSWORD');
	});

	it('gives a mongosh command line that asks for the password', () => {
		expect(o.mongosh).toContain('# mongosh asks for the password.');
		expect(o.mongosh).toContain("mongosh 'mongodb://app@db1.example.com:27017,db2.example.com:27017/admin?replicaSet=rs0'");
		expect(o.mongosh).toMatch(/--tls \\\n {2}--tlsCAFile \/etc\/ssl\/ca\.pem/);
		expect(o.mongosh).not.toContain('--tlsAllowInvalidHostnames');
	});

	it('gives Compass fields, with no secret and no setting that turns checks off', () => {
		const field = (name: string) => o.compass.find((f) => f.field === name);
		expect(field('Certificate Authority (.pem)')?.value).toBe('/etc/ssl/ca.pem');
		expect(field('Password')?.value).toBe('(type it in; it is not shown here)');
		expect(field('tlsAllowInvalidHostnames')).toBeUndefined();
		expect(JSON.stringify(o)).not.toMatch(/K3yPassw0rd|p%40ss|p@ss/);
	});
});
