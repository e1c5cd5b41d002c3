/**
 * A log that prints the same connection string on every retry names one connection: the report
 * lists it once (its Markdown ticket had the same lines twice), while two different strings stay two.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../helpers/analyze';

describe('a connection string printed more than once', () => {
	it('is one connection item', async () => {
		const uri = 'mongodb://root:***@10.0.0.5:27027,10.0.0.5:27037';
		const text = `Connect to ${uri} failed. no reachable servers\nretrying: Connect to ${uri} failed. no reachable servers`;
		const report = await analyzeText(text);
		expect(report.items.filter((i) => i.kind === 'connection-string')).toHaveLength(1);
	});

	it('while two different ones stay two', async () => {
		const report = await analyzeText('mongodb://a.example.com/?tls=true failed\nmongodb://b.example.com/?tls=true failed');
		expect(report.items.filter((i) => i.kind === 'connection-string')).toHaveLength(2);
	});
});
