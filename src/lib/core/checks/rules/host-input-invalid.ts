import { checkHost } from '../../syntax/host';
import { finding, type Check } from '../check';

/**
 * The host the person gave (the Host field, a #host= link) is what every command is written for. A
 * value that is not a DNS name or an IP literal is never put into a command (it could be read as
 * an option, as two hosts, or as code); this says so where the person will see it, with the reason.
 */
export const hostInputInvalid: Check = {
	id: 'host.invalid',
	description: 'The host given is not a host name or an IP address, so no command uses it.',
	citation: 'RFC 1123 §2.1 (host names); RFC 3986 §3.2.2 (IP literals)',
	remedies: [],
	run({ context }) {
		if (context.host === undefined) return [];
		const checked = checkHost(context.host);
		if (checked.ok) return [];
		const shown = JSON.stringify(context.host.length > 80 ? `${context.host.slice(0, 77)}…` : context.host);
		return [
			finding(this, 'warning', {
				subject: 'context',
				title: 'The host you gave is not a host name or an IP address',
				detail: `${shown}: ${checked.why}. It is not used in any command or connection string; they show YOUR_HOST instead. Give the name (or address) the client connects to, e.g. db1.example.com or 10.0.0.5.`,
				evidence: [shown]
			})
		];
	}
};
