/**
 * Issue 15, layered reading: every driver's server-selection error. It is a wrapper, never a cause:
 * the driver gave up choosing a server and prints its view of the topology, with each server's own
 * last error inside (servers.ts reads that list, and each server's error is diagnosed on its own).
 * The wrapper speaks only when no server error inside it was recognised (ranking-rules.ts,
 * `wrappers-speak-last`).
 *
 * One row per driver: the wrapper's words as its source prints them, where the per-server errors
 * sit, and the hand-written signature that already reads it (families/*.ts), or none, in which
 * case the row's own signature below reads it.
 */

import type { ErrorSignature, SignatureFamily } from '../signature';
import { ASK_TLS_WORKS } from '../families/ranking';

export interface ServerSelectionWrapper {
	driver: string;
	/** The wrapper's fixed words, as a pattern. */
	pattern: RegExp;
	/** Where each server's own error is printed, or why there is none. */
	servers: string;
	/** The family signature that reads this wrapper (listed in WRAPPERS), when there is one. */
	signature?: string;
	family: SignatureFamily;
	citation: string;
	/** The row's own signature, where no family signature reads the wrapper. */
	id?: string;
	/** A text built from the source's format string, for a row with its own signature. */
	example?: string;
	/** The capture (tests/fixtures/errors/captured/CLIENT/SCENARIO.txt) that shows it, for the others. */
	captured?: string;
}

export const SERVER_SELECTION_WRAPPERS: readonly ServerSelectionWrapper[] = [
	{
		driver: 'PyMongo',
		pattern: /ServerSelectionTimeoutError/,
		servers: "Topology Description: <ServerDescription ('host', port) server_type: Unknown, rtt: None, error=AutoReconnect('...')>",
		signature: 'pymongo.no-servers-found',
		family: 'pymongo',
		citation:
			'mongo-python-driver pymongo/topology.py _select_servers_loop: ServerSelectionTimeoutError(f"{self._error_message(selector)}, Timeout: …, Topology Description: …")',
		captured: 'pymongo/replica-set-mixed'
	},
	{
		driver: 'Node.js driver, Mongoose',
		pattern: /\bMongo(?:ose)?ServerSelectionError\b/,
		servers: "reason: TopologyDescription { servers: Map { 'host:port' => ServerDescription { …, error: MongoNetworkError: … } } }",
		signature: 'node.server-selection-timeout',
		family: 'node',
		citation:
			'node-mongodb-native src/sdam/topology.ts: MongoServerSelectionError(`Server selection timed out after ${timeout} ms`, topology.description)',
		captured: 'node/replica-set-mixed'
	},
	{
		driver: 'Java driver',
		pattern: /MongoTimeoutException: Timed out after \d+ ms while waiting (?:to connect|for a server that matches)/,
		servers:
			'Client view of cluster state is {type=…, servers=[{address=host:port, type=UNKNOWN, state=CONNECTING, exception={…}, caused by {…}}]',
		signature: 'java.timeout-no-exception',
		family: 'java',
		citation:
			'mongo-java-driver driver-core com/mongodb/internal/connection/BaseCluster.java createTimeoutException: "Timed out after %d ms while waiting to connect. Client view of cluster state is %s"',
		captured: 'java/replica-set-mixed'
	},
	{
		driver: 'Go driver (and mongodump, mongorestore, the other Go tools)',
		pattern: /server selection error: (?:server selection timeout|context deadline exceeded), current topology: \{/,
		servers: '{ Type: …, Servers: [{ Addr: host:port, Type: Unknown, Last error: … }, ] }',
		signature: 'go.server-selection-timeout',
		family: 'go',
		citation:
			'mongo-go-driver x/mongo/driver/topology/errors.go ServerSelectionError.Error: "server selection error: %v, current topology: %s"',
		captured: 'go/replica-set-mixed'
	},
	{
		driver: 'libmongoc (C, C++, PHP, Ruby’s C binding, R, Julia)',
		pattern: /No suitable servers found/,
		servers: "[TLS handshake failed: … calling hello on 'host:port'] [connection refused calling hello on 'host:port']",
		signature: 'network.libmongoc-no-suitable-servers',
		family: 'libmongoc',
		citation:
			'mongo-c-driver src/libmongoc/src/mongoc/mongoc-topology.c _mongoc_topology_select_server_id: "No suitable servers found" and each server’s error from mongoc-topology-description.c',
		captured: 'c/replica-set-mixed'
	},
	{
		driver: 'C# driver',
		pattern: /A timeout occurr?ed after \d+ms selecting a server using [\s\S]{0,600}?Client view of cluster state is/,
		servers:
			'Servers : [{ ServerId: "…", EndPoint: "Unspecified/host:port", ReasonChanged: "Heartbeat", State: "Disconnected", …, Type: "Unknown", HeartbeatException: "MongoDB.Driver.MongoConnectionException: … ---> …", LastHeartbeatTimestamp: … }]',
		id: 'dotnet.server-selection-timeout',
		family: 'dotnet',
		citation:
			'mongo-csharp-driver src/MongoDB.Driver/Core/Clusters/Cluster.cs: "A timeout occurred after {0}ms selecting a server using {1}. Client view of the cluster state is {2}." (2.x spelled it "occured"), ServerDescription.ToString',
		example:
			'System.TimeoutException: A timeout occurred after 30000ms selecting a server using CompositeServerSelector{ Selectors = MongoDB.Driver.MongoClient+AreSessionsSupportedServerSelector, LatencyLimitingServerSelector{ AllowedLatencyRange = 00:00:00.0150000 } }. Client view of cluster state is { ClusterId : "1", Type : "Unknown", State : "Disconnected", Servers : [{ ServerId: "{ ClusterId : 1, EndPoint : "Unspecified/db.example.com:27017" }", EndPoint: "Unspecified/db.example.com:27017", ReasonChanged: "Heartbeat", State: "Disconnected", ServerVersion: , TopologyVersion: , Type: "Unknown", LastHeartbeatTimestamp: null, LastUpdateTimestamp: "2026-12-04T21:00:00.0000000Z" }] }'
	},
	{
		driver: 'Rust driver (and Prisma, which uses it)',
		pattern: /Kind: Server selection timeout: No available servers/,
		servers: 'Topology: { Type: …, Servers: [ { Address: host:port, Type: Unknown, Error: Kind: I/O error: …, labels: {} } ] }',
		id: 'rustls.server-selection-timeout',
		family: 'rustls',
		citation:
			'mongo-rust-driver src/error.rs ErrorKind::ServerSelection "Server selection timeout: {message}", src/sdam/description/topology/server_selection: "No available servers. Topology: {}", server.rs Display for ServerInfo',
		example:
			'Error: Kind: Server selection timeout: No available servers. Topology: { Type: Unknown, Servers: [ { Address: db.example.com:27017, Type: Unknown } ] }, labels: {}'
	},
	{
		driver: 'mgo (gopkg.in/mgo.v2, globalsign/mgo) and the tools built on it (mongo-tools ≤ 3.6, exporters, Telegraf, Beats)',
		pattern: /\bno reachable servers\b/,
		servers: 'none: mgo gives up when no server answered within its sync timeout and keeps each server’s error to its debug log',
		id: 'go.mgo-no-reachable-servers',
		family: 'go',
		citation:
			'go-mgo/mgo cluster.go mongoCluster.AcquireSocket: errors.New("no reachable servers") once syncTimeout passes with no master (or, with slaveOk, no server) known',
		example: 'Failed: error connecting to db server: no reachable servers'
	},
	{
		driver: 'Ruby driver (and Mongoid)',
		pattern: /No (?:[a-z_]+ )?server is available (?:in cluster|matching preference)/,
		servers:
			'none: the cluster summary lists each server’s address and state only; each server’s error is logged before it as "… (for ADDRESS (host:port, TLS))"',
		id: 'network.ruby-no-server-available',
		family: 'network',
		citation:
			'mongo-ruby-driver lib/mongo/server_selector/base.rb: "No #{name} server is available in cluster: #{cluster.summary} with timeout=…, LT=…" (2.0–2.6: "No server is available matching preference: …")',
		example:
			'Mongo::Error::NoServerAvailable: No primary server is available in cluster: #<Cluster topology=Unknown[db.example.com:27017] servers=[#<Server address=db.example.com:27017 UNKNOWN>]> with timeout=30, LT=0.015'
	}
];

/** The wrappers no family signature reads yet, each read by its row. */
export const SERVER_SELECTION_SIGNATURES: ErrorSignature[] = SERVER_SELECTION_WRAPPERS.filter((w) => w.id).map((w) => ({
	id: w.id!,
	family: w.family,
	pattern: w.pattern,
	citation: w.citation,
	diagnose: () => [
		{
			id: 'server-selection-timeout',
			confidence: 'medium',
			because: 'the driver gave up choosing a server and the text carries no server error that says why',
			next: [ASK_TLS_WORKS]
		},
		{
			id: 'handshake-timeout',
			confidence: 'medium',
			because: 'a server that accepts the connection and never answers the TLS hello leaves the same trace'
		}
	],
	examples: [{ text: w.example ?? '', top: 'server-selection-timeout' }]
}));

/** Every signature that reads a server-selection wrapper. */
export const SERVER_SELECTION_SIGNATURE_IDS: readonly string[] = [
	...SERVER_SELECTION_WRAPPERS.flatMap((w) => (w.signature ? [w.signature] : [])),
	...SERVER_SELECTION_SIGNATURES.map((s) => s.id)
];
