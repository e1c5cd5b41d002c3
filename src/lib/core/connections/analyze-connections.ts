/**
 * The connection-string stage of analyze(): every connection string found in the input, analysed
 * (against the pasted server certificate's names when there is one), and its problems as findings.
 *
 * Only redacted text reaches the report: the analysis scrubs every secret it saw in the raw input
 * (analyze.ts, secrets.ts), and the findings are built from the analysis alone.
 */

import type { ResolvedContext } from '../model/context';
import type { Evidence, IngestedCertificate } from '../ingest/evidence';
import type { Finding } from '../model/report';
import { analyzeConnectionString } from '../uri/analyze';
import type { ConnectionReport, UriProblem } from '../model/connection';
import { ruleOf } from '../uri/rules';

/**
 * The certificate the client would be shown: a server leaf. With several pasted leaves (a server
 * certificate and a client one, say), the one that is not a CA and lists DNS or IP names wins.
 */
function serverCertificate(evidence: Evidence, context: ResolvedContext): IngestedCertificate | undefined {
	if (context.role !== 'server') return undefined;
	const certs = evidence.certificates;
	const named = (c: IngestedCertificate) => c.item.certificate.subjectAltNames.some((s) => s.type === 'dns' || s.type === 'ip');
	return (
		certs.find((c) => !c.item.certificate.isCA && named(c)) ??
		certs.find((c) => !c.item.certificate.isCA) ??
		(certs.length === 1 ? certs[0] : undefined)
	);
}

/** One UriProblem as a report finding: the rule's citation and remedies when the problem names none. */
export function problemFinding(p: UriProblem, subject: string): Finding {
	const rule = ruleOf(p.id);
	return {
		id: p.id,
		severity: p.severity,
		subject,
		title: p.title,
		detail: p.detail,
		evidence: p.evidence,
		citation: p.citation ?? rule.citation,
		remedies: p.severity === 'ok' ? [] : (p.remedies ?? rule.remedies)
	};
}

export function analyzeConnections(evidence: Evidence, context: ResolvedContext): { connections: ConnectionReport[]; findings: Finding[] } {
	const cert = serverCertificate(evidence, context);
	const view = cert?.item.certificate;
	const connections: ConnectionReport[] = [];
	const findings: Finding[] = [];
	for (const cs of evidence.connectionStrings) {
		const analysis = view
			? analyzeConnectionString(cs.raw, cs.item.form, {
					certificateSans: view.subjectAltNames,
					...(view.subject.commonName ? { certificateCommonName: view.subject.commonName, certificateName: view.subject.commonName } : {})
				})
			: analyzeConnectionString(cs.raw, cs.item.form);
		const made = analysis.problems.map((p) => problemFinding(p, cs.item.id));
		for (const f of made) findings.push(f);
		connections.push({
			item: cs.item.id,
			analysis,
			...(cert && view
				? {
						certificate: {
							item: cert.item.id,
							names: view.subjectAltNames.filter((s) => s.type === 'dns' || s.type === 'ip').map((s) => s.value)
						}
					}
				: {}),
			findings: made.map((f) => f.id)
		});
	}
	return { connections, findings };
}
