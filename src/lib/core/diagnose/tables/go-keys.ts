/**
 * Table 4 (issue 15), Go part: what a Go client says when the files named by tlsCAFile and
 * tlsCertificateKeyFile cannot be used. The Go driver (mongo/options/clientoptions.go) reads the
 * files itself and returns the error as it is: os errors ("open PATH: no such file or directory"),
 * its own checks, then tls.X509KeyPair's and the key parsers'. Encrypted keys go through
 * x509.DecryptPEMBlock (legacy "Proc-Type: 4,ENCRYPTED") or youmark/pkcs8 (ENCRYPTED PRIVATE KEY).
 *
 * Sources (extract: tests/fixtures/vocabulary/go-keys.tsv, rebuilt by scripts/vocabulary/extract-go.sh):
 * golang/go src/crypto/tls/tls.go, src/crypto/x509/{pem_decrypt,pkcs1,pkcs8,sec1}.go and the
 * errno texts of src/syscall/zerrors_linux_amd64.go at go1.19.8; mongodb/mongo-go-driver
 * mongo/options/clientoptions.go at v1.8.4; github.com/youmark/pkcs8 pkcs8.go at v1.1.
 */

import { rowsOf, type GoMessageRow } from './go-messages';

const tls = rowsOf('go1.19.8', 'crypto/tls/tls.go');
const pem = rowsOf('go1.19.8', 'crypto/x509/pem_decrypt.go');
const pkcs1 = rowsOf('go1.19.8', 'crypto/x509/pkcs1.go');
const pkcs8 = rowsOf('go1.19.8', 'crypto/x509/pkcs8.go');
const sec1 = rowsOf('go1.19.8', 'crypto/x509/sec1.go');
const errno = rowsOf('go1.19.8', 'syscall/zerrors_linux_amd64.go');
const driver = rowsOf('mongo-go-driver v1.8.4', 'mongo/options/clientoptions.go');
const youmark = rowsOf('youmark/pkcs8 v1.1', 'pkcs8.go');

const CREATING = 'writing keys (Marshal…), never met while loading them';
const WRONG_PARSER = 'an application called the parser for another key format; tls.X509KeyPair and the driver try each format in turn';
const PUBLIC_KEY = 'parsing a bare PKCS#1 public key, which no MongoDB client loads';
const DAMAGED_ENCRYPTED = { diagnosis: 'pem-file-invalid', note: 'an encrypted key whose PEM headers or body are damaged' } as const;
const BAD_KEY = { diagnosis: 'pem-file-invalid', note: 'the key in the file is damaged or of a kind Go cannot use' } as const;
const UNREADABLE = { diagnosis: 'pem-file-invalid', pathError: true } as const;

export const GO_KEYS: readonly GoMessageRow[] = [
	tls('tls: neither Certificates, GetCertificate, nor GetConfigForClient set in Config', {
		unmapped: 'a Go TLS server without a certificate, never a MongoDB client'
	}),
	tls('tls: DialWithDialer timed out', {
		diagnosis: 'handshake-timeout',
		note: 'tls.DialWithDialer: the connection or the handshake did not finish within the dialer’s timeout'
	}),
	tls('tls: failed to find any PEM data in certificate input', {
		diagnosis: 'pem-file-invalid',
		note: 'the certificate file holds no PEM at all (DER, PKCS#12, or an empty file)'
	}),
	tls('tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched', {
		diagnosis: 'pem-file-invalid',
		note: 'the key file was given where the certificate file belongs'
	}),
	tls('tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: %v', {
		diagnosis: 'pem-file-invalid',
		note: 'the file holds PEM, but no CERTIFICATE block (a CSR, a key, "TRUSTED CERTIFICATE")'
	}),
	tls('tls: failed to find any PEM data in key input', { diagnosis: 'key-missing' }),
	tls('tls: found a certificate rather than a key in the PEM for the private key', {
		diagnosis: 'key-missing',
		note: 'the certificate file was given where the key belongs'
	}),
	tls('tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input after skipping PEM blocks of the following types: %v', {
		diagnosis: 'key-missing'
	}),
	tls('tls: private key type does not match public key type', {
		diagnosis: 'key-mismatch',
		note: 'an RSA key with an ECDSA certificate, or the other way round'
	}),
	tls('tls: private key does not match public key', { diagnosis: 'key-mismatch' }),
	tls('tls: unknown public key algorithm', {
		unmapped: 'a client certificate with a key Go cannot use for TLS (DSA); no shared diagnosis names it'
	}),
	tls('tls: found unknown private key type in PKCS#8 wrapping', BAD_KEY),
	tls('tls: failed to parse private key', {
		diagnosis: 'pem-file-invalid',
		note: 'the PRIVATE KEY block is none of PKCS#1, PKCS#8 or SEC 1 as Go reads them (damaged, or still encrypted)'
	}),
	pem('x509: decryption password incorrect', {
		diagnosis: 'key-encrypted',
		note: 'IncorrectPasswordError: tlsCertificateKeyFilePassword is not the key’s passphrase'
	}),
	pem('x509: no DEK-Info header in block', DAMAGED_ENCRYPTED),
	pem('x509: malformed DEK-Info header', DAMAGED_ENCRYPTED),
	pem('x509: unknown encryption mode', DAMAGED_ENCRYPTED),
	pem('x509: incorrect IV size', DAMAGED_ENCRYPTED),
	pem('x509: encrypted PEM data is not a multiple of the block size', DAMAGED_ENCRYPTED),
	pem('x509: invalid padding', DAMAGED_ENCRYPTED),
	pem('x509: cannot generate IV: ', { unmapped: 'encrypting a key (EncryptPEMBlock), never met while loading one' }),
	pkcs1('x509: failed to parse private key (use ParseECPrivateKey instead for this key format)', { unmapped: WRONG_PARSER }),
	pkcs1('x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)', { unmapped: WRONG_PARSER }),
	pkcs1('x509: unsupported private key version', BAD_KEY),
	pkcs1('x509: private key contains zero or negative value', BAD_KEY),
	pkcs1('x509: private key contains zero or negative prime', BAD_KEY),
	pkcs1('x509: failed to parse public key (use ParsePKIXPublicKey instead for this key format)', { unmapped: PUBLIC_KEY }),
	pkcs1('x509: public key contains zero or negative value', { unmapped: PUBLIC_KEY }),
	pkcs1('x509: public key contains large public exponent', { unmapped: PUBLIC_KEY }),
	pkcs8('x509: failed to parse private key (use ParseECPrivateKey instead for this key format)', { unmapped: WRONG_PARSER }),
	pkcs8('x509: failed to parse private key (use ParsePKCS1PrivateKey instead for this key format)', { unmapped: WRONG_PARSER }),
	pkcs8('x509: failed to parse RSA private key embedded in PKCS#8: ', BAD_KEY),
	pkcs8('x509: failed to parse EC private key embedded in PKCS#8: ', BAD_KEY),
	pkcs8('x509: invalid Ed25519 private key parameters', BAD_KEY),
	pkcs8('x509: invalid Ed25519 private key: %v', BAD_KEY),
	pkcs8('x509: invalid Ed25519 private key length: %d', BAD_KEY),
	pkcs8('x509: PKCS#8 wrapping contained private key with unknown algorithm: %v', BAD_KEY),
	pkcs8('x509: unknown curve while marshaling to PKCS#8', { unmapped: CREATING }),
	pkcs8('x509: failed to marshal curve OID: ', { unmapped: CREATING }),
	pkcs8('x509: failed to marshal EC private key while building PKCS#8: ', { unmapped: CREATING }),
	pkcs8('x509: failed to marshal private key: %v', { unmapped: CREATING }),
	pkcs8('x509: unknown key type while marshaling PKCS#8: %T', { unmapped: CREATING }),
	sec1('x509: unknown elliptic curve', BAD_KEY),
	sec1('x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)', { unmapped: WRONG_PARSER }),
	sec1('x509: failed to parse private key (use ParsePKCS1PrivateKey instead for this key format)', { unmapped: WRONG_PARSER }),
	sec1('x509: failed to parse EC private key: ', BAD_KEY),
	sec1('x509: unknown EC private key version %d', BAD_KEY),
	sec1('x509: invalid elliptic curve private key value', BAD_KEY),
	sec1('x509: invalid private key length', BAD_KEY),
	errno('no such file or directory', { ...UNREADABLE, note: 'ENOENT: the path in tlsCAFile or tlsCertificateKeyFile does not exist' }),
	errno('permission denied', { ...UNREADABLE, note: 'EACCES: the client’s user may not read the file (or a directory on its path)' }),
	errno('not a directory', { ...UNREADABLE, note: 'ENOTDIR: a part of the path is a file, not a directory' }),
	errno('is a directory', { ...UNREADABLE, note: 'EISDIR: the option names a directory; it needs the file' }),
	errno('file name too long', {
		...UNREADABLE,
		note: 'ENAMETOOLONG: most often the PEM’s content was given where its path belongs'
	}),
	errno('too many levels of symbolic links', { ...UNREADABLE, note: 'ELOOP: a symbolic link on the path points back at itself' }),
	driver('the specified CA file does not contain any valid certificates', {
		diagnosis: 'pem-file-invalid',
		note: 'addCACertFromFile: AppendCertsFromPEM found no PEM certificate (a DER file, a key, an empty file)'
	}),
	driver('no password provided to decrypt private key', {
		diagnosis: 'key-encrypted',
		note: 'addClientCertFromBytes: the key is encrypted and tlsCertificateKeyFilePassword is not set'
	}),
	driver('failed to find CERTIFICATE', {
		diagnosis: 'pem-file-invalid',
		note: 'addClientCertFromBytes: tlsCertificateKeyFile holds no CERTIFICATE block'
	}),
	driver('failed to find PRIVATE KEY', {
		diagnosis: 'key-missing',
		note: 'addClientCertFromBytes: tlsCertificateKeyFile holds the certificate without its key'
	}),
	youmark('key block is not of type RSA', { unmapped: WRONG_PARSER }),
	youmark('key block is not of type ECDSA', { unmapped: WRONG_PARSER }),
	...[
		'pkcs8: only PKCS #5 v2.0 supported',
		'pkcs8: only PBES2 supported',
		'pkcs8: only PBKDF2 supported',
		'pkcs8: only AES-256-CBC, AES-128-CBC and DES-EDE3-CBC are supported'
	].map((text) =>
		youmark(text, {
			diagnosis: 'key-encrypted',
			note: 'the key is encrypted with a scheme the driver cannot undo (PKCS#12 PBE, scrypt): decrypt it, or re-encrypt with openssl pkcs8 -topk8 -v2 aes-256-cbc'
		})
	),
	youmark('pkcs8: incorrect password', { diagnosis: 'key-encrypted', note: 'tlsCertificateKeyFilePassword is not the key’s passphrase' }),
	youmark('pkcs8: unknown elliptic curve', BAD_KEY)
];
