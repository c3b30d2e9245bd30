[budget] Budget
zu teuer für uns
