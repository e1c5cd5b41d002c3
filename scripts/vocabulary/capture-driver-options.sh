#!/bin/sh
# Captures the option and connection-string errors of the Node driver (node_modules/mongodb) and of
# PyMongo (/usr/bin/python3's pymongo) by constructing clients with bad options: no server, no
# network. Writes tests/fixtures/vocabulary/driver-options-captured.tsv: driver, input, error text.
# Run from the repository root.
set -eu
out=tests/fixtures/vocabulary/driver-options-captured.tsv
node - >"$out.node" <<'JS'
const { MongoClient } = require(process.cwd() + '/node_modules/mongodb');
const cases = [
	'mongodb://h/?tlsCAFil=/x.pem',
	'mongodb://h/?tlsCertificateFile=/x.pem&tlsCAFil=/y.pem',
	'mongodb://h/?tls=true&tlsInsecure=true&tlsAllowInvalidCertificates=true',
	'mongodb://h/?tls=true&tlsInsecure=true&tlsAllowInvalidHostnames=true',
	'mongodb://h/?tls=true&ssl=false',
	'mongodb://h/?tls=maybe',
	'mongodb://h/?tlsCAFile=/a.pem&tlsCAFile=/b.pem',
	'mongodb://h/?tlsCAFile',
	'mongodb://h/?srvMaxHosts=2',
	'mongodb+srv://h.example.com:27017/',
	'mongodb+srv://a.example.com,b.example.com/',
	'mongo://h/',
	'mongodb://u:p@ss@h/',
	'mongodb://u:p:q@h/',
];
(async () => {
	for (const u of cases) {
		try {
			new MongoClient(u);
			console.log(`node\t${u}\tOK`);
		} catch (e) {
			console.log(`node\t${u}\t${e.name}: ${e.message}`);
		}
	}
})();
JS
/usr/bin/python3 -W always - >"$out.py" 2>&1 <<'PY'
import sys, warnings
from pymongo import MongoClient
cases = [
    ('mongodb://h/', {'tlsCAFil': '/x.pem'}),
    ('mongodb://h/?tlsInsecure=true&tlsAllowInvalidCertificates=true', {}),
    ('mongodb://h/?tlsInsecure=true&tlsAllowInvalidHostnames=true', {}),
    ('mongodb://h/?tlsInsecure=true&tlsCRLFile=/x.pem', {}),
    ('mongodb://h/?tls=true&ssl=false', {}),
    ('mongodb://h/', {'ssl': False, 'ssl_certfile': '/x.pem'}),
    ('mongodb://h/?tls=true&tlsCAFile=/nonexistent.pem', {}),
    ('mongo://h/', {}),
    ('mongodb://u:p@ss@h/', {}),
    ('mongodb://', {}),
]
for uri, kw in cases:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            MongoClient(uri, connect=False, **kw)
            text = 'OK'
        except Exception as e:
            text = '%s.%s: %s' % (type(e).__module__, type(e).__name__, e)
    for w in caught:
        print('pymongo\t%s %r\tUserWarning: %s' % (uri, kw, w.message))
    print('pymongo\t%s %r\t%s' % (uri, kw, text))
PY
cat "$out.node" "$out.py" | grep -v '	OK$' >"$out"
rm "$out.node" "$out.py"
wc -l "$out"
