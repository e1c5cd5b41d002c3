/**
 * Python string literals as the interpreter reads them, so that "C:\temp\ca.pem" is understood
 * the way Python understands it (a tab after "C:") and "C:\Users\me\ca.pem" is recognised as the
 * SyntaxError it is. Follows the escape rules of the Python reference, "Lexical analysis: String
 * and Bytes literals".
 */

export interface PythonString {
	value: string;
	/** The characters between the quotes as typed, backslashes included (what a Windows user meant). */
	typed: string;
	/** Every part had an r prefix, so backslashes are literal. */
	raw: boolean;
	/** An f-string with {…} fields: the value is not known until run time. */
	formatted: boolean;
	/** Escapes that made the value differ from what was typed, e.g. "\t became a tab". */
	changedBy: string[];
	/** Escapes Python warns about and keeps as typed ("\c", "\d"). */
	invalidEscapes: string[];
	/** Set when Python refuses the literal, with its reason. */
	syntaxError?: string;
}

const SIMPLE: Record<string, [string, string]> = {
	'\\': ['\\', 'a backslash'],
	"'": ["'", 'a quote'],
	'"': ['"', 'a quote'],
	a: ['\x07', 'a bell character'],
	b: ['\b', 'a backspace'],
	f: ['\f', 'a form feed'],
	n: ['\n', 'a newline'],
	r: ['\r', 'a carriage return'],
	t: ['\t', 'a tab'],
	v: ['\v', 'a vertical tab']
};

/** Splits one literal token into prefix, quote and body. */
function splitLiteral(token: string): { prefix: string; body: string } | undefined {
	const m = /^([rRbBuUfF]{0,2})('''|"""|'|")([\s\S]*)\2$/.exec(token);
	if (!m) return undefined;
	return { prefix: m[1].toLowerCase(), body: m[3] };
}

function decodeEscapes(body: string, out: PythonString): string {
	let value = '';
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (c !== '\\' || i === body.length - 1) {
			value += c;
			continue;
		}
		const next = body[i + 1];
		const typed = `\\${next}`;
		if (next === '\n') {
			i++;
			continue;
		}
		if (SIMPLE[next]) {
			const [ch, what] = SIMPLE[next];
			value += ch;
			if (next !== '\\' && next !== "'" && next !== '"') out.changedBy.push(`${typed} became ${what}`);
			i++;
			continue;
		}
		if (/[0-7]/.test(next)) {
			const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
			value += String.fromCharCode(parseInt(oct, 8));
			out.changedBy.push(`\\${oct} became the character with octal code ${oct}`);
			i += oct.length;
			continue;
		}
		const hexLength = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
		if (hexLength) {
			const hex = body.slice(i + 2, i + 2 + hexLength);
			if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex)) {
				out.syntaxError ??=
					`"${typed}" starts a ${next === 'x' ? '\\xhh' : next === 'u' ? '\\uXXXX' : '\\UXXXXXXXX'} escape, so Python stops with ` +
					`"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes" (a Windows path such as C:\\Users does this)`;
				value += typed;
				i++;
				continue;
			}
			const code = parseInt(hex, 16);
			value += code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
			out.changedBy.push(`${typed}${hex} became the character U+${hex.toUpperCase().padStart(4, '0')}`);
			i += 1 + hexLength;
			continue;
		}
		if (next === 'N') {
			const m = /^\{[^}]*\}/.exec(body.slice(i + 2));
			if (!m) out.syntaxError ??= `"\\N" must be followed by a {character name}, so Python stops with a SyntaxError`;
			else out.changedBy.push(`\\N${m[0]} became a named character`);
			value += m ? '\ufffd' : typed;
			i += 1 + (m ? m[0].length : 0);
			continue;
		}
		// Unknown escapes stay as typed; Python 3.6+ warns (SyntaxWarning from 3.12).
		out.invalidEscapes.push(typed);
		value += typed;
		i++;
	}
	return value;
}

/** Decodes adjacent literals ("a" 'b' r"c") the way Python concatenates them. */
export function decodePythonStrings(tokens: string[]): PythonString | undefined {
	const out: PythonString = { value: '', typed: '', raw: tokens.length > 0, formatted: false, changedBy: [], invalidEscapes: [] };
	for (const token of tokens) {
		const parts = splitLiteral(token);
		if (!parts) return undefined;
		const raw = parts.prefix.includes('r');
		if (parts.prefix.includes('f') && /\{[^{]/.test(parts.body.replace(/\{\{/g, ''))) out.formatted = true;
		out.raw &&= raw;
		out.value += raw ? parts.body : decodeEscapes(parts.body, out);
		out.typed += parts.body;
	}
	return out;
}

/** A Python literal for a string: raw when that keeps a Windows path readable, otherwise escaped. */
export function pythonStringLiteral(value: string): string {
	// A raw string keeps a Windows path readable; only for printable ASCII, where it cannot hide anything.
	if (value.includes('\\') && !value.endsWith('\\') && /^[\x20-\x21\x23-\x7e]*$/.test(value)) return `r"${value}"`;
	// JSON string syntax is valid Python for every string JSON can express.
	return JSON.stringify(value);
}
