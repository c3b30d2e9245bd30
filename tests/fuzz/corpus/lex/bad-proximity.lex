[budget] Budget
cost ~x high
