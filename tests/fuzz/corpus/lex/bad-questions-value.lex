[budget] Budget
questions: sometimes
too expensive
