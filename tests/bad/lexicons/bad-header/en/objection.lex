[budget Budget
too expensive
