/**
 * How much connection-string text the doctor analyses. Every bound is far above anything real, so
 * no real paste meets one; a hostile or broken one (a string with 200,000 hosts, a paste of 1,000
 * strings) must not cost minutes, gigabytes or a report a hundred times its size. A string past a
 * bound is not analysed at all, and an unreadable item says why (too-large.ts): a corrected string
 * that silently dropped hosts or options would be worse than none. No imports here, so every reader
 * can use these.
 */

/** Per paste. A real one holds one or a few; a config file with every environment, under fifty. */
export const MAX_CONNECTION_STRINGS = 50;
/** Characters. 100 hosts of 60 characters and 100 options fit in 12 KB; a MongoClient call with comments, in a few. */
export const MAX_CONNECTION_STRING_LENGTH = 32 * 1024;
/** A replica set has at most 50 members, and a list of mongos routers a handful. */
export const MAX_HOSTS = 100;
/** There are some 70 connection-string options, and a real string sets under 30. */
export const MAX_OPTIONS = 100;

/**
 * Python calls longer than this are not read as calls: twice the longest string analysed, so a call
 * past that bound is still found and refused with its reason.
 */
export const MAX_CALL_LENGTH = 2 * MAX_CONNECTION_STRING_LENGTH;
