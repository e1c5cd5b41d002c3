/**
 * Each signature's pattern, compiled once: case-insensitive unless it says otherwise, in a
 * non-global form for "does it match" and a global one for every evidence span.
 */

import type { ErrorSignature } from './signature';

export interface CompiledSignature {
	first: RegExp;
	all: RegExp;
}

const compiled = new WeakMap<ErrorSignature, CompiledSignature>();

export function compiledSignature(signature: ErrorSignature): CompiledSignature {
	let c = compiled.get(signature);
	if (!c) {
		const f = flags(signature.pattern);
		c = { first: new RegExp(signature.pattern.source, f), all: new RegExp(signature.pattern.source, f + 'g') };
		compiled.set(signature, c);
	}
	return c;
}

function flags(re: RegExp): string {
	const f = re.flags.replace('g', '').replace('y', '');
	return f.includes('i') ? f : f + 'i';
}
