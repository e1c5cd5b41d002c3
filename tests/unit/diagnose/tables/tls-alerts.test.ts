/**
 * Table 1 (TLS alerts) against the lists extracted from each stack's source
 * (tests/fixtures/vocabulary/tls-alerts/, commands in its README): every extracted entry is in
 * the table or listed below as deliberately left out, and every row's renderings, built from
 * each stack's format string (marked "built"; captured texts live in the signatures' examples),
 * rank one of the row's acceptable diagnoses first.
 */

import { describe, expect, it } from 'vitest';
import { TLS_ALERTS, type TlsAlert } from '../../../../src/lib/core/diagnose/tables/tls-alerts';
import { TLS_ALERT_SIGNATURES, opensslReasonText, renderings } from '../../../../src/lib/core/diagnose/tables/tls-alerts-signatures';
import { analyzeText } from '../../../helpers/analyze';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureText } from '../../../helpers/fixtures';

const extract = (name: string) =>
	fixtureText(`vocabulary/tls-alerts/${name}`)
		.split('\n')
		.filter((l) => l.trim());

/** "N text" lines. */
const numbered = (name: string) =>
	extract(name).map((l) => {
		const m = /^(\d+) (.+)$/.exec(l)!;
		return { code: Number(m[1]), text: m[2] };
	});

const byCode = new Map(TLS_ALERTS.map((a) => [a.code, a]));

/** Extracted entries the table leaves out on purpose, each with its reason. */
const UNMAPPED: Record<string, Record<string, string>> = {
	boringssl: { TLSV1_ALERT_ECH_REQUIRED: 'ech_required (121) is from the ECH draft, not RFC 8446/5246, and no MongoDB client offers ECH' },
	go: { '121': 'encrypted client hello required: ECH draft, no MongoDB client offers ECH' },
	rustls: { EncryptedClientHelloRequired: 'ECH draft (121), not RFC 8446/5246; no MongoDB client offers ECH' },
	'openssl-3.0.19': { '0': 'OpenSSL 3.0 has no reason text for close_notify (prints "reason(1000)"): a close is not an error' }
};

const coverage: string[] = [];
function report(stack: string, mapped: number, total: number) {
	coverage.push(`${stack}: ${mapped} of ${total}`);
	console.log(`tls-alerts coverage ${stack}: ${mapped} of ${total} mapped, ${total - mapped} deliberately unmapped`);
}

describe('table 1, TLS alerts: completeness against each source', () => {
	it('has every alert of RFC 8446 §6.2 and RFC 5246 §7.2, once', () => {
		const rfc = [
			0, 10, 20, 21, 22, 30, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 60, 70, 71, 80, 86, 90, 100, 109, 110, 111, 112, 113, 114, 115,
			116, 120
		];
		expect(TLS_ALERTS.map((a) => a.code)).toEqual(rfc);
		for (const a of TLS_ALERTS) expect(a.rfc, a.name).toMatch(/RFC \d+/);
	});

	it('every row is mapped to diagnoses or says why not', () => {
		for (const a of TLS_ALERTS) {
			if ('reading' in a.meaning) expect(a.meaning.tops.length, a.name).toBeGreaterThan(0);
			else expect(a.meaning.unmapped.length, a.name).toBeGreaterThan(20);
		}
	});

	it('BoringSSL ssl.errordata: every alert reason name, with its code', () => {
		const rows = extract('boringssl-ssl-errordata.txt').map((l) => l.split(','));
		let mapped = 0;
		for (const [, code, name] of rows) {
			if (UNMAPPED.boringssl[name]) continue;
			const row = byCode.get(Number(code) - 1000);
			expect(row?.openssl, name).toContain(name);
			mapped++;
		}
		report('BoringSSL (Electron: Compass, VS Code)', mapped, rows.length);
	});

	it('OpenSSL 3.0.19 errstr: every reason text is one of the row’s names, printed OpenSSL’s way', () => {
		const rows = extract('openssl-3.0.19-errstr.txt').map((l) => {
			const m = /^error:([0-9A-F]{8}):SSL routines::(.+)$/.exec(l)!;
			return { code: parseInt(m[1], 16) - 0x0a000000 - 1000, text: m[2] };
		});
		let mapped = 0;
		for (const { code, text } of rows) {
			if (UNMAPPED['openssl-3.0.19'][String(code)]) continue;
			const row = byCode.get(code)!;
			expect(row.openssl.map(opensslReasonText), `${code}`).toContain(text);
			mapped++;
		}
		report('OpenSSL 3.x reason text', mapped, rows.length);
	});

	it('OpenSSL reason names BoringSSL lists as OpenSSL’s (TLSV1_UNRECOGNIZED_NAME, TLSV13_ALERT_*)', () => {
		const rows = extract('openssl-reason-aliases.txt').map((l) => l.split(' '));
		for (const [name, code] of rows) expect(byCode.get(Number(code) - 1000)?.openssl, name).toContain(name);
		report('OpenSSL-only reason names', rows.length, rows.length);
	});

	it('Python (CPython 3.11, OpenSSL 3.0): every bracketed reason name', () => {
		const rows = numbered('python-err-codes-to-names.txt');
		for (const { code, text } of rows) expect(byCode.get(code - 1000)?.openssl, text).toContain(text);
		report('Python [SSL: …]', rows.length, rows.length);
	});

	it('OpenSSL ssl_stat.c SSL_alert_desc_string_long: every alert number it names', () => {
		const rows = numbered('openssl-alert-desc-string-long.txt');
		for (const { code, text } of rows) expect(byCode.get(code)?.name.replaceAll('_', ' '), text).toBe(text.toLowerCase());
		report('OpenSSL "SSL alert number N"', rows.length, rows.length);
	});

	it('Go crypto/tls alertText: every text, received as "remote error: tls: …"', () => {
		const rows = [...numbered('go-alert.txt'), ...numbered('go-alert-newer.txt')];
		let mapped = 0;
		for (const { code, text } of rows) {
			if (UNMAPPED.go[String(code)]) continue;
			expect(byCode.get(code)?.go, `${code}`).toBe(text);
			mapped++;
		}
		report('Go', mapped, rows.length);
	});

	it('Java sun.security.ssl.Alert: every description', () => {
		const rows = numbered('java-alert.txt');
		for (const { code, text } of rows) expect(byCode.get(code)?.java, `${code}`).toBe(text);
		report('Java (JSSE)', rows.length, rows.length);
	});

	it('rustls 0.23 AlertDescription: every variant, with its code', () => {
		const rows = extract('rustls-v0.23.43-alert-description.txt').map((l) => l.split(' '));
		let mapped = 0;
		for (const [name, hex] of rows) {
			if (UNMAPPED.rustls[name]) continue;
			expect(byCode.get(parseInt(hex, 16))?.rustls, name).toBe(name);
			mapped++;
		}
		expect(extract('rustls-v0.23.43-display.txt').join('\n')).toContain('"received fatal alert: {alert:?}"');
		report('rustls', mapped, rows.length);
	});

	it('prints the coverage of every stack', () => {
		expect(coverage.length).toBe(8);
	});
});

/** Each stack's received rendering, built from its format string (not captured). */
function builtTexts(a: TlsAlert): { stack: string; text: string }[] {
	const hex = (base: number) => (base + 1000 + a.code).toString(16).toUpperCase().padStart(8, '0');
	const out: { stack: string; text: string }[] = [];
	for (const name of a.openssl) {
		const text = opensslReasonText(name);
		out.push({
			stack: 'OpenSSL 3 (mongosh/Node)',
			text: `MongoServerSelectionError: 40F7A1B2C37F0000:error:${hex(0x0a000000)}:SSL routines:ssl3_read_bytes:${text}:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1605:SSL alert number ${a.code}`
		});
		out.push({
			stack: 'OpenSSL 1.1 (libmongoc)',
			text: `[TLS handshake failed: error:14094${(1000 + a.code).toString(16).toUpperCase()}:SSL routines:ssl3_read_bytes:${text} calling hello on 'db.example.net:27017']`
		});
		out.push({
			stack: 'Python',
			text: `pymongo.errors.ServerSelectionTimeoutError: db.example.net:27017: [SSL: ${name}] ${text} (_ssl.c:1006), Timeout: 30s`
		});
		out.push({
			stack: 'BoringSSL (Electron)',
			text: `MongoServerSelectionError: error:${hex(0x10000000)}:SSL routines:OPENSSL_internal:${name}`
		});
		out.push({ stack: 'Node code', text: `code: 'ERR_SSL_${name}'` });
	}
	out.push({ stack: 'OpenSSL alert number', text: `SSL routines:ssl3_read_bytes:reason(${1000 + a.code}):SSL alert number ${a.code}` });
	if (a.go) out.push({ stack: 'Go', text: `connection() error occurred during connection handshake: remote error: tls: ${a.go}` });
	out.push({ stack: 'Java', text: `javax.net.ssl.SSLHandshakeException: Received fatal alert: ${a.java}` });
	out.push({ stack: 'rustls', text: `Kind: I/O error: received fatal alert: ${a.rustls}, labels: {}` });
	return out;
}

const tableMatches = (text: string) => TLS_ALERT_SIGNATURES.filter((s) => new RegExp(s.pattern.source, 'i').test(text));

describe('table 1, TLS alerts: every row in every stack’s rendering (built from the format strings)', () => {
	for (const a of TLS_ALERTS) {
		describe(`${a.name} (${a.code})`, () => {
			for (const { stack, text } of builtTexts(a)) {
				if ('reading' in a.meaning) {
					const tops = a.meaning.tops;
					it(`${stack} [built]: ranks one of ${tops.join(' / ')} first`, async () => {
						expect(tableMatches(text).length, text).toBeGreaterThan(0);
						const report = await analyzeText(text);
						expect(tops, text).toContain(report.diagnoses[0]?.id);
					});
				} else {
					it(`${stack} [built]: is left to the other signatures, as the row says`, () => {
						expect(tableMatches(text), text).toEqual([]);
					});
				}
			}
		});
	}
});

const CAPTURED_DIR = join(import.meta.dirname, '../../../fixtures/vocabulary/tls-alerts/captured');

describe('table 1, TLS alerts: texts captured from real clients (scripts/vocabulary/capture-tls-alerts.sh)', () => {
	for (const client of readdirSync(CAPTURED_DIR)) {
		for (const file of readdirSync(join(CAPTURED_DIR, client))) {
			const row = TLS_ALERTS.find((a) => a.name === file.replace(/\.txt$/, ''))!;
			it(`${client} ${row.name} [captured]: ranks one of the row’s diagnoses first`, async () => {
				const text = fixtureText(`vocabulary/tls-alerts/captured/${client}/${file}`);
				expect('reading' in row.meaning).toBe(true);
				if (!('reading' in row.meaning)) return;
				expect(
					tableMatches(text)
						.map((s) => s.id)
						.join(),
					text
				).toContain(`.alert-${row.name.replaceAll('_', '-')}`);
				const report = await analyzeText(text);
				expect(row.meaning.tops, text).toContain(report.diagnoses[0]?.id);
			});
		}
	}
});

describe('direction: who objected', () => {
	it('lists every stack’s received form, and Go’s sent form apart from it', () => {
		const bad = TLS_ALERTS.find((a) => a.name === 'bad_certificate')!;
		const forms = renderings(bad);
		expect(forms.filter((r) => r.direction === 'sent').map((r) => r.text)).toEqual(['local error: tls: bad certificate']);
		expect(forms.filter((r) => r.direction === 'received').length).toBeGreaterThan(4);
	});

	it('an alert the Go client sent is not read as the server rejecting the client’s certificate', async () => {
		const text = 'connection() error occurred during connection handshake: local error: tls: bad certificate';
		expect(tableMatches(text)).toEqual([]);
		const report = await analyzeText(text);
		expect(report.diagnoses[0]?.id).not.toBe('client-cert-untrusted');
	});

	it('in a mongod log an unknown_ca alert came from the client: the client did not trust the server', async () => {
		// Built from mongod's "Error receiving request from client" line (session_workflow.cpp) with OpenSSL's reason.
		const text =
			'2026-11-20T10:00:00.000+0000 I NETWORK  [conn12] Error receiving request from client: SSLHandshakeFailed: tlsv1 alert unknown ca. Ending connection from 10.0.0.5:51234 (connection id: 12)';
		const report = await analyzeText(text);
		expect(['untrusted-ca', 'self-signed-cert', 'missing-intermediate']).toContain(report.diagnoses[0]?.id);
	});

	it('a client certificate the server found expired is the client’s certificate, not the server’s chain', async () => {
		const text =
			"[TLS handshake failed: error:14094415:SSL routines:ssl3_read_bytes:sslv3 alert certificate expired calling hello on 'db.example.net:27017']";
		const report = await analyzeText(text);
		const top = report.diagnoses[0];
		expect(top?.id).toBe('cert-expired');
		expect(top.evidence.map((e) => text.slice(e.start, e.end))).toContain('sslv3 alert certificate expired');
	});
});
