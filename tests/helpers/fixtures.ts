/** Reads committed fixtures made by real tools (see tests/fixtures/make-pki.sh and the READMEs). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzeInput } from '../../src/lib/core/model/context';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export function fixtureBytes(path: string): Uint8Array {
	return new Uint8Array(readFileSync(join(FIXTURES, path)));
}

export function fixtureText(path: string): string {
	return readFileSync(join(FIXTURES, path), 'utf8');
}

export function textInput(path: string): AnalyzeInput {
	return { kind: 'text', text: fixtureText(path), name: path };
}

export function bytesInput(path: string): AnalyzeInput {
	return { kind: 'bytes', bytes: fixtureBytes(path), name: path };
}

/** A validation time at which every "valid" fixture is valid. */
export const AT_VALID = '2026-06-01T00:00:00Z';
