[budget] Budget
"SOC 2
