# Prints "ENUM<TAB>VARIANT" for each variant of the named enums (ENUMS="A B C").
BEGIN { n = split(ENUMS, e, " "); for (i = 1; i <= n; i++) want[e[i]] = 1 }
/^pub enum [A-Za-z]+/ { name = $3; sub(/[^A-Za-z].*/, "", name); inside = (name in want); next }
inside && /^}/ { inside = 0; next }
inside && /^    [A-Z][A-Za-z0-9]*([ ,({]|$)/ { v = $1; sub(/[^A-Za-z0-9].*/, "", v); print name "\t" v }
