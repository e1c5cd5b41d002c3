/**
 * What makes a ticket report not ready to paste (issue 14, item 9): the same line twice in one
 * part (a heading starts a part; each remedy's steps stand alone, so they may repeat another's) or
 * the same evidence anywhere twice, the
 * diagnose stage's internal names or the project's own source labels ("seed 001"), HTML entities
 * outside code (a ticket shows them as typed). Returns every problem found, so a test can say
 * which line is wrong.
 */

const INTERNAL =
	/\b(?:opensslReason|sslCLine|pythonVersionHint|verifyCode|verifyError|chainTrust|peerNames|serverLog|tlsOptions|clientVersion|nodeVersion|atlas: (?:true|false)|seed \d{3})\b/;
const ENTITY = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i;

/** The line with inline code spans blanked, so a value quoted from the input is not judged as prose. */
export function prose(line: string): string {
	let out = '';
	let i = 0;
	while (i < line.length) {
		if (line[i] !== '`') {
			out += line[i++];
			continue;
		}
		let run = 0;
		while (line[i + run] === '`') run++;
		const fence = '`'.repeat(run);
		const close = line.indexOf(fence, i + run);
		if (close < 0) {
			out += line.slice(i);
			break;
		}
		out += '``';
		i = close + run;
	}
	return out;
}

/** The whole document without fenced blocks and code spans: what a renderer shows as prose. */
export function outsideCode(md: string): string {
	const kept: string[] = [];
	let fence: string | undefined;
	for (const line of md.split('\n')) {
		const opens = /^`{3,}/.exec(line);
		if (fence) {
			if (line.trim() === fence) fence = undefined;
		} else if (opens) fence = opens[0];
		else kept.push(prose(line));
	}
	return kept.join('\n');
}

export function markdownProblems(md: string): string[] {
	const problems: string[] = [];
	let seen = new Map<string, number>();
	const evidence = new Map<string, number>();
	// The top-level item a nested one belongs to: "- TLS: ssl=true → on" under two different
	// connection strings says something of each, so a nested line repeats only under the same parent.
	let parent = '';
	let fence: string | undefined;
	const all = md.split('\n');
	// The next line with something on it: a lead-in ("Or the same as a connection string:") belongs to the block after it.
	const nextText = (i: number) => all.slice(i + 1).find((l) => l.trim() !== '') ?? '';
	all.forEach((line, i) => {
		const n = i + 1;
		const opens = /^`{3,}/.exec(line);
		if (fence) {
			if (line.trim() === fence) fence = undefined;
			return;
		}
		if (opens) {
			fence = opens[0];
			return;
		}
		const text = line.trim();
		if (!text) return;
		// A heading or a finding's first line starts a new part.
		if (text.startsWith('#') || /^- (?:❌|⚠️|ℹ️|✅) \*\*/.test(line)) seen = new Map();
		if (text.startsWith('- Evidence: `')) {
			const before = evidence.get(text);
			if (before !== undefined) problems.push(`line ${n} repeats the evidence of line ${before}: ${text.slice(0, 120)}`);
			else evidence.set(text, n);
		}
		// A label over a block ("_macOS:_", "In `mongod.conf`:") names the block under it: each block has its own.
		const leadIn = text.endsWith(':') && /^(?:`{3,}|In `|_[^_]+:_)/.test(nextText(i).trim());
		const label = /^_[^_]+:_$/.test(text) || /^In `[^`]+`:$/.test(text) || leadIn;
		if (/^- /.test(line)) parent = text;
		const key = /^\s+- /.test(line) ? `${parent}\n${text}` : text;
		const first = label ? undefined : seen.get(key);
		if (first !== undefined) problems.push(`line ${n} repeats line ${first}: ${text.slice(0, 120)}`);
		else seen.set(key, n);
		const outside = prose(line);
		if (INTERNAL.test(outside)) problems.push(`line ${n} names an internal key or source: ${outside.match(INTERNAL)![0]}`);
		if (ENTITY.test(outside)) problems.push(`line ${n} has an HTML entity outside code: ${outside.match(ENTITY)![0]}`);
	});
	return problems;
}
