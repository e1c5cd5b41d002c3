#!/usr/bin/env bash
# Captures what the real Go driver prints (Debian's golang-mongodb-mongo-driver-dev 1.8.4 with
# go1.19.8; scripts/corpus/clients/go_client.go, which log.Fatal's the error) for the rows of the
# Go tables that the corpus does not capture: key and CA files it cannot use, and chains Go
# refuses for a reason of its own. Certificates and keys are made here by openssl. Servers are
# openssl s_server on 127.0.0.1 inside a network namespace of their own (unshare -n), so nothing
# is reachable from outside. Writes tests/fixtures/vocabulary/go-captured/NAME.txt as printed.
#   bash scripts/vocabulary/capture-go.sh        (needs root for unshare -n)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=$ROOT/tests/fixtures/vocabulary/go-captured
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"
cd "$WORK"

# The client, built as scripts/corpus/clients.mjs builds it.
mkdir gosrc && cp "$ROOT/scripts/corpus/clients/go_client.go" gosrc/main.go
(cd gosrc && GOPATH=/usr/share/gocode GO111MODULE=off GOFLAGS= GOCACHE="$WORK/gocache" go build -o ../go_client main.go)

q() { openssl "$@" >/dev/null 2>&1; }
ca() { # name subject extensions [issuer]
	local name=$1 subj=$2 ext=$3 issuer=${4:-}
	q genrsa -out "$name.key" 2048
	printf '%b\n' "$ext" >"$name.ext"
	if [ -z "$issuer" ]; then
		q req -x509 -new -key "$name.key" -subj "$subj" -days 3650 -out "$name.crt" -addext "basicConstraints=critical,CA:TRUE$(grep -q pathlen "$name.ext" && echo ',pathlen:0')" -addext "keyUsage=critical,keyCertSign,cRLSign"
	else
		q req -new -key "$name.key" -subj "$subj" -out "$name.csr"
		q x509 -req -in "$name.csr" -CA "$issuer.crt" -CAkey "$issuer.key" -CAcreateserial -days 3650 -extfile "$name.ext" -out "$name.crt"
	fi
}
LEAF='subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth'
ca root '/CN=Go Capture Root' 'x'
ca inter '/CN=Go Capture Intermediate' 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign' root
ca leaf '/CN=localhost' "$LEAF" inter
ca client '/CN=client' 'extendedKeyUsage=clientAuth' root
# An "intermediate" that is not a CA, and a root that allows no intermediate below it.
ca notca '/CN=Not A CA' 'basicConstraints=critical,CA:FALSE' root
ca leaf-notca '/CN=localhost' "$LEAF" notca
ca root0 '/CN=Go Capture Root pathlen 0' 'pathlen'
ca inter0 '/CN=Go Capture Intermediate under pathlen 0' 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign' root0
ca inter0b '/CN=Go Capture Second Intermediate' 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign' inter0
ca leaf0 '/CN=localhost' "$LEAF" inter0b
# A leaf that names its host only in the subject CN.
q req -x509 -newkey rsa:2048 -nodes -keyout cn-only.key -subj '/CN=localhost' -days 3650 -out cn-only.crt -addext 'basicConstraints=CA:FALSE'

# Key files.
cat client.crt client.key >client.pem
cp client.key key-only.pem
q rsa -in client.key -aes256 -traditional -passout pass:right -out legacy-enc.key
cat client.crt legacy-enc.key >legacy-enc.pem
q pkcs8 -topk8 -in client.key -v2 aes-256-cbc -passout pass:right -out pkcs8-enc.key
cat client.crt pkcs8-enc.key >pkcs8-enc.pem
q pkcs8 -topk8 -in client.key -scrypt -passout pass:right -out pkcs8-scrypt.key
cat client.crt pkcs8-scrypt.key >pkcs8-scrypt.pem
q ecparam -name prime256v1 -genkey -noout -out ec.key
cat client.crt ec.key >type-mismatch.pem
cat leaf.crt client.key >key-mismatch.pem
# A certificate whose DER is cut short, and a key block that holds no key.
{ echo '-----BEGIN CERTIFICATE-----'; openssl x509 -in client.crt -outform DER | head -c 600 | base64; echo '-----END CERTIFICATE-----'; cat client.key; } >cut-cert.pem
{ cat client.crt; echo '-----BEGIN PRIVATE KEY-----'; head -c 300 /dev/zero | base64; echo '-----END PRIVATE KEY-----'; } >bad-key.pem
mkdir ca-dir
chmod 644 ./*.pem ./*.crt ./*.key
cp root.crt unreadable.pem && chmod 600 unreadable.pem

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
run() { # name uri [VAR=value...]
	local name=$1 uri=$2
	shift 2
	env "$@" ./go_client "$uri" >"$OUT/$name.txt" 2>&1 || true
	# log.Fatal's time stamp is the moment of the run: keep it, as the corpus does.
	echo "$name: $(cat "$OUT/$name.txt")"
}
NOWHERE='mongodb://127.0.0.1:1/?tls=true'
run cert-file-key-only "$NOWHERE&tlsCertificateKeyFile=$WORK/key-only.pem"
run key-legacy-wrong-password "$NOWHERE&tlsCertificateKeyFile=$WORK/legacy-enc.pem&tlsCertificateKeyFilePassword=wrong"
run key-pkcs8-wrong-password "$NOWHERE&tlsCertificateKeyFile=$WORK/pkcs8-enc.pem&tlsCertificateKeyFilePassword=wrong"
run key-pkcs8-scrypt "$NOWHERE&tlsCertificateKeyFile=$WORK/pkcs8-scrypt.pem&tlsCertificateKeyFilePassword=right"
run key-type-mismatch "$NOWHERE&tlsCertificateKeyFile=$WORK/type-mismatch.pem"
run cert-file-cut-short "$NOWHERE&tlsCertificateKeyFile=$WORK/cut-cert.pem"
run key-block-not-a-key "$NOWHERE&tlsCertificateKeyFile=$WORK/bad-key.pem"
run ca-file-is-directory "$NOWHERE&tlsCAFile=$WORK/ca-dir"
run ca-file-pem-as-path "$NOWHERE&tlsCAFile=$(enc "$(cat root.crt)")"
# As a user other than the file's owner (root here), who may not read it.
chmod 755 "$WORK"
setpriv --reuid=65534 --regid=65534 --clear-groups ./go_client "$NOWHERE&tlsCAFile=$WORK/unreadable.pem" >"$OUT/ca-file-permission-denied.txt" 2>&1 || true
echo "ca-file-permission-denied: $(cat "$OUT/ca-file-permission-denied.txt")"

serve() { # name client-uri-params [env...] -- s_server args...
	local name=$1 params=$2
	shift 2
	local envs=()
	while [ "$1" != -- ]; do envs+=("$1"); shift; done
	shift
	unshare -n bash -c '
		ip link set lo up
		cd "$1"; shift
		out=$1 params=$2; shift 2
		envs=(); while [ "$1" != -- ]; do envs+=("$1"); shift; done; shift
		# s_server ends when its stdin closes, and the driver reconnects after a failed
		# handshake: the server reads a FIFO held open until the client is done.
		rm -f in && mkfifo in
		openssl s_server -accept 127.0.0.1:28711 "$@" <in >server.log 2>&1 &
		srv=$!
		exec 3>in
		for _ in $(seq 50); do grep -q ACCEPT server.log && break; sleep 0.1; done
		env "${envs[@]}" ./go_client "mongodb://localhost:28711/?tls=true$params" >"$out" 2>&1 || true
		grep -q ACCEPT server.log || cat server.log >&2
		exec 3>&-
		kill "$srv" 2>/dev/null || true
		wait "$srv" 2>/dev/null || true
	' _ "$WORK" "$OUT/$name.txt" "$params" "${envs[@]}" -- "$@"
	echo "$name: $(cat "$OUT/$name.txt")"
}
cat inter0b.crt inter0.crt >pathlen-chain.pem
serve legacy-common-name "&tlsCAFile=$WORK/cn-only.crt" -- -cert cn-only.crt -key cn-only.key
serve not-a-ca-intermediate "&tlsCAFile=$WORK/root.crt" -- -cert leaf-notca.crt -key leaf-notca.key -cert_chain notca.crt
serve path-length-exceeded "&tlsCAFile=$WORK/root0.crt" -- -cert leaf0.crt -key leaf0.key -cert_chain pathlen-chain.pem
# Missing bundles are skipped without a word (root_unix.go ignores "not exist"); one that cannot
# be read is what makes Go give up on the system roots.
serve no-system-roots '' SSL_CERT_FILE="$WORK/ca-dir" SSL_CERT_DIR=/nonexistent -- -cert leaf.crt -key leaf.key -cert_chain inter.crt
