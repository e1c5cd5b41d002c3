#!/usr/bin/env bash
# Captures what the JDK's TLS stack (JSSE), its certificate path code and keytool really print,
# against openssl s_server on 127.0.0.1 in a private network namespace. Writes one text per
# scenario to tests/fixtures/errors/captured/jsse/ (the tables' rendering tests read them).
#
#   unshare -n -r scripts/corpus/jsse/capture.sh
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
OUT=$ROOT/tests/fixtures/errors/captured/jsse
PKI=$(mktemp -d)
trap 'rm -rf "$PKI"; kill $(jobs -p) 2>/dev/null' EXIT
mkdir -p "$OUT"
ip link set lo up 2>/dev/null || true
"$ROOT/scripts/corpus/make-certs.sh" "$PKI" >/dev/null
cd "$PKI"

# The certificates make-certs.sh has no use for: no subjectAltName at all, and a chain whose
# intermediate is not a CA.
printf '[ext]\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >nosan.cnf
openssl req -new -newkey rsa:2048 -nodes -keyout nosan.key -subj "/CN=db.example.com" -out nosan.csr 2>/dev/null
openssl x509 -req -in nosan.csr -CA root.crt -CAkey root.key -CAcreateserial -days 3650 -extfile nosan.cnf -extensions ext -out nosan.crt 2>/dev/null
printf '[ext]\nbasicConstraints=critical,CA:FALSE\n' >notca.cnf
openssl req -new -newkey rsa:2048 -nodes -keyout notca.key -subj "/CN=Not A CA" -out notca.csr 2>/dev/null
openssl x509 -req -in notca.csr -CA root.crt -CAkey root.key -CAcreateserial -days 3650 -extfile notca.cnf -extensions ext -out notca.crt 2>/dev/null
printf '[ext]\nsubjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\n' >undernotca.cnf
openssl req -new -newkey rsa:2048 -nodes -keyout undernotca.key -subj "/CN=localhost" -out undernotca.csr 2>/dev/null
openssl x509 -req -in undernotca.csr -CA notca.crt -CAkey notca.key -CAcreateserial -days 3650 -extfile undernotca.cnf -extensions ext -out undernotca.crt 2>/dev/null
cat notca.crt root.crt >notca-chain.pem

store() { # NAME TYPE CERT...  a trust store holding the certificates, password changeit
	local name=$1 type=$2
	shift 2
	local i=0
	for c in "$@"; do
		keytool -importcert -noprompt -storetype "$type" -keystore "$name" -storepass changeit -alias "ca$i" -file "$c" >/dev/null 2>&1
		i=$((i + 1))
	done
}
store trust.p12 PKCS12 root.crt
store trust.jks JKS root.crt
store other.p12 PKCS12 other-root.crt
openssl pkcs12 -export -in client.crt -inkey client.key -passout pass:changeit -out client.p12 2>/dev/null
printf 'jdk.certpath.disabledAlgorithms=MD2, MD5, SHA1, RSA keySize < 2048\n' >strict-certpath.security
printf 'jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, DH keySize < 2048\n' >strict-dh.security

PORT=28600
server() { # s_server arguments; starts it on $PORT and waits for it to listen
	PORT=$((PORT + 1))
	# No -naccept: the readiness probe below is a connection too. client() stops the server.
	openssl s_server -accept "$PORT" -quiet "$@" >/dev/null 2>&1 &
	SERVER_PID=$!
	for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null && break; sleep 0.1; done
	PORT_IN_USE=$PORT
}
raw_server() { # REPLY: a plain TCP server that answers REPLY (or closes at once when empty)
	PORT=$((PORT + 1))
	python3 - "$PORT" "$1" <<'PY' &
import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(1)
c, _ = s.accept()
if sys.argv[2]:
    c.recv(4096); c.sendall(sys.argv[2].encode())
c.close()
PY
	SERVER_PID=$!
	sleep 0.5
	PORT_IN_USE=$PORT
}
trust() { echo "-Djavax.net.ssl.trustStore=$PKI/${1:-trust.p12}" -Djavax.net.ssl.trustStoreType=${2:-PKCS12} -Djavax.net.ssl.trustStorePassword=${3:-changeit}; }
client() { # NAME HOST JAVA_OPTIONS...
	local name=$1 host=$2
	shift 2
	{
		echo "# java $(java -version 2>&1 | head -1 | cut -d'"' -f2) JsseClient $host (see scripts/corpus/jsse/capture.sh)"
		timeout 20 java "$@" "$HERE/JsseClient.java" "$host" "$PORT_IN_USE" 2>&1
	} >"$OUT/$name.txt"
	kill "$SERVER_PID" 2>/dev/null
	wait "$SERVER_PID" 2>/dev/null
}
keytool_run() { # NAME keytool arguments
	local name=$1
	shift
	{ echo "# keytool $* (see scripts/corpus/jsse/capture.sh)"; keytool "$@" 2>&1; } | sed "s#$PKI#/home/app/pki#g" >"$OUT/$name.txt"
}
S=(-cert server.crt -key server.key -cert_chain inter.crt)

server "${S[@]}"; client untrusted-ca localhost $(trust other.p12)
server "${S[@]}"; client trusted-ok localhost $(trust)
server -cert expired.crt -key expired.key -cert_chain inter.crt; client expired localhost $(trust)
server -cert future.crt -key future.key -cert_chain inter.crt; client not-yet-valid localhost $(trust)
server -cert wronghost.crt -key wronghost.key -cert_chain inter.crt; client hostname-mismatch localhost $(trust)
server -cert wronghost.crt -key wronghost.key -cert_chain inter.crt; client ip-mismatch 127.0.0.1 $(trust)
server -cert nosan.crt -key nosan.key; client no-san-dns localhost $(trust)
server -cert nosan.crt -key nosan.key; client no-san-ip 127.0.0.1 $(trust)
server -cert clientonly-eku.crt -key clientonly-eku.key -cert_chain inter.crt; client wrong-purpose localhost $(trust)
server -cert undernotca.crt -key undernotca.key -cert_chain notca-chain.pem; client not-a-ca localhost $(trust)
# OpenSSL's own security level would refuse these keys and signatures: level 0 lets it send them.
L0=(-cipher 'DEFAULT:@SECLEVEL=0')
server -cert weakkey.crt -key weakkey.key -cert_chain inter.crt "${L0[@]}"; client weak-key localhost $(trust) "-Djava.security.properties=$PKI/strict-certpath.security"
server "${S[@]}" -tls1_2 -cipher 'DHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0' -dhparam dh1024.pem; client dh-too-small localhost $(trust) "-Djava.security.properties=$PKI/strict-dh.security" -Djdk.tls.client.cipherSuites=TLS_DHE_RSA_WITH_AES_128_GCM_SHA256
server "${S[@]}" -tls1 -cipher 'DEFAULT:@SECLEVEL=0'; client server-tls10 localhost $(trust)
server "${S[@]}"; client client-tls10-only localhost $(trust) -Djdk.tls.client.protocols=TLSv1
raw_server $'HTTP/1.0 400 Bad Request\r\nContent-Length: 0\r\n\r\n'; client plain-http-reply localhost $(trust)
raw_server ''; client closed-at-once localhost $(trust)
raw_server $'\x00\x00\x00\x00\x00\x00\x00\x00'; client plain-binary-reply localhost $(trust)

# The trust store and key store the JVM is told to use.
server "${S[@]}"; client truststore-missing localhost "-Djavax.net.ssl.trustStore=$PKI/no-such-truststore.p12" -Djavax.net.ssl.trustStorePassword=changeit
server "${S[@]}"; client truststore-wrong-password-p12 localhost $(trust trust.p12 PKCS12 wrong)
server "${S[@]}"; client truststore-wrong-password-jks localhost $(trust trust.jks JKS wrong)
server "${S[@]}"; client truststore-pem-as-p12 localhost $(trust root.crt PKCS12)
server "${S[@]}"; client truststore-pem-as-jks localhost $(trust root.crt JKS)
server "${S[@]}"; client truststore-empty localhost $(trust empty-bundle.pem PKCS12)
server "${S[@]}" -Verify 1 -CAfile root.crt; client keystore-wrong-password localhost $(trust) "-Djavax.net.ssl.keyStore=$PKI/client.p12" -Djavax.net.ssl.keyStoreType=PKCS12 -Djavax.net.ssl.keyStorePassword=wrong
server "${S[@]}" -Verify 1 -CAfile root.crt; client keystore-missing localhost $(trust) "-Djavax.net.ssl.keyStore=$PKI/no-such-keystore.p12" -Djavax.net.ssl.keyStorePassword=changeit

# A server certificate whose key usage allows key encipherment only; a PKCS#12 trust store made
# by openssl without Java's trust attribute; a JKS key store whose key has its own password.
printf '[ext]\nsubjectAltName=DNS:localhost\nkeyUsage=critical,keyEncipherment\nextendedKeyUsage=serverAuth\n' >kuenc.cnf
openssl req -new -newkey rsa:2048 -nodes -keyout kuenc.key -subj "/CN=localhost" -out kuenc.csr 2>/dev/null
openssl x509 -req -in kuenc.csr -CA inter.crt -CAkey inter.key -CAcreateserial -days 3650 -extfile kuenc.cnf -extensions ext -out kuenc.crt 2>/dev/null
openssl pkcs12 -export -nokeys -in root.crt -passout pass:changeit -out notrust.p12 2>/dev/null
keytool -importkeystore -noprompt -srckeystore client.p12 -srcstoretype PKCS12 -srcstorepass changeit -destkeystore client.jks -deststoretype JKS -deststorepass changeit -destkeypass otherpass >/dev/null 2>&1
server -cert kuenc.crt -key kuenc.key -cert_chain inter.crt; client key-usage-encipherment-only localhost $(trust)
server "${S[@]}"; client truststore-without-trust-attributes localhost $(trust notrust.p12 PKCS12)
server "${S[@]}" -Verify 1 -CAfile root.crt; client keystore-key-password-differs localhost $(trust) "-Djavax.net.ssl.keyStore=$PKI/client.jks" -Djavax.net.ssl.keyStoreType=JKS -Djavax.net.ssl.keyStorePassword=changeit

# The same failures through the MongoDB Java driver (Debian libmongodb-java 3.6), which prints
# them inside its cluster view: the rows the driver corpus (captured/java/) has no text for.
JAR=/usr/share/java/mongo-java-driver.jar
driver() { # NAME HOST JAVA_OPTIONS...
	local name=$1 host=$2
	shift 2
	[ -f "$JAR" ] || return 0
	{
		echo "# mongo-java-driver $(dpkg-query -W -f='${Version}' libmongodb-java), java $(java -version 2>&1 | head -1 | cut -d'"' -f2) (see scripts/corpus/jsse/capture.sh)"
		timeout 30 java "$@" -cp "$JAR" "$ROOT/scripts/corpus/clients/JavaClient.java" "mongodb://$host:$PORT_IN_USE/?ssl=true&serverSelectionTimeoutMS=1500&connectTimeoutMS=1500" 2>&1
	} >"$OUT/driver-$name.txt"
	kill "$SERVER_PID" 2>/dev/null
	wait "$SERVER_PID" 2>/dev/null
}
server -cert weakkey.crt -key weakkey.key -cert_chain inter.crt "${L0[@]}"; driver weak-key localhost $(trust) "-Djava.security.properties=$PKI/strict-certpath.security"
server -cert undernotca.crt -key undernotca.key -cert_chain notca-chain.pem; driver not-a-ca localhost $(trust)
server -cert nosan.crt -key nosan.key; driver no-san-ip 127.0.0.1 $(trust)
server -cert nosan.crt -key nosan.key; driver no-san-dns localhost $(trust)
server "${S[@]}" -tls1_2 -cipher 'DHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0' -dhparam dh1024.pem; driver dh-too-small localhost $(trust) "-Djava.security.properties=$PKI/strict-dh.security" -Djdk.tls.client.cipherSuites=TLS_DHE_RSA_WITH_AES_128_GCM_SHA256
server "${S[@]}"; driver client-tls10-only localhost $(trust) -Djdk.tls.client.protocols=TLSv1
server "${S[@]}"; driver truststore-wrong-password localhost $(trust trust.p12 PKCS12 wrong)
server "${S[@]}" -Verify 1 -CAfile root.crt; driver keystore-wrong-password localhost $(trust) "-Djavax.net.ssl.keyStore=$PKI/client.p12" -Djavax.net.ssl.keyStoreType=PKCS12 -Djavax.net.ssl.keyStorePassword=wrong

# The certificate path checks alone, as JSSE's trust manager runs them (CertPathCheck.java), for
# the chains a TLS server here cannot be made to send or the JDK cannot be made to fetch.
ca_like() { # NAME SUBJECT EXTENSIONS: an intermediate signed by the root
	printf '[ext]\n%b\n' "$3" >"$1.cnf"
	openssl req -new -newkey rsa:2048 -nodes -keyout "$1.key" -subj "$2" -out "$1.csr" 2>/dev/null
	openssl x509 -req -in "$1.csr" -CA root.crt -CAkey root.key -CAcreateserial -days 3650 -extfile "$1.cnf" -extensions ext -out "$1.crt" 2>/dev/null
}
leaf_under() { # NAME ISSUER
	printf '[ext]\nsubjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\n' >"$1.cnf"
	openssl req -new -newkey rsa:2048 -nodes -keyout "$1.key" -subj "/CN=localhost" -out "$1.csr" 2>/dev/null
	openssl x509 -req -in "$1.csr" -CA "$2.crt" -CAkey "$2.key" -CAcreateserial -days 3650 -extfile "$1.cnf" -extensions ext -out "$1.crt" 2>/dev/null
}
ca_like pathlen0 "/CN=Path Length Zero CA" 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign'
ca_like below-pathlen0 "/CN=Below Path Length Zero CA" 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign'
openssl x509 -req -in below-pathlen0.csr -CA pathlen0.crt -CAkey pathlen0.key -CAcreateserial -days 3650 -extfile below-pathlen0.cnf -extensions ext -out below-pathlen0.crt 2>/dev/null
leaf_under deep below-pathlen0
ca_like nocertsign "/CN=No CertSign CA" 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,digitalSignature'
leaf_under under-nocertsign nocertsign
ca_like constrained "/CN=Constrained CA" 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nnameConstraints=critical,permitted;DNS:.example.org'
leaf_under outside-constraints constrained
ca_like inter2 "/CN=Another Intermediate CA" 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign'
ca_like same-name-inter "/O=TLS Doctor Corpus/CN=Test Intermediate CA" 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign'
openssl crl -in inter-revoking.crl -out inter-revoking.pem 2>/dev/null || cp inter-revoking.crl inter-revoking.pem
path_check() { # NAME ANCHOR CHAIN REVOCATION [java options]; REVOCATION: off, on (no CRL given), or a CRL file
	local name=$1 anchor=$2 chain=$3 revocation=$4
	shift 4
	local extra=()
	[ "$revocation" = on ] && extra=("")
	[ "$revocation" != on ] && [ "$revocation" != off ] && extra=("$revocation")
	{
		echo "# java $(java -version 2>&1 | head -1 | cut -d'"' -f2) CertPathCheck (see scripts/corpus/jsse/capture.sh)"
		timeout 20 java "$@" "$HERE/CertPathCheck.java" "$anchor" "$chain" "${extra[@]}" 2>&1
	} >"$OUT/$name.txt"
}
cat deep.crt below-pathlen0.crt pathlen0.crt >deep-chain.pem
cat under-nocertsign.crt nocertsign.crt >nocertsign-chain.pem
cat outside-constraints.crt constrained.crt >constrained-chain.pem
cat server.crt inter2.crt >misordered-chain.pem
cat server.crt same-name-inter.crt >same-name-chain.pem
cat revoked.crt inter.crt >revoked-chain.pem
cat sha1.crt inter.crt >sha1-chain.pem
path_check path-length-exceeded root.crt deep-chain.pem off
path_check ca-without-certsign root.crt nocertsign-chain.pem off
path_check name-constraints root.crt constrained-chain.pem off
path_check name-chaining root.crt misordered-chain.pem off
path_check signature-check-failed root.crt same-name-chain.pem off
path_check revoked inter.crt revoked.crt inter-revoking.pem
path_check revocation-undetermined root.crt server-chain.pem on
path_check no-trust-anchor other-root.crt server-chain.pem off
path_check weak-signature root.crt sha1-chain.pem off "-Djava.security.properties=$PKI/strict-certpath.security"

keytool_run keytool-wrong-password-jks -list -keystore "$PKI/trust.jks" -storetype JKS -storepass wrong
keytool_run keytool-wrong-password-p12 -list -keystore "$PKI/trust.p12" -storepass wrong
keytool_run keytool-pem-as-store -list -keystore "$PKI/root.crt" -storepass changeit
keytool_run keytool-pem-as-jks -list -keystore "$PKI/root.crt" -storetype JKS -storepass changeit
keytool_run keytool-missing-store -list -keystore "$PKI/no-such.p12" -storepass changeit
keytool_run keytool-import-not-a-cert -importcert -noprompt -keystore "$PKI/new.p12" -storepass changeit -alias x -file "$PKI/client.key"
keytool_run keytool-import-missing-file -importcert -noprompt -keystore "$PKI/new.p12" -storepass changeit -alias x -file "$PKI/no-such.crt"
keytool_run keytool-short-password -genkeypair -keystore "$PKI/new2.p12" -storepass abc -alias x -dname CN=x -keyalg RSA
# The paths in the texts are this run's temp dir: written as /home/app/pki so runs compare.
sed -i "s#$PKI#/home/app/pki#g" "$OUT"/*.txt
