/**
 * What the person told us about their machine, as the facts a text saying the same would give.
 * A link with client=pymongo&os=macos, the page's selects and the CLI's flags say where the
 * client runs as surely as a traceback's /Users/ path: a chosen value is a fact, and it wins over
 * the text's reading (the person saw that reading and corrected it). A value only guessed (from
 * the browser, say) is not a fact and is left out.
 */

import type { ResolvedContext } from '../model/context';
import { isClientId, isOsId, isPythonId } from '../model/environment';
import type { DiagnoseFacts } from './facts';

export function withChosenContext(facts: DiagnoseFacts, context: Pick<ResolvedContext, 'chosen' | 'os' | 'python' | 'client'>): void {
	const chosen = new Set(context.chosen);
	if (chosen.has('os') && isOsId(context.os)) facts.os = context.os;
	if (chosen.has('python') && isPythonId(context.python)) facts.pythonOrigin = context.python;
	if (chosen.has('client') && isClientId(context.client)) facts.client = context.client;
}
