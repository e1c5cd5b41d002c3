/**
 * An error signature: one recognisable piece of error text, where its meaning comes from, and
 * which diagnoses it supports. Like a check, each carries its citation and its own examples,
 * and the tests assert every example classifies as declared.
 */

import type { Confidence, NextStep } from '../model/report';
import type { DiagnoseFacts } from './facts';
import type { DiagnosisId } from './vocabulary';

export interface Candidate {
	id: DiagnosisId;
	confidence: Confidence;
	/** Why this candidate, in one clause, when the ranking depended on the facts. */
	because?: string;
	/** What would settle it when this candidate competes with another: asked before the catalogue's own next steps. */
	next?: NextStep[];
	/**
	 * Diagnoses this one is the cause of, when both are found in the same paste: a misspelled
	 * tlsCAFile explains the untrusted CA that follows it, so it is ranked above it.
	 */
	explains?: readonly DiagnosisId[];
	/** The event rule (families/ranking.ts) that proposed it, for the rules' tests; not shown. */
	rule?: string;
}

export type SignatureFamily =
	| 'openssl'
	| 'python'
	| 'node'
	| 'java'
	| 'go'
	| 'rustls'
	| 'dotnet'
	| 'windows'
	| 'macos'
	| 'mongod'
	| 'pymongo'
	| 'network'
	| 'libmongoc'
	| 'config';

export interface ErrorSignature {
	/** Stable id: family.name, e.g. openssl.unable-to-get-local-issuer. */
	id: string;
	family: SignatureFamily;
	/** Matched case-insensitively unless the flags say otherwise. Must not be global. */
	pattern: RegExp;
	citation: string;
	/** Which diagnoses a match supports, given what else the text revealed. */
	diagnose(facts: DiagnoseFacts, match: RegExpExecArray): Candidate[];
	/** Text a real client produced, with the top diagnosis it should yield (tested). */
	examples: { text: string; top: DiagnosisId }[];
}
