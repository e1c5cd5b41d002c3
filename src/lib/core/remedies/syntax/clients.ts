/**
 * The same TLS settings in each client's own syntax. Option names come from PyMongo's TLS guide
 * (seeds 000, 001), mongosh flags from seed 004, the Node driver's from its connection_string.js,
 * the Go driver's from its connstring parser, the Java driver's limits from JAVA-3066 (no tlsCAFile,
 * tlsCertificateKeyFile or tlsAllowInvalidCertificates: the JVM's trust and key stores do that), and
 * the C# driver's from its TLS guide (SslSettings, AllowInsecureTls; the OS trust store).
 */

import type { RemedyStep } from '../../report/model';
import { addCaToStore } from './os';
import { literalArg, setEnv } from './shell';
import { code, command, config, text, type RenderContext } from '../remedy';
import { hostPortOf, pathOf, uriOf } from '../values';

/** What the remedy wants the client to do. */
export interface TlsWant {
	/** Trust the CA in ca.pem (tlsCAFile). */
	caFile?: boolean;
	/** Python only: trust certifi's bundle (tlsCAFile=certifi.where()). */
	certifi?: boolean;
	/** Present client.pem (key + certificate). */
	certificateKeyFile?: boolean;
	/** The key in client.pem is encrypted. */
	keyPassword?: boolean;
	/** Authenticate as the certificate's subject. */
	x509?: boolean;
	allowInvalidHostnames?: boolean;
	allowInvalidCertificates?: boolean;
	insecure?: boolean;
	disableOcspEndpointCheck?: boolean;
}

const PASSWORD_ENV = 'MONGODB_KEY_PASSWORD';

/** Connection-string options for a want (the form every driver understands, with exceptions noted per client). */
export function uriOptions(c: RenderContext, want: TlsWant): Record<string, string> {
	const o: Record<string, string> = {};
	if (want.caFile) o.tlsCAFile = pathOf(c, 'ca.pem', 'code');
	if (want.certificateKeyFile) o.tlsCertificateKeyFile = pathOf(c, 'client.pem', 'code');
	if (want.keyPassword) o.tlsCertificateKeyFilePassword = 'YOUR_KEY_PASSWORD';
	if (want.x509) o.authMechanism = 'MONGODB-X509';
	if (want.insecure) o.tlsInsecure = 'true';
	if (want.allowInvalidHostnames) o.tlsAllowInvalidHostnames = 'true';
	if (want.allowInvalidCertificates) o.tlsAllowInvalidCertificates = 'true';
	if (want.disableOcspEndpointCheck) o.tlsDisableOCSPEndpointCheck = 'true';
	return o;
}

/** The base connection string without options, for code that passes options separately. */
function baseUri(c: RenderContext): string {
	return c.facts.srvHost ? `mongodb+srv://${c.facts.srvHost}/` : `mongodb://${hostPortOf(c)}/`;
}

/** Steps that configure the chosen client; with no client chosen, the connection string. */
export function clientSteps(c: RenderContext, want: TlsWant): RemedyStep[] {
	switch (c.client) {
		case 'pymongo':
		case 'motor':
			return python(c, want);
		case 'node':
			return node(c, want);
		case 'mongosh':
			return mongosh(c, want);
		case 'compass':
			return compass(c, want);
		case 'java':
			return java(c, want);
		case 'go':
			return go(c, want);
		case 'csharp':
			return csharp(c, want);
		default:
			if (want.disableOcspEndpointCheck) {
				return [
					text('Only PyMongo (and Motor) contact OCSP responders themselves, so only they have this option:'),
					...python({ ...c, client: 'pymongo' }, want),
					text('The Node.js driver, mongosh, Compass, Java, Go and .NET do not contact OCSP responders: there is nothing to turn off.')
				];
			}
			return [
				config(uriOf(c, uriOptions(c, want)), 'connection string', 'uri'),
				text('Most drivers accept these options in the connection string; pick your client above for its own syntax.')
			];
	}
}

function python(c: RenderContext, want: TlsWant): RemedyStep[] {
	const kwargs = ['tls=True'];
	if (want.certifi) kwargs.push('tlsCAFile=certifi.where()');
	if (want.caFile) kwargs.push(`tlsCAFile="${pathOf(c, 'ca.pem', 'code')}"`);
	if (want.certificateKeyFile) kwargs.push(`tlsCertificateKeyFile="${pathOf(c, 'client.pem', 'code')}"`);
	if (want.keyPassword) kwargs.push(`tlsCertificateKeyFilePassword=os.environ["${PASSWORD_ENV}"]`);
	if (want.x509) kwargs.push('authMechanism="MONGODB-X509"');
	if (want.insecure) kwargs.push('tlsInsecure=True');
	if (want.allowInvalidHostnames) kwargs.push('tlsAllowInvalidHostnames=True');
	if (want.allowInvalidCertificates) kwargs.push('tlsAllowInvalidCertificates=True');
	if (want.disableOcspEndpointCheck) kwargs.push('tlsDisableOCSPEndpointCheck=True');
	const imports = [...(want.keyPassword ? ['import os'] : []), ...(want.certifi ? ['import certifi'] : [])];
	const args = [`"${baseUri(c)}"`, ...kwargs].map((a) => `    ${a},`).join('\n');
	const body =
		c.client === 'motor'
			? [
					'import asyncio',
					...imports,
					'from motor.motor_asyncio import AsyncIOMotorClient',
					'',
					'',
					'async def main():',
					`    client = AsyncIOMotorClient(\n    ${args.replace(/\n/g, '\n    ')}\n    )`,
					'    print(await client.admin.command("ping"))',
					'',
					'',
					'asyncio.run(main())'
				]
			: [...imports, 'from pymongo import MongoClient', '', `client = MongoClient(\n${args}\n)`, 'print(client.admin.command("ping"))'];
	const steps = [code(body.join('\n'), 'python')];
	// tlsDisableOCSPEndpointCheck is PyMongo's alone: a connection string with it is refused by the Node driver, mongosh and Compass.
	if (!want.certifi && !want.disableOcspEndpointCheck) {
		steps.push(text('Or the same as a connection string:'), config(uriOf(c, uriOptions(c, want)), 'connection string', 'uri'));
	}
	return steps;
}

function node(c: RenderContext, want: TlsWant): RemedyStep[] {
	const opts = ['tls: true'];
	if (want.caFile) opts.push(`tlsCAFile: '${pathOf(c, 'ca.pem', 'code')}'`);
	if (want.certificateKeyFile) opts.push(`tlsCertificateKeyFile: '${pathOf(c, 'client.pem', 'code')}'`);
	if (want.keyPassword) opts.push(`tlsCertificateKeyFilePassword: process.env.${PASSWORD_ENV}`);
	if (want.x509) opts.push(`authMechanism: 'MONGODB-X509'`);
	if (want.insecure) opts.push('tlsInsecure: true');
	if (want.allowInvalidHostnames) opts.push('tlsAllowInvalidHostnames: true');
	if (want.allowInvalidCertificates) opts.push('tlsAllowInvalidCertificates: true');
	const steps: RemedyStep[] = [];
	if (want.disableOcspEndpointCheck) {
		return [text('The Node.js driver does not contact OCSP responders itself, so there is no endpoint check to turn off.')];
	}
	steps.push(
		code(
			[
				"import { MongoClient } from 'mongodb';",
				'',
				`const client = new MongoClient('${baseUri(c)}', {\n${opts.map((o) => `  ${o},`).join('\n')}\n});`,
				"console.log(await client.db('admin').command({ ping: 1 }));",
				'await client.close();'
			].join('\n'),
			'javascript'
		)
	);
	if (want.caFile) {
		// NODE_EXTRA_CA_CERTS adds to Node's bundled roots instead of replacing them (Node.js CLI docs).
		steps.push(
			text('Alternatively, add the CA to the roots Node.js already trusts, for every connection the process makes:'),
			command(c, setEnv(c.shell, 'NODE_EXTRA_CA_CERTS', pathOf(c, 'ca.pem')))
		);
	}
	return steps;
}

function mongosh(c: RenderContext, want: TlsWant): RemedyStep[] {
	const flags = ['--tls'];
	if (want.caFile) flags.push(`--tlsCAFile ${pathOf(c, 'ca.pem')}`);
	if (want.certificateKeyFile) flags.push(`--tlsCertificateKeyFile ${pathOf(c, 'client.pem')}`);
	if (want.keyPassword) flags.push('--tlsCertificateKeyFilePassword YOUR_KEY_PASSWORD');
	if (want.allowInvalidHostnames || want.insecure) flags.push('--tlsAllowInvalidHostnames');
	if (want.allowInvalidCertificates || want.insecure) flags.push('--tlsAllowInvalidCertificates');
	if (want.x509) flags.push(`--authenticationDatabase ${literalArg(c.shell, '$external')} --authenticationMechanism MONGODB-X509`);
	if (want.disableOcspEndpointCheck) {
		return [text('mongosh runs on the Node.js driver, which does not contact OCSP responders itself: there is nothing to turn off.')];
	}
	return [command(c, `mongosh "${baseUri(c)}" ${flags.join(' ')}`)];
}

function compass(c: RenderContext, want: TlsWant): RemedyStep[] {
	const fields = ['Open New Connection → Advanced Connection Options → TLS/SSL and set SSL/TLS Connection to On.'];
	if (want.caFile) fields.push('Certificate Authority (.pem): select ca.pem.');
	if (want.certificateKeyFile) fields.push('Client Certificate and Key (.pem): select client.pem.');
	if (want.keyPassword) fields.push('Client Key Password: the key’s passphrase.');
	if (want.insecure) fields.push('Tick tlsInsecure.');
	if (want.allowInvalidHostnames) fields.push('Tick tlsAllowInvalidHostnames.');
	if (want.allowInvalidCertificates) fields.push('Tick tlsAllowInvalidCertificates.');
	if (want.x509) fields.push('Authentication tab: choose X.509.');
	if (want.disableOcspEndpointCheck)
		return [text('Compass runs on the Node.js driver, which does not contact OCSP responders: nothing to turn off.')];
	return [
		...fields.map((f) => text(f)),
		text('Or paste the equivalent connection string into the URI field:'),
		config(uriOf(c, uriOptions(c, want)), 'connection string', 'uri')
	];
}

function java(c: RenderContext, want: TlsWant): RemedyStep[] {
	const steps: RemedyStep[] = [];
	const jvm: string[] = [];
	if (want.caFile) {
		steps.push(
			text('The Java driver trusts what the JVM trusts. Import the CA into a trust store:'),
			command(
				c,
				`keytool -importcert -trustcacerts -noprompt -alias mongodb-ca -file ${pathOf(c, 'ca.pem')} -keystore truststore.p12 -storetype PKCS12 -storepass YOUR_TRUSTSTORE_PASSWORD`
			),
			text(
				'A trust store given this way replaces the JDK’s cacerts for the whole JVM: import any public roots the application also needs, or import the CA into a copy of cacerts instead.'
			)
		);
		jvm.push('"-Djavax.net.ssl.trustStore=truststore.p12"', '"-Djavax.net.ssl.trustStorePassword=YOUR_TRUSTSTORE_PASSWORD"');
	}
	if (want.certificateKeyFile) {
		steps.push(
			text('The JVM reads client certificates from a key store. Make a PKCS#12 from the key and certificate:'),
			command(
				c,
				`openssl pkcs12 -export -in ${pathOf(c, 'client.pem')} -out client.p12 -name mongodb-client -passout pass:YOUR_KEYSTORE_PASSWORD`
			)
		);
		jvm.push(
			'"-Djavax.net.ssl.keyStore=client.p12"',
			'"-Djavax.net.ssl.keyStoreType=PKCS12"',
			'"-Djavax.net.ssl.keyStorePassword=YOUR_KEYSTORE_PASSWORD"'
		);
	}
	if (jvm.length) {
		steps.push(
			text(`Start the application with${c.shell === 'powershell' ? ' (quoted: PowerShell would split -D arguments at the dots)' : ''}:`),
			command(c, `java ${jvm.join(' ')} -jar app.jar`)
		);
	}
	if (want.allowInvalidHostnames || want.insecure) {
		steps.push(
			config(uriOf(c, { tlsAllowInvalidHostnames: 'true' }), 'connection string', 'uri'),
			code(
				'MongoClientSettings settings = MongoClientSettings.builder()\n    .applyConnectionString(new ConnectionString(uri))\n    .applyToSslSettings(builder -> builder.enabled(true).invalidHostNameAllowed(true))\n    .build();',
				'java'
			)
		);
		if (want.insecure)
			steps.push(text('In the Java driver tlsInsecure only relaxes the hostname check; the chain is still verified by the JVM.'));
	}
	if (want.allowInvalidCertificates) {
		steps.push(
			text(
				'The Java driver has no option to skip certificate validation: that would take a custom SSLContext that trusts everything, which we do not show. Give the JVM the CA in a trust store instead.'
			)
		);
	}
	if (want.disableOcspEndpointCheck)
		steps.push(
			text('The Java driver leaves revocation checking to the JDK, where it is off unless enabled: nothing to turn off in the driver.')
		);
	if (want.x509) {
		steps.push(
			config(uriOf(c, { authMechanism: 'MONGODB-X509' }), 'connection string', 'uri'),
			code('MongoCredential credential = MongoCredential.createMongoX509Credential();', 'java')
		);
	}
	if (!steps.length) steps.push(config(uriOf(c), 'connection string', 'uri'));
	return steps;
}

function go(c: RenderContext, want: TlsWant): RemedyStep[] {
	const steps: RemedyStep[] = [];
	if (want.allowInvalidHostnames) {
		steps.push(
			text(
				'Go’s crypto/tls cannot skip only the hostname check: the Go driver’s only switch is tlsInsecure, which also stops verifying the chain. Prefer connecting with a name the certificate lists.'
			)
		);
	}
	const o = uriOptions(c, {
		...want,
		insecure: want.insecure || want.allowInvalidHostnames || want.allowInvalidCertificates,
		allowInvalidHostnames: false,
		allowInvalidCertificates: false
	});
	steps.push(
		code(
			[
				`uri := "${uriOf(c, o)}"`,
				'client, err := mongo.Connect(options.Client().ApplyURI(uri))',
				'if err != nil {\n\tlog.Fatal(err)\n}'
			].join('\n'),
			'go'
		),
		text('This is driver v2; with v1, call mongo.Connect(context.TODO(), opts).')
	);
	if (want.caFile) {
		steps.push(
			text('Or build the tls.Config yourself:'),
			code(
				[
					`caPEM, err := os.ReadFile("${pathOf(c, 'ca.pem', 'code')}")`,
					'if err != nil {\n\tlog.Fatal(err)\n}',
					'pool := x509.NewCertPool()',
					'if !pool.AppendCertsFromPEM(caPEM) {\n\tlog.Fatal("no certificate found in ca.pem")\n}',
					`opts := options.Client().ApplyURI("${baseUri(c)}").SetTLSConfig(&tls.Config{RootCAs: pool})`
				].join('\n'),
				'go'
			)
		);
	}
	return steps;
}

function csharp(c: RenderContext, want: TlsWant): RemedyStep[] {
	const steps: RemedyStep[] = [];
	const lines = [
		`var settings = MongoClientSettings.FromConnectionString("${uriOf(c, want.x509 ? { authMechanism: 'MONGODB-X509' } : {})}");`
	];
	if (want.caFile) {
		steps.push(
			text('The .NET driver validates the server with the operating system’s trust store; it has no tlsCAFile. Add the CA there:'),
			...addCaToStore(c)
		);
	}
	const ssl: string[] = [];
	if (want.certificateKeyFile) {
		steps.push(
			text('.NET loads a client certificate with its key from PKCS#12. Make one from client.pem:'),
			command(c, `openssl pkcs12 -export -in ${pathOf(c, 'client.pem')} -out client.p12 -passout pass:YOUR_P12_PASSWORD`)
		);
		ssl.push(`    ClientCertificates = new[] { new X509Certificate2("${pathOf(c, 'client.p12', 'code')}", "YOUR_P12_PASSWORD") },`);
	}
	if (want.allowInvalidHostnames) {
		ssl.push(
			'    // Accept a trusted certificate whose name does not match, and nothing else.',
			'    ServerCertificateValidationCallback = (sender, certificate, chain, errors) =>',
			'        errors == SslPolicyErrors.None || errors == SslPolicyErrors.RemoteCertificateNameMismatch,'
		);
	}
	if (ssl.length) lines.push('settings.SslSettings = new SslSettings', '{', ...ssl, '};');
	if (want.allowInvalidCertificates || want.insecure) lines.push('settings.AllowInsecureTls = true;');
	if (want.x509) lines.push('settings.Credential = MongoCredential.CreateMongoX509Credential();');
	if (want.disableOcspEndpointCheck) {
		steps.push(text('The .NET driver checks revocation only when SslSettings.CheckCertificateRevocation is true; leave it false.'));
	}
	lines.push('var client = new MongoClient(settings);');
	steps.push(code(lines.join('\n'), 'csharp'));
	return steps;
}
