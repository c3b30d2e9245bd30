@m = <N> | two
[budget] B
north of @m {kinds: review}
match[review]: north of 40k
nomatch[call_note]: north of 40k
