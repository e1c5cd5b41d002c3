/**
 * A certificate is expired, not yet valid, or revoked (cert-expired, cert-not-yet-valid, revoked).
 * Source: RFC 5280 §4.1.2.5 (validity compared with the verifier's clock); seed 004 (issuing with
 * openssl x509 -req -days; clientAuth for client certificates; X.509 users in $external named
 * after the RFC 2253 subject); MongoDB rotateCertificates (5.0+); MongoDB member certificate
 * requirements (the same O, OU and DC on every member).
 *
 * Whose certificate it is decides the steps: a server's is replaced in mongod's certificateKeyFile,
 * a client's in the client's tlsCertificateKeyFile (and its $external user follows its subject), a
 * member's on every member in turn. The role comes from the context or from a server log, whose
 * peer is the client (facts.ts certificateRole).
 */

import { code, command, config, text, type RemedyTemplate, type RenderContext } from '../remedy';
import type { RemedyStep } from '../../model/report';
import { mongoshCode, sh } from '../../syntax/template';
import { clockSteps } from '../syntax/os';
import { extensionsSection, issueFiles, issueFromCa } from '../syntax/issue-certificate';
import { SUBJECT_PLACEHOLDER, roleOf } from '../values';

const NEW_SUBJECT_PLACEHOLDER = 'YOUR_NEW_CLIENT_CERTIFICATE_SUBJECT';

function serverRenewal(c: RenderContext): RemedyStep[] {
	return [
		text('See which certificate has run out and when:'),
		command(c, sh`openssl x509 -noout -subject -issuer -dates -in server.pem`),
		text('Issue a new one from the same CA (your CA’s process, or with openssl as below), then replace the certificateKeyFile contents:'),
		command(c, issueFromCa(c.shell, 'server', { signOnly: true })),
		text('Load it: db.adminCommand({ rotateCertificates: 1 }) on MongoDB 5.0+, otherwise restart mongod.')
	];
}

function clientRenewal(c: RenderContext): RemedyStep[] {
	const { crt, key, pem, conf } = issueFiles('client');
	const old = c.facts.clientSubject;
	return [
		text(
			`See which certificate has run out and when (${crt} stands for the certificate in the file the client’s tlsCertificateKeyFile names):`
		),
		command(c, sh`openssl x509 -noout -subject -issuer -dates -nameopt RFC2253 -in ${crt}`),
		text(
			`Issue a new one from the same CA, for the same subject and key (your CA’s process, or with openssl as below, ${key} being the client’s current key). The extensions keep it a client certificate:`
		),
		config(extensionsSection('client'), conf, 'ini'),
		command(c, issueFromCa(c.shell, 'client', { signOnly: true, keepSubject: true, combine: true })),
		text(
			`Point the client’s tlsCertificateKeyFile at the new ${pem} (or put its contents in the old file) and restart the application: drivers read the file when they open their connections.`
		),
		text(
			`If the client logs in with MONGODB-X509, its user in $external is named after the certificate’s subject${old ? ` (${old})` : ''}. The commands above keep the subject exactly as it was, so that user still matches. If the new certificate’s subject differs, create the user for the new subject (openssl x509 -noout -subject -nameopt RFC2253 prints it) and drop the old one, connected as a user administrator:`
		),
		code(
			mongoshCode`db.getSiblingDB("$external").createUser({\n  user: ${NEW_SUBJECT_PLACEHOLDER},\n  roles: [{ role: "readWrite", db: "YOUR_DATABASE" }]\n})\ndb.getSiblingDB("$external").dropUser(${old ?? SUBJECT_PLACEHOLDER})`
		)
	];
}

function memberRenewal(c: RenderContext): RemedyStep[] {
	const { pem, conf } = issueFiles('member');
	return [
		text(
			`See which member certificate has run out (${pem} stands for the file net.tls.clusterFile, or net.tls.certificateKeyFile when there is no clusterFile, names on each member):`
		),
		command(c, sh`openssl x509 -noout -subject -issuer -dates -ext extendedKeyUsage -in ${pem}`),
		text(
			'Issue a new one from the same CA with the same subject: members recognise each other by the same O, OU and DC. A member certificate is presented both ways, so it keeps both purposes:'
		),
		config(extensionsSection('member'), conf, 'ini'),
		command(c, issueFromCa(c.shell, 'member', { signOnly: true, keepSubject: true, combine: true })),
		text(
			'Install it on one member at a time and load it there: db.adminCommand({ rotateCertificates: 1 }) on MongoDB 5.0+, otherwise restart that mongod; the others keep the set available meanwhile.'
		)
	];
}

function verifyRenewal(c: RenderContext): string {
	const file = { server: 'server.pem', client: issueFiles('client').pem, member: issueFiles('member').pem }[roleOf(c)];
	return `openssl x509 -noout -dates -in ${file} shows a notAfter in the future, and the connection no longer fails with "certificate has expired".`;
}

/** A database server is a Linux machine in almost every deployment; its clock is set with timedatectl. */
function serverClockSteps(c: RenderContext): RemedyStep[] {
	return [
		text('On the database server (each member, if it is a replica set):'),
		command(c, [sh`date -u`, sh`timedatectl status`], { shell: 'bash' }),
		text('"System clock synchronized: no" means NTP is off or failing. Turn it on:'),
		command(c, sh`sudo timedatectl set-ntp true`, { shell: 'bash' })
	];
}

export const validity: RemedyTemplate[] = [
	{
		id: 'renew-certificate',
		title: (c) =>
			({
				server: 'Renew (reissue) the certificate',
				client: 'Renew (reissue) the client certificate',
				member: 'Renew (reissue) the member certificate'
			})[roleOf(c)],
		source:
			'seed 004 (openssl x509 -req … -days 365; clientAuth for clients; $external users); RFC 5280 §4.1.2.5; MongoDB rotateCertificates; MongoDB member certificate requirements',
		why: 'A certificate’s dates are signed into it; nothing can stretch them. A new certificate has to be issued (a revoked one too) and installed where the old one was.',
		verify: verifyRenewal,
		varies: [],
		steps: (c) => [
			...(c.facts.atlas && roleOf(c) === 'server'
				? [
						text(
							'Atlas renews its own certificates well before they expire. If an Atlas certificate looks expired to you, suspect the clock of the client machine or a proxy presenting its own certificate.'
						)
					]
				: []),
			...(c.facts.clockOf === 'server'
				? [
						text(
							'The server judged the dates by its own clock. If the certificate should still be valid, check the database server’s clock before reissuing anything.'
						)
					]
				: []),
			...{ server: serverRenewal, client: clientRenewal, member: memberRenewal }[roleOf(c)](c)
		]
	},
	{
		id: 'check-clock',
		title: (c) => (c.facts.clockOf === 'server' ? 'Check the clock of the database server' : 'Check the clock of the client machine'),
		source: 'RFC 5280 §4.1.2.5; timedatectl(1); sntp(1); w32tm',
		why: (c) =>
			c.facts.clockOf === 'server'
				? 'The server compares the dates of the certificate its peer presents with its own clock. A server whose clock is days off refuses good client certificates as expired or not yet valid, and fixing the clock fixes the error.'
				: 'Validity dates are compared with the local clock. A machine, VM or container whose clock is days off sees good certificates as expired or not yet valid, and fixing the clock fixes the error.',
		verify: 'The time printed matches the real time in UTC (within a minute), and the certificate error is gone.',
		varies: ['os', 'shell'],
		steps: (c) => (c.facts.clockOf === 'server' ? serverClockSteps(c) : clockSteps(c))
	}
];
