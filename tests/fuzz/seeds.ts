/**
 * Fuzz seeds: real DER made by openssl and keytool (the committed ingest and PKI fixtures) —
 * certificates, CRLs, PKCS#7, PKCS#12, PKCS#8 and legacy keys, CSRs, Java keystores — with PEM
 * files decoded to their DER so every seed is bytes a real tool wrote.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/fixtures';

export interface Seed {
	name: string;
	bytes: Uint8Array;
	/** The PEM text for seeds that came as PEM, to fuzz the text path too. */
	pem?: string;
}

const DIRS = ['ingest', 'pki'];
const BINARY = /\.(der|p7b|p7c|p12|pfx|jks|jceks)$/;
const TEXT = /\.(crt|pem|key|csr)$/;

function pemBlocks(text: string): Uint8Array[] {
	const out: Uint8Array[] = [];
	for (const m of text.matchAll(/-----BEGIN [A-Z0-9 ]+-----\r?\n(?:[A-Za-z-]+:.*\r?\n)*\r?\n?([A-Za-z0-9+/=\r\n]+?)-----END/g)) {
		out.push(new Uint8Array(Buffer.from(m[1].replace(/\s+/g, ''), 'base64')));
	}
	return out;
}

export function loadSeeds(): Seed[] {
	const seeds: Seed[] = [];
	for (const dir of DIRS) {
		for (const file of readdirSync(join(FIXTURES, dir)).sort()) {
			const path = join(FIXTURES, dir, file);
			if (BINARY.test(file)) seeds.push({ name: `${dir}/${file}`, bytes: new Uint8Array(readFileSync(path)) });
			else if (TEXT.test(file)) {
				const text = readFileSync(path, 'utf8');
				pemBlocks(text).forEach((bytes, i) => seeds.push({ name: `${dir}/${file}#${i + 1}`, bytes, pem: text }));
			}
		}
	}
	return seeds;
}
