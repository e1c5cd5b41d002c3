/**
 * What must hold for every answer, whatever was pasted and whoever asks (issue 14): fixes for the
 * right role and side, the person's whole connection string kept, commands in the person's
 * shell, no step that rests on something the input does not have. Each returns the broken rules
 * as sentences, so a failing journey says what is wrong.
 */
import type { AnalysisContext, AnalyzeInput } from '../../../src/lib/core/model/context';
import type { Remedy, RemedyStep, Report } from '../../../src/lib/core/model/report';
import { USUAL_SHELL } from '../../helpers/usual-shell';
import { changeMadeBy, connectionDifferences, urisIn } from '../../helpers/same-connection';

export interface Journey {
	name: string;
	inputs: AnalyzeInput[];
	connection?: string;
	context: AnalysisContext;
	password?: string;
	/** Whose certificate the paste holds: the person's say, else what it is. */
	certificateRole?: 'server' | 'client';
	/** The text is a MongoDB server's log: its peer is a client. */
	serverLog?: boolean;
	/** Verdicts this paste must never get, whoever asks (a complete chain is not a missing intermediate). */
	verdictNot?: readonly string[];
	/** The verdict this paste must get, whoever asks (a locked file is the answer). */
	verdictIs?: string;
}

function verdictViolations(j: Journey, report: Report): string[] {
	const got = report.verdict?.source;
	const out: string[] = [];
	if (j.verdictIs && got !== j.verdictIs) out.push(`the verdict is ${got ?? 'none'}, not ${j.verdictIs}`);
	if (got && j.verdictNot?.includes(got)) out.push(`the verdict is ${got}, which this paste never is`);
	return out;
}

const RUNNABLE = new Set<RemedyStep['kind']>(['command', 'config', 'code', 'file']);
const runnable = (r: Remedy) => r.steps.filter((s) => RUNNABLE.has(s.kind));

// Files and commands that belong to a server certificate's renewal, and to a client certificate's.
const SERVER_CERT_STEPS = /mongodb-server\.(?:csr|crt|key|pem)|openssl-server\.cnf|rotateCertificates|\bserver\.(?:pem|crt|key)\b/;
const CLIENT_CERT_STEPS = /mongodb-client\.(?:csr|crt|key|pem)|openssl-client\.cnf/;

/** The remedies offered for findings about a pasted certificate. */
function certificateRemedies(report: Report): Remedy[] {
	const certificateItems = new Set(report.items.filter((i) => i.kind === 'certificate').map((i) => i.id));
	const remedyIds = new Set(report.findings.filter((f) => certificateItems.has(f.subject)).flatMap((f) => f.remedies));
	return [...remedyIds].flatMap((id) => (report.remedies[id] ? [report.remedies[id]] : []));
}

const ISSUES = /openssl (?:req |x509 -req|x509 -x509toreq)/;

/** A server log's verdict on the peer's certificate: the remedies of the diagnoses drawn from it. */
function diagnosisRemedies(report: Report): Remedy[] {
	const ids = new Set(report.diagnoses.flatMap((d) => d.remedies));
	return [...ids].flatMap((id) => (report.remedies[id] ? [report.remedies[id]] : []));
}

function roleViolations(j: Journey, report: Report): string[] {
	if (!j.certificateRole) return [];
	const wrong = j.certificateRole === 'client' ? SERVER_CERT_STEPS : CLIENT_CERT_STEPS;
	// A server log's fixes include the server's own settings (its mongod.conf); only those that issue or renew the peer's certificate are the peer's.
	const remedies = j.serverLog
		? diagnosisRemedies(report).filter((r) => runnable(r).some((s) => ISSUES.test(s.text)))
		: certificateRemedies(report);
	return remedies.flatMap((r) =>
		runnable(r)
			.filter((s) => wrong.test(s.text))
			.map((s) => `remedy ${r.id} writes ${s.text.match(wrong)![0]} for a ${j.certificateRole} certificate`)
	);
}

/** The client addresses a server log names: "remote":"10.20.1.15:53422", "connection accepted from 10.0.0.5:50000". */
function logPeers(j: Journey): string[] {
	const text = j.inputs.map((i) => (i.kind === 'text' ? i.text : '')).join('\n');
	const found = [...text.matchAll(/"remote":"([^"]+)"|connection accepted from (\S+)/g)].map((m) => m[1] ?? m[2]);
	return [...new Set(found.map((a) => a.replace(/:\d+$/, '').replace(/^\[|\]$/g, '')).filter((a) => /\d/.test(a)))];
}

function sideViolations(j: Journey, report: Report): string[] {
	if (!j.serverLog) return [];
	const out: string[] = [];
	for (const peer of logPeers(j)) {
		for (const r of Object.values(report.remedies))
			for (const s of runnable(r))
				if (s.text.includes(peer)) out.push(`remedy ${r.id} points a command at ${peer}, the client in the server log`);
		for (const d of report.diagnoses)
			for (const n of d.next)
				if (n.command?.includes(peer)) out.push(`diagnosis ${d.id} asks to run a command against ${peer}, the client in the server log`);
	}
	return out;
}

/** Every snippet connects where and as whom the person does, apart from the remedy's own change (tests/helpers/same-connection.ts). */
function uriViolations(j: Journey, report: Report): string[] {
	const out: string[] = [];
	for (const r of Object.values(report.remedies)) {
		for (const s of runnable(r)) {
			for (const uri of urisIn(s.text)) {
				if (uri.includes('****')) out.push(`remedy ${r.id} writes a URI with a literal **** password: ${uri}`);
				if (!j.connection) continue;
				// A template for another host (the name the certificate lists, an IP for the litmus test) is the change itself.
				for (const why of connectionDifferences(j.connection, uri, changeMadeBy(s.text, uri, j.connection, r.id)))
					out.push(`remedy ${r.id}: ${uri} → ${why}`);
			}
		}
	}
	return out;
}

const SHELL_OF_OS: Record<string, string> = USUAL_SHELL;
const POSIX = new Set(['bash', 'zsh', 'fish']);

function shellViolations(j: Journey, report: Report): string[] {
	const { os, shell: chosen } = j.context;
	// cmd exists only on Windows: chosen with another OS, that OS's own shell is used (remedies/render.ts).
	const expected = chosen === 'cmd' && os && os !== 'windows' ? SHELL_OF_OS[os] : (chosen ?? (os ? SHELL_OF_OS[os] : undefined));
	const out: string[] = [];
	for (const r of Object.values(report.remedies)) {
		for (const s of r.steps) {
			if (s.kind === 'command') {
				const shell = s.shell ?? '';
				// Commands for the database server are written for its shell (bash); a variant for another OS, or a
				// command that only another shell can run, says so in its label. Anything else is in the person's shell.
				if (expected && shell !== expected && shell !== 'bash' && !s.label)
					out.push(`remedy ${r.id} writes a ${shell} command for a ${expected} user`);
				if (expected && !POSIX.has(expected) && shell !== 'bash' && /^export |~\/\.(?:zsh|bash)rc/m.test(s.text))
					out.push(`remedy ${r.id} writes POSIX shell lines for ${expected}: ${s.text.split('\n')[0]}`);
				if (POSIX.has(shell) && /\$env:|Set-Content|Get-Content/.test(s.text))
					out.push(`remedy ${r.id} writes PowerShell in a ${shell} command`);
			}
			const named = /\bRun (?:it |this |these )?in (zsh|bash|fish|PowerShell|cmd)\b/i.exec(
				`${s.label ?? ''} ${s.kind === 'text' ? s.text : ''}`
			);
			if (named && expected && named[1].toLowerCase() !== expected && !(expected === 'cmd' && /cmd/i.test(named[1])))
				out.push(`remedy ${r.id} says "Run in ${named[1]}" to a ${expected} user`);
		}
	}
	return out;
}

/** Steps that rest on something the input does not have, or ask again for what was pasted. */
function evidenceViolations(j: Journey, report: Report): string[] {
	const out: string[] = [];
	const hasAia = report.chains.some((c) => c.missingIntermediate?.caIssuers.length);
	for (const r of Object.values(report.remedies))
		for (const s of r.steps)
			if (!hasAia && /\bAIA_URL\b/.test(s.text)) out.push(`remedy ${r.id} downloads from AIA_URL, but no certificate names one`);
	const pastedSClient = report.items.some((i) => i.kind === 's-client');
	if (pastedSClient)
		for (const d of report.diagnoses)
			for (const n of d.next)
				if (/s_client[^|]*-showcerts/.test(n.command ?? ''))
					out.push(`diagnosis ${d.id} asks for s_client -showcerts output, already pasted`);
	return out;
}

export function journeyViolations(j: Journey, report: Report): string[] {
	return [
		...verdictViolations(j, report),
		...roleViolations(j, report),
		...sideViolations(j, report),
		...uriViolations(j, report),
		...shellViolations(j, report),
		...evidenceViolations(j, report)
	];
}
