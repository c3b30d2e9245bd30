@lose = lose | lost | "big" | pric*
@o = deal* | client
[budget] B
@lose ~>4 @o {negation: off}
unless: @o ~2 fine
match: lost a deal
