#!/usr/bin/env bash
# Makes the certificates behind the page's "Try an example" buttons, with openssl only. The output
# is committed beside this script; rerun it to regenerate (keys and signatures change, names and
# dates do not):
#
#   bash src/lib/examples/data/make-examples.sh
#
# One small private PKI, "Example Corp": a root, an issuing CA under it, and the certificates
# each example needs. Certificates are issued with `openssl ca` so the dates are exact: the
# expired example stays expired and the others stay valid, whatever day the page is opened.
#
#   example-ca.pem            the root, what a client is given as tlsCAFile
#   leaf-only.pem             db.example.com's certificate without its issuing CA (missing intermediate)
#   expired-server.pem        expired.example.com's expired certificate, followed by the issuing CA
#   client-key-mismatch.pem   a client PEM: some other key, the client certificate, the issuing CA
set -euo pipefail
cd "$(dirname "$0")"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

ca_init() { # name
	mkdir -p "$WORK/$1/new"
	: >"$WORK/$1/index.txt"
	echo 2000 >"$WORK/$1/serial"
	cat >"$WORK/$1/ca.cnf" <<CNF
[ ca ]
default_ca = this
[ this ]
dir = $WORK/$1
database = \$dir/index.txt
new_certs_dir = \$dir/new
serial = \$dir/serial
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = none
[ anything ]
commonName = optional
organizationName = optional
organizationalUnitName = optional
CNF
}

# issue CA_NAME CA_CERT CA_KEY SUBJECT START END EXTENSIONS OUT_BASENAME
issue() {
	local caname=$1 cacert=$2 cakey=$3 subj=$4 start=$5 end=$6 ext=$7 out=$8
	printf '[ ext ]\n%s\n' "$ext" >"$WORK/ext.cnf"
	openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$WORK/$out.key" 2>/dev/null
	openssl req -new -key "$WORK/$out.key" -subj "$subj" -out "$WORK/$out.csr" 2>/dev/null
	local signflags=(-cert "$cacert" -keyfile "$cakey")
	[ "$cacert" = self ] && signflags=(-selfsign -keyfile "$WORK/$out.key")
	openssl ca -batch -config "$WORK/$caname/ca.cnf" "${signflags[@]}" -in "$WORK/$out.csr" \
		-startdate "$start" -enddate "$end" -extfile "$WORK/ext.cnf" -extensions ext -notext -preserveDN \
		-out "$WORK/$out.crt" 2>/dev/null
}

CA_EXT='basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always'
leaf_ext() { # EKU SAN
	printf 'basicConstraints = CA:FALSE\nkeyUsage = critical, digitalSignature\nextendedKeyUsage = %s\nsubjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n%s' "$1" "$2"
}

ca_init root
issue root self "" "/O=Example Corp/CN=Example Root CA" 20250101000000Z 20991231235959Z "$CA_EXT" root
ca_init issuing
issue root "$WORK/root.crt" "$WORK/root.key" "/O=Example Corp/CN=Example Issuing CA" 20250101000000Z 20991231235959Z "$CA_EXT" issuing

issue issuing "$WORK/issuing.crt" "$WORK/issuing.key" "/O=Example Corp/CN=db.example.com" 20250101000000Z 20991231235959Z \
	"$(leaf_ext serverAuth 'subjectAltName = DNS:db.example.com, DNS:db1.example.com, DNS:db2.example.com')" server
issue issuing "$WORK/issuing.crt" "$WORK/issuing.key" "/O=Example Corp/CN=expired.example.com" 20230101000000Z 20240101000000Z \
	"$(leaf_ext serverAuth 'subjectAltName = DNS:expired.example.com')" expired
issue issuing "$WORK/issuing.crt" "$WORK/issuing.key" "/O=Example Corp/OU=Apps/CN=inventory-app" 20250101000000Z 20991231235959Z \
	"$(leaf_ext clientAuth '')" client
# The key that does not belong: made like the client's, for another certificate.
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$WORK/other.key" 2>/dev/null

cp "$WORK/root.crt" example-ca.pem
cp "$WORK/server.crt" leaf-only.pem
cat "$WORK/expired.crt" "$WORK/issuing.crt" >expired-server.pem
cat "$WORK/other.key" "$WORK/client.crt" "$WORK/issuing.crt" >client-key-mismatch.pem

# Check what each example shows, with openssl itself.
openssl verify -CAfile example-ca.pem leaf-only.pem 2>&1 | grep -m1 "^error" || true
openssl verify -CAfile example-ca.pem -untrusted expired-server.pem expired-server.pem 2>&1 | grep -m1 "^error" || true
diff <(openssl x509 -in client-key-mismatch.pem -noout -pubkey) <(openssl pkey -in client-key-mismatch.pem -pubout) >/dev/null &&
	echo "client-key-mismatch.pem: key matches (wrong!)" || echo "client-key-mismatch.pem: key does not match the certificate"
