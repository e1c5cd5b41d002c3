/**
 * The same TLS settings in each client's own syntax. Option names come from PyMongo's TLS guide
 * (seeds 000, 001), mongosh flags from seed 004, the Node driver's from its connection_string.js,
 * the Go driver's from its connstring parser, the Java driver's limits from JAVA-3066 (no tlsCAFile,
 * tlsCertificateKeyFile or tlsAllowInvalidCertificates: the JVM's trust and key stores do that), and
 * the C# driver's from its TLS guide (SslSettings, AllowInsecureTls; the OS trust store).
 */

import type { RemedyStep } from '../../model/report';
import { addCaToStore } from './os';
import { javaTrustCa } from './java-trust';
import { setEnv } from './shell';
import { code, command, config, text, type RenderContext } from '../remedy';
import { baseUriOf, pathOf, uriOf } from '../values';
import { cs, go as goCode, identifier, java as javaCode, join, js, lines, py, sh, type Fragment } from '../../syntax/template';

/** What the remedy wants the client to do. */
export interface TlsWant {
	/** Trust the CA in ca.pem (tlsCAFile). */
	caFile?: boolean;
	/** The CA file's name when it is not ca.pem (a bundle of root and intermediate). */
	caFileName?: string;
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

const caName = (want: TlsWant): string => want.caFileName ?? 'ca.pem';

/** Connection-string options for a want (the form every driver understands, with exceptions noted per client). */
export function uriOptions(c: RenderContext, want: TlsWant): Record<string, string> {
	const o: Record<string, string> = {};
	if (want.caFile) o.tlsCAFile = pathOf(c, caName(want), 'code');
	if (want.certificateKeyFile) o.tlsCertificateKeyFile = pathOf(c, 'client.pem', 'code');
	if (want.keyPassword) o.tlsCertificateKeyFilePassword = 'YOUR_KEY_PASSWORD';
	if (want.x509) o.authMechanism = 'MONGODB-X509';
	if (want.insecure) o.tlsInsecure = 'true';
	if (want.allowInvalidHostnames) o.tlsAllowInvalidHostnames = 'true';
	if (want.allowInvalidCertificates) o.tlsAllowInvalidCertificates = 'true';
	if (want.disableOcspEndpointCheck) o.tlsDisableOCSPEndpointCheck = 'true';
	return o;
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
	const kwargs: Fragment<'python'>[] = [py`tls=True`];
	if (want.certifi) kwargs.push(py`tlsCAFile=certifi.where()`);
	if (want.caFile) kwargs.push(py`tlsCAFile=${pathOf(c, caName(want), 'code')}`);
	if (want.certificateKeyFile) kwargs.push(py`tlsCertificateKeyFile=${pathOf(c, 'client.pem', 'code')}`);
	if (want.keyPassword) kwargs.push(py`tlsCertificateKeyFilePassword=os.environ[${PASSWORD_ENV}]`);
	if (want.x509) kwargs.push(py`authMechanism="MONGODB-X509"`);
	if (want.insecure) kwargs.push(py`tlsInsecure=True`);
	if (want.allowInvalidHostnames) kwargs.push(py`tlsAllowInvalidHostnames=True`);
	if (want.allowInvalidCertificates) kwargs.push(py`tlsAllowInvalidCertificates=True`);
	if (want.disableOcspEndpointCheck) kwargs.push(py`tlsDisableOCSPEndpointCheck=True`);
	const imports = [...(want.keyPassword ? [py`import os`] : []), ...(want.certifi ? [py`import certifi`] : [])];
	const args = [py`${baseUriOf(c)}`, ...kwargs];
	const body =
		c.client === 'motor'
			? lines('python', [
					py`import asyncio`,
					...imports,
					py`from motor.motor_asyncio import AsyncIOMotorClient`,
					py``,
					py``,
					py`async def main():`,
					py`    client = AsyncIOMotorClient(\n${join(
						'python',
						args.map((a) => py`        ${a},`),
						'\n'
					)}\n    )`,
					py`    print(await client.admin.command("ping"))`,
					py``,
					py``,
					py`asyncio.run(main())`
				])
			: lines('python', [
					...imports,
					py`from pymongo import MongoClient`,
					py``,
					py`client = MongoClient(\n${join(
						'python',
						args.map((a) => py`    ${a},`),
						'\n'
					)}\n)`,
					py`print(client.admin.command("ping"))`
				]);
	const steps = [code(body)];
	// tlsDisableOCSPEndpointCheck is PyMongo's alone: a connection string with it is refused by the Node driver, mongosh and Compass.
	if (!want.certifi && !want.disableOcspEndpointCheck) {
		steps.push(text('Or the same as a connection string:'), config(uriOf(c, uriOptions(c, want)), 'connection string', 'uri'));
	}
	return steps;
}

function node(c: RenderContext, want: TlsWant): RemedyStep[] {
	const opts: Fragment<'javascript'>[] = [js`tls: true`];
	if (want.caFile) opts.push(js`tlsCAFile: ${pathOf(c, caName(want), 'code')}`);
	if (want.certificateKeyFile) opts.push(js`tlsCertificateKeyFile: ${pathOf(c, 'client.pem', 'code')}`);
	if (want.keyPassword) opts.push(js`tlsCertificateKeyFilePassword: process.env.${identifier('javascript', PASSWORD_ENV)}`);
	if (want.x509) opts.push(js`authMechanism: 'MONGODB-X509'`);
	if (want.insecure) opts.push(js`tlsInsecure: true`);
	if (want.allowInvalidHostnames) opts.push(js`tlsAllowInvalidHostnames: true`);
	if (want.allowInvalidCertificates) opts.push(js`tlsAllowInvalidCertificates: true`);
	const steps: RemedyStep[] = [];
	if (want.disableOcspEndpointCheck) {
		return [text('The Node.js driver does not contact OCSP responders itself, so there is no endpoint check to turn off.')];
	}
	steps.push(
		code(
			lines('javascript', [
				js`import { MongoClient } from 'mongodb';`,
				js``,
				js`const client = new MongoClient(${baseUriOf(c)}, {\n${join(
					'javascript',
					opts.map((o) => js`  ${o},`),
					'\n'
				)}\n});`,
				js`console.log(await client.db('admin').command({ ping: 1 }));`,
				js`await client.close();`
			])
		)
	);
	if (want.caFile) {
		// NODE_EXTRA_CA_CERTS adds to Node's bundled roots instead of replacing them (Node.js CLI docs).
		steps.push(
			text('Alternatively, add the CA to the roots Node.js already trusts, for every connection the process makes:'),
			command(c, setEnv(c.shell, 'NODE_EXTRA_CA_CERTS', pathOf(c, caName(want))))
		);
	}
	return steps;
}

function mongosh(c: RenderContext, want: TlsWant): RemedyStep[] {
	const flags: Fragment<'shell'>[] = [sh`--tls`];
	if (want.caFile) flags.push(sh`--tlsCAFile ${pathOf(c, caName(want))}`);
	if (want.certificateKeyFile) flags.push(sh`--tlsCertificateKeyFile ${pathOf(c, 'client.pem')}`);
	if (want.keyPassword) flags.push(sh`--tlsCertificateKeyFilePassword YOUR_KEY_PASSWORD`);
	if (want.allowInvalidHostnames || want.insecure) flags.push(sh`--tlsAllowInvalidHostnames`);
	if (want.allowInvalidCertificates || want.insecure) flags.push(sh`--tlsAllowInvalidCertificates`);
	if (want.x509) flags.push(sh`--authenticationDatabase ${'$external'} --authenticationMechanism MONGODB-X509`);
	if (want.disableOcspEndpointCheck) {
		return [text('mongosh runs on the Node.js driver, which does not contact OCSP responders itself: there is nothing to turn off.')];
	}
	return [command(c, sh`mongosh ${baseUriOf(c)} ${join('shell', flags, ' ')}`)];
}

function compass(c: RenderContext, want: TlsWant): RemedyStep[] {
	const fields = ['Open New Connection → Advanced Connection Options → TLS/SSL and set SSL/TLS Connection to On.'];
	if (want.caFile) fields.push(`Certificate Authority (.pem): select ${caName(want)}.`);
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
	const jvm: Fragment<'shell'>[] = [];
	if (want.caFile) {
		const trust = javaTrustCa(c, caName(want));
		steps.push(...trust.steps);
		jvm.push(...trust.jvm);
	}
	if (want.certificateKeyFile) {
		steps.push(
			text('The JVM reads client certificates from a key store. Make a PKCS#12 from the key and certificate:'),
			command(
				c,
				sh`openssl pkcs12 -export -in ${pathOf(c, 'client.pem')} -out client.p12 -name mongodb-client -passout pass:YOUR_KEYSTORE_PASSWORD`
			)
		);
		jvm.push(
			sh`"-Djavax.net.ssl.keyStore=client.p12"`,
			sh`"-Djavax.net.ssl.keyStoreType=PKCS12"`,
			sh`"-Djavax.net.ssl.keyStorePassword=YOUR_KEYSTORE_PASSWORD"`
		);
	}
	if (jvm.length) {
		steps.push(
			text(`Start the application with${c.shell === 'powershell' ? ' (quoted: PowerShell would split -D arguments at the dots)' : ''}:`),
			command(c, sh`java ${join('shell', jvm, ' ')} -jar app.jar`)
		);
	}
	if (want.allowInvalidHostnames || want.insecure) {
		steps.push(
			config(uriOf(c, { tlsAllowInvalidHostnames: 'true' }), 'connection string', 'uri'),
			code(
				javaCode`MongoClientSettings settings = MongoClientSettings.builder()\n    .applyConnectionString(new ConnectionString(uri))\n    .applyToSslSettings(builder -> builder.enabled(true).invalidHostNameAllowed(true))\n    .build();`
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
			code(javaCode`MongoCredential credential = MongoCredential.createMongoX509Credential();`)
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
			lines('go', [
				goCode`uri := ${uriOf(c, o)}`,
				goCode`client, err := mongo.Connect(options.Client().ApplyURI(uri))`,
				goCode`if err != nil {\n\tlog.Fatal(err)\n}`
			])
		),
		text('This is driver v2; with v1, call mongo.Connect(context.TODO(), opts).')
	);
	if (want.caFile) {
		steps.push(
			text('Or build the tls.Config yourself:'),
			code(
				lines('go', [
					goCode`caPEM, err := os.ReadFile(${pathOf(c, caName(want), 'code')})`,
					goCode`if err != nil {\n\tlog.Fatal(err)\n}`,
					goCode`pool := x509.NewCertPool()`,
					goCode`if !pool.AppendCertsFromPEM(caPEM) {\n\tlog.Fatal(${`no certificate found in ${caName(want)}`})\n}`,
					goCode`opts := options.Client().ApplyURI(${baseUriOf(c)}).SetTLSConfig(&tls.Config{RootCAs: pool})`
				])
			)
		);
	}
	return steps;
}

function csharp(c: RenderContext, want: TlsWant): RemedyStep[] {
	const steps: RemedyStep[] = [];
	const body: Fragment<'csharp'>[] = [
		cs`var settings = MongoClientSettings.FromConnectionString(${uriOf(c, want.x509 ? { authMechanism: 'MONGODB-X509' } : {})});`
	];
	if (want.caFile) {
		steps.push(
			text('The .NET driver validates the server with the operating system’s trust store; it has no tlsCAFile. Add the CA there:'),
			...addCaToStore(c)
		);
	}
	const ssl: Fragment<'csharp'>[] = [];
	if (want.certificateKeyFile) {
		steps.push(
			text('.NET loads a client certificate with its key from PKCS#12. Make one from client.pem:'),
			command(c, sh`openssl pkcs12 -export -in ${pathOf(c, 'client.pem')} -out client.p12 -passout pass:YOUR_P12_PASSWORD`)
		);
		ssl.push(cs`    ClientCertificates = new[] { new X509Certificate2(${pathOf(c, 'client.p12', 'code')}, "YOUR_P12_PASSWORD") },`);
	}
	if (want.allowInvalidHostnames) {
		ssl.push(
			cs`    // Accept a trusted certificate whose name does not match, and nothing else.`,
			cs`    ServerCertificateValidationCallback = (sender, certificate, chain, errors) =>`,
			cs`        errors == SslPolicyErrors.None || errors == SslPolicyErrors.RemoteCertificateNameMismatch,`
		);
	}
	if (ssl.length) body.push(cs`settings.SslSettings = new SslSettings`, cs`{`, ...ssl, cs`};`);
	if (want.allowInvalidCertificates || want.insecure) body.push(cs`settings.AllowInsecureTls = true;`);
	if (want.x509) body.push(cs`settings.Credential = MongoCredential.CreateMongoX509Credential();`);
	if (want.disableOcspEndpointCheck) {
		steps.push(text('The .NET driver checks revocation only when SslSettings.CheckCertificateRevocation is true; leave it false.'));
	}
	body.push(cs`var client = new MongoClient(settings);`);
	steps.push(code(lines('csharp', body)));
	return steps;
}
