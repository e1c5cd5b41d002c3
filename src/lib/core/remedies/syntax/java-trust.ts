/**
 * How a JVM comes to trust a CA, per operating system. The Java driver has no tlsCAFile (JAVA-3066):
 * it trusts what the JVM's trust store holds, which is javax.net.ssl.trustStore when set, else the
 * JDK's cacerts. Where that cacerts comes from depends on how Java was installed:
 * - Debian/Ubuntu OpenJDK packages: /etc/ssl/certs/java/cacerts, built from the system store by
 *   ca-certificates-java, whose hook runs on every update-ca-certificates;
 * - RHEL/Fedora/Amazon Linux OpenJDK: /etc/pki/java/cacerts, a link to
 *   /etc/pki/ca-trust/extracted/java/cacerts, which update-ca-trust writes from the system trust;
 * - Alpine OpenJDK: /etc/ssl/certs/java/cacerts from the java-cacerts package, rebuilt by
 *   update-ca-certificates;
 * - macOS, Windows, and any JDK unpacked from a vendor archive: the JDK's own
 *   $JAVA_HOME/lib/security/cacerts; on Windows the SunMSCAPI provider can read the Windows store
 *   instead (-Djavax.net.ssl.trustStoreType=Windows-ROOT).
 * Sources: Debian ca-certificates-java(README), Fedora/RHEL update-ca-trust(8), keytool(1)
 * (-importcert, -cacerts), JSSE Reference Guide (javax.net.ssl.trustStore, SunMSCAPI Windows-ROOT).
 */

import type { RemedyStep } from '../../model/report';
import { sh, type Fragment } from '../../syntax/template';
import { command, text, type RenderContext } from '../remedy';
import { pathOf } from '../values';
import { addCaToStore } from './os';

/** One sentence: where this OS's Java reads its trusted roots from. */
export function javaCacertsNote(c: Pick<RenderContext, 'os'>): string {
	switch (c.os) {
		case 'debian':
			return 'Debian’s and Ubuntu’s OpenJDK packages read /etc/ssl/certs/java/cacerts, which ca-certificates-java rebuilds from the system store each time update-ca-certificates runs: a CA added to the system store reaches them (a JDK unpacked by hand into /opt keeps its own cacerts).';
		case 'rhel':
			return 'The OpenJDK packages of RHEL, Fedora and Amazon Linux read /etc/pki/java/cacerts, a link to /etc/pki/ca-trust/extracted/java/cacerts that update-ca-trust writes from the system trust: a CA added there reaches them (a JDK unpacked by hand keeps its own cacerts).';
		case 'alpine':
			return 'Alpine’s OpenJDK reads /etc/ssl/certs/java/cacerts, which the java-cacerts package rebuilds when update-ca-certificates runs: a CA added to the system store reaches it.';
		case 'macos':
			return 'On macOS the JDK reads its own cacerts ($JAVA_HOME/lib/security/cacerts), not the Keychain: import the CA into a trust store with keytool.';
		case 'windows':
			return 'On Windows the JDK reads its own cacerts ($JAVA_HOME\\lib\\security\\cacerts) unless started with -Djavax.net.ssl.trustStoreType=Windows-ROOT, which makes it use the Windows Trusted Root store.';
		case 'docker':
			return 'In an image, Java follows how it was installed: the Debian, Ubuntu, RHEL or Alpine OpenJDK packages rebuild cacerts from the system store (update-ca-certificates / update-ca-trust), while a JDK unpacked from a vendor archive keeps its own $JAVA_HOME/lib/security/cacerts: import the CA with keytool.';
		default:
			return 'Where Java’s trusted roots come from depends on how it was installed: the Debian/Ubuntu, RHEL/Fedora and Alpine OpenJDK packages build their cacerts from the system store; on macOS, on Windows and for a JDK unpacked by hand, the JDK keeps its own cacerts.';
	}
}

/** The distribution's OpenJDK builds its cacerts from the system store. */
const followsSystemStore = (c: Pick<RenderContext, 'os'>): boolean => c.os === 'debian' || c.os === 'rhel' || c.os === 'alpine';

export interface JavaTrust {
	steps: RemedyStep[];
	/** -D options for `java … -jar app.jar`, when the JVM has to be pointed at a trust store. */
	jvm: Fragment<'shell'>[];
}

/**
 * Steps that make the JVM trust the CA in caFile (the Java counterpart of tlsCAFile): on Linux
 * distributions whose OpenJDK follows the system store, add it there; everywhere, a trust store of
 * the application's own given with javax.net.ssl.trustStore.
 */
export function javaTrustCa(c: RenderContext, caFile: string, parts: readonly string[] = []): JavaTrust {
	const ca = pathOf(c, caFile);
	const steps: RemedyStep[] = [text(`The Java driver has no tlsCAFile: it trusts what the JVM’s trust store holds. ${javaCacertsNote(c)}`)];
	// A bundle (root + intermediate) goes into an application trust store one certificate per alias:
	// keytool reads only the first certificate of a file, and a system store is for roots.
	if (followsSystemStore(c) && !parts.length) {
		steps.push(
			text('For every Java program on the machine, add the CA to the system store (the distribution’s OpenJDK then trusts it):'),
			...addCaToStore(c, caFile),
			text('Or, for this application only, a trust store of its own:')
		);
	} else if (c.os === 'windows') {
		steps.push(
			text(
				'Either add the CA to the Windows Trusted Root store (see “Add the CA certificate to the operating system’s trust store”) and start Java with -Djavax.net.ssl.trustStoreType=Windows-ROOT, or give the application a trust store of its own:'
			)
		);
	} else {
		steps.push(text('Give the application a trust store of its own:'));
	}
	const imports = parts.length
		? parts.map((p, i) => ({ file: pathOf(c, p), alias: `mongodb-ca-${i + 1}` }))
		: [{ file: ca, alias: 'mongodb-ca' }];
	steps.push(
		command(
			c,
			imports.map(
				(i) =>
					sh`keytool -importcert -trustcacerts -noprompt -alias ${i.alias} -file ${i.file} -keystore truststore.p12 -storetype PKCS12 -storepass YOUR_TRUSTSTORE_PASSWORD`
			)
		),
		text(
			'keytool imports one certificate per alias: for a file holding several (a root and an intermediate), import each under its own alias. A trust store given with javax.net.ssl.trustStore replaces cacerts for the whole JVM: import any public roots the application also needs too, or build it from a copy of cacerts. In code, an SSLContext built from this trust store and passed to MongoClientSettings (applyToSslSettings … context(sslContext)) keeps the change to the MongoDB client.'
		)
	);
	return {
		steps,
		jvm: [sh`"-Djavax.net.ssl.trustStore=truststore.p12"`, sh`"-Djavax.net.ssl.trustStorePassword=YOUR_TRUSTSTORE_PASSWORD"`]
	};
}
