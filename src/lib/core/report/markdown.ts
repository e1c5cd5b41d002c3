/**
 * The Markdown summary a support engineer pastes into a ticket: the verdict, what was extracted
 * (facts), the diagnoses and findings with their evidence, the certificates' fingerprints, the
 * connection strings as analysed, and the steps for the environment the report was made for.
 *
 * Nothing secret: the report holds no key material or passwords to begin with (ingest takes every
 * secret out of the text it keeps, by span; keys are described, never kept). What is escaped here
 * is Markdown: a certificate named "![x](http://…)" must stay text in a ticket, never become an
 * image that loads or a link, so data is written as escaped text, with anything a renderer could
 * turn into a link (a URL, an e-mail address) in a code span.
 */

import { trimEndOf } from '../text/trim-end';
import type { ChainAnalysis } from '../model/chain';
import type { ConnectionReport } from '../model/connection';
import type { Diagnosis, Item, Remedy, RemedyStep, Report } from '../model/report';
import { factLines } from './fact-view';
import { showInvisibleInProse } from '../x509/invisible-characters';

const SEVERITY_MARK = { error: '❌', warning: '⚠️', info: 'ℹ️', ok: '✅' } as const;

/** Pasted text may contain Markdown or HTML; inline code spans keep it inert in ticket systems. */
function code(s: string): string {
	const clean = s.replace(/[\r\n]+/g, ' ');
	const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
	const fence = '`'.repeat(longest + 1);
	const pad = longest ? ' ' : '';
	return `${fence}${pad}${clean}${pad}${fence}`;
}

// What GitHub, GitLab and Jira's Markdown turn into links on their own: URLs, www. names, e-mail addresses.
// Bounded repetitions before the ":" and "@": each start position is tried, so an open-ended one is quadratic on a long word.
const LINKABLE = /(?:[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/|www\.)[^\s<>]+|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+/g;
// CommonMark lets any ASCII punctuation be escaped; these are the ones that start markup inline.
const MARKUP = /[\\`*_{}[\]()#!|~<>&]/g;

/** Text for a Markdown paragraph: one line, markup escaped, link-shaped parts in code spans. */
function plain(s: string): string {
	const flat = s.replace(/[\r\n]+/g, ' ');
	let out = '';
	let at = 0;
	for (const m of flat.matchAll(LINKABLE)) {
		// Sentence punctuation after a URL is not part of it.
		const link = trimEndOf(m[0], `.,;:!?)]'"`);
		if (link === '') continue;
		out += escapeMarkup(flat.slice(at, m.index)) + code(link);
		at = m.index + link.length;
	}
	return out + escapeMarkup(flat.slice(at));
}

const escapeMarkup = (s: string): string => s.replace(MARKUP, (c) => `\\${c}`);

/** A fenced block that no backtick run inside the text can close early. */
function block(text: string, info = ''): string[] {
	const body = trimEndOf(text.replace(/\r\n?/g, '\n'), '\n');
	const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
	const fence = '`'.repeat(longest + 1);
	return [`${fence}${info.replace(/[^\w.+-]/g, '')}`, body, fence];
}

function itemLine(item: Item, diagnoses: readonly Diagnosis[]): string {
	switch (item.kind) {
		case 'certificate': {
			const c = item.certificate;
			const names = c.subjectAltNames.map((s) => `${s.type.toUpperCase()}:${s.value}`).join(', ');
			return (
				`- ${plain(item.label)} — subject ${code(c.subject.rfc2253)}, issuer ${code(c.issuer.rfc2253)}, ` +
				`valid ${c.notBefore.slice(0, 10)} → ${c.notAfter.slice(0, 10)}${names ? `, names ${code(names)}` : ''}, SHA-256 ${code(c.sha256)}`
			);
		}
		case 'private-key': {
			// What may be said about a key: never its material.
			const k = item.key;
			const kind = [k.type, k.bits ? `${k.bits} bits` : k.curve].filter(Boolean).join(' ');
			const state = k.encrypted ? (k.decrypted ? 'encrypted (opened with the password given)' : 'encrypted') : 'not encrypted';
			return `- ${plain(item.label)} — ${plain(kind)}, ${state}${k.publicKeySha256 ? `, public-key SHA-256 ${code(k.publicKeySha256)}` : ''}`;
		}
		case 'crl':
			return `- ${plain(item.label)} — issuer ${code(item.crl.issuer.rfc2253)}, next update ${item.crl.nextUpdate?.slice(0, 10) ?? 'none'}, SHA-256 ${code(item.crl.sha256)}`;
		case 'pkcs12':
		case 'pkcs7':
		case 'java-keystore':
			return `- ${plain(item.label)} — ${item.contents.certificates} certificate(s), ${item.contents.keys} key(s)${item.password ? `, password: ${item.password}` : ''}`;
		case 'connection-string':
			return `- ${plain(item.label)}: ${code(item.redacted)}`;
		case 'error-text': {
			const lines = item.text.split(/\r?\n/).filter((l) => l.trim()).length;
			const line = errorLine(item, diagnoses);
			const cut = line.length > MAX_ERROR_LINE ? `${line.slice(0, MAX_ERROR_LINE - 1)}…` : line;
			const shown = showInvisibleInProse(cut);
			return `- Error text${lines > 1 ? ` (${lines} lines; the error line)` : ''}: ${code(shown)}`;
		}
		case 'unreadable':
			return `- ${plain(item.label)}: could not be read — ${plain(item.reason)}`;
		default:
			return `- ${plain(item.label)}`;
	}
}

/** Long enough for a whole driver error line with its host and reason; a topology dump is cut. */
const MAX_ERROR_LINE = 400;

// The last line that reads like an error, when no diagnosis pointed at one: tracebacks end with it.
const ERRORISH = /error|exception|fail|refused|denied|invalid|unable|alert|x509:|ssl|tls/i;

/**
 * The line a reader needs to see: the one holding the top diagnosis's evidence (a traceback's
 * exception line, not its first "Traceback (most recent call last):").
 */
function errorLine(item: Extract<Item, { kind: 'error-text' }>, diagnoses: readonly Diagnosis[]): string {
	const span = diagnoses.flatMap((d) => d.evidence).find((e) => e.itemId === item.id);
	const text = item.text;
	if (span && span.start >= 0 && span.start <= text.length) {
		const from = text.lastIndexOf('\n', span.start - 1) + 1;
		const to = text.indexOf('\n', span.start);
		return text.slice(from, to < 0 ? undefined : to).trim();
	}
	const lines = text
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);
	return lines.findLast((l) => ERRORISH.test(l)) ?? lines[0] ?? '';
}

/** What the text told us, once for all diagnoses (they read the same text), in words. */
function sharedFactLines(diagnoses: readonly Diagnosis[]): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const d of diagnoses) {
		for (const f of factLines(d.facts)) {
			const key = `${f.label}\u0000${f.value}`;
			if (seen.has(key)) continue;
			seen.add(key);
			out.push(`- ${plain(f.label)}: ${code(f.value)}`);
		}
	}
	return out;
}

function connectionLines(c: ConnectionReport): string[] {
	const a = c.analysis;
	const out = [
		`- ${code(a.redacted)}`,
		`  - TLS: ${plain(a.tls.reason)}${a.tls.enabled === undefined ? ' (undecided)' : a.tls.enabled ? ' → on' : ' → off'}`
	];
	const rejected = a.problems.filter((p) => p.rejectedBy?.length);
	for (const p of rejected) out.push(`  - Refused by ${p.rejectedBy!.join(', ')}: ${plain(p.title)}`);
	if (a.outputs?.uri && a.outputs.uri !== a.redacted) out.push(`  - Corrected: ${code(a.outputs.uri)}`);
	return out;
}

function stepLines(step: RemedyStep): string[] {
	const label = step.label ? `_${plain(step.label)}:_ ` : '';
	switch (step.kind) {
		case 'text': {
			const lead = step.role === 'caution' ? '**Caution:** ' : '';
			return [`${label}${lead}${plain(step.text)}`, ''];
		}
		case 'command':
			return [...(label ? [label.trim()] : []), ...block(step.text, shellInfo(step.shell)), ''];
		case 'file':
			return [`${label}File to save as ${code(step.filename ?? 'file')}:`, ...block(step.text, step.language), ''];
		case 'config':
			return [
				`${label}In ${code(step.filename ?? 'the configuration')}:`,
				...block(step.text, step.language === 'uri' ? '' : step.language),
				''
			];
		default:
			return [...(label ? [label.trim()] : []), ...block(step.text, step.language), ''];
	}
}

function shellInfo(shell: string | undefined): string {
	if (shell === 'cmd') return 'bat';
	if (shell === 'fish' || shell === 'powershell') return shell;
	return shell ? 'sh' : '';
}

/** A remedy's steps; "Written for" only where it changes from the remedy before. */
function remedyLines(r: Remedy, sayEnvironment: boolean): string[] {
	const out = [`### ${plain(r.title)}${r.risk ? ' — ⚠️ weakens security' : ''}`, ''];
	if (r.risk) out.push(`**What it exposes:** ${plain(r.risk)}`, '');
	if (sayEnvironment) out.push(`_Written for: ${plain(r.environment)}_`, '');
	for (const step of r.steps) out.push(...stepLines(step));
	return out;
}

function environmentLine(report: Report): string {
	const c = report.context;
	const parts = [
		c.os && `OS ${c.os}`,
		c.python && `Python from ${c.python}`,
		c.shell && `shell ${c.shell}`,
		c.client && `client ${c.client}`
	].filter(Boolean);
	return parts.length ? parts.join(', ') : 'no environment chosen (steps show the variants)';
}

const STATUS_MARK = { ok: '✅', warning: '⚠️', error: '❌' } as const;

/** A chain as a support engineer reads it: the path with each certificate's fingerprint, then who accepts it. */
function chainLines(chain: ChainAnalysis): string[] {
	const out = [`### ${plain(chain.summary)}`, ''];
	for (const link of chain.links) {
		const problems = link.problems.map((p) => `${p.summary}${p.openssl ? ` (OpenSSL ${p.openssl.code})` : ''}`).join('; ');
		out.push(
			`- ${STATUS_MARK[link.status]} ${link.role}: ${code(link.certificate.subject)}, until ${link.validity.notAfter.slice(0, 10)}, SHA-256 ${code(link.certificate.sha256)}${link.certificate.source === 'public-roots' ? ' (public root)' : ''}${problems ? ` — ${plain(problems)}` : ''}`
		);
	}
	if (chain.missingIntermediate)
		out.push(
			`- ❌ missing: ${code(chain.missingIntermediate.issuer)}${chain.missingIntermediate.caIssuers.length ? ` (published at ${chain.missingIntermediate.caIssuers.map(code).join(', ')})` : ''}`
		);
	out.push('', plain(chain.trust.explanation), '');
	for (const v of chain.clients) {
		// Not accepted only for want of a root the client may well have: a caution, not a failure.
		const mark = v.accepts ? '✅' : v.reasons.length && v.reasons.every((r) => r.problem.severity === 'warning') ? '⚠️' : '❌';
		out.push(
			`- ${mark} ${plain(v.label)} (${plain(v.clients)})${v.accepts ? '' : `: ${plain(v.reasons[0]?.problem.summary ?? chain.summary)}`}`
		);
	}
	out.push('');
	return out;
}

export function toMarkdown(report: Report): string {
	const out: string[] = ['# TLS Doctor report', ''];
	if (report.verdict) out.push(`**Verdict:** ${plain(report.verdict.text)} (confidence: ${report.verdict.confidence})`, '');
	const ctx = report.context;
	// The role is the one given for the certificates: on a report without any it says nothing.
	const hasCertificates = report.items.some((i) => i.kind === 'certificate');
	out.push(
		`Checked at ${ctx.at}${ctx.host ? ` for host ${code(ctx.host)}` : ''}${hasCertificates ? `, certificates read as ${ctx.role === 'client' ? 'a client’s' : 'a server’s'}${ctx.roleFrom === 'certificate' ? (ctx.role === 'client' ? ' (its extended key usage allows client authentication only)' : ' (a server presented them)') : ''}` : ''}. Environment: ${environmentLine(report)}.`,
		''
	);
	if (report.diagnoses.length) {
		const facts = sharedFactLines(report.diagnoses);
		if (facts.length) out.push('## What the error text says', '', ...facts, '');
		out.push('## Diagnoses', '');
		// Diagnoses of one text mostly rest on the same words: each piece of evidence is quoted once, where it first counts.
		const quoted = new Map<string, string>();
		for (const d of report.diagnoses) {
			out.push(`### ${plain(d.title)} (\`${d.id}\`, ${d.confidence} confidence)`, '', plain(d.explanation), '');
			const texts = [...new Set(d.evidence.map((e) => e.text))].slice(0, 5);
			const earlier = texts.filter((t) => quoted.has(t));
			for (const t of texts.filter((t) => !quoted.has(t))) {
				out.push(`- Evidence: ${code(showInvisibleInProse(t))}`);
				quoted.set(t, d.title);
			}
			if (earlier.length)
				out.push(
					`- Evidence: the same words as for “${plain(quoted.get(earlier[0])!)}”${earlier.length < texts.length ? ', and the above' : ''}`
				);
			for (const n of d.next) out.push(`- Next: ${plain(n.ask)}${n.command ? ` — ${code(n.command)}` : ''}`);
			out.push('');
		}
	}
	if (!report.diagnoses.length && report.next?.length) {
		out.push('## Paste next', '');
		for (const n of report.next) out.push(`- ${plain(n.ask)}${n.command ? ` — ${code(n.command)}` : ''}`);
		out.push('');
	}
	const findings = report.findings.filter((f) => f.severity !== 'ok');
	if (findings.length) {
		out.push('## Findings', '');
		for (const f of findings) {
			out.push(`- ${SEVERITY_MARK[f.severity]} **${plain(f.title)}** (\`${f.id}\`) — ${plain(f.detail)}`);
			for (const e of f.evidence) out.push(`  - ${code(e)}`);
		}
		out.push('');
	}
	const chains = report.chains.filter((c) => c.links.length);
	if (chains.length) {
		out.push(`## Certificate chain${chains.length === 1 ? '' : 's'}`, '');
		for (const c of chains) out.push(...chainLines(c));
	}
	if (report.connections.length) {
		out.push('## Connection strings', '');
		for (const c of report.connections) out.push(...connectionLines(c));
		out.push('');
	}
	if (report.items.length) {
		out.push('## Input', '');
		for (const item of report.items) out.push(itemLine(item, report.diagnoses));
		out.push('');
	}
	const remedyIds = [...new Set([...report.diagnoses.slice(0, 1).flatMap((d) => d.remedies), ...findings.flatMap((f) => f.remedies)])];
	const remedies = remedyIds.map((id) => report.remedies[id]).filter((r): r is Remedy => r !== undefined);
	if (remedies.length) {
		// Safe remedies first: the ids are already ordered so, but a hand-built report may not be.
		const ordered = [...remedies.filter((r) => !r.risk), ...remedies.filter((r) => r.risk)];
		out.push(`## Steps (${environmentLine(report)})`, '');
		let writtenFor: string | undefined;
		for (const r of ordered) {
			out.push(...remedyLines(r, r.environment !== writtenFor));
			writtenFor = r.environment;
		}
	}
	out.push(`_Generated by TLS Doctor ${report.tool.version}; nothing was sent anywhere. Passwords and keys are not included._`);
	return out.join('\n') + '\n';
}
