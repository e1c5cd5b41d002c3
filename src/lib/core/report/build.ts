/** Assembles the Report from findings and diagnoses: ordering, remedies, the one-line verdict. */

import type { ResolvedContext } from '../model/context';
import { collectRemedyFacts } from '../remedies/facts';
import { orderRemedyIds, renderRemedy } from '../remedies/render';
import type { ConnectionReport } from '../model/connection';
import type { ChainAnalysis } from '../model/chain';
import type { Diagnosis, Finding, Item, Remedy, Report, Severity } from '../model/report';
import { TOOL_VERSION } from '../model/version';
import { chainAsks, nextInputs } from './next-inputs';
import { withVisibleNames } from './visible';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, ok: 3 };

export interface ReportParts {
	items: Item[];
	findings: Finding[];
	diagnoses: Diagnosis[];
	chains: ChainAnalysis[];
	connections: ConnectionReport[];
}

export function buildReport(parts: ReportParts, context: ResolvedContext): Report {
	const { items, findings, diagnoses, chains, connections } = parts;
	const sortedFindings = findings
		.map((f, i) => ({ f: { ...f, remedies: orderRemedyIds(f.remedies) }, i }))
		.sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
		.map((x) => x.f);
	const orderedDiagnoses = diagnoses.map((d) => ({
		...d,
		remedies: orderRemedyIds(d.remedies),
		next: nextInputs(d.next, items, chains)
	}));
	// The top answer's asks, or, with no diagnosis, what the chains still lack (the root to trust…).
	const next = orderedDiagnoses[0]?.next.length ? orderedDiagnoses[0].next : chainAsks(items, chains);
	const remedies: Record<string, Remedy> = {};
	const env = { os: context.os, python: context.python, shell: context.shell, client: context.client };
	const facts = collectRemedyFacts({ items, diagnoses, context, connections, chains });
	for (const id of [...orderedDiagnoses.flatMap((d) => d.remedies), ...sortedFindings.flatMap((f) => f.remedies)]) {
		if (remedies[id]) continue;
		const remedy = renderRemedy(id, env, facts);
		if (remedy) remedies[id] = remedy;
	}
	return withVisibleNames({
		tool: { name: 'tls-doctor', version: TOOL_VERSION },
		context: {
			...(context.host ? { host: context.host } : {}),
			role: context.role,
			...(context.roleFrom ? { roleFrom: context.roleFrom } : {}),
			at: context.at.toISOString(),
			...(context.os ? { os: context.os } : {}),
			...(context.python ? { python: context.python } : {}),
			...(context.shell ? { shell: context.shell } : {}),
			...(context.client ? { client: context.client } : {})
		},
		items,
		chains,
		connections,
		findings: sortedFindings,
		diagnoses: orderedDiagnoses,
		remedies,
		...(next.length ? { next } : {}),
		...verdict(sortedFindings, orderedDiagnoses, chains)
	});
}

/**
 * Chain answers that are the verdict when nothing is broken: the chain is complete as the server
 * sends it (or openssl s_client verified it), and what is left to say is which root the client
 * has to trust.
 */
const CHAIN_TRUST_ANSWERS = ['chain.root-not-supplied', 'chain.untrusted-root'];

function verdict(findings: Finding[], diagnoses: Diagnosis[], chains: ChainAnalysis[]): Pick<Report, 'verdict'> {
	const top = diagnoses[0];
	const error = findings.find((f) => f.severity === 'error');
	// A certificate fact (this cert IS expired) outranks a guess from error text unless the guess is sure.
	if (error && (!top || top.confidence !== 'high')) {
		return { verdict: { text: error.title, confidence: 'high', source: error.id } };
	}
	if (top && top.id !== 'unknown') {
		return { verdict: { text: top.title, confidence: top.confidence, source: top.id } };
	}
	const trustAnswer =
		!error && chains.some((c) => c.rootNotSupplied || c.verifiedBy) && findings.find((f) => CHAIN_TRUST_ANSWERS.includes(f.id));
	// Medium: the chain is right if the absent issuer is the root, which only that root itself proves.
	if (trustAnswer) return { verdict: { text: trustAnswer.title, confidence: 'medium', source: trustAnswer.id } };
	// Nothing else to say, but part of the input could not be checked at all: that is the answer, not "no problems".
	const locked = findings.find((f) => f.id === 'input.locked');
	if (locked) return { verdict: { text: locked.title, confidence: 'high', source: locked.id } };
	return {};
}
