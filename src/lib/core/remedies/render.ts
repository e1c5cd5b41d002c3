/**
 * Turns a remedy id into concrete steps for one environment and the person's facts. Pure and
 * cheap, so the page can re-render every remedy whenever a select changes.
 */

import type { Remedy, RemedyStep } from '../model/report';
import { REMEDIES } from './catalogue';
import { defaultShell, knownEnvironment, type Dimension, type Environment } from '../model/environment';
import { checkedFacts, type RemedyFacts } from './facts';
import { caution, textOf, type RemedyTemplate, type RenderContext } from './remedy';
import { UnsafeValueError } from '../syntax/quote';
import { placeholdersIn } from './values';

export function renderContext(env: Environment = {}, facts: RemedyFacts = {}): RenderContext {
	const known = knownEnvironment(env);
	// cmd exists only on Windows (so it says the OS when that is unknown); PowerShell (pwsh), bash,
	// zsh and fish run everywhere.
	const shell = known.shell === 'cmd' && known.os && known.os !== 'windows' ? undefined : known.shell;
	const os = known.os ?? (shell === 'cmd' ? 'windows' : undefined);
	return { ...known, ...(os ? { os } : {}), shell: shell ?? defaultShell(os), facts: checkedFacts(facts) };
}

/** False when the chosen environment rules the remedy out (e.g. Install Certificates.command on Linux). */
export function remedyApplies(id: string, env: Environment = {}): boolean {
	const template = REMEDIES.get(id);
	return template !== undefined && applies(template, renderContext(env));
}

function applies(t: RemedyTemplate, c: RenderContext): boolean {
	const only = t.only;
	if (!only) return true;
	return (
		(!c.os || !only.os || only.os.includes(c.os)) &&
		(!c.python || !only.python || only.python.includes(c.python)) &&
		(!c.client || !only.client || only.client.includes(c.client))
	);
}

/** The environment the steps were written for: the known values of the dimensions that matter. */
function environmentOf(t: RemedyTemplate, c: RenderContext): string {
	const dims = new Set<Dimension>([...t.varies, ...(Object.keys(t.only ?? {}) as Dimension[])]);
	const parts = (['os', 'python', 'shell', 'client'] as const).filter((d) => dims.has(d)).map((d) => (d === 'shell' ? c.shell : c[d]));
	const known = parts.filter((p) => p !== undefined) as string[];
	return known.length ? known.join(', ') : 'any';
}

function withPlaceholders(step: RemedyStep): RemedyStep {
	const found = placeholdersIn(step.text);
	return found.length ? { ...step, placeholders: found } : step;
}

/**
 * The remedy for this environment and these facts. Undefined when the id is unknown or the
 * environment rules it out (see remedyApplies).
 */
export function renderRemedy(id: string, env: Environment = {}, facts: RemedyFacts = {}): Remedy | undefined {
	const template = REMEDIES.get(id);
	if (!template) return undefined;
	const c = renderContext(env, facts);
	if (!applies(template, c)) return undefined;
	let written: { c: RenderContext; steps: RemedyStep[] };
	try {
		written = { c, steps: stepsOf(template, c) };
	} catch (e) {
		if (!(e instanceof UnsafeValueError)) throw e;
		// cmd cannot hold every value safely: write the steps with placeholders and say which value it was.
		const bare = { ...c, facts: { refused: [...(c.facts.refused ?? [])] } };
		written = { c: bare, steps: [caution(unsafeNote(e, c.shell)), ...stepsOf(template, bare)] };
	}
	const steps = [...refusedNotes(written.c.facts, written.steps), ...written.steps].map(withPlaceholders);
	// The notes go after "why", where the steps start.
	const why = steps.findIndex((s) => s.role === 'why');
	if (why > 0) steps.unshift(...steps.splice(why, 1));
	return {
		id: template.id,
		title: textOf(template.title, written.c),
		environment: environmentOf(template, written.c),
		steps,
		...(template.risk ? { risk: template.risk } : {})
	};
}

function stepsOf(template: RemedyTemplate, c: RenderContext): RemedyStep[] {
	return [
		{ kind: 'text', role: 'why', text: textOf(template.why, c) },
		...onceEach(template.steps(c)),
		{ kind: 'text', role: 'verify', text: `Check it worked: ${textOf(template.verify, c)}` }
	];
}

/**
 * A remedy that shows one client's settings twice (before and after a change) gets that client's
 * note twice from the shared snippet builder; the reader needs it once. Only a note is dropped: a
 * text that leads into the step after it ("Or the same as a connection string:") stays with it.
 */
function onceEach(steps: RemedyStep[]): RemedyStep[] {
	const said = new Set<string>();
	return steps.filter((s, i) => {
		if (s.kind !== 'text' || s.label) return true;
		const leadIn = steps[i + 1] !== undefined && steps[i + 1].kind !== 'text';
		if (leadIn) return true;
		if (said.has(s.text)) return false;
		said.add(s.text);
		return true;
	});
}

function unsafeNote(e: UnsafeValueError, shell: string): string {
	return `${shown(e.value)} from your input cannot be written safely for ${shell === 'cmd' ? 'cmd.exe' : shell} (${e.why}), so these steps use placeholders instead. PowerShell can take it as it is.`;
}

/** For every value that was refused and whose placeholder these steps use, one sentence saying why. */
function refusedNotes(facts: RemedyFacts, steps: readonly RemedyStep[]): RemedyStep[] {
	const text = steps.map((s) => s.text).join('\n');
	return (facts.refused ?? [])
		.filter((r) => text.includes(r.placeholder) || r.alongside?.some((v) => text.includes(v)))
		.map((r) =>
			caution(
				`${capitalise(r.what)}, ${shown(r.value)}, is not used in these steps: ${r.why}.${text.includes(r.placeholder) ? ` They say ${r.placeholder} instead.` : ''}`
			)
		);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A value from the input, in quotes, with its invisible characters made visible and its length kept sane. */
function shown(value: string): string {
	const visible = JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value).slice(1, -1);
	return `“${visible}”`;
}

/** Every remedy of a list that applies, in order, keyed by id: what the page needs after a select changes. */
export function renderRemedies(ids: readonly string[], env: Environment = {}, facts: RemedyFacts = {}): Record<string, Remedy> {
	const out: Record<string, Remedy> = {};
	for (const id of orderRemedyIds([...ids])) {
		const r = renderRemedy(id, env, facts);
		if (r) out[id] = r;
	}
	return out;
}

/** Safe remedies first; anything that weakens security goes last, whatever order it was named in. */
export function orderRemedyIds(ids: string[]): string[] {
	const unique = [...new Set(ids)];
	const risky = (id: string) => (REMEDIES.get(id)?.risk ? 1 : 0);
	return unique
		.map((id, i) => ({ id, i }))
		.sort((a, b) => risky(a.id) - risky(b.id) || a.i - b.i)
		.map((x) => x.id);
}
