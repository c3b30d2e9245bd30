# explain on the engine features of issue 4: a negator that starts a
# hyphenated word negates nothing (en); post-negators (de "nicht" after the
# term, fr "n'"), one inside a longer term belongs to it; fr "ne ... que" is
# a restriction; unless(doc) and unless(next) reach past their sentence.
voc-lex explain --lexicons features --lang en \
  "No-shows went from 16% to 6%. The no-show rate too. No shows at all. A zero-touch setup."
voc-lex explain --lexicons features --lang en \
  "We need a formal RFP and the CFO to sign off. The board approved it last week."
voc-lex explain --lexicons features --lang en \
  "They already signed. Still, sign off is needed. Then sign off again."
voc-lex explain --lexicons features --lang de \
  "Wir sehen den Mehrwert nicht. Das Budget ist nicht das Problem. Das Budget reicht nicht. Das Budget ist knapp, aber nicht schlimm."
voc-lex explain --lexicons features --lang fr \
  "Le prix n'est pas un problème. Le budget ne sera voté qu'en décembre. Le budget ne sera pas voté."
