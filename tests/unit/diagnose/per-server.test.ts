/**
 * Layered reading (issue 15): a driver's server-selection error is peeled to each server's own
 * error, and each is diagnosed on its own; servers that fail differently are reported per server.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/lib/core/diagnose/facts';
import { SERVER_SELECTION_WRAPPERS } from '../../../src/lib/core/diagnose/tables/server-selection';
import { factLines } from '../../../src/lib/core/report/fact-view';
import { analyzeText } from '../../helpers/analyze';
import { acceptableTops, CORPUS, captured } from './corpus';

const readingsOf = async (text: string) => {
	const report = await analyzeText(text);
	return { report, readings: (report.diagnoses[0].facts.serverReadings ?? []) as { address: string; diagnosis: string }[] };
};

describe('each server of a wrapped error, diagnosed on its own', () => {
	it.each(['pymongo', 'node', 'java', 'go', 'c'])('%s: the untrusted member and the member that is down', async (client) => {
		const entry = CORPUS.find((e) => e.client === client && e.scenario === 'replica-set-mixed')!;
		const { report, readings } = await readingsOf(captured(client, 'replica-set-mixed'));
		expect(readings).toHaveLength(2);
		const [tls, down] = readings;
		// The member with the certificate gets one of the tops an honest reader of the whole text reaches.
		expect(acceptableTops(entry)).toContain(tls.diagnosis);
		expect(down.diagnosis).toBe('connection-refused');
		// Each diagnosis names the servers it is about.
		const byId = new Map(report.diagnoses.map((d) => [d.id, d.facts.serversWithThis]));
		expect(byId.get(tls.diagnosis as never)).toEqual([tls.address]);
		expect(byId.get('connection-refused')).toEqual([down.address]);
	});

	it('the report says it in words: each server, and the servers with this error', async () => {
		const { report } = await readingsOf(captured('go', 'replica-set-mixed'));
		const lines = factLines(report.diagnoses[0].facts);
		const each = lines.find((l) => l.label === 'Each server')!.value;
		expect(each).toMatch(/^localhost:\d+: .+; localhost:\d+: Nothing is listening at that host and port$/);
		expect(lines.find((l) => l.label === 'Servers with this error')!.value).toMatch(/^localhost:\d+$/);
	});

	it('one failing server is the whole text: no per-server reading', async () => {
		const { readings } = await readingsOf(captured('pymongo', 'untrusted-ca'));
		expect(readings).toEqual([]);
	});

	it('servers that fail alike are not split', async () => {
		// Built from the Go driver's format (x/mongo/driver/topology): two members, the same error.
		const text =
			'server selection error: server selection timeout, current topology: { Type: ReplicaSetNoPrimary, Servers: [{ Addr: db1.internal:27017, Type: Unknown, Last error: dial tcp 10.0.0.1:27017: connect: connection refused }, { Addr: db2.internal:27017, Type: Unknown, Last error: dial tcp 10.0.0.2:27017: connect: connection refused }, ] }';
		const { report, readings } = await readingsOf(text);
		expect(readings.map((r) => r.diagnosis)).toEqual(['connection-refused', 'connection-refused']);
		expect(report.diagnoses[0].facts.serversWithThis).toBeUndefined();
	});
});

describe('the C# driver’s cluster view', () => {
	// Built from mongo-csharp-driver ServerDescription.ToString (Core/Servers/ServerDescription.cs),
	// with the inner exceptions .NET prints for these failures (stack frames as .NET writes them).
	const text = [
		'System.TimeoutException: A timeout occurred after 30000ms selecting a server using CompositeServerSelector{ Selectors = MongoDB.Driver.MongoClient+AreSessionsSupportedServerSelector, LatencyLimitingServerSelector{ AllowedLatencyRange = 00:00:00.0150000 } }. Client view of cluster state is { ClusterId : "1", Type : "ReplicaSet", State : "Disconnected", Servers : [{ ServerId: "{ ClusterId : 1, EndPoint : "Unspecified/db1.internal:27017" }", EndPoint: "Unspecified/db1.internal:27017", ReasonChanged: "Heartbeat", State: "Disconnected", ServerVersion: , TopologyVersion: , Type: "Unknown", HeartbeatException: "MongoDB.Driver.MongoConnectionException: An exception occurred while opening a connection to the server.',
		' ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot',
		'   at System.Net.Security.SslStream.SendAuthResetSignal(ProtocolToken message, ExceptionDispatchInfo exception)',
		'   --- End of inner exception stack trace ---',
		'   at MongoDB.Driver.Core.Connections.BinaryConnection.OpenHelperAsync(CancellationToken cancellationToken)", LastHeartbeatTimestamp: "2026-12-04T21:00:00.0000000Z", LastUpdateTimestamp: "2026-12-04T21:00:00.0000000Z" }, { ServerId: "{ ClusterId : 1, EndPoint : "Unspecified/db2.internal:27017" }", EndPoint: "Unspecified/db2.internal:27017", ReasonChanged: "Heartbeat", State: "Disconnected", ServerVersion: , TopologyVersion: , Type: "Unknown", HeartbeatException: "MongoDB.Driver.MongoConnectionException: An exception occurred while opening a connection to the server.',
		' ---> System.Net.Sockets.SocketException (111): Connection refused',
		'   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)'
	].join('\n');

	it('reads each server, its type and its exception without the stack frames', () => {
		const servers = extractFacts(text).servers!;
		expect(servers.map((s) => [s.host, s.port, s.type])).toEqual([
			['db1.internal', 27017, 'Unknown'],
			['db2.internal', 27017, 'Unknown']
		]);
		expect(servers[0].error).toMatch(/UntrustedRoot$/);
		expect(servers[0].error).not.toMatch(/\bat System\./);
		expect(servers[1].error).toMatch(/Connection refused$/);
	});

	it('and diagnoses each', async () => {
		const { readings } = await readingsOf(text);
		expect(readings.map((r) => r.address)).toEqual(['db1.internal:27017', 'db2.internal:27017']);
		expect(['untrusted-ca', 'self-signed-cert']).toContain(readings[0].diagnosis);
		expect(readings[1].diagnosis).toBe('connection-refused');
	});

	it('a paste cut inside the exception still gives the server its error', () => {
		const cut = text.slice(0, text.indexOf('   at System.Net.Security'));
		expect(extractFacts(cut).servers![0].error).toMatch(/UntrustedRoot$/);
	});
});

describe('the Rust driver’s topology', () => {
	// Built from mongo-rust-driver's Display for ServerInfo (src/sdam/description/server.rs) and
	// its error Display ("Kind: …, labels: {}"); the inner texts are rustls's and the OS's.
	const text =
		'Error: Kind: Server selection timeout: No available servers. Topology: { Type: ReplicaSetNoPrimary, Set Name: rs0, Servers: [ { Address: db1.internal:27017, Type: Unknown, Error: Kind: I/O error: invalid peer certificate: UnknownIssuer, labels: {} }, { Address: db2.internal:27017, Type: Unknown, Error: Kind: I/O error: Connection refused (os error 111), labels: {} } ] }, labels: {}';

	it('reads each server and its error, without the labels', () => {
		expect(extractFacts(text).servers).toEqual([
			{ host: 'db1.internal', port: 27017, type: 'Unknown', error: 'Kind: I/O error: invalid peer certificate: UnknownIssuer' },
			{ host: 'db2.internal', port: 27017, type: 'Unknown', error: 'Kind: I/O error: Connection refused (os error 111)' }
		]);
	});

	it('and diagnoses each', async () => {
		const { readings } = await readingsOf(text);
		expect(readings.map((r) => r.diagnosis)).toEqual(['untrusted-ca', 'connection-refused']);
	});
});

describe('the wrapper table', () => {
	it.each(SERVER_SELECTION_WRAPPERS.filter((w) => w.captured))('$driver: its capture shows its words', (w) => {
		const [client, scenario] = w.captured!.split('/');
		expect(captured(client, scenario)).toMatch(w.pattern);
	});

	it.each(SERVER_SELECTION_WRAPPERS.filter((w) => w.id))('$driver: alone, a wrapper says only that selection timed out', async (w) => {
		const report = await analyzeText(w.example!);
		expect(report.diagnoses[0].id).toBe('server-selection-timeout');
	});

	it('every row has a citation and says where the server errors are', () => {
		for (const w of SERVER_SELECTION_WRAPPERS) {
			expect(w.citation.length, w.driver).toBeGreaterThan(20);
			expect(w.servers.length, w.driver).toBeGreaterThan(10);
			expect(!!w.signature !== !!w.id, `${w.driver}: a family signature or its own, not both`).toBe(true);
		}
	});
});
