#!/usr/bin/env bash
# Certificates and keys the end-to-end tests drop on the page. Made by openssl; the output is
# committed beside this script (bash tests/e2e/certs/make-certs.sh regenerates it):
#   hostile-cn.crt    names that are HTML, for "certificate fields render as text only"
#   dropped.key/.crt  a fresh key pair, for "private keys never reach the DOM, storage or URL"
#   dropped.p12       the same pair in PKCS#12 with the password Tr0ub4dor-p12-pass
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A self-signed certificate whose CN, O and SAN are markup that would run script if ever parsed as HTML.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/hostile.key" -out hostile-cn.crt -days 3650 \
	-subj '/CN=<img src=x onerror=alert(1)>/O="><svg onload=alert(2)>' \
	-addext 'subjectAltName=DNS:<script>alert(3)</script>.example.com,DNS:db.example.com' 2>/dev/null

# A key for the test that private keys never reach the DOM, storage or the URL: a fresh one, so its
# base64 is known only to the test that drops it.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out dropped.key 2>/dev/null
openssl req -x509 -key dropped.key -out dropped.crt -days 3650 -subj '/CN=client.example.com/OU=Apps/O=TLS Doctor Test' \
	-addext 'extendedKeyUsage=clientAuth' 2>/dev/null

openssl pkcs12 -export -inkey dropped.key -in dropped.crt -name client -passout pass:Tr0ub4dor-p12-pass -out dropped.p12

openssl x509 -in hostile-cn.crt -noout -subject -ext subjectAltName
