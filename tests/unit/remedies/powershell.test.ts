/** The PowerShell tokenizer check itself: what it accepts and, as importantly, what it rejects. */
import { describe, expect, it } from 'vitest';
import { powershellProblems } from './powershell';

describe('powershellProblems', () => {
	it.each([
		'$env:SSL_CERT_FILE = (python -c "import certifi; print(certifi.where())")',
		'[Environment]::SetEnvironmentVariable("SSL_CERT_FILE", $env:SSL_CERT_FILE, "User")',
		'$null | openssl s_client -connect db.example.com:27017 -servername db.example.com -showcerts',
		'mongosh "mongodb://h:27017/" --tls --authenticationDatabase \'$external\' --authenticationMechanism MONGODB-X509',
		'Get-Content client.key, client.crt | Set-Content client.pem',
		'(Get-Date).ToUniversalTime()\nw32tm /query /status',
		'Import-Certificate -FilePath C:\\path\\to\\ca.pem -CertStoreLocation Cert:\\LocalMachine\\Root',
		'java "-Djavax.net.ssl.trustStore=truststore.p12" -jar app.jar',
		"Write-Output 'it''s'",
		'& "C:\\Program Files\\Git\\usr\\bin\\openssl.exe" version',
		'# a comment with < and && in it\nopenssl version',
		'Write-Output "a `"quoted`" word and $($env:USERNAME)"'
	])('accepts %s', (t) => {
		expect(powershellProblems(t)).toBeUndefined();
	});

	it.each([
		['openssl s_client -connect h:1 </dev/null', /reserved/],
		['export SSL_CERT_FILE="x"', /POSIX/],
		['cd a && make', /PowerShell 7/],
		['a || b', /PowerShell 7/],
		['mongosh "x" --authenticationDatabase "$external"', /expanded/],
		['echo "unterminated', /unterminated double/],
		["echo 'unterminated", /unterminated single/],
		['(Get-Date', /unclosed/],
		['Get-Date)', /unbalanced/],
		['setx X "%X%" ; echo %USERNAME%', /cmd syntax/],
		['java -Djavax.net.ssl.trustStore=truststore.p12 -jar app.jar', /split at the dot/],
		['openssl version & whoami', /call operator/]
	])('rejects %s', (t, why) => {
		expect(powershellProblems(t)).toMatch(why);
	});
});
