import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnalysisClient, Superseded, TIME_LIMIT_MS, TimedOut, describeStage, timeoutMessage } from '../../../src/lib/worker/client';
import type { WorkerMessage, WorkerRequest } from '../../../src/lib/worker/protocol';

/** A worker that answers only when the test says so, and remembers being stopped. */
class FakeWorker extends EventTarget {
	received: WorkerRequest[] = [];
	terminated = false;
	postMessage(message: WorkerRequest) {
		this.received.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	send(data: WorkerMessage) {
		this.dispatchEvent(new MessageEvent('message', { data }));
	}
	answer(i = this.received.length - 1) {
		const r = this.received[i];
		if (r.type === 'analyze') this.send({ id: r.id, ok: true, type: 'analyze', report: { items: [] } as never, ms: 1 });
		else this.send({ id: r.id, ok: true, type: 'artefact', file: { filename: 'f.pem', text: 'x', mime: 'text/plain' } });
	}
}

function setUp() {
	const workers: FakeWorker[] = [];
	const client = new AnalysisClient(TIME_LIMIT_MS, () => {
		const w = new FakeWorker();
		workers.push(w);
		return w as unknown as Worker;
	});
	return { client, workers };
}

const text = (t: string) => ({ kind: 'text' as const, text: t });
const p12 = { kind: 'bytes' as const, bytes: new Uint8Array([0x30]), name: 'server.p12' };

describe('the analysis watchdog', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('keeps one warm worker for analyses that follow each other', async () => {
		const { client, workers } = setUp();
		const first = client.analyze([text('a')], {});
		workers[0].answer();
		await first;
		const second = client.analyze([text('b')], {});
		workers[0].answer();
		await second;
		expect(workers).toHaveLength(1);
		expect(workers[0].terminated).toBe(false);
	});

	it('a newer analysis stops the running one’s worker and runs at once in a fresh one', async () => {
		const { client, workers } = setUp();
		const slow = client.analyze([p12], {});
		const small = client.analyze([text('small')], {});
		await expect(slow).rejects.toBeInstanceOf(Superseded);
		expect(workers[0].terminated).toBe(true);
		expect(workers).toHaveLength(2);
		expect(workers[1].received.map((r) => r.type === 'analyze' && r.inputs)).toEqual([[text('small')]]);
		workers[1].answer();
		await expect(small).resolves.toMatchObject({ ms: 1 });
		// A late answer from the stopped worker changes nothing.
		workers[0].answer(0);
	});

	it('stops an analysis at the time limit, names the stage it was in, and the next one works', async () => {
		const { client, workers } = setUp();
		const slow = client.analyze([text('error text'), p12], {});
		const id = workers[0].received[0].id;
		workers[0].send({ id, progress: { stage: { stage: 'input', input: 0 } } });
		workers[0].send({ id, progress: { stage: { stage: 'input', input: 1 }, costly: 'pkcs12' } });
		const outcome = expect(slow).rejects.toThrow(
			'The analysis stopped after 20 s while reading server.p12 (PKCS#12 key derivation). Nothing was sent anywhere.'
		);
		vi.advanceTimersByTime(TIME_LIMIT_MS - 1);
		expect(workers[0].terminated).toBe(false);
		vi.advanceTimersByTime(1);
		await outcome;
		await expect(slow).rejects.toBeInstanceOf(TimedOut);
		expect(workers[0].terminated).toBe(true);
		const next = client.analyze([text('next')], {});
		workers[1].answer();
		await expect(next).resolves.toBeDefined();
	});

	it('reports progress in words as it arrives', async () => {
		const { client, workers } = setUp();
		const heard: string[] = [];
		const run = client.analyze([text('t')], {}, undefined, (s) => heard.push(s));
		const id = workers[0].received[0].id;
		workers[0].send({ id, progress: { stage: { stage: 'input', input: 0 } } });
		workers[0].send({ id, progress: { stage: { stage: 'chains' } } });
		workers[0].answer();
		await run;
		expect(heard).toEqual(['reading the pasted text', 'building and checking the certificate chains']);
	});

	it('a file built for a download has a worker of its own: a new paste does not cancel it', async () => {
		const { client, workers } = setUp();
		const analysis = client.analyze([text('a')], {});
		const file = client.artefact({ type: 'artefact', artefact: 'pkcs12-pem', input: p12, password: '' });
		const newer = client.analyze([text('b')], {});
		await expect(analysis).rejects.toBeInstanceOf(Superseded);
		const artefactWorker = workers[1];
		expect(artefactWorker.terminated).toBe(false);
		artefactWorker.answer();
		await expect(file).resolves.toMatchObject({ filename: 'f.pem' });
		// Its worker is stopped once the file is out: the key it read goes with it.
		expect(artefactWorker.terminated).toBe(true);
		workers[2].answer();
		await newer;
	});

	it('a file build stops at the time limit too', async () => {
		const { client } = setUp();
		const file = client.artefact({ type: 'artefact', artefact: 'pkcs12-pem', input: p12 });
		const outcome = expect(file).rejects.toThrow(
			'Building the file stopped after 20 s while converting server.p12 (PKCS#12 key derivation)'
		);
		vi.advanceTimersByTime(TIME_LIMIT_MS);
		await outcome;
	});

	it('a crashed worker fails its request and is replaced', async () => {
		const { client, workers } = setUp();
		const run = client.analyze([text('a')], {});
		workers[0].dispatchEvent(Object.assign(new Event('error'), { message: 'boom' }));
		await expect(run).rejects.toThrow('boom');
		expect(workers[0].terminated).toBe(true);
		const next = client.analyze([text('b')], {});
		workers[1].answer();
		await next;
	});
});

describe('the watchdog’s words', () => {
	it('names the input and stage, says nothing left, and what to do', () => {
		const inputs = [text('x'), { kind: 'bytes' as const, bytes: new Uint8Array(), name: 'bundle.pem' }];
		expect(describeStage(undefined, inputs)).toBe('starting');
		expect(describeStage({ stage: { stage: 'input', input: 1 } }, inputs)).toBe('reading bundle.pem');
		expect(timeoutMessage({ stage: { stage: 'chains' } }, inputs)).toBe(
			'The analysis stopped after 20 s while building and checking the certificate chains. Nothing was sent anywhere. Paste only the certificates the server sends and its CA rather than a whole bundle, and analyse again.'
		);
		expect(timeoutMessage({ stage: { stage: 'input', input: 0 } }, inputs)).toBe(
			'The analysis stopped after 20 s while reading the pasted text. Nothing was sent anywhere. Paste only the part that matters (the error message, the certificates in use), and analyse again.'
		);
		expect(timeoutMessage({ stage: { stage: 'input', input: 1 } }, inputs)).toBe(
			'The analysis stopped after 20 s while reading bundle.pem. Nothing was sent anywhere. Remove that file, and the rest is analysed.'
		);
	});
});
