# Small objection lexicon for the report golden tests: only the labels and
# descriptions matter here (the records in tagged.jsonl are tagged by hand).
[budget] Budget / price
description: The price is a problem: too expensive, no budget, discount asks.
too expensive

[authority] Authority
description: Someone else must approve or sign.
sign-off

[timing] Timing
description: An explicit deferral to a later time.
next quarter

[competitor] Competitor
description: A specific vendor in use or under evaluation.
quotaview

[risk] Risk / security
description: Doubts about security, compliance, privacy or vendor viability.
data residency

[implementation] Implementation effort
description: Integration, migration, setup effort, no resources.
migration

[contract] Contract / terms
description: Contract length, renewal, cancellation, legal terms.
two-year term
