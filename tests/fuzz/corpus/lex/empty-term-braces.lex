[budget] Budget
too expensive {questions: nope}
