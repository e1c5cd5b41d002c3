#!/usr/bin/env bash
# Makes every certificate, key and CRL the error-corpus scenarios need, with openssl only, in the
# directory given (a temp dir: nothing here is committed; the captured error texts are).
#
#   scripts/corpus/make-certs.sh OUT_DIR          (everything the corpus capture needs)
#   SET=live scripts/corpus/make-certs.sh OUT_DIR (root, intermediate, server, expired, future, wronghost)
#
# Two private hierarchies stand in for the two worlds a client meets: "Test Root" (a team's own CA)
# and "Public Root" (standing in for a public CA the client's trust store should have). A third,
# "Corp Proxy Root", re-signs an Atlas host name the way a TLS-inspecting proxy does.
set -euo pipefail
OUT=${1:?usage: make-certs.sh OUT_DIR}
mkdir -p "$OUT"
cd "$OUT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

ATLAS_HOST=cluster0-shard-00-00.abcde.mongodb.net

ca_init() { # name
	mkdir -p "$WORK/$1/new"
	: >"$WORK/$1/index.txt"
	echo 1000 >"$WORK/$1/serial"
	echo 1000 >"$WORK/$1/crlnumber"
	cat >"$WORK/$1/ca.cnf" <<CNF
[ ca ]
default_ca = this
[ this ]
dir = $WORK/$1
database = \$dir/index.txt
new_certs_dir = \$dir/new
serial = \$dir/serial
crlnumber = \$dir/crlnumber
default_md = sha256
default_crl_days = 30
policy = anything
unique_subject = no
copy_extensions = none
[ anything ]
commonName = optional
organizationName = optional
organizationalUnitName = optional
CNF
}

# issue CA_NAME CA_CERT CA_KEY SUBJECT START END EXT OUT [KEYBITS] [MD]
issue() {
	local caname=$1 cacert=$2 cakey=$3 subj=$4 start=$5 end=$6 ext=$7 out=$8 bits=${9:-2048} md=${10:-sha256}
	printf '[ ext ]\n%s\n' "$ext" >"$WORK/ext.cnf"
	[ -f "$out.key" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:"$bits" -out "$out.key" 2>/dev/null
	openssl req -new -key "$out.key" -subj "$subj" -out "$WORK/$out.csr" 2>/dev/null
	local signflags=(-cert "$cacert" -keyfile "$cakey")
	[ "$cacert" = self ] && signflags=(-selfsign -keyfile "$out.key")
	openssl ca -batch -config "$WORK/$caname/ca.cnf" "${signflags[@]}" -in "$WORK/$out.csr" -md "$md" \
		-startdate "$start" -enddate "$end" -extfile "$WORK/ext.cnf" -extensions ext -notext -preserveDN \
		-out "$out.crt" 2>/dev/null
}

CA_EXT='basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always'
leaf_ext() { # SAN [EKU]
	printf 'basicConstraints = CA:FALSE\nkeyUsage = critical, digitalSignature, keyEncipherment\nextendedKeyUsage = %s\nsubjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n%s' "${2:-serverAuth}" "${1:+subjectAltName = $1}"
}
PAST=20200101000000Z
LONG=20991231235959Z

# The team's private CA: root → intermediate → leaves.
ca_init root
issue root self "" "/O=TLS Doctor Corpus/CN=Test Root CA" $PAST $LONG "$CA_EXT" root
ca_init inter
issue root root.crt root.key "/O=TLS Doctor Corpus/CN=Test Intermediate CA" $PAST $LONG "$CA_EXT" inter
I=(inter inter.crt inter.key)
issue "${I[@]}" "/O=TLS Doctor Corpus/CN=localhost" $PAST $LONG "$(leaf_ext 'DNS:localhost, IP:127.0.0.1')" server
issue "${I[@]}" "/O=TLS Doctor Corpus/CN=localhost" $PAST 20210101000000Z "$(leaf_ext 'DNS:localhost, IP:127.0.0.1')" expired
issue "${I[@]}" "/O=TLS Doctor Corpus/CN=localhost" 20900101000000Z $LONG "$(leaf_ext 'DNS:localhost, IP:127.0.0.1')" future
issue "${I[@]}" "/O=TLS Doctor Corpus/CN=db.example.com" $PAST $LONG "$(leaf_ext 'DNS:db.example.com')" wronghost
# SET=live stops here: the few certificates the CI live test (tests/unit/diagnose/live.test.ts) needs.
if [ "${SET:-all}" = live ]; then
	cat server.crt inter.crt >server-chain.pem
	exit 0
fi
issue "${I[@]}" "/O=TLS Doctor Corpus/CN=localhost" $PAST $LONG "$(leaf_ext 'DNS:localhost, IP:127.0.0.1' clientAuth)" clientonly-eku
issue "${I[@]}" "/O=TLS Doctor Corpus/CN=localhost" $PAST $LONG "$(leaf_ext 'DNS:localhost, IP:127.0.0.1')" weakkey 1024
issue "${I[@]}" "/O=TLS Doctor Corpus/CN=localhost" $PAST $LONG "$(leaf_ext 'DNS:localhost, IP:127.0.0.1')" sha1 2048 sha1
issue "${I[@]}" "/O=TLS Doctor Corpus/CN=localhost" $PAST $LONG "$(leaf_ext 'DNS:localhost, IP:127.0.0.1')" revoked
# Client certificates, issued straight from the root (what the server's CAFile holds).
issue root root.crt root.key "/O=TLS Doctor Corpus/OU=Clients/CN=app" $PAST $LONG "$(leaf_ext '' clientAuth)" client
# The same client, with a certificate that ran out in 2021.
issue root root.crt root.key "/O=TLS Doctor Corpus/OU=Clients/CN=app-2020" $PAST 20210101000000Z "$(leaf_ext '' clientAuth)" client-expired

# CRLs from the intermediate: one revoking "revoked", one clean but long expired.
openssl ca -batch -config "$WORK/inter/ca.cnf" -cert inter.crt -keyfile inter.key -revoke revoked.crt 2>/dev/null
openssl ca -batch -config "$WORK/inter/ca.cnf" -cert inter.crt -keyfile inter.key -gencrl -out inter-revoking.crl 2>/dev/null
ca_init stale
cp "$WORK/inter/crlnumber" "$WORK/stale/crlnumber"
openssl ca -batch -config "$WORK/stale/ca.cnf" -cert inter.crt -keyfile inter.key -gencrl -crl_lastupdate 20200101000000Z -crl_nextupdate 20200201000000Z -out inter-expired.crl 2>/dev/null

# A self-signed leaf (depth 0) and a lone self-signed CA the client has never seen.
openssl req -x509 -newkey rsa:2048 -nodes -keyout selfsigned.key -out selfsigned.crt -days 36500 \
	-subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -addext "basicConstraints=CA:FALSE" 2>/dev/null

# Another team's CA: a client certificate the server does not trust, and a CA file that does not fit.
ca_init other
issue other self "" "/O=Somebody Else/CN=Other Root CA" $PAST $LONG "$CA_EXT" other-root
issue other other-root.crt other-root.key "/O=Somebody Else/CN=stranger" $PAST $LONG "$(leaf_ext '' clientAuth)" stranger

openssl ca -batch -config "$WORK/other/ca.cnf" -cert other-root.crt -keyfile other-root.key -gencrl -out other-root.crl 2>/dev/null

# "Public" root for an Atlas-like host name, and a proxy root re-signing the same name.
ca_init pub
issue pub self "" "/O=Public Trust Stand-in/CN=Public Root" $PAST $LONG "$CA_EXT" pub-root
ca_init pubi
issue pub pub-root.crt pub-root.key "/O=Public Trust Stand-in/CN=Public Issuing CA" $PAST $LONG "$CA_EXT" pub-inter
issue pubi pub-inter.crt pub-inter.key "/CN=*.abcde.mongodb.net" $PAST $LONG "$(leaf_ext "DNS:*.abcde.mongodb.net")" atlas
ca_init corp
issue corp self "" "/O=Example Corp/CN=Example Corp TLS Inspection Root" $PAST $LONG "$CA_EXT" corp-root
issue corp corp-root.crt corp-root.key "/CN=*.abcde.mongodb.net" $PAST $LONG "$(leaf_ext "DNS:*.abcde.mongodb.net")" atlas-intercepted

# Bundles the servers send and the files the clients are given.
cat server.crt inter.crt >server-chain.pem
cat inter.crt root.crt >inter-and-root.pem
cat atlas.crt pub-inter.crt >atlas-chain.pem
cat atlas-intercepted.crt corp-root.crt >atlas-intercepted-chain.pem
cat root.crt inter.crt >ca-bundle.pem
cat client.key client.crt >client.pem
cat client-expired.key client-expired.crt >client-expired.pem
cat stranger.key stranger.crt >stranger.pem
cat other-root.key client.crt >client-keymismatch.pem
openssl pkey -in client.key -aes256 -passout pass:secret >client-encrypted.pem 2>/dev/null
cat client.crt >>client-encrypted.pem
cp client.crt client-certonly.pem
openssl x509 -in root.crt -outform DER -out root.der
openssl dhparam -out dh1024.pem 1024 2>/dev/null
: >empty-bundle.pem
# An OpenSSL configuration that caps the client at TLS 1.1, as an old OpenSSL would be.
cat >old-client.cnf <<'CNF'
openssl_conf = openssl_init
[openssl_init]
ssl_conf = ssl_sect
[ssl_sect]
system_default = system_default_sect
[system_default_sect]
MaxProtocol = TLSv1.1
CipherString = DEFAULT:@SECLEVEL=0
CNF
# CPython's own default cipher string (Modules/_ssl.c PY_SSL_DEFAULT_CIPHER_STRING, Python 3.10+),
# which python.org's builds use; Debian builds Python with OpenSSL's defaults instead, which still
# offer RSA key exchange. The MongoDB 4.0 scenario applies it to Debian's Python through OPENSSL_CONF.
cat >python-org-ciphers.cnf <<'CNF'
openssl_conf = openssl_init
[openssl_init]
ssl_conf = ssl_sect
[ssl_sect]
system_default = system_default_sect
[system_default_sect]
CipherString = @SECLEVEL=2:ECDH+AESGCM:ECDH+CHACHA20:ECDH+AES:DHE+AES:!aNULL:!eNULL:!aDSS:!SHA1:!AESCCM
CNF
# An OCSP response that is only a status: tryLater (RFC 6960 OCSPResponseStatus 3), nothing to verify.
printf '\x30\x03\x0a\x01\x03' >ocsp-trylater.der
echo "$ATLAS_HOST" >atlas-host.txt
