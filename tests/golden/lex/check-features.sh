# check on the features lexicons: an unless: whose stem also cancels a term
# written with another form of the word ("a formality" -> "formal" in "a
# formal RFP") is named on the unless line, with the exact form to write.
voc-lex check --lexicons features 2>&1 | sed 's|^.*/features/|features/|'
