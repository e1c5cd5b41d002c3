/**
 * The eight inputs issue 12 measured, each with its own budget (budgets.ts): before the fixes they
 * took from 16 seconds to minutes, gigabytes, or the stack. Each test also says what the report
 * reads, and that an ordinary analysis afterwards is unchanged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../src/lib/core/report/markdown';
import { parsePython } from '../../../src/lib/core/uri/parse-python';
import { parseUri } from '../../../src/lib/core/uri/parse-uri';
import { fixtureText } from '../../helpers/fixtures';
import { analyzeWithin, expectOrdinaryUnchanged, ordinaryReport, repeatTo, text, unreadable } from './bounded';
import { BUDGETS } from './budgets';

const sClient = fixtureText('ingest/s_client-client-cert-requested.txt');
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('the inputs measured in issue 12', () => {
	let ordinary: unknown;
	beforeAll(async () => {
		ordinary = await ordinaryReport();
	});

	it('1. a 656-byte PEM block with 24 CRLF header lines (16 s before: the header regex backtracked exponentially)', async () => {
		const pem =
			'-----BEGIN RSA PRIVATE KEY-----\r\n' +
			'Proc-Type: 4,ENCRYPTED\r\n'.repeat(24) +
			'MIIBOgIBAAJBAK\r\n-----END RSA PRIVATE KEY-----\r\n';
		expect(pem.length).toBe(656);
		const { report } = await analyzeWithin('issue-1', [text(pem)], {}, { maxReport: 64 * 1024 });
		// Without the blank line that ends them, the lines are not headers: the body is read as base64.
		expect(unreadable(report)[0]).toMatch(/bad base64 at line 2/i);
		await expectOrdinaryUnchanged(ordinary);
	});

	it('2a. 2 MB of cut-off openssl x509 -text dumps (each dump was searched to the end of the text)', async () => {
		const cut = 'Certificate:\n    Data:\n        Version: 3 (0x2)\n        Serial Number:\n';
		const { report } = await analyzeWithin('issue-2a', [text(repeatTo(cut, 2e6))]);
		expect(report.items.filter((i) => i.kind === 'x509-text')).toHaveLength(100);
		expect(unreadable(report)).toEqual([expect.stringMatching(/^[\d,]+ more openssl x509 -text dumps: Only the first 100/)]);
		await expectOrdinaryUnchanged(ordinary);
	});

	it('2b. 2 MB of s_client "Acceptable client certificate CA names" lines (each one searched to the end for the next section)', async () => {
		const head = sClient.slice(0, sClient.indexOf('Acceptable client'));
		const lines = repeatTo('Acceptable client certificate CA names\nO = Ingest Test, CN = Ingest Test CA\n', 2e6);
		const { report } = await analyzeWithin('issue-2b', [text(head + lines)]);
		const transcript = report.items.find((i) => i.kind === 's-client');
		expect(transcript?.kind === 's-client' && transcript.transcript.chain).toHaveLength(2);
		await expectOrdinaryUnchanged(ordinary);
	});

	it('3. 100,000 BEGIN CERTIFICATE lines and no END line (each block searched the rest of the text for its END)', async () => {
		const { report } = await analyzeWithin('issue-3', [text('-----BEGIN CERTIFICATE-----\n'.repeat(100_000))]);
		expect(unreadable(report)[0]).toMatch(/No "-----END CERTIFICATE-----" line: the block is cut off/);
		expect(report.items.at(-1)?.label).toMatch(/99,800 more unreadable parts/);
		await expectOrdinaryUnchanged(ordinary);
	});

	it('4. 5 MB of repeated keytool headers (each alias searched the rest of the text for its separator)', async () => {
		const unit =
			'Keystore type: JKS\nKeystore provider: SUN\n\nYour keystore contains 1 entry\n\nAlias name: a\nEntry type: trustedCertEntry\n\n';
		const { report } = await analyzeWithin('issue-4', [text(repeatTo(unit, 5e6))]);
		const listing = report.items.find((i) => i.kind === 'keytool');
		expect(listing?.label).toMatch(
			/^keytool listing \(JKS\): 2000 entries; 2000 without a PEM certificate .*; [\d,]+ more entries not read/
		);
		await expectOrdinaryUnchanged(ordinary);
	});

	it('5. a connection string with 90,000 options (the URL parser’s iterator copied every option at each step)', async () => {
		const uri =
			'mongodb://db.example.com/?' +
			range(90_000)
				.map((i) => `o${i}=1`)
				.join('&');
		const { report } = await analyzeWithin('issue-5', [text(uri)], {}, { maxReport: 64 * 1024 });
		expect(unreadable(report)).toEqual([
			'Connection string at line 1: Not analysed. It is 798,915 characters long; connection strings longer than 32,768 characters are not analysed (real ones are a few hundred).'
		]);
		await expectOrdinaryUnchanged(ordinary);
	});

	it('5. … and the parser itself reads 20,000 options in linear time (the cause, under the bound that now refuses them)', () => {
		const uri =
			'mongodb://db.example.com/?' +
			range(20_000)
				.map((i) => `o${i}=1`)
				.join('&');
		const started = performance.now();
		const parsed = parseUri(uri);
		const ms = performance.now() - started;
		expect(parsed.options).toHaveLength(20_000);
		expect(ms, `parseUri took ${Math.round(ms)} ms`).toBeLessThan(BUDGETS['issue-5-parse'].ms);
	});

	it('5. … and a string just under the bounds, read whole, with the same repeated option 100 times', async () => {
		const uri = 'mongodb://db.example.com/?' + 'tlsCAFile=/etc/ca.pem&'.repeat(99) + 'tls=true';
		const { report } = await analyzeWithin('issue-5', [text(uri)], {}, { maxReport: 256 * 1024 });
		expect(report.findings.find((f) => f.id === 'uri.duplicate-option')?.title).toBe('tlsCAFile appears 99 times in the URI');
	});

	it('6. 150 comma-joined URIs: each is one connection string, and the report stays small (every URI was read to the end of the text, 150 times)', async () => {
		const joined = range(150)
			.map((i) => `mongodb://admin:s3cret@db${i}.example.net/?tls=true&w=1`)
			.join(',');
		expect(joined.length).toBeGreaterThan(8000);
		const { report, json } = await analyzeWithin('issue-6', [text(joined)], {}, { maxReport: 1024 * 1024 });
		const strings = report.items.filter((i) => i.kind === 'connection-string');
		expect(strings).toHaveLength(50);
		expect(
			strings.every(
				(s) => s.kind === 'connection-string' && /^mongodb:\/\/admin:\*\*\*\*@db\d+\.example\.net\/\?tls=true&w=1$/.test(s.redacted)
			)
		).toBe(true);
		expect(unreadable(report)).toEqual([expect.stringMatching(/^100 more connection strings: Only the first 50 connection strings/)]);
		expect(JSON.stringify(report)).not.toContain('s3cret');
		// The ticket text ("Copy report") was 66 MB here; now it is proportional to what was analysed.
		expect(toMarkdown(report).length).toBeLessThan(json);
		await expectOrdinaryUnchanged(ordinary);
	});

	it('7. 1,000 comma-joined mongodb:// strings (26 s and 866 MB here, and a 283 MB report: the tab ran out of memory)', async () => {
		const joined = range(1000)
			.map((i) => `mongodb://h${i}.example.com/?tls=true`)
			.join(',');
		const { report } = await analyzeWithin('issue-7', [text(joined)], {}, { maxReport: 1024 * 1024 });
		expect(report.items.filter((i) => i.kind === 'connection-string')).toHaveLength(50);
		expect(unreadable(report)).toEqual([expect.stringMatching(/^950 more connection strings/)]);
		await expectOrdinaryUnchanged(ordinary);
	});

	it('8. a connection string with 200,000 hosts (a spread into push() overflowed the stack)', async () => {
		const uri =
			'mongodb://' +
			range(200_000)
				.map((i) => `h${i}.example.com:27017`)
				.join(',') +
			'/?tls=true';
		const { report } = await analyzeWithin('issue-8', [text(uri)], {}, { maxReport: 64 * 1024 });
		expect(unreadable(report)[0]).toMatch(/^Connection string at line 1: Not analysed\. It is 5,088,909 characters long/);
		await expectOrdinaryUnchanged(ordinary);
	});

	it('8. … and the Python reader itself takes a URI of 200,000 hosts (it spread them into push() too)', () => {
		const call = `MongoClient("mongodb://${range(200_000)
			.map((i) => `h${i}:1`)
			.join(',')}/?tls=true")`;
		expect(parsePython(call).hosts).toHaveLength(200_000);
	});

	it('8. … and with the hosts in a Python list', async () => {
		const call = `MongoClient(host=[${range(3000)
			.map((i) => `'h${i}:1'`)
			.join(',')}], tls=True)`;
		const { report } = await analyzeWithin('issue-8', [text(call)], {}, { maxReport: 64 * 1024 });
		expect(unreadable(report)).toEqual([
			'Connection string at line 1: Not analysed. It lists 3,000 hosts; connection strings with more than 100 are not analysed (a replica set has at most 50 members).'
		]);
	});
});
