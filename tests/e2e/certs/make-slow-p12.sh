#!/usr/bin/env bash
# slow.p12 for the watchdog tests: a real, well-formed PKCS#12 file (no password) whose MAC asks
# for 4,000,000 rounds of its key derivation, within what the reader allows (5,000,000) but seconds
# of hashing in any browser. Nothing else about it is unusual. Made by openssl, committed:
#   bash tests/e2e/certs/make-slow-p12.sh
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$tmp/slow.key" -out "$tmp/slow.crt" -days 3650 \
	-subj '/CN=slow.example.com' 2>/dev/null
openssl pkcs12 -export -inkey "$tmp/slow.key" -in "$tmp/slow.crt" -passout pass: -keypbe NONE -certpbe NONE -iter 4000000 -out slow.p12
openssl pkcs12 -in slow.p12 -info -noout -passin pass: 2>&1 | grep MAC
