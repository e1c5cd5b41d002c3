/**
 * Values an attacker (or an unlucky paste) puts where a host, a name, a subject or a path goes:
 * command substitution in every shell's syntax, quote breakers for each quoting style, line
 * breaks raw and percent-encoded, operators, comment starters, and Unicode that looks like
 * quotes, dashes and spaces. Each one that could run something touches CANARY, so a test only
 * has to look for that file.
 */

export const CANARY = 'tls-doctor-canary';

export const HOSTILE_VALUES: readonly string[] = [
	`$(touch ${CANARY})`,
	`\`touch ${CANARY}\``,
	`";touch ${CANARY};"`,
	`';touch ${CANARY};'`,
	`x' ; touch ${CANARY} ; echo '`,
	`x"; touch ${CANARY}; echo "`,
	`db.example.com\ntouch ${CANARY}`,
	`db.example.com\r\ntouch ${CANARY}`,
	`db.example.com%0Atouch%20${CANARY}`,
	`a&touch ${CANARY}&b`,
	`a|touch ${CANARY}`,
	`a;touch ${CANARY}`,
	`a>${CANARY}`,
	`<${CANARY}`,
	`(touch ${CANARY})`,
	`{touch,${CANARY}}`,
	`$HOME`,
	`\${HOME}`,
	`%USERPROFILE%`,
	`!PATH!`,
	`~root`,
	`=touch`,
	`*`,
	`# not a comment`,
	`-oProxyCommand=touch ${CANARY}`,
	`\\`,
	`a\\`,
	`'`,
	`"`,
	`\u2018; touch ${CANARY}; \u2019`,
	`\u201c; touch ${CANARY}; \u201d`,
	`\u2013\u2014 db.example.com`,
	`db\u00a0example\u200bcom`,
	`d\u0431.example.com`,
	`\u202eexample.com`,
	`\u2028touch ${CANARY}`,
	`\\u0022); touch("${CANARY}`,
	`"""; import os; os.system("touch ${CANARY}"); """`,
	`'); require('fs').writeFileSync('${CANARY}',''); ('`,
	`\${7*7}`,
	`]]></x><script>alert(1)</script>`,
	`emoji \u{1F600} ok`
];
