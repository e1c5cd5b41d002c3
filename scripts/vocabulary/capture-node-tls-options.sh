#!/usr/bin/env bash
# Captures how the Node driver (this repo's node_modules) fails when a TLS option names a file it
# cannot use, or a protocol Node refuses, into tests/fixtures/errors/captured/node/. No server is
# needed: every failure comes before the connection. The EACCES case runs as nobody (root reads anything).
#   bash scripts/vocabulary/capture-node-tls-options.sh
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/tests/fixtures/errors/captured/node
PKI=$ROOT/tests/fixtures/pki
WORK=/tmp/nodecap
mkdir -p $WORK && chmod 755 $WORK
cat > $WORK/cap.mjs <<JS
import { MongoClient } from '$ROOT/node_modules/mongodb/lib/index.js';
const [uri, json] = process.argv.slice(2);
const client = new MongoClient(uri, { serverSelectionTimeoutMS: 1500, connectTimeoutMS: 1000, ...JSON.parse(json ?? '{}') });
await client.db('admin').command({ ping: 1 });
JS
cat > $WORK/pfx.mjs <<JS
import { readFileSync } from 'node:fs';
import { MongoClient } from '$ROOT/node_modules/mongodb/lib/index.js';
const [uri, pfx, passphrase] = process.argv.slice(2);
const client = new MongoClient(uri, { serverSelectionTimeoutMS: 1500, connectTimeoutMS: 1000, pfx: readFileSync(pfx), passphrase });
await client.db('admin').command({ ping: 1 });
JS
cap() { local file=$1; shift; timeout 20 "$@" > "$OUT/$file" 2>&1; }
PEM_AS_PATH=$(node -e "console.log(JSON.stringify({ tlsCAFile: require('fs').readFileSync('$PKI/root-ca.crt', 'utf8') }))")
cap ca-file-pem-content.txt node $WORK/cap.mjs "mongodb://127.0.0.1:1/?tls=true" "$PEM_AS_PATH"
cap ca-file-directory.txt node $WORK/cap.mjs "mongodb://127.0.0.1:1/?tls=true&tlsCAFile=/tmp"
cap ca-file-not-a-directory.txt node $WORK/cap.mjs "mongodb://127.0.0.1:1/?tls=true&tlsCAFile=/etc/passwd/ca.pem"
cp $PKI/root-ca.crt $WORK/private-ca.pem && chmod 600 $WORK/private-ca.pem
cap ca-file-unreadable.txt setpriv --reuid=65534 --regid=65534 --clear-groups node $WORK/cap.mjs "mongodb://127.0.0.1:1/?tls=true&tlsCAFile=$WORK/private-ca.pem"
cap crl-file-not-a-crl.txt node $WORK/cap.mjs "mongodb://127.0.0.1:1/?tls=true&tlsCRLFile=$PKI/root-ca.crt"
cap secure-protocol-sslv3.txt node $WORK/cap.mjs "mongodb://127.0.0.1:1/?tls=true" '{"secureProtocol":"SSLv3_method"}'
# A PKCS#12 with the legacy RC2-40/3DES encryption (what older Windows and Java exports make), which OpenSSL 3 refuses.
openssl pkcs12 -export -legacy -in $PKI/self-signed.crt -inkey $PKI/self-signed.key -passout pass:secret -out $WORK/legacy.p12
cap pkcs12-legacy-encryption.txt node $WORK/pfx.mjs "mongodb://127.0.0.1:1/?tls=true" $WORK/legacy.p12 secret
