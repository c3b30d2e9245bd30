[pain] Pain
match: We are struggling with manual reports.
nomatch: We are not struggling with anything.
struggling with
firefight*

[convenience] Convenience
match: How easy is setup?
nomatch: Setup is easy.
easy {questions: only}
