@n = <N> | two
[budget] B
north of @n {kinds: review email}
unless(term): @n ~2 fine
^ too pricey {kinds: call_note}
match: north of 40k
