// A TCP server that misbehaves in one exact way a real deployment does, where neither openssl
// s_server nor Node's tls server can be told to:   node raw-server.mjs MODE PORT
//   close          read the first bytes, then close: what mongod does to a TLS hello when TLS is
//                  off, and to a plain hello when net.tls.mode is requireTLS
//   reset          read, then reset the connection (a firewall or proxy that drops the flow)
//   silent         accept and never answer (a middlebox that swallows the handshake)
//   http           answer with an HTTP error, as a web server or an HTTP proxy port does
//   alert-internal answer the ClientHello with a fatal internal_error alert, as Atlas does for an
//                  address that is not on the project's IP access list
//   no-reneg       answer with a TLS 1.2 ServerHello without the renegotiation_info extension, as
//                  an old TLS proxy without RFC 5746 support does
import { randomBytes } from 'node:crypto';
import net from 'node:net';

const [mode, port] = process.argv.slice(2);

function serverHelloWithoutExtensions() {
	const body = Buffer.concat([
		Buffer.from([0x03, 0x03]),
		randomBytes(32),
		Buffer.from([0x00]), // empty session id
		Buffer.from([0xc0, 0x2f]), // ECDHE-RSA-AES128-GCM-SHA256, offered by every current client
		Buffer.from([0x00]) // no compression, and no extensions at all
	]);
	const handshake = Buffer.concat([Buffer.from([0x02, 0, (body.length >> 8) & 0xff, body.length & 0xff]), body]);
	return Buffer.concat([Buffer.from([0x16, 0x03, 0x03, handshake.length >> 8, handshake.length & 0xff]), handshake]);
}

const server = net.createServer((socket) => {
	socket.on('error', () => {});
	if (mode === 'silent') return;
	socket.once('data', () => {
		if (mode === 'close') socket.end();
		else if (mode === 'reset') socket.resetAndDestroy();
		else if (mode === 'http') socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
		else if (mode === 'alert-internal') socket.end(Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 80]));
		else if (mode === 'no-reneg') socket.write(serverHelloWithoutExtensions());
	});
});
server.listen(Number(port), '127.0.0.1', () => console.log('READY'));
