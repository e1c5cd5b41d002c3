import { finding, type Check } from '../check';
import { certName } from '../format';

/** A JavaScript string literal for mongosh, with the escapes a DN can need. */
function jsString(s: string): string {
	return JSON.stringify(s);
}

/**
 * MongoDB X.509 authentication maps a client certificate to the user in $external whose name is
 * the certificate's subject, written as an RFC 2253 string (most specific first, comma-separated,
 * no spaces), exactly as `openssl x509 -noout -subject -nameopt RFC2253` prints it (seed 004).
 */
export const x509Subject: Check = {
	id: 'x509.subject',
	description: 'The MongoDB X.509 user name this client certificate authenticates as, and the command that creates it.',
	citation: 'RFC 2253 §2; MongoDB manual, X.509 (createUser on $external); seed 004',
	remedies: ['create-x509-user', 'x509-auth-mechanism'],
	run({ leaves, context }) {
		if (context.role !== 'client') return [];
		return leaves.map((leaf) => {
			const subject = leaf.item.certificate.subject.rfc2253;
			const command =
				`db.getSiblingDB("$external").runCommand({ createUser: ${jsString(subject)}, ` +
				'roles: [{ role: "readWrite", db: "test" }], writeConcern: { w: "majority" } })';
			return finding(this, 'info', {
				subject: leaf.item.id,
				title: `${certName(leaf.item.certificate)} authenticates as ${subject}`,
				detail:
					`With authMechanism=MONGODB-X509 the server takes the certificate’s subject, written as the RFC 2253 string ${subject}, as the user name in the $external ` +
					`database. It must match character for character. Create the user once (adjust the roles), in mongosh: ${command}`,
				evidence: [`subject (RFC 2253): ${subject}`, `mongosh: ${command}`]
			});
		});
	}
};
