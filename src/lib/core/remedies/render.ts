/** Turns remedy ids into concrete remedies for one environment. */

import type { Remedy } from '../report/model';
import { REMEDIES } from './catalogue';
import type { Environment } from './environment';

export function renderRemedy(id: string, env: Environment): Remedy | undefined {
	const template = REMEDIES.get(id);
	if (!template) return undefined;
	const steps = [{ kind: 'text' as const, text: template.why }, ...template.steps(env)];
	if (template.verify) steps.push({ kind: 'text', text: `Check it worked: ${template.verify}` });
	return {
		id: template.id,
		title: template.title,
		environment: env.os ?? 'any',
		steps,
		...(template.risk ? { risk: template.risk } : {})
	};
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
