/**
 * X.509 authentication (x509-user-missing, x509-subject-like-cluster-member, unauthorized).
 * Source: seed 004 (the RFC 2253 subject from openssl x509 -nameopt RFC2253; createUser in
 * $external; --authenticationMechanism MONGODB-X509; BadValue for a subject recognised as a
 * cluster member; MongoServerError[Unauthorized]).
 */

import { code, command, text, type RemedyTemplate } from '../remedy';
import { mongoshCode, sh } from '../../syntax/template';
import { clientSteps } from '../syntax/clients';
import { pathOf, SUBJECT_PLACEHOLDER } from '../values';

export const x509Auth: RemedyTemplate[] = [
	{
		id: 'create-x509-user',
		title: 'Create the X.509 user in $external',
		source: 'seed 004 (Setting up TLS authentication)',
		why: 'With MONGODB-X509 the server looks up a user in the $external database named exactly like the client certificate’s subject, written the RFC 2253 way (most specific attribute first, no spaces after commas). No such user, no login.',
		verify:
			'Connecting with the certificate and authMechanism MONGODB-X509, db.runCommand({ connectionStatus: 1 }) shows the subject under authenticatedUsers.',
		varies: [],
		steps(c) {
			const subject = c.facts.clientSubject ?? SUBJECT_PLACEHOLDER;
			return [
				...(c.facts.clientSubject
					? [text(`The certificate’s subject, as MongoDB expects it: ${subject}`)]
					: [
							text('Print the subject in the form MongoDB expects:'),
							command(c, sh`openssl x509 -in ${pathOf(c, 'client.pem')} -noout -subject -nameopt RFC2253`)
						]),
				text('Then, connected as a user allowed to create users:'),
				code(
					mongoshCode`db.getSiblingDB("$external").runCommand({\n  createUser: ${subject},\n  roles: [{ role: "readWrite", db: "YOUR_DATABASE" }]\n})`
				)
			];
		}
	},
	{
		id: 'reissue-client-subject',
		title: 'Reissue the client certificate with a different O, OU or DC',
		source: 'seed 004 (BadValue: Cannot create an x.509 user with a subjectname that would be recognized as an internal cluster member)',
		why: 'MongoDB treats a certificate whose O, OU and DC match the cluster members’ as a member of the cluster, and refuses to create a user for it. A client certificate needs at least one of those to differ.',
		verify: 'createUser for the new subject succeeds.',
		varies: [],
		steps: (c) => [
			text('Compare the subjects of a member certificate and the client certificate:'),
			command(c, [
				sh`openssl x509 -in mongodb-member.pem -noout -subject -nameopt RFC2253`,
				sh`openssl x509 -in mongodb-client.pem -noout -subject -nameopt RFC2253`
			]),
			text(
				'Reissue the client certificate with, for example, OU=MongoDBAClient instead of the servers’ OU (see “Issue the client certificate from the CA the server trusts”). Keep each attribute short: over-long values cause the same error.'
			)
		]
	},
	{
		id: 'x509-auth-mechanism',
		title: 'Authenticate with MONGODB-X509',
		source: 'seed 004 (--authenticationDatabase $external --authenticationMechanism MONGODB-X509; MongoServerError[Unauthorized])',
		why: 'Presenting a client certificate only completes the TLS handshake; the connection is still anonymous until the client asks to log in with the MONGODB-X509 mechanism, which uses the certificate’s subject as the user name.',
		verify: 'Commands that failed with MongoServerError[Unauthorized] now run (as far as the user’s roles allow).',
		varies: ['client', 'os', 'shell'],
		steps: (c) => clientSteps(c, { certificateKeyFile: true, caFile: true, x509: true })
	}
];
