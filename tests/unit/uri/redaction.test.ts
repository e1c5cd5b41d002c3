/** No password, in any spelling, survives into anything the doctor returns, whatever the password is. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeConnectionString } from '../../../src/lib/core/uri';

// Every printable character a password may hold, raw "@", "/" and "?" together included (a URI no
// driver reads as meant, and exactly the one most likely to be pasted). One exception: "?" followed
// later by "=" reads as the start of the options, and the widest reading stops there.
const password = fc
	.string({ minLength: 6, maxLength: 24, unit: fc.constantFrom(...'abcXYZ019!@#$%^&*()-_=+:/?[]~ ') })
	.filter((p) => /[a-z0-9]{2}/i.test(p) && !(p.includes('?') && p.indexOf('=', p.indexOf('?')) >= 0));

describe('redaction', () => {
	it('hides the URI password, percent-encoded or not', () => {
		fc.assert(
			fc.property(password, fc.boolean(), (pw, encode) => {
				const written = encode ? encodeURIComponent(pw) : pw;
				const out = JSON.stringify(analyzeConnectionString(`mongodb://app:${written}@db.example.com/?tls=true`, 'uri'));
				expect(out).not.toContain(written);
				if (pw.length >= 4) expect(out).not.toContain(JSON.stringify(pw).slice(1, -1));
			}),
			{ numRuns: 200 }
		);
	});

	it('hides key passwords and Python password arguments', () => {
		fc.assert(
			fc.property(
				password.filter((p) => !/["'\\]/.test(p)),
				(pw) => {
					const uri = JSON.stringify(
						analyzeConnectionString(
							`mongodb://h/?tls=true&tlsCertificateKeyFile=/c.pem&tlsCertificateKeyFilePassword=${encodeURIComponent(pw)}`,
							'uri'
						)
					);
					const python = JSON.stringify(
						analyzeConnectionString(
							`MongoClient("mongodb://h/", username="app", password="${pw}", tlsCertificateKeyFilePassword='${pw}x')`,
							'python'
						)
					);
					for (const out of [uri, python]) {
						expect(out).not.toContain(encodeURIComponent(pw));
						expect(out).not.toContain(JSON.stringify(pw).slice(1, -1));
					}
				}
			),
			{ numRuns: 200 }
		);
	});
});
