/**
 * Connection strings as people paste them: Atlas templates, PyMongo 3 names, misspellings,
 * contradictions, insecure options, Python calls. Each one's corrected outputs must be accepted by
 * the real drivers (drivers.test.ts). Passwords here are fake but long enough to be scrubbed.
 */
export const CORPUS: { text: string; note: string }[] = [
	{ text: 'mongodb+srv://app:Pa55word-123@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0', note: 'Atlas' },
	{ text: 'mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/', note: 'Atlas template' },
	{ text: 'mongodb+srv://app:Pa55word-123@cluster0.abcde.mongodb.net:27017/?tls=false', note: 'port on srv, tls=false' },
	{ text: 'mongodb://db.example.com:27017/?ssl=true&ssl_ca_certs=/etc/ssl/ca.pem&ssl_cert_reqs=CERT_REQUIRED', note: 'PyMongo 3 names' },
	{ text: 'mongodb://db.example.com/?ssl=true&ssl_cert_reqs=CERT_NONE', note: 'CERT_NONE' },
	{ text: 'mongodb://db.example.com/?tls=true&ssl=false', note: 'tls/ssl disagree' },
	{ text: 'mongodb://db.example.com/?tls=true&tlsInsecure=true&tlsAllowInvalidCertificates=true', note: 'insecure + implied' },
	{ text: 'mongodb://db.example.com/?tls=true&tlsInsecure=false&tlsAllowInvalidHostnames=true', note: 'insecure=false + allow' },
	{ text: 'mongodb://db.example.com/?tlsAllowInvalidCertificates=true&tlsDisableOCSPEndpointCheck=true', note: 'allow + ocsp' },
	{ text: 'mongodb://db.example.com/?tls=true&tlsCRLFile=/etc/ssl/crl.pem&tlsDisableOCSPEndpointCheck=true', note: 'crl + ocsp' },
	{ text: 'mongodb://db.example.com/?tls=false&tlsCAFile=/etc/ssl/ca.pem', note: 'tls=false with a CA file' },
	{ text: 'mongodb://db.example.com/?tlsCAFile=/etc/ssl/ca.pem', note: 'tls implied' },
	{ text: 'mongodb://db.example.com/?tls=true&tlsCAfle=/etc/ssl/ca.pem&tlsallowinvalidhostname=false', note: 'misspellings' },
	{ text: 'mongodb://db.example.com/?tls=True&retryWrites=yes', note: 'values in the wrong case' },
	{ text: 'mongodb://db.example.com/?tls=true&tls=true&connectTimeoutMS=5000', note: 'duplicate' },
	{ text: 'mongodb://db.example.com/?tls=true&tlsCertificateKeyFilePassword=K3yPassw0rd', note: 'key password alone' },
	{
		text: 'mongodb://app:p%40ss%3Aword@db1.example.com:27017,db2.example.com:27017/admin?replicaSet=rs0&tls=true&tlsCAFile=/etc/ssl/ca.pem&tlsCertificateKeyFile=/etc/ssl/client.pem&tlsCertificateKeyFilePassword=K3yPassw0rd&authSource=admin',
		note: 'replica set with client certificate'
	},
	{ text: 'mongodb://a.example.com,b.example.com/?tls=true&directConnection=true', note: 'direct with two hosts' },
	{ text: 'mongodb://10.0.0.5:27017/?tls=true&loadBalanced=false&serverMonitoringMode=auto', note: 'IP host, options PyMongo 3.11 lacks' },
	{ text: 'mongodb://[::1]:27017/?tls=true&authMechanism=MONGODB-X509&tlsCertificateKeyFile=/etc/ssl/client.pem', note: 'IPv6, X.509' },
	{ text: 'mongodb://db.example.com?tls=true;connectTimeoutMS=5000', note: 'no slash, semicolons' },
	{ text: 'mongodb://app:pass#word99@db.example.com/?tls=true', note: 'unescaped # in the password' },
	{ text: 'MongoClient("mongodb://db.example.com/", tls=True, tlsCAFile="C:\\new\\ca.pem")', note: 'Python, mangled Windows path' },
	{
		text: 'MongoClient("mongodb+srv://cluster0.abcde.mongodb.net/", tlsCAFile=certifi.where(), authMechanism="MONGODB-X509", tlsCertificateKeyFile="/etc/ssl/client.pem")',
		note: 'Python, certifi'
	},
	{
		text: 'MongoClient("db.example.com", 27017, ssl=True, ssl_cert_reqs=ssl.CERT_NONE, password="Pa55word-123", username="app")',
		note: 'Python 3 style'
	},
	{
		text: 'pymongo.MongoClient("mongodb://db.example.com/?tls=false", tls=True, tlsAllowInvalidHostnames=True)',
		note: 'Python keyword overrides'
	}
];
