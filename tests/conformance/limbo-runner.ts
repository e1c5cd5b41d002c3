/**
 * Runs x509-limbo testcases through the project's own validation path: each PEM goes through the
 * ingest parser (x509/certificate.ts), then x509/chain-certificate.ts, then chain/validate.ts
 * with the policy given (Web PKI unless told); CRLs go through x509/crl.ts. Certificates and
 * signature results are cached across testcases (the BetterTLS cases share their roots) and can be
 * shared with a second runner for another policy, which is what makes the whole suite, under both
 * policies, fast enough to run in the unit tests.
 */

import { readChainCertificate, type ChainCertificate } from '../../src/lib/core/x509/chain-certificate';
import { EKU } from '../../src/lib/core/x509/extensions';
import { WEBPKI_POLICY, type ValidationPolicy } from '../../src/lib/core/chain/policy';
import type { CrlInput } from '../../src/lib/core/chain/revocation';
import { SignatureVerifier } from '../../src/lib/core/chain/signature';
import { validate } from '../../src/lib/core/chain/validate';
import { decodeBase64 } from '../../src/lib/core/bytes/base64';
import { parseCertificate } from '../../src/lib/core/x509/certificate';
import { parseCrl } from '../../src/lib/core/x509/crl';
import { skipReason, type LimboTestcase, type SkipReason } from './limbo-suite';

export type Outcome = 'pass' | 'fail' | 'skip';

export interface CaseResult {
	id: string;
	outcome: Outcome;
	expected: 'SUCCESS' | 'FAILURE';
	/** What the validator said; undefined when skipped. */
	actual?: 'SUCCESS' | 'FAILURE';
	/** Why it was skipped, or the validator's first reason for rejecting. */
	note?: string;
	ms: number;
}

export const CASE_TIMEOUT_MS = 5000;

type Parsed = { ok: true; cert: ChainCertificate } | { ok: false; reason: string };

export interface RunnerOptions {
	policy?: ValidationPolicy;
	/**
	 * Pass every certificate through the ingest parser (pkijs) first, as the app does; a
	 * certificate it cannot read never reaches validation. Costs about 1 ms a certificate.
	 */
	ingestGate?: boolean;
	/** A testcase that takes longer fails; raise it where the machine is shared and the point is correctness. */
	timeoutMs?: number;
	/** Which testcases are not run, and why (limbo-suite.ts skipReason unless told otherwise). */
	skip?: (tc: LimboTestcase) => SkipReason;
	/**
	 * Another runner (same ingest gate) whose parsed certificates and signature results to reuse:
	 * neither depends on the policy, so running a second policy costs only path validation.
	 */
	shareWith?: LimboRunner;
}

export class LimboRunner {
	private readonly certificates: Map<string, Promise<Parsed>>;
	readonly verifier: SignatureVerifier;
	private readonly policy: ValidationPolicy;
	private readonly ingestGate: boolean;
	private readonly timeoutMs: number;
	private readonly skip: (tc: LimboTestcase) => SkipReason;

	constructor(options: RunnerOptions = {}) {
		this.policy = options.policy ?? WEBPKI_POLICY;
		this.ingestGate = options.ingestGate ?? true;
		this.timeoutMs = options.timeoutMs ?? CASE_TIMEOUT_MS;
		this.skip = options.skip ?? skipReason;
		if (options.shareWith && options.shareWith.ingestGate !== this.ingestGate) throw new Error('shareWith needs the same ingest gate');
		this.certificates = options.shareWith?.certificates ?? new Map();
		this.verifier = options.shareWith?.verifier ?? new SignatureVerifier();
	}

	async run(tc: LimboTestcase): Promise<CaseResult> {
		const started = performance.now();
		const skip = this.skip(tc);
		if (skip) return { id: tc.id, outcome: 'skip', expected: tc.expected_result, note: skip, ms: 0 };
		// Reading the certificates (the ingest gate) happens before the clock starts: the limit is a
		// hang detector for path validation. pkijs takes seconds on the pathological::nc-dos
		// certificates (2,048 names each); that is ingest's cost, measured by its own benchmarks.
		await Promise.all([tc.peer_certificate, ...tc.untrusted_intermediates, ...tc.trusted_certs].map((p) => this.certificate(p)));
		let timer: ReturnType<typeof setTimeout> | undefined;
		const timeout = new Promise<{ accepted: boolean; note: string }>((resolve) => {
			timer = setTimeout(() => resolve({ accepted: false, note: `timed out after ${this.timeoutMs} ms` }), this.timeoutMs);
		});
		const verdict = await Promise.race([this.verdict(tc), timeout]);
		clearTimeout(timer);
		const timedOut = verdict.note.startsWith('timed out');
		const actual = verdict.accepted ? 'SUCCESS' : 'FAILURE';
		return {
			id: tc.id,
			// A timeout is a failure whatever was expected.
			outcome: !timedOut && actual === tc.expected_result ? 'pass' : 'fail',
			expected: tc.expected_result,
			actual,
			note: verdict.note,
			ms: performance.now() - started
		};
	}

	private async verdict(tc: LimboTestcase): Promise<{ accepted: boolean; note: string }> {
		const leaf = await this.certificate(tc.peer_certificate);
		if (!leaf.ok) return { accepted: false, note: `leaf unreadable: ${leaf.reason}` };
		const readable = async (pems: string[]) =>
			(await Promise.all(pems.map((p) => this.certificate(p)))).flatMap((r) => (r.ok ? [r.cert] : []));
		const crls: CrlInput[] = [];
		for (const pem of tc.crls) {
			const der = pemBody(pem);
			const parsed = der && parseCrl(der);
			if (parsed && parsed.ok) crls.push({ crl: parsed.crl });
		}
		const peer = tc.expected_peer_name;
		const result = await validate({
			leaf: leaf.cert,
			intermediates: await readable(tc.untrusted_intermediates),
			anchors: await readable(tc.trusted_certs),
			at: tc.validation_time ? new Date(tc.validation_time) : new Date(),
			peer: peer && peer.kind !== 'RFC822' ? { kind: peer.kind === 'IP' ? 'ip' : 'dns', value: peer.value } : undefined,
			eku: EKU.serverAuth,
			crls,
			maxIntermediates: tc.max_chain_depth ?? undefined,
			policy: this.policy,
			verifier: this.verifier
		});
		if (result.valid) return { accepted: true, note: 'valid path found' };
		const first = result.fatal ?? result.leafProblems[0] ?? result.path?.links.flatMap((l) => l.problems)[0];
		return { accepted: false, note: first ? `${first.code}: ${first.detail}` : `no path (${result.path?.end ?? 'no candidates'})` };
	}

	/** A PEM through the ingest parser, then the chain reader; cached by its text. */
	private certificate(pem: string): Promise<Parsed> {
		let parsed = this.certificates.get(pem);
		if (!parsed) {
			parsed = (async (): Promise<Parsed> => {
				const der = pemBody(pem);
				if (!der) return { ok: false, reason: 'not PEM' };
				if (this.ingestGate) {
					const ingested = await parseCertificate(der);
					if (!ingested.ok) return { ok: false, reason: ingested.reason };
				}
				const read = readChainCertificate(der);
				return read.ok ? { ok: true, cert: read.cert } : { ok: false, reason: read.reason };
			})();
			this.certificates.set(pem, parsed);
		}
		return parsed;
	}
}

function pemBody(pem: string): Uint8Array | undefined {
	const body = pem.replace(/-----(BEGIN|END) [^-]+-----/g, '').replace(/\s+/g, '');
	const decoded = decodeBase64(body);
	return decoded.ok ? decoded.bytes : undefined;
}

export interface SuiteSummary {
	passed: number;
	failed: number;
	skipped: number;
}

export function summarise(results: CaseResult[]): SuiteSummary {
	return {
		passed: results.filter((r) => r.outcome === 'pass').length,
		failed: results.filter((r) => r.outcome === 'fail').length,
		skipped: results.filter((r) => r.outcome === 'skip').length
	};
}
