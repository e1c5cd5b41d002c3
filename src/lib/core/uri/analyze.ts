/**
 * analyzeConnectionString: one connection string (a URI or a Python MongoClient call) in, a
 * serialisable ConnectionStringAnalysis out — what it parses to, the TLS settings it produces,
 * what is wrong with it, and the corrected settings for PyMongo, Node, mongosh and Compass.
 * Pure and synchronous; no network, no file system.
 */

import { correctSettings } from './correct';
import { effectiveTls } from './effective-tls';
import type { AnalyzeConnectionStringOptions, ConnectionStringAnalysis, ConnectionStringForm, UriOptionView } from '../model/connection';
import { REDACTED } from '../model/connection';
import { lookupOption, isSecretOption } from './option-specs';
import { buildOutputs } from './outputs';
import { portable } from './outputs/uri';
import { PASSWORD_PLACEHOLDER } from './outputs/values';
import { parsePython } from './parse-python';
import { parseUri } from './parse-uri';
import { textOf, type ParsedConnectionString } from './parsed';
import { detectProblems } from './problems';
import { redactConnectionString } from './redact';
import { Settings } from './settings';

function optionViews(settings: Settings): UriOptionView[] {
	return settings.all.map(({ option, spec }) => ({
		written: option.written,
		...(spec ? { canonical: spec.aliasOf ?? spec.name } : {}),
		value: isSecretOption(option.written) && option.value.kind !== 'none' ? REDACTED : textOf(option.value),
		source: option.source
	}));
}

/** Structural repairs the corrected string makes, beyond option changes. */
function structuralChanges(parsed: ParsedConnectionString): string[] {
	const out: string[] = [];
	if (parsed.missingSlash) out.push('added the "/" between the hosts and "?"');
	if (parsed.semicolonSeparated) out.push('separated the options with "&" instead of ";"');
	if (parsed.fragment) out.push('encoded the "#" as %23 so no client drops what follows it');
	if (parsed.password.needsEscaping)
		out.push('the password must be percent-encoded (or passed separately, as the Python and Node snippets do)');
	if (parsed.password.placeholder)
		out.push(`the password is still ${parsed.password.placeholder}: put the real one in place of ${PASSWORD_PLACEHOLDER}`);
	return out;
}

export function analyzeConnectionString(
	raw: string,
	form: ConnectionStringForm,
	options: AnalyzeConnectionStringOptions = {}
): ConnectionStringAnalysis {
	const parsed = form === 'uri' ? parseUri(raw) : parsePython(raw);
	const settings = new Settings(parsed);
	const tls = effectiveTls(parsed, settings);
	const certificate = options.certificateSans
		? {
				sans: options.certificateSans,
				...(options.certificateCommonName ? { commonName: options.certificateCommonName } : {}),
				...(options.certificateName ? { name: options.certificateName } : {})
			}
		: undefined;
	const problems = parsed.unreadable ? parsed.problems : [...parsed.problems, ...detectProblems({ parsed, settings, tls, certificate })];
	const analysis: ConnectionStringAnalysis = {
		form,
		redacted: redactConnectionString(raw, form),
		valid: parsed.valid && !problems.some((p) => p.severity === 'error' && p.rejectedBy?.length),
		srv: parsed.srv,
		hosts: parsed.hosts,
		...(parsed.hostExpression ? { hostExpression: parsed.hostExpression } : {}),
		...(parsed.username !== undefined ? { username: parsed.username } : {}),
		hasPassword: parsed.password.present,
		...(parsed.database ? { database: parsed.database } : {}),
		options: optionViews(settings),
		tls,
		problems,
		changes: []
	};
	if (!parsed.unreadable) {
		const corrected = correctSettings(parsed, settings);
		analysis.outputs = buildOutputs(corrected);
		const moved = corrected.options.filter((o) => !portable(o)).map((o) => o.name);
		analysis.changes = [
			...structuralChanges(parsed),
			// The corrected string never carries the secret; say so where it is copied from.
			...(analysis.outputs.uri?.includes(`:${PASSWORD_PLACEHOLDER}@`) && !parsed.password.placeholder
				? [`wrote ${PASSWORD_PLACEHOLDER} where the password was: put yours back in its place, percent-encoded (@ becomes %40)`]
				: []),
			...corrected.changes,
			...moved.map((name) =>
				lookupOption(name)?.clients.includes('node')
					? `left ${name} out of the connection string: PyMongo does not know it (it stays in the Node options)`
					: `left ${name} out of the connection string: only PyMongo knows it (it is a keyword argument in the Python snippet)`
			)
		];
	}
	return analysis;
}
