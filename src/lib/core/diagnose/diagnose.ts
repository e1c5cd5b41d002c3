/**
 * Error text → ranked diagnoses. Every signature is tried on every text; a general signature
 * steps aside when a more specific one matched (yieldsTo); candidates for the same diagnosis
 * merge, keeping the highest confidence and all the evidence.
 */

import type { ResolvedContext } from '../context';
import type { IngestedErrorText } from '../ingest/evidence';
import type { Confidence, Diagnosis, EvidenceSpan, Facts } from '../report/model';
import { DIAGNOSES } from './catalogue';
import { extractFacts } from './facts';
import type { ErrorSignature } from './signature';
import { SIGNATURES } from './signatures';
import type { DiagnosisId } from './vocabulary';

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

interface Accumulator {
	id: DiagnosisId;
	confidence: Confidence;
	order: number;
	evidence: EvidenceSpan[];
	because: string[];
	facts: Facts;
}

export function diagnose(
	texts: IngestedErrorText[],
	context: ResolvedContext,
	signatures: readonly ErrorSignature[] = SIGNATURES
): Diagnosis[] {
	const found = new Map<DiagnosisId, Accumulator>();
	let order = 0;
	for (const { item } of texts) {
		const text = item.text;
		const facts = extractFacts(text);
		if (!facts.hosts?.length && context.host) facts.hosts = [{ host: context.host }];
		const matches = new Map<string, { signature: ErrorSignature; match: RegExpExecArray; spans: EvidenceSpan[] }>();
		for (const signature of signatures) {
			const re = new RegExp(signature.pattern.source, flags(signature.pattern));
			const first = re.exec(text);
			if (!first) continue;
			matches.set(signature.id, { signature, match: first, spans: spansOf(signature.pattern, text, item.id) });
		}
		let matchedAny = false;
		for (const { signature, match, spans } of matches.values()) {
			if (signature.yieldsTo?.some((id) => matches.has(id))) continue;
			matchedAny = true;
			for (const candidate of signature.diagnose(facts, match)) {
				const existing = found.get(candidate.id);
				if (!existing) {
					found.set(candidate.id, {
						id: candidate.id,
						confidence: candidate.confidence,
						order: order++,
						evidence: [...spans],
						because: candidate.because ? [candidate.because] : [],
						facts
					});
					continue;
				}
				if (RANK[candidate.confidence] > RANK[existing.confidence]) existing.confidence = candidate.confidence;
				for (const s of spans) if (!existing.evidence.some((e) => e.itemId === s.itemId && e.start === s.start)) existing.evidence.push(s);
				if (candidate.because && !existing.because.includes(candidate.because)) existing.because.push(candidate.because);
			}
		}
		if (!matchedAny && !found.has('unknown')) {
			found.set('unknown', { id: 'unknown', confidence: 'low', order: Number.MAX_SAFE_INTEGER, evidence: [], because: [], facts });
		}
	}
	// A recognised cause anywhere makes "unknown" for another text noise.
	if (found.size > 1) found.delete('unknown');
	return [...found.values()].sort((a, b) => RANK[b.confidence] - RANK[a.confidence] || a.order - b.order).map((acc) => toDiagnosis(acc));
}

function toDiagnosis(acc: Accumulator): Diagnosis {
	const entry = DIAGNOSES[acc.id];
	const because = acc.because.length ? ` Why this ranking: ${acc.because.join('; ')}.` : '';
	return {
		id: acc.id,
		confidence: acc.confidence,
		title: entry.title,
		explanation: entry.explanation + because,
		facts: acc.facts,
		evidence: acc.evidence,
		next: acc.confidence === 'high' ? [] : (entry.next ?? []),
		remedies: entry.remedies
	};
}

function flags(re: RegExp): string {
	return re.flags.includes('i') ? re.flags.replace('g', '') : re.flags.replace('g', '') + 'i';
}

function spansOf(pattern: RegExp, text: string, itemId: string): EvidenceSpan[] {
	const re = new RegExp(pattern.source, flags(pattern) + 'g');
	const spans: EvidenceSpan[] = [];
	for (const m of text.matchAll(re)) {
		if (m[0].length === 0) break;
		spans.push({ itemId, start: m.index, end: m.index + m[0].length, text: m[0] });
		if (spans.length >= 20) break;
	}
	return spans;
}
