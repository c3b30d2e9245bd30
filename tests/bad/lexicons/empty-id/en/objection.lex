[] Budget
too expensive
