/** Environments to render every remedy in, and a way to collect the steps of a given kind. */
import type { Remedy, RemedyStep } from '../../../src/lib/core/model/report';
import { CLIENT_OPTIONS, OS_OPTIONS, PYTHON_OPTIONS, SHELL_OPTIONS, type Environment } from '../../../src/lib/core/model/environment';
import type { RemedyFacts } from '../../../src/lib/core/remedies/facts';
import { REMEDIES } from '../../../src/lib/core/remedies/catalogue';
import { renderRemedy } from '../../../src/lib/core/remedies/render';
import { analyzeConnectionString } from '../../../src/lib/core/uri/analyze';

/** The connection string the facts come from, as a person pastes it: the snippets must keep all of it. */
export const FACTS_URI = 'mongodb://app:s3cret@db.example.com:27018/?tls=true&tlsCAFile=/path/to/ca.pem';

export const FACTS: RemedyFacts = {
	host: 'db.example.com',
	port: 27018,
	pythonVersion: '3.11',
	certificateNames: ['db.example.com', '10.0.0.5'],
	clientSubject: 'CN=userApp,OU=MongoDBAClient,O=dbi,L=Zurich,ST=ZH,C=CH',
	correctedUri: 'mongodb://app:YOUR_PASSWORD@db.example.com:27018/?tls=true&tlsCAFile=/path/to/ca.pem',
	connection: analyzeConnectionString(FACTS_URI, 'uri').outputs!.connection
};

/** Every OS × shell × client, with the Python origins cycled through, plus the all-unknown environment. */
export function environments(): Environment[] {
	const out: Environment[] = [{}];
	let i = 0;
	for (const os of OS_OPTIONS) {
		for (const shell of SHELL_OPTIONS) {
			for (const client of CLIENT_OPTIONS) {
				out.push({ os: os.id, shell: shell.id, client: client.id, python: PYTHON_OPTIONS[i++ % PYTHON_OPTIONS.length].id });
			}
		}
	}
	for (const python of PYTHON_OPTIONS) out.push({ python: python.id }, { python: python.id, client: 'pymongo', os: 'debian' });
	return out;
}

export function renderAll(facts: RemedyFacts[] = [{}, FACTS]): { env: Environment; remedy: Remedy }[] {
	const out: { env: Environment; remedy: Remedy }[] = [];
	for (const env of environments()) {
		for (const f of facts) {
			for (const id of REMEDIES.keys()) {
				const remedy = renderRemedy(id, env, f);
				if (remedy) out.push({ env, remedy });
			}
		}
	}
	return out;
}

/** Unique steps matching a predicate, each with one remedy id it came from (for failure messages). */
export function uniqueSteps(rendered: { remedy: Remedy }[], keep: (s: RemedyStep) => boolean): { step: RemedyStep; id: string }[] {
	const seen = new Map<string, { step: RemedyStep; id: string }>();
	for (const { remedy } of rendered) {
		for (const step of remedy.steps) {
			if (!keep(step)) continue;
			const key = `${step.kind}|${step.shell ?? ''}|${step.language ?? ''}|${step.text}`;
			if (!seen.has(key)) seen.set(key, { step, id: remedy.id });
		}
	}
	return [...seen.values()];
}

/**
 * Every remedy in every environment: each OS, Python origin, shell and client, and each of them
 * unknown too (7 × 7 × 6 × 9 environments), with no facts and with FACTS. Not a sample. Returns
 * the unique steps (with one remedy id each), which is what the parsers need; rendering everything
 * takes a few seconds.
 */
export function renderEverything(keep: (s: RemedyStep) => boolean): { step: RemedyStep; id: string; env: Environment }[] {
	const seen = new Map<string, { step: RemedyStep; id: string; env: Environment }>();
	const withUnknown = <T extends string>(list: readonly { id: T }[]): (T | undefined)[] => [undefined, ...list.map((o) => o.id)];
	for (const os of withUnknown(OS_OPTIONS))
		for (const python of withUnknown(PYTHON_OPTIONS))
			for (const shell of withUnknown(SHELL_OPTIONS))
				for (const client of withUnknown(CLIENT_OPTIONS)) {
					const env: Environment = { os, python, shell, client };
					for (const facts of [{}, FACTS])
						for (const id of REMEDIES.keys()) {
							const remedy = renderRemedy(id, env, facts);
							for (const step of remedy?.steps ?? []) {
								if (!keep(step)) continue;
								const key = `${step.kind}|${step.shell ?? ''}|${step.language ?? ''}|${step.text}`;
								if (!seen.has(key)) seen.set(key, { step, id, env });
							}
						}
				}
	return [...seen.values()];
}
