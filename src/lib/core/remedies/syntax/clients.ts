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
import { connectionUriOf, optionQueryOf, pathOf, type UriWriting } from '../values';
import { codeOptionsNote, codeOptionsOf, connectionArgument, connectionNotes } from './connection';
import { conflictsOf, DROP_CREDENTIALS, type OptionEdit } from '../../uri/edit';
import { SAFE_PYTHON_EXPRESSION, safePythonExpression } from '../../uri/outputs/values';
import type { ConnectionOption } from '../../model/connection';
import { cs, go as goCode, identifier, java as javaCode, join, js, lines, py, sh, verbatim, type Fragment } from '../../syntax/template';

/** What the remedy wants the client to do. */
export interface TlsWant {
	/** Trust the CA in ca.pem (tlsCAFile). */
	caFile?: boolean;
	/** The CA file's name when it is not ca.pem (a bundle of root and intermediate). */
	caFileName?: string;
	/** The files that bundle is made of, for clients that take one certificate at a time (Java's keytool). */
	caFileParts?: readonly string[];
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

/**
 * Steps that configure the chosen client; with no client chosen, the connection string. Every
 * snippet starts from the person's own connection (values.ts connectionOf) and changes only the
 * options the want names.
 */
export function clientSteps(c: RenderContext, want: TlsWant): RemedyStep[] {
	const steps = stepsFor(c, want);
	return [...steps, ...connectionNotes(c, steps)];
}

/** The person's connection string with these options set, or the options to add to their own. */
export function connectionStep(c: RenderContext, options: Record<string, string>, w: UriWriting = {}): RemedyStep[] {
	const uri = connectionUriOf(c, { tls: 'true', ...options }, w);
	// A keyword the person set with Python code (tlsCAFile=certifi.where()) has no URI form: say so rather than drop it unseen.
	const code = codeOptionsOf(c).filter((name) => !(name in options));
	const lost = code.length ? [text(codeOptionsNote(code))] : [];
	if (uri !== undefined) return [config(uri, 'connection string', 'uri'), ...lost];
	return [
		text('Add these options to your connection string (after the ?, joined with &), leaving its hosts and other options as they are:'),
		config(verbatim('plain', optionQueryOf(options), QUERY_TEXT), 'connection string options', 'text')
	];
}

// What optionQueryOf writes: names of ours, values percent-encoded.
const QUERY_TEXT = /^[A-Za-z0-9\-._~%!$&'()*+,;=:@/]*$/;

/** An edit that takes these options (and any they would contradict) out of the person's string, because the snippet sets them itself. */
function without(names: readonly string[]): OptionEdit {
	const edit: OptionEdit = names.includes('authMechanism') ? { [DROP_CREDENTIALS]: null } : {};
	for (const n of names) {
		edit[n] = null;
		for (const other of conflictsOf(n)) edit[other] = null;
	}
	return edit;
}

/** The option names a want sets (x509 also takes authSource away: MONGODB-X509 authenticates against $external). */
function namesOf(want: TlsWant): string[] {
	const names = ['tls'];
	if (want.caFile || want.certifi) names.push('tlsCAFile');
	if (want.certificateKeyFile) names.push('tlsCertificateKeyFile');
	if (want.keyPassword) names.push('tlsCertificateKeyFilePassword');
	if (want.x509) names.push('authMechanism', 'authSource');
	if (want.insecure) names.push('tlsInsecure');
	if (want.allowInvalidHostnames) names.push('tlsAllowInvalidHostnames');
	if (want.allowInvalidCertificates) names.push('tlsAllowInvalidCertificates');
	if (want.disableOcspEndpointCheck) names.push('tlsDisableOCSPEndpointCheck');
	return names;
}

function stepsFor(c: RenderContext, want: TlsWant): RemedyStep[] {
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
				...connectionStep(c, uriOptions(c, want)),
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
	const set = namesOf(want);
	const target = connectionArgument(c, 'python', without(set), { client: 'pymongo-4', noTls: true });
	const own = personKeywords(c, set, target.expression !== undefined);
	// The person's own connection argument may name a module too (os.environ["MONGO_URL"]).
	const targetRoot = target.expression !== undefined ? /^([A-Za-z_]\w*)\./.exec(target.expression)?.[1] : undefined;
	const modules = new Set([
		...(want.keyPassword || target.fromEnvironment ? ['os'] : []),
		...(targetRoot && KNOWN_MODULES.includes(targetRoot) ? [targetRoot] : []),
		...(want.certifi ? ['certifi'] : []),
		...own.modules
	]);
	const imports = [...modules].sort().map((m) => py`import ${identifier('python', m)}`);
	const args = [target.fragment, ...own.keywords, ...kwargs];
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
		steps.push(text('Or the same as a connection string:'), ...connectionStep(c, uriOptions(c, want), { client: 'pymongo-4' }));
	}
	return steps;
}

// Modules the person's own keyword values may need (certifi.where(), os.environ[…]).
const KNOWN_MODULES = ['certifi', 'os', 'ssl', 'pathlib'];

/**
 * The person's own MongoClient keyword arguments the string cannot carry: Python expressions
 * (serverSelectionTimeoutMS=TIMEOUT), or, when their URI is a variable, every option they passed.
 * Options the remedy sets are left to it.
 */
function personKeywords(
	c: RenderContext,
	set: readonly string[],
	allOptions: boolean
): { keywords: Fragment<'python'>[]; modules: string[] } {
	const skip = new Set(set.map((n) => n.toLowerCase()));
	const keywords: Fragment<'python'>[] = [];
	const modules: string[] = [];
	for (const o of c.facts.connection?.options ?? []) {
		if (skip.has(o.name.toLowerCase()) || !o.clients.includes('pymongo-4')) continue;
		if (o.value.kind !== 'code' && !allOptions) continue;
		const value = pythonValue(o);
		if (!value) continue;
		keywords.push(py`${identifier('python', o.name)}=${value}`);
		if (o.value.kind === 'secret') modules.push('os');
		const root = o.value.kind === 'code' ? /^([A-Za-z_]\w*)\./.exec(o.value.text)?.[1] : undefined;
		if (root && KNOWN_MODULES.includes(root)) modules.push(root);
	}
	return { keywords, modules };
}

function pythonValue(o: ConnectionOption): Fragment<'python'> | string | undefined {
	switch (o.value.kind) {
		case 'bool':
			return o.value.value ? py`True` : py`False`;
		case 'number':
			return /^-?\d+(?:\.\d+)?$/.test(o.value.text.trim()) ? verbatim('python', o.value.text.trim(), /^-?\d+(?:\.\d+)?$/) : undefined;
		case 'text':
			return o.value.text;
		case 'secret':
			return py`os.environ[${o.name === 'proxyPassword' ? 'MONGODB_PROXY_PASSWORD' : 'MONGODB_TLS_KEY_PASSWORD'}]`;
		case 'code': {
			const safe = safePythonExpression(o.value.text);
			return safe !== undefined ? verbatim('python', safe, SAFE_PYTHON_EXPRESSION) : undefined;
		}
	}
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
				js`const client = new MongoClient(${connectionArgument(c, 'javascript', without(namesOf(want)), { client: 'node', noTls: true }).fragment}, {\n${join(
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
	// mongosh asks for the password when the string has a user and none: nothing to put back.
	const target = connectionArgument(c, 'shell', without(namesOf(want)), { client: 'node', noTls: true, password: 'omit' });
	const steps = [command(c, sh`mongosh ${target.fragment} ${join('shell', flags, ' ')}`)];
	if (!want.x509 && c.facts.connection?.username !== undefined && c.facts.connection.hasPassword)
		steps.push(text('mongosh asks for the password.'));
	return steps;
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
		...connectionStep(c, uriOptions(c, want), { client: 'node' })
	];
}

function java(c: RenderContext, want: TlsWant): RemedyStep[] {
	const steps: RemedyStep[] = [];
	const jvm: Fragment<'shell'>[] = [];
	if (want.caFile) {
		const trust = javaTrustCa(c, caName(want), want.caFileParts);
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
			...connectionStep(c, { tlsAllowInvalidHostnames: 'true' }),
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
			...connectionStep(c, { authMechanism: 'MONGODB-X509' }),
			code(javaCode`MongoCredential credential = MongoCredential.createMongoX509Credential();`)
		);
	}
	if (!steps.length) steps.push(...connectionStep(c, {}));
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
	const uri = connectionArgument(c, 'go', { tls: 'true', ...o });
	// Read from the environment, the options still have to be added to the person's string.
	if (uri.fromEnvironment && Object.keys(o).length) steps.push(...connectionStep(c, o));
	steps.push(
		code(
			lines('go', [
				goCode`uri := ${uri.fragment}`,
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
					goCode`opts := options.Client().ApplyURI(${connectionArgument(c, 'go', { tls: 'true', tlsCAFile: null }).fragment}).SetTLSConfig(&tls.Config{RootCAs: pool})`
				])
			)
		);
	}
	return steps;
}

function csharp(c: RenderContext, want: TlsWant): RemedyStep[] {
	const steps: RemedyStep[] = [];
	const edit: OptionEdit = want.x509 ? { tls: 'true', authMechanism: 'MONGODB-X509' } : { tls: 'true' };
	const uri = connectionArgument(c, 'csharp', edit);
	if (uri.fromEnvironment && want.x509) steps.push(...connectionStep(c, { authMechanism: 'MONGODB-X509' }));
	const body: Fragment<'csharp'>[] = [cs`var settings = MongoClientSettings.FromConnectionString(${uri.fragment});`];
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
