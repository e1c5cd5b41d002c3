/**
 * "Did you mean …?" for option names no client knows. Names people carry over from mongod and
 * the old mongo shell (--sslPEMKeyFile, --sslCAFile) or from other drivers are mapped first,
 * because edit distance alone would pick the wrong neighbour (tlsCertFile is closer to tlsCRLFile
 * than to tlsCertificateKeyFile).
 */

import { OPTION_SPECS, lookupOption } from './option-specs';

export interface OptionSuggestion {
	/** The canonical option to use instead. */
	name: string;
	/** Set when the value has the opposite meaning (sslValidate=false is tlsAllowInvalidCertificates=true). */
	inverted?: boolean;
	/** Why this one: a known other name, or a near spelling. */
	because: 'known-alias' | 'spelling';
}

/** Lower-cased names from mongod, the mongo shell and other drivers, with what they mean here. */
const KNOWN_MISNAMES: Record<string, { name: string; inverted?: boolean }> = {
	sslpemkeyfile: { name: 'tlsCertificateKeyFile' },
	tlspemkeyfile: { name: 'tlsCertificateKeyFile' },
	sslcertificatekeyfile: { name: 'tlsCertificateKeyFile' },
	tlscertificatefile: { name: 'tlsCertificateKeyFile' },
	tlscertfile: { name: 'tlsCertificateKeyFile' },
	sslcertfile: { name: 'tlsCertificateKeyFile' },
	tlskeyfile: { name: 'tlsCertificateKeyFile' },
	sslkeyfile: { name: 'tlsCertificateKeyFile' },
	sslpemkeypassword: { name: 'tlsCertificateKeyFilePassword' },
	tlspemkeypassword: { name: 'tlsCertificateKeyFilePassword' },
	tlscertificatekeypassword: { name: 'tlsCertificateKeyFilePassword' },
	tlskeyfilepassword: { name: 'tlsCertificateKeyFilePassword' },
	tlspassword: { name: 'tlsCertificateKeyFilePassword' },
	sslcafile: { name: 'tlsCAFile' },
	sslca: { name: 'tlsCAFile' },
	tlsca: { name: 'tlsCAFile' },
	cafile: { name: 'tlsCAFile' },
	tlscacertfile: { name: 'tlsCAFile' },
	sslcrlfile: { name: 'tlsCRLFile' },
	sslallowinvalidcertificates: { name: 'tlsAllowInvalidCertificates' },
	sslallowinvalidhostnames: { name: 'tlsAllowInvalidHostnames' },
	sslinsecure: { name: 'tlsInsecure' },
	sslvalidate: { name: 'tlsAllowInvalidCertificates', inverted: true },
	sslverifycertificate: { name: 'tlsAllowInvalidCertificates', inverted: true },
	tlsverify: { name: 'tlsAllowInvalidCertificates', inverted: true },
	sslenabled: { name: 'tls' },
	tlsenabled: { name: 'tls' },
	usessl: { name: 'tls' },
	usetls: { name: 'tls' }
};

/** Optimal string alignment distance: edits, with a swap of two neighbours counting as one. */
export function editDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
	for (let j = 0; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[a.length][b.length];
}

/** The option a misspelled or foreign name most likely means, if any is close enough. */
export function suggestOption(written: string): OptionSuggestion | undefined {
	const lower = written.toLowerCase();
	const known = KNOWN_MISNAMES[lower];
	if (known) return { ...known, because: 'known-alias' };
	let best: { name: string; distance: number } | undefined;
	for (const spec of OPTION_SPECS) {
		if (spec.clients.length === 0) continue;
		// Names whose lengths differ by more than two are more than two edits apart: skipping them
		// changes no answer, and spares a 16 KB "option name" a table of its length times each name's.
		if (Math.abs(spec.name.length - lower.length) > 2) continue;
		const distance = editDistance(lower, spec.name.toLowerCase());
		if (!best || distance < best.distance) best = { name: spec.aliasOf ?? spec.name, distance };
	}
	// Two edits at most, and never more than a third of the name: "w" must not become "j".
	if (!best || best.distance > 2 || best.distance * 3 > lower.length) return undefined;
	const target = lookupOption(best.name);
	return target ? { name: target.name, because: 'spelling' } : undefined;
}
