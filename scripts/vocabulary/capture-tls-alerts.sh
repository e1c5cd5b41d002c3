#!/usr/bin/env bash
# Captures the TLS alerts a real client prints when an OpenSSL server (openssl s_server, bound to
# 127.0.0.1 only) rejects it, with the certificates of tests/fixtures/pki. Clients: Python's ssl
# module (what PyMongo uses) and openssl s_client. Writes
# tests/fixtures/vocabulary/tls-alerts/captured/CLIENT/ALERT.txt, exactly as printed.
#   bash scripts/vocabulary/capture-tls-alerts.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PKI=tests/fixtures/pki
OUT=tests/fixtures/vocabulary/tls-alerts/captured
PORT=${PORT:-28611}
WORK=$(mktemp -d)
SERVER_PID=
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
cat "$PKI/intermediate-ca.crt" "$PKI/root-ca.crt" >"$WORK/cas.pem"
cat "$PKI/server.crt" "$PKI/intermediate-ca.crt" >"$WORK/server-chain.pem"
mkdir -p "$OUT/python" "$OUT/s_client"

start() { # s_server options...
	# s_server ends a connection when its stdin closes: keep it open while the client runs.
	sleep 5 | openssl s_server -accept "127.0.0.1:$PORT" -naccept 1 -cert "$WORK/server-chain.pem" -key "$PKI/server.key" \
		-CAfile "$WORK/cas.pem" "$@" >"$WORK/server.log" 2>&1 &
	SERVER_PID=$!
	# s_server prints ACCEPT once it listens.
	for _ in $(seq 50); do
		grep -q ACCEPT "$WORK/server.log" && return 0
		sleep 0.1
	done
}

python_client() { # name cert key max-version
	python3 - "$PORT" "$PKI/root-ca.crt" "$2" "$3" "$4" >"$OUT/python/$1.txt" 2>&1 <<'PY' || true
import socket, ssl, sys
port, ca, cert, key, maxv = sys.argv[1:]
ctx = ssl.create_default_context(cafile=ca)
if cert != '-':
    ctx.load_cert_chain(cert, key)
if maxv == '1.2':
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
try:
    with socket.create_connection(('127.0.0.1', int(port))) as raw:
        with ctx.wrap_socket(raw, server_hostname='db.example.com') as s:
            s.sendall(b'ping')
            s.recv(16)
except ssl.SSLError as e:
    print(f'{type(e).__name__}: {e}')
PY
}

sclient() { # name cert key extra...
	local name=$1 cert=$2 key=$3
	shift 3
	local auth=()
	[ "$cert" != - ] && auth=(-cert "$cert" -key "$key")
	# s_client prints the handshake and then the error; keep the error lines.
	(echo ping; sleep 1) | openssl s_client -connect "127.0.0.1:$PORT" -servername db.example.com \
		-CAfile "$PKI/root-ca.crt" "${auth[@]}" "$@" 2>&1 | grep -E ':error:|alert' >"$OUT/s_client/$name.txt" || true
}

stop() {
	kill "$SERVER_PID" 2>/dev/null || true
	wait "$SERVER_PID" 2>/dev/null || true
	SERVER_PID=
	# A fresh port for the next server: no waiting for the old socket to close.
	PORT=$((PORT + 1))
}

scenario() { # name client-cert client-key client-max server-options...
	local name=$1 cert=$2 key=$3 maxv=$4
	shift 4
	start "$@"
	python_client "$name" "$cert" "$key" "$maxv"
	stop
	start "$@"
	local extra=()
	if [ "$maxv" = 1.2 ]; then extra=(-tls1_2); fi
	sclient "$name" "$cert" "$key" "${extra[@]}"
	stop
}

# No client certificate: TLS 1.3 certificate_required (116), TLS 1.2 handshake_failure (40).
scenario certificate_required - - 1.3 -Verify 1 -verify_return_error
scenario handshake_failure - - 1.2 -Verify 1 -verify_return_error
# A client certificate the server's CAs did not issue: unknown_ca (48).
scenario unknown_ca "$PKI/self-signed.crt" "$PKI/self-signed.key" 1.3 -Verify 1 -verify_return_error
# A certificate for servers only (extendedKeyUsage serverAuth) offered as a client's: unsupported_certificate (43).
scenario unsupported_certificate "$PKI/server.crt" "$PKI/server.key" 1.3 -Verify 1 -verify_return_error
# An expired client certificate, the purpose check aside: certificate_expired (45).
scenario certificate_expired "$PKI/server-expired.crt" "$PKI/server-expired.key" 1.3 -Verify 1 -verify_return_error -purpose any
# A TLS 1.3-only server and a client limited to TLS 1.2: protocol_version (70).
scenario protocol_version - - 1.2 -tls1_3
# The server knows another name than the one the client asks for: unrecognized_name (112).
scenario unrecognized_name - - 1.3 -servername other.example.com -servername_fatal -cert2 "$WORK/server-chain.pem" -key2 "$PKI/server.key"
