/** Evidence with real certificates (ingested from fixtures) and connection strings found in pasted text. */
import { resolveContext, type AnalysisContext } from '../../../src/lib/core/context';
import type { Evidence } from '../../../src/lib/core/ingest/evidence';
import { ingest } from '../../../src/lib/core/ingest/ingest';
import { analyzeConnectionString, findConnectionStrings, redactConnectionString } from '../../../src/lib/core/uri';
import { analyzeConnections } from '../../../src/lib/core/connections/analyze-connections';
import type { ConnectionStringAnalysis, UriProblem } from '../../../src/lib/core/model/connection';
import { bytesInput } from '../../helpers/fixtures';

export async function evidenceWith(text: string, certificateFiles: string[] = []): Promise<Evidence> {
	const evidence = await ingest(certificateFiles.map(bytesInput), {});
	evidence.connectionStrings = findConnectionStrings(text).map((span, i) => ({
		raw: span.raw,
		item: {
			id: `cs-${i + 1}`,
			kind: 'connection-string',
			label: 'Connection string',
			source: {},
			form: span.form,
			redacted: redactConnectionString(span.raw, span.form)
		}
	}));
	return evidence;
}

export async function connectionsOf(text: string, certificateFiles: string[] = [], context: AnalysisContext = {}) {
	return analyzeConnections(await evidenceWith(text, certificateFiles), resolveContext(context));
}

export function analyse(text: string): ConnectionStringAnalysis {
	const [span] = findConnectionStrings(text);
	if (!span) throw new Error(`no connection string in ${text}`);
	return analyzeConnectionString(span.raw, span.form);
}

/** The problems of one id. */
export function problemsOf(text: string, id: string): UriProblem[] {
	return analyse(text).problems.filter((p) => p.id === id);
}

export const ids = (a: ConnectionStringAnalysis) => a.problems.map((p) => p.id);
