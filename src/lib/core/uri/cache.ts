/**
 * One analysis per ingested connection string, shared by every uri.* check. When ingest has
 * already stored an analysis on the item (ConnectionStringItem.analysis), that one is used.
 */

import type { IngestedConnectionString } from '../ingest/evidence';
import { analyzeConnectionString } from './analyze';
import type { ConnectionStringAnalysis } from '../model/connection';

const cache = new WeakMap<IngestedConnectionString, ConnectionStringAnalysis>();

export function analysisOf(cs: IngestedConnectionString): ConnectionStringAnalysis {
	const stored = (cs.item as { analysis?: ConnectionStringAnalysis }).analysis;
	if (stored) return stored;
	let analysis = cache.get(cs);
	if (!analysis) {
		analysis = analyzeConnectionString(cs.raw, cs.item.form);
		cache.set(cs, analysis);
	}
	return analysis;
}
