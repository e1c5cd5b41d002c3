/**
 * Error text → ranked diagnoses. Every signature is tried on every text; the silence rules of
 * ranking-rules.ts take away the candidates of signatures a more specific one covers, candidates
 * for the same diagnosis merge, keeping the highest confidence and all the evidence, and the
 * result is sorted by the one key ranking-rules.ts documents. Evidence spans are offsets into the
 * error-text item's text.
 */

import { checkHost, isPort } from '../syntax/host';
import { shellWord } from '../syntax/quote';
import type { ResolvedContext } from '../model/context';
import type { Evidence, IngestedErrorText } from '../ingest/evidence';
import type { ChainAnalysis } from '../model/chain';
import type { Confidence, Diagnosis, EvidenceSpan, NextStep } from '../model/report';
import { DIAGNOSES } from './catalogue';
import { tlsFamilyOf } from './tls-family';
import { readServers, serversDiffer } from './per-server';
import { onServerLogLine } from './vantage';
import { seenFrom } from './tables/chain-readings';
import { withChosenContext } from './context-facts';
import { extractFacts, type DiagnoseFacts } from './facts';
import { compiledSignature as compile } from './compile';
import { gateFor } from './gate';
import type { Candidate, ErrorSignature } from './signature';
import { SIGNATURES } from './signatures';
import type { DiagnosisId } from './vocabulary';
import { RANKING_RULES, TIER, type RankingRule, type RuleFacts } from './ranking-rules';

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
	/** Place of the candidate in its signature's list: the signature's own first choice is 0. */
	place: number;
	/** Offset in the paste (texts laid end to end) of the first evidence span. */
	position: number;
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
	return diagnoseTraced(texts, context, related, signatures).diagnoses;
}

/** diagnose(), also naming the ranking rules and event rules that fired (the rules' tests read this). */
export function diagnoseTraced(
	texts: IngestedErrorText[],
	context: ResolvedContext,
	related?: RelatedEvidence,
	signatures: readonly ErrorSignature[] = SIGNATURES,
	rules: readonly RankingRule[] = RANKING_RULES,
	perServer = true
): { diagnoses: Diagnosis[]; fired: Set<string>; events: Set<string> } {
	const found = new Map<DiagnosisId, Accumulator>();
	const fired = new Set<string>();
	const events = new Set<string>();
	const noExplains = new Map<DiagnosisId, ReadonlySet<DiagnosisId>>();
	let firstFacts: DiagnoseFacts | undefined;
	let base = 0;
	for (const { item } of texts) {
		const text = item.text;
		const may = gateFor(text);
		const facts = extractFacts(text, may);
		if (!facts.hosts?.length && context.host) facts.hosts = [{ host: context.host }];
		withChosenContext(facts, context);
		if (perServer) {
			// A server's error is read as a text of its own, with the same context and no more.
			const readings = readServers(facts.servers, (error) => {
				const top = diagnoseTraced([{ item: { ...item, text: error } }], context, undefined, signatures, rules, false).diagnoses[0];
				return top && { id: top.id as DiagnosisId, title: top.title };
			});
			if (readings.length) facts.serverReadings = readings;
		}
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
		firstFacts ??= facts;
		const textFacts: RuleFacts = { facts, matched: new Set(matches.keys()), found: new Set(), explains: noExplains };
		const silenced = new Set<string>();
		for (const rule of rules) {
			if (rule.effect !== 'silence' || !rule.when(textFacts)) continue;
			const quiet = (rule.silences ?? []).filter((id) => matches.has(id));
			if (!quiet.length) continue;
			fired.add(rule.id);
			for (const id of quiet) silenced.add(id);
		}
		let matchedAny = false;
		for (const { signature, match } of matches.values()) {
			if (silenced.has(signature.id)) continue;
			// An OpenSSL server's verify errors are about the client's certificate (vantage.ts).
			const candidates =
				facts.vantage?.program === 'openssl' ? seenFrom(facts, signature.diagnose(facts, match)) : signature.diagnose(facts, match);
			for (const c of candidates) if (c.rule) events.add(c.rule);
			if (!candidates.length) continue;
			matchedAny = true;
			const spans = spansOf(signature, text, item.id);
			const position = base + (spans[0]?.start ?? match.index);
			// In a paste of a driver's error beside mongod's log, the driver's own lines keep the client's reading.
			const read =
				facts.vantage && facts.vantage.program !== 'openssl' && !onServerLogLine(text, match.index) ? clientReading(facts) : facts;
			candidates.forEach((candidate, place) => merge(found, candidate, place, position, spans, read));
		}
		base += text.length + 1;
		if (!matchedAny && !found.has('unknown')) {
			// Still say which part of TLS the text is about, with its word as the evidence.
			const family = tlsFamilyOf(text, item.id);
			if (family) facts.tlsFamily = family.family;
			found.set('unknown', {
				id: 'unknown',
				confidence: 'low',
				place: 0,
				position: Number.MAX_SAFE_INTEGER,
				evidence: family ? [family.evidence] : [],
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
	const all = [...found.values()];
	const pasteFacts: RuleFacts = {
		facts: firstFacts ?? {},
		matched: new Set(),
		found: new Set(found.keys()),
		explains: new Map(all.map((a) => [a.id, a.explains]))
	};
	const keys = new Map(all.map((a) => [a.id, sortKey(a, 0)]));
	for (const rule of rules) {
		if (rule.effect !== 'demote' || !rule.when(pasteFacts)) continue;
		for (const a of all) {
			if (!rule.candidates.includes(a.id)) continue;
			fired.add(rule.id);
			keys.set(a.id, sortKey(a, 1));
		}
	}
	for (const rule of rules) {
		if (rule.effect !== 'cause-first' || !rule.when(pasteFacts)) continue;
		for (const cause of all) {
			if (!cause.explains.size || !rule.candidates.includes(cause.id)) continue;
			const best = all.filter((a) => cause.explains.has(a.id)).sort((x, y) => compareKeys(keys.get(x.id)!, keys.get(y.id)!))[0];
			if (!best) continue;
			fired.add(rule.id);
			if (compareKeys(keys.get(cause.id)!, keys.get(best.id)!) < 0) continue;
			const [tier, place, position] = keys.get(best.id)!;
			keys.set(cause.id, [tier, place - 0.5, position]);
		}
	}
	const ranked = all.sort((a, b) => compareKeys(keys.get(a.id)!, keys.get(b.id)!));
	return { diagnoses: ranked.map(toDiagnosis), fired, events };
}

/** The one sort key (ranking-rules.ts): tier, then place, then position in the paste. */
type SortKey = [tier: number, place: number, position: number];

function sortKey(a: Accumulator, demoted: number): SortKey {
	return [TIER[a.confidence] - demoted, a.place, a.position];
}

function compareKeys(a: SortKey, b: SortKey): number {
	return b[0] - a[0] || a[1] - b[1] || a[2] - b[2];
}

function merge(
	found: Map<DiagnosisId, Accumulator>,
	candidate: Candidate,
	place: number,
	position: number,
	spans: EvidenceSpan[],
	facts: DiagnoseFacts
) {
	const existing = found.get(candidate.id);
	if (!existing) {
		found.set(candidate.id, {
			id: candidate.id,
			confidence: candidate.confidence,
			place,
			position,
			evidence: spans.slice(0, MAX_EVIDENCE),
			spans: new Set(spans.slice(0, MAX_EVIDENCE).map(spanKey)),
			because: candidate.because ? [candidate.because] : [],
			next: [...(candidate.next ?? [])],
			explains: new Set(candidate.explains ?? []),
			facts
		});
		return;
	}
	if (TIER[candidate.confidence] > TIER[existing.confidence]) existing.confidence = candidate.confidence;
	existing.place = Math.min(existing.place, place);
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

/** The facts of a text without its server-log vantage: for a match on a line the server did not write. */
function clientReading(facts: DiagnoseFacts): DiagnoseFacts {
	const { vantage: _vantage, serverLog: _serverLog, ...rest } = facts;
	return rest;
}

function toDiagnosis(acc: Accumulator): Diagnosis {
	const vantage = acc.facts.vantage;
	const general = DIAGNOSES[acc.id];
	// Read from a server's log of an incoming connection, the peer is the client: its own reading.
	const read = vantage?.writer === 'server' && vantage.peer === 'client' ? { ...general, ...general.peerIsClient } : general;
	const family = acc.facts.tlsFamily ? general.byFamily?.[acc.facts.tlsFamily] : undefined;
	const readings = acc.facts.serverReadings;
	const facts =
		readings && serversDiffer(readings)
			? { ...acc.facts, serversWithThis: readings.filter((r) => r.diagnosis === acc.id).map((r) => r.address) }
			: acc.facts;
	const entry = family ? { ...read, ...family } : read;
	const side = vantage?.writer === 'server' ? ` ${vantage.summary}` : '';
	const because = (acc.because.length ? ` Why this ranking: ${acc.because.join('; ')}.` : '') + side;
	// The catalogue's general steps follow the candidate's own, minus any that run the same command.
	const same = (a: NextStep, b: NextStep) => a.ask === b.ask || (!!a.command && a.command === b.command);
	const next = acc.confidence === 'high' ? acc.next : [...acc.next, ...(entry.next ?? []).filter((n) => !acc.next.some((e) => same(e, n)))];
	return {
		id: acc.id,
		confidence: acc.confidence,
		title: entry.title,
		explanation: entry.explanation + because,
		facts,
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
