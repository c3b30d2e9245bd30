[budget] Budget
*
