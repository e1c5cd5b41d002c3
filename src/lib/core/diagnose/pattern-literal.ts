/** Text a pattern must match literally: every character a RegExp gives a meaning to is escaped. */
export const escapeForPattern = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
