/**
 * A remedy template: fixed words (title, why, how to check) and steps rendered for one environment
 * and the person's facts. `risk` marks anything that weakens security; the report never lists such
 * a remedy first (render.ts orderRemedyIds), and its steps say what it exposes.
 */

import type { RemedyStep } from '../model/report';
import type { ClientId, Dimension, OsId, PythonId, ShellId } from '../model/environment';
import type { RemedyFacts } from './facts';
import type { CodeLanguage } from '../syntax/quote';
import { renderCode, renderShell, type ConnectionString, type Fragment, type Target } from '../syntax/template';

/** Everything a template may look at. Built once per render by render.ts; cheap by design. */
export interface RenderContext {
	os?: OsId;
	python?: PythonId;
	client?: ClientId;
	/** Always set: the chosen shell, or the usual one for the OS. */
	shell: ShellId;
	facts: RemedyFacts;
}

type Text = string | ((c: RenderContext) => string);

export interface RemedyTemplate {
	id: string;
	title: Text;
	/** Where the facts in this remedy come from: a seed document, a vendor's documentation. */
	source: string;
	/** Why it works, in one or two sentences of our own. */
	why: Text;
	/** How to tell it worked. */
	verify: Text;
	/** Set when the remedy weakens security: what it exposes. */
	risk?: string;
	/** The environment choices that change the steps. A unit test holds each template to this list. */
	varies: readonly Dimension[];
	/**
	 * The environments the remedy is for, when not all: Install Certificates.command exists only for
	 * python.org Python on macOS. When a listed dimension is known and not in its list, the remedy is
	 * left out of the report; when it is unknown, the remedy is kept.
	 */
	only?: { os?: readonly OsId[]; python?: readonly PythonId[]; client?: readonly ClientId[] };
	steps(c: RenderContext): RemedyStep[];
}

export const textOf = (t: Text, c: RenderContext): string => (typeof t === 'function' ? t(c) : t);

type Extra = Partial<Pick<RemedyStep, 'label' | 'filename'>>;

export const text = (t: string, extra: Extra = {}): RemedyStep => ({ kind: 'text', text: t, ...extra });
export const caution = (t: string): RemedyStep => ({ kind: 'text', role: 'caution', text: t });

/**
 * A command for the person's shell, written with the sh`…` template so that every value in it is
 * quoted for the shell it is shown in. Pass `shell` when a command is only ever run in one shell.
 */
export function command(
	c: Pick<RenderContext, 'shell'>,
	t: Fragment<'shell'> | readonly Fragment<'shell'>[],
	extra: Extra & { shell?: ShellId } = {}
): RemedyStep {
	const shell = extra.shell ?? c.shell;
	const parts = isFragmentList(t) ? t : [t];
	// A Windows tool (w32tm, Import-Certificate, the hosts file) shown to someone in bash, zsh or fish
	// on Windows: say where it runs, or they paste PowerShell into their own shell.
	const label =
		extra.label ?? (WINDOWS_ONLY.has(shell) && shell !== c.shell ? `In ${shell === 'cmd' ? 'Command Prompt' : 'PowerShell'}` : undefined);
	return {
		kind: 'command',
		text: parts.map((f) => renderShell(f, shell)).join('\n'),
		shell,
		...(label ? { label } : {})
	};
}

const WINDOWS_ONLY: ReadonlySet<string> = new Set(['powershell', 'cmd']);

const isFragmentList = (t: Fragment<'shell'> | readonly Fragment<'shell'>[]): t is readonly Fragment<'shell'>[] => Array.isArray(t);

type FileText = Fragment<Exclude<Target, 'shell'>> | ConnectionString;

const fileText = (t: FileText): string => (typeof t === 'string' ? t : renderCode(t));

/** A snippet that goes into an existing file (mongod.conf, a Dockerfile, /etc/hosts) or a connection string. */
export const config = (t: FileText, filename: string, language: string, extra: Extra = {}): RemedyStep => ({
	kind: 'config',
	text: fileText(t),
	filename,
	language,
	...extra
});

/** Code for the application; mongosh code is JavaScript shown as 'mongosh'. */
export const code = (t: Fragment<CodeLanguage>, extra: Extra & { language?: string } = {}): RemedyStep => {
	const { language, ...rest } = extra;
	return { kind: 'code', text: renderCode(t), language: language ?? t.target, ...rest };
};

/** A whole file the page offers as a download. */
export const file = (filename: string, t: FileText, language: string, extra: Extra = {}): RemedyStep => ({
	kind: 'file',
	text: fileText(t),
	filename,
	language,
	...extra
});

/** A command as text for prose (a "verify" sentence), quoted for the context's shell. */
export const shellText = (c: Pick<RenderContext, 'shell'>, f: Fragment<'shell'>): string => renderShell(f, c.shell);
