/**
 * A TLS 1.2 "server" that answers a ClientHello the way an old proxy without RFC 5746 does: a
 * ServerHello with no renegotiation_info extension, then its certificate and ServerHelloDone, and
 * nothing more. That is all OpenSSL 3 needs to see to fail with "unsafe legacy renegotiation
 * disabled" (the check runs while the ServerHello is processed), and all a client with
 * UnsafeLegacyServerConnect needs to get past that point. No real handshake is completed.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:net';

const u16 = (n: number) => Buffer.from([(n >> 8) & 255, n & 255]);
const u24 = (n: number) => Buffer.from([(n >> 16) & 255, (n >> 8) & 255, n & 255]);
const handshake = (type: number, body: Buffer) => Buffer.concat([Buffer.from([type]), u24(body.length), body]);

/** Cipher suites the ClientHello offers (record header 5, handshake header 4, version 2, random 32). */
function offeredSuites(hello: Buffer): number[] {
	let p = 5 + 4 + 2 + 32;
	p += 1 + hello[p];
	const length = hello.readUInt16BE(p);
	p += 2;
	return Array.from({ length: length / 2 }, (_, i) => hello.readUInt16BE(p + 2 * i));
}

export async function startLegacyServer(certificateDer: Buffer): Promise<{ port: number; server: Server }> {
	const server = createServer((socket) => {
		let buffer = Buffer.alloc(0);
		let answered = false;
		socket.on('error', () => {});
		socket.on('data', (chunk) => {
			if (answered) return;
			buffer = Buffer.concat([buffer, chunk]);
			if (buffer.length < 5 || buffer.length < 5 + buffer.readUInt16BE(3)) return;
			answered = true;
			const offered = offeredSuites(buffer);
			// ECDHE-RSA-AES128-GCM-SHA256, else AES128-GCM-SHA256, else the first TLS 1.2 suite offered.
			const suite = [0xc02f, 0x009c].find((s) => offered.includes(s)) ?? offered.find((s) => s >> 8 !== 0x13)!;
			const serverHello = handshake(
				2,
				Buffer.concat([Buffer.from([3, 3]), randomBytes(32), Buffer.from([0]), u16(suite), Buffer.from([0])])
			);
			const list = Buffer.concat([u24(certificateDer.length), certificateDer]);
			const certificate = handshake(11, Buffer.concat([u24(list.length), list]));
			const done = handshake(14, Buffer.alloc(0));
			const body = Buffer.concat([serverHello, certificate, done]);
			socket.write(Buffer.concat([Buffer.from([22, 3, 3]), u16(body.length), body]));
			setTimeout(() => socket.destroy(), 300);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no port');
	return { port: address.port, server };
}
