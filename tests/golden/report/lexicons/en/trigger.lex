# Small trigger lexicon for the report golden tests (labels and descriptions).
[pain] Pain
description: A current problem in the customer's own process hurts.
eats two days

[fear_of_loss] Fear of loss
description: Fear of falling behind: competitors moving, deadlines, losing customers.
fall behind

[desire_for_gain] Desire for gain
description: Wanting more revenue, growth, savings or productivity.
grow revenue

[social_status] Social identity and status
description: How it makes them look to peers, the board or auditors.
impressed

[convenience] Convenience
description: Ease and speed: simple, quick setup, works out of the box.
out of the box

[trust_risk] Trust and risk mitigation
description: Seeking or valuing proof and safety: references, reliability.
references

[emotional_resonance] Emotional resonance
description: Feelings and values: love, pride, peace of mind.
love
