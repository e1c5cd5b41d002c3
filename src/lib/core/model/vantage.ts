/**
 * Whose side an error text is written from, which decides who "the peer" is in it. A driver's
 * error is the client's view: the peer is the server, and its certificate is the server's. A
 * mongod or mongos log is the server's view: for a connection a client opened, the peer is that
 * client, the certificate the log talks about is the client's, and the clock that judged it is
 * the server's. Remedies must never aim a client command at the peer of a server log.
 */

/** Who the other end of the failing connection is, and whose certificate the text is about. */
export type PeerRole = 'server' | 'client' | 'member';

export interface TextVantage {
	/** Who wrote the text: a client (driver, shell, s_client) or a server (mongod/mongos log, s_server). */
	writer: 'client' | 'server';
	/**
	 * For a server's text: which program wrote it (mongos when the log says so; 'openssl' for the
	 * output of an OpenSSL-based server such as `openssl s_server`, whose whole text is the server's).
	 */
	program?: 'mongod' | 'mongos' | 'openssl';
	/** For a server log: legacy text lines (4.2 and older) or JSON lines (4.4 and later). */
	logFormat?: 'legacy' | 'json';
	/**
	 * For a server log: which way the failing connection went. 'in': someone connected to this
	 * server (a client, or another member), so the peer is the one who connected. 'out': this
	 * server connected to another member and acted as its client.
	 */
	direction?: 'in' | 'out';
	/**
	 * For a server log: the server failed while starting (a bad option, its own certificate or key
	 * file). No connection is involved; the certificate the text is about is the server's own, so
	 * `peer` is 'server' as in a client's error, and no address in the text is a client's.
	 */
	startup?: true;
	/** Who the peer is: the server for a client's error, the client (or a member) for a server log. */
	peer: PeerRole;
	/**
	 * The peer's address as the text names it. For a server log these are client addresses
	 * (often an ephemeral port): never a host to connect to.
	 */
	peers?: { host: string; port?: number }[];
	/** The same in plain words, for the evidence: "From a mongod log: the peer here is the client at 10.20.1.15." */
	summary: string;
}
