/**
 * A tokenizer-level check of PowerShell command lines, for machines without `pwsh` (Debian ships
 * none). It reads the text the way PowerShell's tokenizer does where it matters for the commands
 * TLS Doctor writes, and reports what PowerShell itself would reject or misread:
 *
 * - strings: '…' takes everything literally, '' is a quote (about_Quoting_Rules); "…" expands
 *   $name, $env:NAME and $(…), and ` escapes the next character; an unterminated string is an error;
 * - brackets ( ) { } [ ] and $( … ) must balance outside strings;
 * - `<` is reserved ("The '<' operator is reserved for future use", about_Redirection), so a POSIX
 *   `</dev/null` is an error;
 * - `&&` and `||` exist only from PowerShell 7 (about_Pipeline_Chain_Operators); Windows
 *   PowerShell 5.1, the one every Windows has, rejects them;
 * - `&` is the call operator and only starts a command; elsewhere it is an error in 5.1;
 * - inside "…", a `$` followed by a name is expanded: '$external' written in double quotes would
 *   silently become empty, so only $env:NAME, $null, $true, $false and $( … ) are allowed there;
 * - %NAME% is cmd's syntax and means nothing to PowerShell;
 * - `export NAME=` and other POSIX forms are not PowerShell;
 * - an unquoted argument that starts with -D and holds a dot is split by PowerShell at the dot, so
 *   Java system properties must be quoted.
 *
 * This is not a full parser. It is precise about quoting, escaping and brackets, the places where
 * commands written for one shell break in another; a real parser would also check cmdlet names and
 * parameter binding, which this does not attempt.
 */

const ALLOWED_IN_DOUBLE = /^(?:env:[A-Za-z_][A-Za-z0-9_]*|null\b|true\b|false\b)/i;

export function powershellProblems(text: string): string | undefined {
	const stack: string[] = [];
	const closers: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
	let atCommandStart = true;
	let i = 0;
	const n = text.length;
	const err = (what: string) => `${what} at offset ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 20), i + 20))}`;
	while (i < n) {
		const c = text[i];
		if (c === '\n' || c === ';') {
			if (c === '\n' && stack.length === 0) atCommandStart = true;
			if (c === ';') atCommandStart = true;
			i++;
			continue;
		}
		if (c === ' ' || c === '\t' || c === '\r') {
			i++;
			continue;
		}
		if (c === '`') {
			i += 2; // escape (or line continuation)
			continue;
		}
		if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
			while (i < n && text[i] !== '\n') i++;
			continue;
		}
		if (c === "'") {
			i++;
			for (;;) {
				if (i >= n) return err('unterminated single-quoted string');
				if (text[i] === "'" && text[i + 1] === "'") i += 2;
				else if (text[i] === "'") break;
				else i++;
			}
			i++;
			atCommandStart = false;
			continue;
		}
		if (c === '"') {
			const problem = doubleQuoted();
			if (problem) return problem;
			atCommandStart = false;
			continue;
		}
		if (c === '<') return err("'<' is reserved in PowerShell");
		if (c === '&') {
			if (text[i + 1] === '&') return err("'&&' needs PowerShell 7 (Windows PowerShell 5.1 rejects it)");
			if (!atCommandStart) return err("'&' (the call operator) can only start a command");
			i++;
			continue;
		}
		if (c === '|' && text[i + 1] === '|') return err("'||' needs PowerShell 7 (Windows PowerShell 5.1 rejects it)");
		if (c === '|') {
			atCommandStart = true;
			i++;
			continue;
		}
		if (c === '$' && text[i + 1] === '(') {
			stack.push(')');
			i += 2;
			atCommandStart = true;
			continue;
		}
		if (closers[c]) {
			stack.push(closers[c]);
			atCommandStart = c !== '[';
			i++;
			continue;
		}
		if (c === ')' || c === '}' || c === ']') {
			if (stack.pop() !== c) return err(`unbalanced '${c}'`);
			i++;
			atCommandStart = false;
			continue;
		}
		// A bare word: read to the next separator.
		const start = i;
		while (i < n && !/[\s;|()[\]{}"'`<&]/.test(text[i])) i++;
		if (i === start) i++; // a lone character such as '>' or ','
		const word = text.slice(start, i);
		if (atCommandStart && word === 'export') return err('`export` is POSIX shell, not PowerShell');
		if (/%[A-Za-z_]\w*%/.test(word)) return err('%NAME% is cmd syntax');
		if (/^-D[\w-]*\.[\w.]*=/.test(word)) return err('an unquoted -D…=… argument is split at the dot by PowerShell');
		atCommandStart = false;
	}
	if (stack.length) return `unclosed '${stack.reverse().join('')}' at the end`;
	return undefined;

	/** Reads "…" from text[i] === '"', leaving i after the closing quote. */
	function doubleQuoted(): string | undefined {
		i++;
		for (;;) {
			if (i >= n) return err('unterminated double-quoted string');
			const d = text[i];
			if (d === '`') {
				i += 2;
				continue;
			}
			if (d === '"' && text[i + 1] === '"') {
				i += 2;
				continue;
			}
			if (d === '"') {
				i++;
				return undefined;
			}
			if (d === '$') {
				if (text[i + 1] === '(') {
					// A subexpression: skip to its matching ')', honouring nested strings.
					let depth = 0;
					i++;
					for (; i < n; i++) {
						if (text[i] === '(') depth++;
						else if (text[i] === ')' && --depth === 0) break;
						else if (text[i] === "'") i = text.indexOf("'", i + 1);
						if (i < 0) return err('unterminated string inside $( )');
					}
					if (i >= n) return err('unclosed $( inside a string');
					i++;
					continue;
				}
				const rest = text.slice(i + 1);
				if (/^[A-Za-z_{?]/.test(rest) && !ALLOWED_IN_DOUBLE.test(rest)) {
					return err(`"$${/^[\w:{}?]+/.exec(rest)?.[0]}" inside double quotes would be expanded by PowerShell`);
				}
			}
			i++;
		}
	}
}
