/**
 * The gate skips a pattern only when the text lacks every literal the pattern needs. If it ever
 * skipped a pattern that matches, a diagnosis would silently vanish, so this checks the promise
 * on every corpus text, every signature example and hostile strings, against the pattern itself.
 */
import { describe, expect, it } from 'vitest';
import { compiledSignature } from '../../../src/lib/core/diagnose/compile';
import '../../../src/lib/core/diagnose/facts';
import { gateFor, registeredPatterns } from '../../../src/lib/core/diagnose/gate';
import { needlesOf } from '../../../src/lib/core/diagnose/needles';
import { NeedleScanner } from '../../../src/lib/core/diagnose/scanner';
import { SIGNATURES } from '../../../src/lib/core/diagnose/signatures';
import { CORPUS, corpusText } from './corpus';

describe('needlesOf', () => {
	it('takes the leading literal of each top-level alternative', () => {
		expect(needlesOf(/certificate has expired|CERT_HAS_EXPIRED/.source)).toEqual(['certificate has expired', 'cert_has_expired']);
		expect(needlesOf(/\[Errno (?:111|61)\]|\bECONNREFUSED\b/.source)).toEqual(['[errno 111]', '[errno 61]', 'econnrefused']);
		expect(needlesOf(/unsu(?:pported|itable) certificate purpose|INVALID_PURPOSE/.source)).toEqual([
			'unsupported certificate purpose',
			'unsuitable certificate purpose',
			'invalid_purpose'
		]);
		expect(needlesOf(/self[- ]signed certificate/.source)).toEqual(['self-signed certificate', 'self signed certificate']);
	});

	it('stops before a character a quantifier makes optional, and gives up on short or missing literals', () => {
		expect(needlesOf(/colour? mis/.source)).toEqual(['colou']);
		expect(needlesOf(/abc?d|long enough/.source)).toBeUndefined();
		expect(needlesOf(/(?:a|b)ccccc/.source)).toEqual(['accccc', 'bccccc']);
		expect(needlesOf(/[a-z]\d? ok/.source)).toBeUndefined();
	});

	it('without a leading literal, takes the longest literal run every match must contain', () => {
		expect(needlesOf(/(?:a|b+)ccccc/.source)).toEqual(['ccccc']);
		expect(needlesOf(/\d+ ms timed out/.source)).toEqual([' ms timed out']);
		expect(needlesOf(/No (?:[a-z_]+ )?server is available (?:in cluster|matching preference)/.source)).toEqual(['server is available ']);
		// Optional and repeated pieces end a run; groups, classes and escapes for many characters too.
		expect(needlesOf(/a{0,3}bcdef/.source)).toEqual(['bcdef']);
		expect(needlesOf(/(?:x|y)z+zzzz/.source)).toEqual(['zzzz']);
		expect(needlesOf(/[A-Z]\w+Error: foo bar/.source)).toEqual(['error: foo bar']);
		expect(needlesOf(/(?<=x)hello world/.source)).toEqual(['hello world']);
		expect(needlesOf(/x(?:long one)?yz\d/.source)).toBeUndefined();
		// A run further on that is longer than the leading one is the rarer needle.
		expect(needlesOf(/colou?r mismatch/.source)).toEqual(['r mismatch']);
		// A group of alternatives after a leading literal continues it with each alternative's own lead.
		expect(needlesOf(/tls: (?:failed to find (?:any|a) PEM\b|private key does not match)/.source)).toEqual([
			'tls: failed to find any pem',
			'tls: failed to find a pem',
			'tls: private key does not match'
		]);
		expect(needlesOf(/tls: (?:a|b)?xyzzy/.source)).toEqual(['tls: ']);
		// A whole alternative that is one group needs what one of its alternatives needs.
		expect(needlesOf(/("id":\s*23256,[^\n]{0,9}"msg": "SSL peer"|(?<!W )SSL peer certificate)|other text/.source)).toEqual([
			'"msg": "ssl peer"',
			'ssl peer certificate',
			'other text'
		]);
	});
});

describe('NeedleScanner', () => {
	it('finds exactly the needles a substring search finds', () => {
		const entries = [['mongoserverselectionerror'], ['conne', 'econnreset'], ['self-signed certificate'], undefined, ['x509: '], ['conn']];
		const scanner = new NeedleScanner(entries);
		const texts = [
			'MongoServerSelectionError: read ECONNRESET'.toLowerCase(),
			'x509: certificate signed by unknown authority',
			'self-signed',
			'',
			'con',
			'a\u2019b conne',
			'xx econnreset',
			'and at the very end: mongoserverselectionerror',
			'mongoserverselectionerror'.slice(1)
		];
		for (const text of texts) {
			const present = scanner.scan(text);
			// An entry with a needle under five characters always runs, like one with none.
			const always = (needles?: string[]) => !needles || needles.some((n) => n.length < 5);
			entries.forEach((needles, id) =>
				expect(!!present[id], `${id} in ${text}`).toBe(always(needles) || needles!.some((n) => text.includes(n)))
			);
		}
	});
});

describe('the gate never skips a pattern that matches', () => {
	const texts = [
		...CORPUS.map(corpusText),
		...SIGNATURES.flatMap((s) => s.examples.map((e) => e.text)),
		...SIGNATURES.flatMap((s) => s.examples.map((e) => e.text.toUpperCase())),
		'İstanbul ünïcode ’quotes’ \u0130 — then: unable to get local issuer certificate'
	];
	it(`on ${texts.length} texts and ${SIGNATURES.length} signatures`, () => {
		const skipped: string[] = [];
		for (const text of texts) {
			const may = gateFor(text);
			for (const signature of SIGNATURES) {
				if (!may(signature.pattern) && compiledSignature(signature).first.test(text)) skipped.push(`${signature.id}: ${text.slice(0, 60)}`);
			}
		}
		expect(skipped).toEqual([]);
	});

	it('nor a fact reader’s pattern', () => {
		const patterns = registeredPatterns();
		expect(patterns.length).toBeGreaterThan(SIGNATURES.length + 20);
		const skipped: string[] = [];
		for (const text of texts) {
			const may = gateFor(text);
			for (const p of patterns) {
				if (!may(p) && new RegExp(p.source, p.flags.replace('g', '')).test(text))
					skipped.push(`${p.source.slice(0, 40)}: ${text.slice(0, 60)}`);
			}
		}
		expect(skipped).toEqual([]);
	});
});
