#!/bin/sh
# Rebuilds tests/fixtures/vocabulary/go-*.tsv from Go's and the Go driver's sources.
#   GOSRC    a Go source tree's src/ (tag go1.19.8: Debian golang-1.19-src 1.19.8-2 installs it
#            at /usr/lib/go-1.19/src)
#   DRIVER   mongo-go-driver v1.8.4 (Debian golang-mongodb-mongo-driver-dev 1.8.4+ds1-3:
#            /usr/share/gocode/src/go.mongodb.org/mongo-driver)
#   PKCS8    github.com/youmark/pkcs8 v1.1 (Debian golang-github-youmark-pkcs8-dev 1.1-3:
#            /usr/share/gocode/src/github.com/youmark/pkcs8)
# Each line: file, then the message as the source writes it (Go escapes undone, %-verbs kept).
# A message built by concatenation ends where its literal ends ("x509: … : " + err).
set -eu
GOSRC=${GOSRC:-/usr/lib/go-1.19/src}
DRIVER=${DRIVER:-/usr/share/gocode/src/go.mongodb.org/mongo-driver}
PKCS8=${PKCS8:-/usr/share/gocode/src/github.com/youmark/pkcs8}
OUT=${OUT:-$(dirname "$0")/../../tests/fixtures/vocabulary}

# Every string literal of the given files that starts with PREFIX, one per file and text.
literals() {
	prefix=$1
	shift
	for f in "$@"; do
		grep -oP "\"$prefix(?:\\\\.|[^\"\\\\])*\"" "$f" |
			sed -E 's/^"//; s/"$//; s/\\"/"/g' |
			awk -v f="$f" -v p="$prefix" '$0 != p && !seen[$0]++ { print f "\t" $0 }'
	done
}

# crypto/x509: certificate parsing and verification (key files are in go-keys.tsv).
(
	cd "$GOSRC"
	literals 'x509: ' crypto/x509/verify.go crypto/x509/x509.go crypto/x509/parser.go \
		crypto/x509/root_darwin.go crypto/x509/root_windows.go
	# UnknownAuthorityError's hint, and the RSA failure a hint most often holds (a CA of the
	# same name with another key).
	grep -oP 'Sprintf\("\K \(possibly because of[^"]*' crypto/x509/verify.go | sed 's#\\"#"#g; s#^#crypto/x509/verify.go\t#'
	grep -ohP 'errors.New\("\Kcrypto/rsa: verification error' crypto/rsa/rsa.go | sed 's#^#crypto/rsa/rsa.go\t#'
) | sed "s#^#go1.19.8\t#" >"$OUT/go-x509.tsv"

# crypto/tls as a client meets it: the handshake, the record layer, the shared code. The server's
# handshake files are left out; RecordHeaderError's messages get the "tls: " its Error() adds.
(
	cd "$GOSRC"
	literals 'tls: ' crypto/tls/handshake_client.go crypto/tls/handshake_client_tls13.go \
		crypto/tls/conn.go crypto/tls/common.go crypto/tls/key_agreement.go crypto/tls/auth.go \
		crypto/tls/handshake_messages.go crypto/tls/key_schedule.go
	grep -oP 'newRecordHeaderError\([^,]+, "\K[^"]+' crypto/tls/conn.go | sort -u | sed 's#^#crypto/tls/conn.go\ttls: #'
	grep -oP 'msg := fmt.Sprintf\("\K[^"]+' crypto/tls/conn.go | sort -u | sed 's#^#crypto/tls/conn.go\ttls: #'
) | awk -F'\t' '!seen[$2]++' | sed "s#^#go1.19.8\t#" >"$OUT/go-tls.tsv"
# Go 1.20 wrapped every verification failure in CertificateVerificationError; 1.19 has not got it.
# From golang/go crypto/tls/common.go @ f4967a86513ad60618d2b51174e93ebe0a57bf01:
#   git -C go show f4967a86:src/crypto/tls/common.go | grep -oP 'Sprintf\("\Ktls: failed to verify[^"]*'
printf 'golang/go@f4967a86\tcrypto/tls/common.go\ttls: failed to verify certificate: %%s\n' >>"$OUT/go-tls.tsv"

# Local files and keys: tls.X509KeyPair, the x509 key parsers and PEM decryption, the driver's
# tlsCAFile / tlsCertificateKeyFile loading, youmark/pkcs8 (encrypted PKCS#8), the os errors
# the driver returns unwrapped when it cannot read a file.
(
	cd "$GOSRC"
	literals 'tls: ' crypto/tls/tls.go | sed "s#^#go1.19.8\t#"
	literals 'x509: ' crypto/x509/pem_decrypt.go crypto/x509/pkcs1.go crypto/x509/pkcs8.go crypto/x509/sec1.go |
		sed "s#^#go1.19.8\t#"
	# os.PathError is "op path: err"; the errno texts (ENOENT, EACCES, ENOTDIR, EISDIR,
	# ENAMETOOLONG, ELOOP) are syscall's table for Linux.
	awk '/^var errors = /,/^}/' syscall/zerrors_linux_amd64.go | grep -P '^\t(2|13|20|21|36|40):\s+"' |
		sed -E 's/^\t[0-9]+: +"(.*)",$/go1.19.8\tsyscall\/zerrors_linux_amd64.go\t\1/'
)  >"$OUT/go-keys.tsv"
(
	cd "$DRIVER"
	grep -oP '(?:errors\.New|fmt\.Errorf)\("\K[^"]+' mongo/options/clientoptions.go |
		grep -iE 'CA file|CERTIFICATE|PRIVATE KEY|decrypt' | awk '!seen[$0]++' |
		sed 's#^#mongo-go-driver v1.8.4\tmongo/options/clientoptions.go\t#'
) >>"$OUT/go-keys.tsv"
(
	cd "$PKCS8"
	grep -ohP '(?:errors\.New|fmt\.Errorf)\("\K[^"]+' $(ls *.go | grep -v _test) | awk '!seen[$0]++' |
		sed 's#^#youmark/pkcs8 v1.1\tpkcs8.go\t#'
) >>"$OUT/go-keys.tsv"
