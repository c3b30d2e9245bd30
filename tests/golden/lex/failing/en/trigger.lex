[pain] Pain
match: We are struggling with reports.
match: Reporting is a nightmare.
nomatch: We are not struggling at all.
nomatch: No longer struggling with it.
struggl*
