/**
 * Error text → ranked diagnoses. Every signature is tried on every text; a general signature
 * steps aside when a more specific one matched (yieldsTo), a wrapper speaks only when nothing
 * else did (fallback), and candidates for the same diagnosis merge, keeping the highest
 * confidence and all the evidence. Evidence spans are offsets into the error-text item's text.
 */

import { checkHost, isPort } from '../syntax/host';
import { shellWord } from '../syntax/quote';
import type { ResolvedContext } from '../model/context';
import type { Evidence, IngestedErrorText } from '../ingest/evidence';
import type { ChainAnalysis } from '../model/chain';
import type { Confidence, Diagnosis, EvidenceSpan, NextStep } from '../model/report';
import { DIAGNOSES } from './catalogue';
import { extractFacts, type DiagnoseFacts } from './facts';
import { compiledSignature as compile } from './compile';
import { gateFor } from './gate';
import type { Candidate, ErrorSignature } from './signature';
import { SIGNATURES } from './signatures';
import type { DiagnosisId } from './vocabulary';

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/** Causes that say only that the network path failed: at equal confidence, a specific TLS cause comes first. */
const GENERIC = new Set<DiagnosisId>([
	'server-selection-timeout',
	'connection-refused',
	'connection-reset',
	'handshake-timeout',
	'benign-message'
]);

/**
 * Evidence spans kept per diagnosis. The first ones show the cause; a log repeating the same error
 * 100,000 times would otherwise put 100,000 spans in the report (and compare each with the rest).
 */
const MAX_EVIDENCE = 50;
/** Characters of a span's text kept in the report; the span's offsets still cover all of it. */
const MAX_SPAN_TEXT = 500;

interface Accumulator {
	id: DiagnosisId;
	confidence: Confidence;
	/** Position of the candidate in its signature's list: the signature's own first choice is 0. */
	position: number;
	order: number;
	evidence: EvidenceSpan[];
	/** itemId:start of every span in evidence, for merging in constant time. */
	spans: Set<string>;
	because: string[];
	next: NextStep[];
	explains: Set<DiagnosisId>;
	facts: DiagnoseFacts;
}

/** What else was pasted that says something about an error text: the chain an s_client transcript printed. */
export type RelatedEvidence = Pick<Evidence, 'sClients' | 'certificates'> & {
	/** The chain stage's verdicts on the pasted certificates: whose CA they chain to. */
	chains?: readonly Pick<ChainAnalysis, 'trust' | 'links'>[];
};

export function diagnose(
	texts: IngestedErrorText[],
	context: ResolvedContext,
	related?: RelatedEvidence,
	signatures: readonly ErrorSignature[] = SIGNATURES
): Diagnosis[] {
	const found = new Map<DiagnosisId, Accumulator>();
	let order = 0;
	for (const { item } of texts) {
		const text = item.text;
		const may = gateFor(text);
		const facts = extractFacts(text, may);
		if (!facts.hosts?.length && context.host) facts.hosts = [{ host: context.host }];
		const chainTrust = related?.chains?.find((c) => c.links.length)?.trust.kind;
		if (chainTrust) facts.chainTrust = chainTrust;
		if (!facts.hosts?.length && related) {
			const peer = peerOf(item.source.container, related);
			if (peer.host) facts.hosts = [{ host: peer.host, ...(peer.port ? { port: peer.port } : {}) }];
			else if (peer.names.length) facts.peerNames = peer.names;
		}
		const matches = new Map<string, { signature: ErrorSignature; match: RegExpExecArray }>();
		for (const signature of signatures) {
			if (!may(signature.pattern)) continue;
			const { first } = compile(signature);
			first.lastIndex = 0;
			const m = first.exec(text);
			if (m) matches.set(signature.id, { signature, match: m });
		}
		const specific = [...matches.values()].some(({ signature }) => !signature.fallback);
		let matchedAny = false;
		for (const { signature, match } of matches.values()) {
			if (signature.yieldsTo?.some((id) => matches.has(id))) continue;
			if (signature.fallback && specific) continue;
			const candidates = signature.diagnose(facts, match);
			if (!candidates.length) continue;
			matchedAny = true;
			const spans = spansOf(signature, text, item.id);
			candidates.forEach((candidate, position) => merge(found, candidate, position, order++, spans, facts));
		}
		if (!matchedAny && !found.has('unknown')) {
			found.set('unknown', {
				id: 'unknown',
				confidence: 'low',
				position: 0,
				order: Number.MAX_SAFE_INTEGER,
				evidence: [],
				spans: new Set(),
				because: [],
				next: [],
				explains: new Set(),
				facts
			});
		}
	}
	// A recognised cause anywhere makes "unknown" for another text noise.
	if (found.size > 1) found.delete('unknown');
	return liftCauses([...found.values()].sort(byRank)).map(toDiagnosis);
}

function merge(
	found: Map<DiagnosisId, Accumulator>,
	candidate: Candidate,
	position: number,
	order: number,
	spans: EvidenceSpan[],
	facts: DiagnoseFacts
) {
	const existing = found.get(candidate.id);
	if (!existing) {
		found.set(candidate.id, {
			id: candidate.id,
			confidence: candidate.confidence,
			position,
			order,
			evidence: spans.slice(0, MAX_EVIDENCE),
			spans: new Set(spans.slice(0, MAX_EVIDENCE).map(spanKey)),
			because: candidate.because ? [candidate.because] : [],
			next: [...(candidate.next ?? [])],
			explains: new Set(candidate.explains ?? []),
			facts
		});
		return;
	}
	if (RANK[candidate.confidence] > RANK[existing.confidence]) existing.confidence = candidate.confidence;
	existing.position = Math.min(existing.position, position);
	for (const s of spans) {
		if (existing.evidence.length >= MAX_EVIDENCE) break;
		if (existing.spans.has(spanKey(s))) continue;
		existing.spans.add(spanKey(s));
		existing.evidence.push(s);
	}
	if (candidate.because && !existing.because.includes(candidate.because)) existing.because.push(candidate.because);
	for (const n of candidate.next ?? []) if (!existing.next.some((e) => e.ask === n.ask)) existing.next.push(n);
	for (const id of candidate.explains ?? []) existing.explains.add(id);
}

/** A diagnosis that explains another found in the same paste moves up to just above it. */
function liftCauses(ranked: Accumulator[]): Accumulator[] {
	const out = [...ranked];
	for (const cause of ranked) {
		if (!cause.explains.size) continue;
		const at = out.indexOf(cause);
		const first = out.findIndex((a) => cause.explains.has(a.id));
		if (first >= 0 && first < at) {
			out.splice(at, 1);
			out.splice(first, 0, cause);
		}
	}
	return out;
}

function byRank(a: Accumulator, b: Accumulator): number {
	return (
		RANK[b.confidence] - RANK[a.confidence] ||
		Number(GENERIC.has(a.id)) - Number(GENERIC.has(b.id)) ||
		a.position - b.position ||
		a.order - b.order
	);
}

function toDiagnosis(acc: Accumulator): Diagnosis {
	const entry = DIAGNOSES[acc.id];
	const because = acc.because.length ? ` Why this ranking: ${acc.because.join('; ')}.` : '';
	// The catalogue's general steps follow the candidate's own, minus any that run the same command.
	const same = (a: NextStep, b: NextStep) => a.ask === b.ask || (!!a.command && a.command === b.command);
	const next = acc.confidence === 'high' ? acc.next : [...acc.next, ...(entry.next ?? []).filter((n) => !acc.next.some((e) => same(e, n)))];
	return {
		id: acc.id,
		confidence: acc.confidence,
		title: entry.title,
		explanation: entry.explanation + because,
		facts: acc.facts,
		evidence: acc.evidence.sort((x, y) => x.start - y.start),
		next: next.map((n) => fillHost(n, acc.facts, acc.evidence)),
		remedies: entry.remedies
	};
}

/**
 * Puts the host and port the text named into the commands, so they can be run as they are. In a
 * topology the server whose own error holds this diagnosis's evidence is the one to probe.
 */
function fillHost(step: NextStep, facts: DiagnoseFacts, evidence: EvidenceSpan[]): NextStep {
	if (!step.command) return step;
	const failing = facts.servers?.filter((s) => s.error) ?? [];
	const target =
		failing.find((s) => evidence.some((e) => s.error!.includes(e.text))) ??
		failing[0] ??
		facts.hosts?.find((h) => h.port) ??
		facts.hosts?.[0];
	if (!target) return step;
	// Only a real host and port go into the command, each as one quoted word (the next-step
	// commands are bash); anything else keeps the HOST:PORT placeholder for the person to fill.
	const checked = checkHost(target.host);
	const port = target.port ?? 27017;
	if (!checked.ok || !isPort(port)) return step;
	const host = checked.kind === 'ipv6' ? `[${checked.host}]` : checked.host;
	const command = step.command
		.replaceAll('HOST:PORT', shellWord('bash', `${host}:${port}`))
		.replaceAll('-servername HOST', `-servername ${shellWord('bash', checked.host)}`)
		.replaceAll(/\bHOST\b/g, shellWord('bash', checked.host))
		.replaceAll(/\bPORT\b/g, String(port));
	return { ...step, command };
}

function spanKey(s: EvidenceSpan): string {
	return `${s.itemId}:${s.start}`;
}

function spansOf(signature: ErrorSignature, text: string, itemId: string): EvidenceSpan[] {
	const { all } = compile(signature);
	all.lastIndex = 0;
	const spans: EvidenceSpan[] = [];
	for (const m of text.matchAll(all)) {
		if (m[0].length === 0) break;
		const text = m[0].length > MAX_SPAN_TEXT ? `${m[0].slice(0, MAX_SPAN_TEXT - 1)}…` : m[0];
		spans.push({ itemId, start: m.index, end: m.index + m[0].length, text });
		if (spans.length >= 20) break;
	}
	return spans;
}

/** The host an s_client transcript connected to, or else the names its server certificate claims. */
function peerOf(container: string | undefined, related: RelatedEvidence): { host?: string; port?: number; names: string[] } {
	if (!container) return { names: [] };
	const transcript = related.sClients.find((s) => s.item.id === container)?.item.transcript;
	if (!transcript) return { names: [] };
	if (transcript.host) return { host: transcript.host, port: transcript.port, names: [] };
	const leaf = related.certificates.find((c) => c.item.id === transcript.chain[0])?.parsed.view;
	if (!leaf) return { names: [] };
	const sans = leaf.subjectAltNames.filter((n) => n.type === 'dns').map((n) => n.value);
	const cn = leaf.subject.commonName;
	return { names: sans.length ? sans : cn ? [cn] : [] };
}
