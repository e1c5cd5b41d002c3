/**
 * File paths in tlsCAFile, tlsCertificateKeyFile and tlsCRLFile. Both PyMongo (urllib's
 * unquote_plus) and the Node driver (WHATWG URLSearchParams) decode option values as form data, so
 * a "+" becomes a space; "%" starts an escape; a backslash is not a URI character at all (RFC 3986
 * §2) and should be written %5C, or the path written with "/", which Windows accepts too. Neither
 * driver expands "~". In a Python string that is not raw, "\t", "\n", "\U" … in a Windows path
 * are escapes, not backslashes (Python reference, "String and Bytes literals").
 */

import type { UriProblem } from '../../model/connection';
import { URI_IDS, problem } from '../problem';
import type { PythonString } from '../python-string';
import type { ProblemContext } from './context';

const CITATION =
	'RFC 3986 §2.1, §2.4; pymongo/uri_parser.py (unquote_plus); WHATWG URL, application/x-www-form-urlencoded parsing; Python reference, String and Bytes literals';

const PEM_ONLY = /\.(p12|pfx|jks|keystore|der|p7b|p7c)$/i;

function pythonIssues(s: PythonString, what: string): { errors: string[]; warnings: string[] } {
	const errors: string[] = [];
	const warnings: string[] = [];
	if (s.syntaxError)
		errors.push(
			`In the Python string for ${what}, ${s.syntaxError}. Write it as a raw string (r"C:\\certs\\ca.pem") or with forward slashes.`
		);
	if (s.changedBy.length) {
		errors.push(
			`In the Python string for ${what}, ${s.changedBy.join(', ')}: Python reads a different path than the one typed. ` +
				'Use a raw string (r"…") or forward slashes.'
		);
	}
	if (s.invalidEscapes.length) {
		warnings.push(
			`The Python string for ${what} contains ${[...new Set(s.invalidEscapes)].join(', ')}; Python keeps them as typed for now but warns ` +
				'("invalid escape sequence", a SyntaxWarning since Python 3.12). A raw string (r"…") says what you mean.'
		);
	}
	return { errors, warnings };
}

function pathIssues(name: string, value: string, rawValue: string | undefined): { errors: string[]; warnings: string[]; infos: string[] } {
	const errors: string[] = [];
	const warnings: string[] = [];
	const infos: string[] = [];
	if (rawValue !== undefined) {
		if (rawValue.includes('+')) {
			errors.push(`the "+" in ${name} is read as a space by both PyMongo and the Node driver, so the file is not found; write it %2B`);
		}
		if (rawValue.includes('\\')) {
			warnings.push(
				`${name} contains backslashes, which are not valid in a URI; write each one as %5C, or use forward slashes (C:/certs/ca.pem), which Windows accepts`
			);
		}
		if (/%(?![0-9a-fA-F]{2})/.test(rawValue)) warnings.push(`${name} contains a "%" that does not start an escape; write it %25`);
	}
	if (value.startsWith('~')) {
		errors.push(`${name} starts with "~", which neither PyMongo nor the Node driver expands to your home directory; write the full path`);
	} else if (!/^(?:\/|[A-Za-z]:[\\/]|\\\\)/.test(value)) {
		infos.push(
			`${name} is a relative path, so it is looked up from the directory the program is started in, which is often not where you expect`
		);
	}
	if (PEM_ONLY.test(value)) {
		warnings.push(
			`${name} ends in ${/\.[^.]+$/.exec(value)![0]}: the drivers read PEM files only (text starting with -----BEGIN). Convert it with openssl first` +
				(name.toLowerCase().includes('certificatekey')
					? ' (for a .p12/.pfx: openssl pkcs12 -in client.p12 -out client.pem -nodes)'
					: ' (openssl x509 -inform DER -in ca.der -out ca.pem)')
		);
	}
	return { errors, warnings, infos };
}

export function filePaths(ctx: ProblemContext): UriProblem[] {
	const out: UriProblem[] = [];
	for (const { option, spec } of ctx.settings.all) {
		if (!spec || spec.type !== 'path' || option.value.kind !== 'text' || option.value.text === '') continue;
		const name = option.written;
		const found = pathIssues(name, option.value.text, option.source === 'uri' ? option.rawValue : undefined);
		if (option.value.python) {
			const py = pythonIssues(option.value.python, name);
			found.errors.push(...py.errors);
			found.warnings.push(...py.warnings);
		}
		const lines = [...found.errors, ...found.warnings, ...found.infos];
		if (lines.length === 0) continue;
		const severity = found.errors.length ? 'error' : found.warnings.length ? 'warning' : 'info';
		out.push(
			problem(
				URI_IDS.filePath,
				severity,
				`The path in ${name} ${found.errors.length ? 'will not be read as written' : 'needs attention'}`,
				lines.map((l) => l[0].toUpperCase() + l.slice(1)).join('. ') + '.',
				{
					citation: CITATION,
					evidence: [`${name}=${option.source === 'uri' && option.rawValue !== undefined ? option.rawValue : option.value.text}`],
					remedies: PEM_ONLY.test(option.value.text) ? ['convert-der-to-pem', 'combine-key-and-cert'] : ['fix-uri-options']
				}
			)
		);
	}
	// A URI in a non-raw Python string: its escapes change every path inside it at once.
	const host = ctx.parsed.hostString;
	if (host && (host.syntaxError || host.changedBy.length || host.invalidEscapes.length)) {
		const py = pythonIssues(host, 'the connection string');
		if (py.errors.length || py.warnings.length) {
			out.push(
				problem(
					URI_IDS.filePath,
					py.errors.length ? 'error' : 'warning',
					'Backslashes in the Python string change the connection string',
					[...py.errors, ...py.warnings].join(' '),
					{
						citation: CITATION,
						remedies: ['fix-uri-options']
					}
				)
			);
		}
	}
	return out;
}
