# negation.lex (English): the words that negate a match, and the words that end a clause.
#
# [negator]: a negator before a term, in the same clause and within three words,
# makes the match negated ("not worried about security", "no complaints on price").
# A term that itself starts with a negator ("no budget", "not the decision maker",
# "hasn't failed") is never negated by it: write such phrases into the category.
#
# [contrast]: these words end a clause, so a negator before them does not reach past
# ("not cheap, but worth every penny"). Sentence punctuation (. ! ? ; :) ends a clause too.

[negator] Negators
description: words that negate the term that follows them in the same clause
not
no
never
without
"hardly"  # exact: its stem "hard" is a common word ("pushed back hard")
"barely"  # exact: its stem "bare" is a common word
zero
none
nothing
nobody
neither
nor
cannot
# contractions are single words; list them with and without the apostrophe (reps skip it)
"don't"
"dont"
"doesn't"
"doesnt"
"didn't"
"didnt"
"isn't"
"isnt"
"aren't"
"arent"
"wasn't"
"wasnt"
"weren't"
"won't"
"wont"
"wouldn't"
"wouldnt"
"can't"
"cant"
"couldn't"
"couldnt"
"shouldn't"
"haven't"
"havent"
"hasn't"
"hasnt"
"hadn't"
"ain't"

[contrast] Clause breakers
description: words that end a clause, so a negation does not reach past them
but
however
although
though
tho
yet
except
whereas
otherwise
