/**
 * Table 4, Java part (issue 15): what the JDK says when the trust store or key store a TLS
 * client is given (javax.net.ssl.trustStore / keyStore, or a store the application loads itself)
 * cannot be read, and what keytool says when building one. None of it reaches the network.
 *
 * Sources (openjdk/jdk src/java.base/share/classes/; extracts and commands:
 * tests/fixtures/vocabulary/README.md): sun/security/provider/JavaKeyStore.java (engineLoad),
 * sun/security/pkcs12/PKCS12KeyStore.java (engineLoad, engineGetKey), sun/security/provider/KeyProtector.java, java/security/KeyStore.java
 * and sun/security/tools/keytool/Resources.java (keytool's own words), java/security/cert/
 * PKIXParameters.java (setTrustAnchors), sun/security/ssl/SSLContextImpl.java (the default
 * context), java/io/FileInputStream (the OS error in brackets). JDK 17.0.15's own output for each
 * row that keytool or a JSSE client can be made to print: tests/fixtures/errors/captured/jsse/.
 */

import type { JavaRow } from './java-row';

const P = 'openjdk/jdk src/java.base/share/classes/';

function row(id: string, source: string, format: string, extra: Omit<JavaRow, 'id' | 'source' | 'format' | 'citation'>): JavaRow {
	return { id, source, format, ...extra, citation: `${P}${source.replaceAll('.', '/')}.java: "${format}"` };
}

const WRONG_PASSWORD =
	'the store opened with the wrong password (javax.net.ssl.trustStorePassword / keyStorePassword, or the password the application passes)';

export const JAVA_KEYSTORE: readonly JavaRow[] = [
	row('jks-wrong-password', 'sun.security.provider.JavaKeyStore', 'Keystore was tampered with, or password was incorrect', {
		diagnosis: 'pem-file-invalid',
		note: WRONG_PASSWORD
	}),
	row('jks-invalid-format', 'sun.security.provider.JavaKeyStore', 'Invalid keystore format', {
		diagnosis: 'pem-file-invalid',
		note: 'read as JKS, the file is something else: a PEM file or a PKCS#12 store given with -storetype JKS'
	}),
	row('p12-wrong-password', 'sun.security.pkcs12.PKCS12KeyStore', 'keystore password was incorrect', {
		diagnosis: 'pem-file-invalid',
		note: WRONG_PASSWORD
	}),
	// JDK 8's PKCS12KeyStore: the MAC over the file did not match, almost always a wrong password.
	row('p12-integrity', 'sun.security.pkcs12.PKCS12KeyStore', 'Failed PKCS12 integrity checking', {
		diagnosis: 'pem-file-invalid',
		note: WRONG_PASSWORD
	}),
	row('p12-integrity-failed', 'sun.security.pkcs12.PKCS12KeyStore', 'Integrity check failed: %*', {
		// Words other software uses too: Java's come after java.io.IOException.
		frame: 'IOException',
		diagnosis: 'pem-file-invalid',
		note: WRONG_PASSWORD
	}),
	// The key's own password differs from the store's ("Given final block not properly padded" after it).
	row('get-key-failed', 'sun.security.pkcs12.PKCS12KeyStore', 'Get Key failed: %*', {
		diagnosis: 'key-encrypted',
		note: 'the private key in the key store has a password other than the one given'
	}),
	// JKS: the key's own password is not the store's, which the default key manager tries.
	row('cannot-recover-key', 'sun.security.provider.KeyProtector', 'Cannot recover key', {
		diagnosis: 'key-encrypted',
		note: 'the private key in the JKS key store has a password other than the store’s (javax.net.ssl.keyStorePassword)'
	}),
	row('unrecognized-format', 'java.security.KeyStore', 'Unrecognized keystore format. Please load it with a specified type', {
		diagnosis: 'pem-file-invalid',
		note: 'keytool could not tell what kind of store the file is: most often a PEM file given where a store is wanted'
	}),
	row('store-missing', 'sun.security.tools.keytool.Resources', 'Keystore file does not exist: %*', { diagnosis: 'pem-file-invalid' }),
	row('not-a-certificate', 'sun.security.tools.keytool.Resources', 'Input not an X.509 certificate', {
		diagnosis: 'pem-file-invalid',
		note: 'keytool -importcert was given a file that holds no certificate (a key, or a PKCS#12 store)'
	}),
	row('short-password', 'sun.security.tools.keytool.Resources', 'Keystore password must be at least 6 characters', {
		unmapped: 'keytool refusing to create a store: the message says what to do'
	}),
	// JDK 17: the default SSLContext could not open javax.net.ssl.trustStore, whatever the reason.
	row('trust-store-problem', 'sun.security.ssl.SSLContextImpl', 'problem accessing trust store', {
		frame: 'KeyManagementException',
		diagnosis: 'pem-file-invalid',
		note: 'the file named by javax.net.ssl.trustStore could not be opened: wrong password, wrong type, or not a store at all'
	}),
	// java.security.Provider: in a TLS client, SSLContext.getDefault() (class …SSLContextImpl$DefaultSSLContext).
	row('default-context-failed', 'java.security.Provider', 'Error constructing implementation (algorithm: %s, provider: %s, class: %s)', {
		diagnosis: 'pem-file-invalid',
		note: 'the JVM’s default TLS context could not be built, which happens when javax.net.ssl.keyStore or trustStore names a file it cannot read (missing, wrong password, not a store)'
	}),
	// JDK 8 and some distributions: the trust store opened but held no certificate (an empty or
	// missing cacerts, a PKCS#12 store made by openssl without trust attributes).
	row('trust-anchors-empty', 'java.security.cert.PKIXParameters', 'the trustAnchors parameter must be non-empty', {
		diagnosis: 'missing-system-roots',
		alternatives: ['pem-file-invalid']
	}),
	row('file-not-found', 'java.io.FileInputStream', '%s (No such file or directory)', {
		frame: 'FileNotFoundException',
		diagnosis: 'pem-file-invalid'
	}),
	row('permission-denied', 'java.io.FileInputStream', '%s (Permission denied)', {
		frame: 'FileNotFoundException',
		diagnosis: 'pem-file-invalid'
	})
];
