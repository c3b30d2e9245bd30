# objection.lex (English): what stops a customer from buying.
#
# Ten categories: BANT (budget, authority, need, timing) plus the objections sales
# teams meet most. Boundaries follow ../../../shared/design/labeling.md (summary in
# each description). Terms are matched by word stem, so "approve" also matches
# "approved", "approval" and "approving"; `word*` matches any word starting with
# "word"; "quoted" words match exactly; `a ~N b` means a and b within N words.
#
# Writing rules used here:
# - prefer phrases that carry the objection on their own over single ambiguous words;
# - when the negator is part of the objection ("no budget", "not the decision maker",
#   "zero bandwidth"), write it into the term: such a match is never negated;
# - settled or outweighed concerns go into `unless:` lines ("worth every penny").
# - every category ends with `unless: "ns"` and `unless: next step*`: in CRM notes a
#   sentence with "NS:" / "Next steps" is the rep's own plan, not the customer's words
#   (labeling.md rule 1), so nothing in it counts.

# --- round 10 (lexgen6o): word lists. Each list names the wordings of one meaning once; a term
# that uses @name stands for every combination (lexicons/README.md "Word lists"), so the
# combinations no writer used yet are covered too.
# months, quarters, seasons and years a deferral points at
@month = january | jan | february | feb | march | mar | april | apr | may | june | jun | july | jul | august | aug | september | sept | sep | october | oct | november | nov | december | dec | mid-january | mid-jan | mid-february | mid-feb | mid-march | mid-april | mid-may | mid-june | mid-july | mid-august | mid-september | mid-october | mid-november | mid-december
@quarter = "q1" | "q2" | "q3" | "q4" | "h1" | "h2" | spring | summer | autumn | fall | winter | "2026" | "2027" | "2028" | new year | year-end | christmas | the holidays | thanksgiving | easter
# someone on the customer's side who approves or signs
@approver = cfo | ceo | coo | cio | cto | "cro" | "cmo" | "gm" | boss | manager | "mgr" | owner | director | "vp" | founder | dean | president | treasurer
# a body on the customer's side that approves
@body = partners | board | committee | procurement | purchasing | trustees | "steering"
# refusing: the negator belongs to the objection here ("the CFO won't sign")
@refuse = "won't" | "wouldn't" | will not | would not | "isn't willing to" | "wasn't willing to" | not willing to | refuses to | "refused to"
# approving or signing
@approve = approve | "sign" | "sign-off" | "ok" | okay
# having to
@mustdo = has to | have to | needs to | need to | must | would have to | will have to
# can't (justify, defend) a number
@cannot = "can't" | cannot | "couldn't" | not able to | unable to | no way I can | hard to | tough to | difficult to
@defend = defend | justify | swing | stomach | sell internally
@number = number | price | cost | spend | figure | premium | difference | gap | increase | that amount
# a rival's lower number
@lower = under | below | cheaper than | less than | lower than
@yours = yours | your price | your pricing | your quote | your number | your offer | your list
# what the customer set aside
@over = over | above | beyond | more than | higher than | exceeds
@setaside = set aside | budgeted | modeled | modelled | planned | allocated | earmarked | planned for | can spend | can afford
# renewal price rises
@raised = "raised" | hiked | "jacked up" | bumped | "put up"
@renewal = renewal | renewal quote | renewal price | renewal invoice
# no capacity (for a deferral: "zero bandwidth until the cutover")
@none = zero | no | "don't have" | "doesn't have"
@capacity = bandwidth | capacity | "cycles" | people free
@thisperiod = this quarter | this year | this fiscal
# not doing something (before a named period)
@notdo = not reopening | not reopen | not touching | not looking | not buying | not signing | not starting | not revisiting | not changing | not moving | not committing
# coming back to it later
@return = come back | circle back | reconnect | revisit | check back | pick this up | pick it up | look at it again | look at this again | reopen | reopening | reach out again
# the rep's own actions at the start of a call-note sentence (labeling.md rule 1)
@sent = sent | "sending" | "resent"
@collateral = deck | case stud* | pricing | proposal | recap | one-pager | link | roi | comparison | references | reference | calc* | template | quote | terms | sheet | summary | report | contract | order form | "msa" | "dpa" | "soc" | pen test
@them = them | her | him
@det = the | our | over | over the | a | an | "2" | two | "3" | three | both
@themdet = them | her | him | them the | her the | him the | them our | her our | him our
# product_fit: a missing piece that is a deal-breaker
@dealbreak = "can't use it" | cannot use it | "can't use" | "it's a no" | non-starter | non starter | no go | "no-go" | deal-breaker | dealbreaker | deal breaker | "not an option" | "we're out"
# product_fit: the one thing they would change (unless it is the price or the contract)
@only = only | one | main
@gripe = gripe | wish | complaint | frustration | downside | niggle | quibble | nitpick | letdown
@money = price | pricing | priced | charging | charge | charged | cost | expensive | add-on | sku | contract | seats | invoice | fee | fees | nickel-and-diming

# product_fit: sarcasm about a chore the product makes them do
@love = love | loving | enjoy | "so glad"
@chore = re-entering | reentering | re-typing | retyping | re-logging | typing my password | logging in again | re-enter | retype
# product_fit: one platform behind another
@platform = android | ios | iphone | ipad | tablet | apple watch | watch app | chromebook
@behind = behind | lags | lagging | "still waiting" | second-class | second class
# product_fit: support knows and nothing happens
@ack = acknowledged | acknowledges | "known issue" | "known bug" | "couldn't fix" | "can't fix" | no eta
# status_quo: what they use today ...
@current = sheet | spreadsheet | spreadsheets | calendar | whiteboard | excel | reports | report | notebook | notebooks | log | process | crm | day-planners | "paper"
# ... covers it or works
@covers = covers it | cover it | covers the basics | covers what we need | "works fine" | works for us | is fine the way it is | "gives us what we need" | serves us well | it works
# status_quo: people who resist another tool
@resist = hate | hates | push back on | pushes back on | resist | resists | "won't touch" | not adding | "don't want" | "doesn't want" | refuse | refuses | allergic to
@newtool = new tool | new tools | every new tool | another tool | another app | a second tool | new software | another login | anything else | new system | one more app
# need: not convinced it is worth it
@unconvinced = not convinced | unconvinced | "don't see" | "didn't see" | "can't see" | not sure
@worth = worth it | worth buying | worth switching | worth the money | paying for itself | pay for itself | any improvement | what we gained
# contract: the longest term they accept
@duration = year | years | "yr" | "yrs" | months | "mo" | annual | month term | year term
@max = max | maximum | at most | is our max | "tops"
# contract: no way out
@noexit = no exit clause | no exit | "can't exit" | cannot exit | "can't cancel" | "couldn't cancel" | no way out | no way to drop
# contract: a term they want in the paper
@want = wants | want | need | needs | "put" | asked for | requires
@agreement = agreement | contract | order form | "msa" | "baa" | "dpa"
# contract: the price fixed for a period
@pricefix = price hold | price lock | price locked | price protection | "won't raise prices" | not raise prices
# risk: a security gatekeeper who can't let it through while an item is open
@cantok = "can't approve" | cannot approve | "won't approve" | "can't clear" | "can't pass" | "won't pass" | "can't recommend" | cannot recommend | "can't sign off"
@secopen = findings | finding | remediated | redaction | residency | "ga" | generally available | control | controls | open item | open items | sub-processor | subprocessor | encryption | written answers
# risk: someone else's model or processor
@thirdparty = third-party | third party | "us" | external | outside
@provider = llm | model provider | ai provider | sub-processor | subprocessor | sub-processors
# risk: data that leaves a boundary
@leave = leave | leaves | leaving
@boundary = tenant | environment | "vpn" | network | premises | "eu" | the country
# risk: uneasy about data
@uneasy = "not comfortable" | uneasy | nervous | wary
@sensitive = data | recordings | records | "pii" | "phi" | "gxp" | patient | member data | customer data | production data
# implementation: no one to do it
@nobody = nobody | no one | "noone" | nadie
@spare = spare | free | to babysit | who can build | owned the rollout | owns the rollout | to own it | to run it | has time for
@busyw = booked | buried | tied up | swamped | maxed out | fully committed
@project = erp | upgrade | migration | cutover | conversion | go-live | rollout | core conversion
@noit = no | zero | "don't have" | without
@itcap = "it" staff | "it" capacity | "it" person | revops person | revops | dev team | developers
# implementation: training or adoption that is hard
@hard = slog | grind | load | burden | nightmare | stalled | the hard part | "won't learn"
@learn = training | trained | adoption | adopted | onboarding the team
# budget: refusing to pay twice or a fee
@notpay = "not paying" | "won't pay" | not going to pay | "refuse to pay"
@twice = twice | double | a monthly fee | monthly fee
# budget: asked to match a rival's offer
@matchask = can you match | need us to match | need you to match | at least match | match it | match that
# timing: planning it for a later period
@letus = "let's talk in" | "let's plan for" | pencil in | "let's aim for" | "let's revisit in"
# --- round 11 (lexgen7o): false positives that recur across writers on text nobody tuned for
# thanks for a document received: it arrived, nothing is open about it
@thanks = thanks for | thank you for | "appreciate" the | many thanks for | cheers for | thanks again for
@doc = doc | document | language | terms | redline | redlines | answers | list | financials | statements | report | plan | breakdown | details | quote | comparison | side-by-side | questionnaire | summary | proposal | references | reference calls | clarification | walkthrough
# an approval, a signature or a fix already done, said with when it happened
@done = "signed" | "signed off" | "approved" | "cleared" | "agreed" | "accepted" | "passed" | "confirmed" | "fixed" | "resolved" | "closed" | "came back signed" | "went through" | "ok'd" | "okayed"
@recent = yesterday | today | this morning | last night | last week | on monday | on tuesday | on wednesday | on thursday | on friday | earlier this week
# a gatekeeper who already said yes (at most one word between: "has cleared", not "hasn't cleared")
@gate = legal | counsel | lawyer | lawyers | "dpo" | "ciso" | infosec | security | compliance | procurement | "board" | "cfo" | "ceo"
@gateok = "signed off" | "approved" | "cleared" | "ok'd" | "okayed" | "is satisfied" | "was satisfied" | "signed" | "accepted" | "gave the green light" | "blessed"
# terms or answers the customer accepts
@okay = fine with us | "works for us" | "all good" | no further comments | "fine w/" | "fine either way" | "satisfied with" | "sorted now" | "fine now"
# a buying process told in the past (reviews): how long it took
@took = "took" | "dragged on" | "dragged on for"
@span = weeks | months | ages | forever | a month | a quarter | half a year | a year
# an old or rival tool the complaint is about (a per-term exclusion for complaint words: "Nimbrella is clunky" is
# no product_fit for us, while "Quotaview has X, you don't" still is)
@oldtool = old tool | old system | old vendor | last vendor | previous vendor | previous tool | old script | old crm | last tool | their app | their tool
# --- round 11 (lexgen7o) recall: a named rival's price used as the bar (labeling.md 4: a quote still used as leverage is live)
@rivalx = quotaview* | dealcraft* | pipeharbor* | corvane* | nimbrella*
@under = under | below | less than | cheaper than | lower than
@share = half | a third | a quarter | two thirds
@quoted = "quoted" | "quoting"
@theirnum = their price | their renewal | their number | their quote | their offer | what we pay | the renewal number | renewal number | renewal quote
# a price set against a whole budget line or the product itself
@whole = our entire | our whole | my whole | my entire | the whole | the entire | the product itself | our website | my website
# --- round 11 (lexgen7o) recall: an approver or a body that says no, freezes or pauses spend
@sayno = "says no" | "said no" | "say no" | "will say no" | "would say no" | "froze" | "frozen" | "pause" | "paused" | "rejected" | "vetoed" | "turned it down" | "turned us down"
# what the approver waits for before he or she signs
@willp = "he'll" | "she'll" | "they'll"
# procurement that sets the process
@procverb = "insists" | "requires" | "runs" | "needs" | "has to raise" | "to raise" | "to cut" | "will raise"
# --- round 11 (lexgen7o) recall: a named rival's contract that renews or runs through a date (labeling.md: competitor + timing)
@renewx = renews | renewal | "renewing" | "is up" | "runs"
# the next budget or fiscal year that opens
@fy = fy | fiscal year | financial year | budget year | fiscal | budget cycle
@opens = starts | "start" | opens | begins | lands
# --- round 11 (lexgen7o) recall: our docs that are wrong or behind the product (labeling.md: wrong docs are product_fit, not pain)
@docs = docs | documentation | help article | help articles | help center | setup guide | knowledge base | "kb" | install guide | admin guide
@stale = out of date | outdated | wrong | incorrect | inaccurate | stale | obsolete | "lag" | "lags" | "lagging" | still describe | still describes | still show | still shows | incomplete | "doesn't exist"
# reminders and alerts that do not fire, fire twice or at the wrong time
@remind = reminders | reminder | alerts | alert | notifications | notification
@flaky = hit and miss | hit or miss | not at all | unreliable | "don't fire" | "didn't fire" | "never fire" | "fire twice" | "fired twice" | randomly | stopped firing | "arrive late" | "come late"
# a person away until a date: an absence, not a deferral of the purchase
# custom objects that do not come across (round 11)
@nomap = "don't" | "didn't" | "doesn't" | "aren't" | "won't" | "can't" | not mapped | "failed" | "fail" | "fails" | "broke" | by hand | manually
@away = "she's out" | "he's out" | "i'm out" | out of office | on vacation | on holiday | "away" | "ooo" | on pto | on leave
# --- round 11 (lexgen7o) recall: a tool they built or a sheet that is enough
@bitool = power bi | powerbi | looker | tableau | python | "sql" | an internal | internal | in-house | "homegrown" | our own
@enough = good enough | "does the trick" | all we've ever needed | all we need | "covers us" | "it's fine" | "we're fine" | "does the job"
@sheetish = sheet | spreadsheet | spreadsheets | excel | whiteboard | "erp" | workbook | google sheet | notebook | phone
@moving = moving | switching | changing | "move" | "switch" | "change"
# --- round 11 (lexgen7o) recall: no admin or IT time, a rollout that took the team weeks, reps who won't adopt
@adminw = admin | admins | ops person | "it" | "it" team | "it" people | developers | engineers | data team
@capw = capacity | time | bandwidth | "cycles" | hours | cover
@itwho = "it" | "it" team | admin | admins | only ops person | one admin | ops person | two-person | developers | contractors | dev team
@adopt = adopt | adopted | adoption
# --- round 11 (lexgen7o) recall: contract terms the customer asks for or resents
@cadence = monthly | quarterly | "in arrears" | per month | per quarter
# --- round 11 (lexgen7o) recall: a team too small to need it, no use or point, not a priority
@smallteam = team | firm | shop | office | practice | business | company | agency | outfit
@toolw = it | this | a forecasting | forecasting | fcst | half of | a tool | the tool | software | another tool | most of it
# coming back to it in a named month
@return2 = look again | talk again | write to me | talk in | look at it in | touch base in | reach out in
# settled in a word the customer adds at the end: "quarterly invoicing - agreed", "fine by me", "so we're good"
@settled = "agreed" | "fine by me" | "we're good" | "we are good" | "all sorted" | "good to go" | "covers us" | concern closed | "ok with it now"
# the Tidewell world's named rivals, for sentences about the rival's own product, terms or price
@rival = quotaview | "q-view" | dealcraft | pipeharbor | corvane | nimbrella
# a rival that is cheaper, said only to be outweighed ("X was cheaper, but ...")
@cheaper = cheaper | less expensive | "quoted us less" | "costs less" | "came in under" | "came in lower" | "undercut"
@anyway = paying it anyway | "pay it anyway" | same call again | "don't care" | "doesn't matter" | "not what this is about" | "wasn't close" | "isn't close"
# a deferral that waits on the product, not on a date (labeling.md: conditional, not timing)
@cond = once | when | as soon as | after
@ready = "ships" | "shipped" | "ga" | out of beta | you support | you have | you add | you build | "is released" | "is available" | "becomes available" | "is out" | "are out"
# the customer's own clients, staff and bids: their business, not our terms
@clients = clients | customers | homeowners | patients | families | tenants | technicians | techs | drivers | freelancers | contractors

[budget] Budget / price
description: The price is a problem: too expensive, no budget or budget spent, can't justify the cost, asks for a discount, or the same thing is cheaper elsewhere. Not when the price is called fine or explicitly outweighed ("not cheap but worth it").
match: Honestly it's too pricey for a team our size.
match: Finance says we don't have the budget for another tool this year.
match: We're a small shop, $400 a seat is way more than we can afford.
match: Can you do anything on price? We need a discount to get this over the line.
match: The other apps do this for free, why pay 15 bucks a month?
match: Love the idea but the subscription is a rip-off.
match: pushed back hard on pricing, asked for 15% off the list price
match: Procurement will ask why we'd pay twice for routing.
nomatch: Price is fine, that's not the issue.
nomatch: Pricing wasn't a concern for anyone on the call.
nomatch: I would not call it expensive for what it does.
nomatch: Not cheap, but worth every penny.
nomatch: It costs more than the old tool and it's worth it.
nomatch: Happy w/ pricing, moving to paperwork.
nomatch: Budget is there, the CFO confirmed it.
nomatch: They budgeted for an implementation partner, which we recommend.
match: Three stars: the renewal came with a 15% uplift and nobody warned us.
match: The connectors cost extra: custom mappings needed their consultants at extra cost.
match: Setup needed a services package we hadn't budgeted for.
match: For what we pay, that response time is not acceptable.
nomatch: We budgeted for the services package up front and it was worth it.
nomatch: We ran a week of training we hadn't budgeted time for.
nomatch: We can't afford to look sloppy in front of the auditors.
match: Their other vendor quoted about 15% under you and she's going to use it.
match: A rival offered the same bundle for 30% less.
nomatch: We quoted them a three-month rollout.
match: Honestly, 30k a year for this is steep.
nomatch: The learning curve is steep at first.
nomatch: Not cheap, but easy to justify to the board.
match: 40 seats at that rate is out of our range.
nomatch: The sensor is out of range.

# too expensive, said many ways
too expensive
too pricey
too costly
too much money
"expensive"
pricey
overpriced
over priced
"costly"
rip off
ripoff
sportlich
highway robbery
daylight robbery
pric* ~3 high
pric* ~3 steep
pric* ~3 insane
pric* ~3 ridiculous
pric* ~3 crazy
pric* ~3 outrageous
pric* ~3 a lot
cost* ~3 too much
cost* ~3 a lot
more than we pay
more than we spend
more than we can afford
out of our price range
out of our league
price tag
sticker shock
hike* ~3 pric*
# price named as the issue (negated forms are cancelled by the unless lines below)
pric* ~3 concern
pric* ~3 issue
pric* ~3 problem
pric* ~3 objection
cost* ~3 concern
cost* ~3 issue
cost* ~3 problem
cost* ~3 objection
question* ~3 the cost
# can't afford / can't justify
unless: can't afford to ~2 look
unless: can't afford to ~2 be
unless: can't afford to ~2 lose
unless: can't afford to ~2 fall
unless: can't afford to ~2 miss
unless: can't afford for
cannot afford
can't really afford
unable to afford
not affordable
unaffordable
can't justify
cannot justify
hard to justify ~3 cost*
hard to justify ~3 pric*
hard to justify ~3 spend
hard to justify ~3 the money
tough to justify
difficult to justify
justify the cost
justify the price
justify the spend
# no budget / budget spent
no budget
zero budget
not in the budget
not in budget
not in our budget
no money
no funds
no funding for
don't have the budget
don't have budget
don't have a budget
dont have budget
don't have the money
lack of budget
lack budget
out of budget
over budget
over our budget
beyond our budget
exceeds our budget
above our budget
budget ~3 tight
budget ~3 frozen
budget freeze
spending freeze
budget ~3 spent
budget ~3 gone
budget ~3 used up
budget ~3 exhausted
budget ~3 committed
spend ~3 committed
budget ~3 constraint*
budget ~3 constrained
budget ~3 limited
limited budget
small budget
tight on budget
cash is tight
cash-strapped
strapped for cash
budget isn't there
# discount asks and price haggling
discount ~4 need
discount ~4 want*
discount ~4 chance
discount ~4 any
discount ~4 get
discount ~4 requir*
deeper discount
bigger discount
better price
better deal
lower price
lower the price
price down
come down on price
sharpen the pencil
sharpen your pencil
pushed back on pric*
push* back ~3 pric*
match their price
match the price
price match
meet our price
get closer to
# cheaper elsewhere (an unnamed alternative; a named vendor is also `competitor`)
cheaper
for free elsewhere
other apps ~5 free
other tools ~5 free
half the price
half price
fraction of the price
fraction of the cost
pay twice
pay for two
double pay*
waste of money
money grab
cash grab
unless: worth every penny
unless: worth the money
unless: worth the price
unless: worth the cost
unless: worth the investment
unless: worth it
unless: pays for itself
unless: paid for itself
unless: price is fine
unless: price is ok
unless: price is okay
unless: price ok
unless: pricing is reasonable
unless: price is not
unless: cost is not
unless: not a concern
unless: not an issue
unless: not a problem
unless: not the issue
unless: not the problem
unless: no issue
unless: no concern
unless: no complaints
unless: not a factor
unless: isn't an issue
unless: isn't a concern
unless: isn't a problem
unless: wasn't an issue
unless: wasn't a concern
unless: budget is there
unless: budget is approved
unless: budget approved
unless: happy with pric*
unless: happy w pric*
unless: fine with the price
unless: fine with pric*
unless: ok with the price
unless: ok with pric*
for a discount
for a bigger discount
for more discount
budget ~3 allocated
lowest price
lowest tco
cheapest
paying for seats
charged for ~3 seats
unless: can't afford to wait
unless: can't afford to lose
unless: can't afford to fall behind
unless: can't afford to miss
unless: can't afford to be the last
unless: can't afford not to
unless: earns it
unless: justified it
push* ~3 on pric*
round on price
negotiat* ~3 pric*
quoted ~3 lower
lower quote
get for free
why would we pay
why pay
pric* ~3 jump*
pric* ~3 went up
pric* ~3 go up
pric* ~3 doubl*
pric* ~3 rose
cost* ~3 steep
a bit steep
pretty steep
too steep
steep for
than we budgeted
what we budgeted
balk*
too rich for
out of reach
adds up
pric* ~3 kill*
sharpen ~3 pric*
half as much
for a fraction
cost ~3 hurdle
pric* ~3 hurdle
cost ~3 barrier
pric* ~3 barrier
cost ~3 blocker
pric* ~3 blocker
fee* ~3 high
fee* ~3 steep
unless: never an issue
unless: never a concern
unless: never a problem
at that price
that price point
expecting something closer
get past the cost
get past the price
money-wise
cost-wise
price-wise
tier ~3 too much
plan ~3 too much
cheaper plan
startup plan
smaller plan
lower tier
double what
twice what
triple what
not paying ~3 pric*
waive ~3 fee
fee ~3 waive*
implementation fee
onboarding fee
setup fee
budget* ~3 slash*
won't pay
cost doesn't work
price doesn't work
numbers don't work
eye-watering
stretch to
can't stretch
unless: "ns"
# --- generalization round 2: price multiples, price-beat demands, budget lines, vetoes of the spend
"2x" what
"3x" what
"2x" the price
"2x" the cost
twice as much
twice the price
twice the cost
double the price
double the cost
more than ~3 what we pay
beat ~4 pric*
beat ~3 quote
beat ~3 their number
match ~3 their pric*
undercut*
came in ~4 lower
came in ~4 less
close ~3 the gap on pric*
budget line
budget ~3 capped
budget cap
budget ceiling
budget ~2 small
budget is small
small ~2 budget
ask* ~4 discount*
startup discount
volume discount
multi-year discount
number* ~2 "don't work"
math ~2 "doesn't work"
"doesn't" pencil out
"won't" pencil out
can't make the numbers work
can't make the math work
roi ~3 "isn't there"
other apps ~15 free
others ~6 for free
"they're free"
charg* ~4 per head
priced out
out of ~2 budget range
more than we'd hoped
more than we hoped
more than we expected to pay
above what we ~3 pay
above our ~2 range
match: Their number came in at twice the cost of our payroll bureau.
match: Our budget line for this is capped at 30k, and you're well above it.
unless: without us asking
rather not pay
not willing to pay
unwilling to pay
# --- round 3: over what was set aside, hard sells, price flexibility, money tight, cost that makes no sense
north of what
than we ~2 earmarked
than we had earmarked
than we ~2 set aside
than we ~2 allocated
than we ~2 planned to spend
pric* ~5 tough sell
fee* ~5 tough sell
cost* ~5 tough sell
pric* ~5 hard sell
fee* ~5 hard sell
for peanuts
move on price
movement on price
flex on price
wiggle room
money ~2 tight
funds ~2 tight
amount ~3 too big
number ~3 too big
number ~3 too high
figure ~3 too high
cut ~5 to afford
cost* ~6 makes no sense
pric* ~6 makes no sense
fee* ~6 makes no sense
unless: never the sticking point
unless: not the sticking point
unless: wasn't the sticking point
unless: never the issue
unless: never the problem
unless: can't afford another
# --- round 4: sticker-shock idioms, sharpen the offer, money not lying around, funds not released, price that doesn't add up
heart attack
fell off ~2 chair
fall* off ~2 chair
jaw ~2 dropped
made me wince
winced
sharpen things
sharpen ~2 offer
sharpen ~2 proposal
"don't" have that kind of money
"don't" have ~3 money
money lying around
"won't" release ~2 funds
"won't" release ~2 budget
"won't" free up ~2 budget
pric* ~4 "doesn't add up"
cost* ~4 "doesn't add up"
pric* ~4 "doesn't work"
get the spend approved
spend approved at
"can't" get ~2 spend
match: The quote made our finance lead nearly fall off her chair.
nomatch: Pricing was never the sticking point.
# --- round 5: a third of yours, that number not signed off
third of yours
half of yours
quarter of yours
fraction of yours
third of the price
third of your price
half what you charge
less than half
sign* off on that number
approve* ~2 that number
unless: increase cap
unless: renewal cap
unless: uplift cap
# --- round 6: paywalls and seat minimums, ceilings, no new spend
locked behind
seat minimum
minimum ~3 seats
paywall*
ridiculous for ~3 small
our ceiling
ceiling for this
most we can spend
top of our range
no new ~2 spend
no new ~3 tools
unless: worth every cent
unless: was reasonable
unless: is reasonable
unless: seems reasonable
unless: fairly priced
unless: resolved
# --- round 7: non-starter numbers, can't stomach the price
number ~4 non-starter
pric* ~4 non-starter
needs to come down
come down by
"can't" stomach
"can't" swallow
hard to swallow
tough to swallow
bitter pill
# --- round 12: a price that went up, told in a review (reviews look back; in a call note a renewal
# increase is usually the cap being negotiated, which is contract)
@billw = subscription | "plan" | "fee" | fees | "bill" | invoice | "renewal" | per seat | per-seat
<N> uplift {kinds: review}
unless(term): uplift in
price increase {kinds: review}
@billw ~>2 went up {kinds: review}
was <N> ~>2 now <N> {kinds: review}
# a cost nobody planned for: services at extra cost, overpaid, not acceptable for what we pay
at extra cost
hadn't budgeted
unless(term): budgeted time
"weren't" budgeted
unless(term): budgeted time
"wasn't" budgeted
unless(term): budgeted time
unbudgeted
overpaid
overpaying
@unaccept = "not acceptable" | unacceptable | "not okay" | "not ok" | a joke
for what we pay ~>6 @unaccept
# --- round 8: renewal uplifts, paying for unused features
up on last year
increase on last year
renewal quote ~4 up
paying for features
features we'll never use
features we don't need
paying for ~3 "we don't use"
# --- round 9: "more like half that", hard caps, costs that creep
more like half
half that
closer to half
thinking more like
or it's a no
wants us under
needs to be under
keep it under
"can't" get past the cost
"can't" get past the price
pric* ~3 creep*
cost* ~3 creep*
keep going up
unless: good value
beyond what we can
beyond what we ~2 commit
# --- round 3: a price ruled out, discount and special-rate asks, margins worse than a rival's, more than we earn, tiers that price us out; outweighed by payback
a year ~4 out of the question
a month ~4 out of the question
price ~5 out of the question
cost ~5 out of the question
pric* ~5 non-starter
ask* for ~2 off ~4 for
want* ~2 off ~4 for
half of what ~3 gives us
margin* ~3 half of
margin* ~5 lower than
margin* ~5 worse than
more than we earn
more than we make
more than ~3 earn from
startup rate
startup pricing
non-profit rate
small business rate
special rate
better rate
chance of a ~3 rate
price* us out
prices ~2 out of reach
quote is ~3 lower
quote is ~3 cheaper
unless: paid for the whole
# --- round 3 probes: margin eaten by the fee, flexibility asks, cheaper to hire a person, per-seat models that don't fit, rival quotes under ours
eat* ~3 margin
kill* ~3 margin
wipe* out ~3 margin
anything on price
anything on the price
flexib* on price
flexib* on the price
give on price
budge on price
rather hire
cheaper to hire
per seat ~4 "doesn't work"
per user ~4 "doesn't work"
pricing model ~4 "doesn't work"
quoted ~4 under you
quoted ~4 below you
quoted us ~4 lower
unless: afford to bet
unless: afford to risk
unless: afford to lose
unless: afford to wait
unless: afford to miss
# --- round 3 probes L: thinking of a lower range, a lot of money for little use
more in the range of
more in the region of
a lot of money for
a lot to pay for
a lot to spend on
# --- round 3 probes M: budget spent elsewhere, renewal jumps
blew ~3 budget
blown ~3 budget
budget ~3 blown
nothing left till
nothing left until
spent ~3 budget on
went up ~4 renewal
jump* ~4 renewal
price hike*
hiked ~3 price*
# --- round 3 probes N: discount needed to get through, subscriptions raised again, no longer worth it
too high per
needs ~3 off to
off to get ~2 thru
off to get ~2 through
raised the subscription
no longer worth
unless: non-issue
unless: won't be an issue
unless: won't be a problem
match: At that number we'd honestly rather hire another coordinator.
match: Any chance of a charity rate? The standard tier prices us out.
nomatch: Not cheap, but it paid for itself within a quarter.
# --- round 3 probes O: more than the whole other system costs, match what we pay today
than for our whole
than our whole
paying more for ~5 than
match what we pay
match our current price
# --- round 3 probes Q: the CFO would laugh, charged for contacts we don't have; capped increases are contract terms
laugh* at ~4 pric*
all of martech
whole martech
charged for ~4 contacts
pay* for ~4 unsubscribed
unless: cap on annual price
unless: uncapped price increases
unless: price increase cap
jump to paid
jump from free
price jump
too big a jump
left in ~4 budget
only have ~3 left in
unless: my guess
unless: I suggested
unless: told her about
unless: told him about
unless: told them about
well above what
above what we spent
more than we spent on
asked to cut costs
cut costs across the board
# --- round 4: asks for a cheaper tier, can't pay upfront, match-the-quote demands, spend frozen, no PO, budget gone
match: Is there a starter tier? That quote is way beyond us.
match: We can't float a year upfront at our size.
match: Match their price or we sign with them.
nomatch: We moved to the annual plan, paid upfront.
starter tier
cheaper tier
can't float
can't ~3 upfront
upfront ~4 can't
match it or
match ~3 quote
"off" ~3 to renew
spend ~3 frozen
freeze ~3 spend
can't get a po
no po
budget's gone
budget is gone
is not happening
blow ~3 budget

# a cheaper offer outweighed by a decision for us is not a live budget objection
# (labeling.md 4: "X came in 30% cheaper, but we're going with you")
unless: cheaper ~>12 going with you
nomatch: Their rival quoted us a lower number, it came out cheaper, but we are going with you anyway.
unless: cheaper ~>12 staying with you
unless: cheaper ~>12 sticking with you
unless: cheaper ~>12 chose you
unless: cheaper ~>12 picked you
# customers lost to cheaper market rivals feed fear_of_loss, not budget
unless: churn* ~>3 cheaper
unless: cheaper rivals
# a rival's lower price conceded in the same breath ("X is cheaper, but your module is worth the difference")
unless: cheaper ~3 but
nomatch: Their tool is a little cheaper, but the reporting here is far ahead.
# the rep's own actions and plans in call notes (labeling.md 1): nothing in such a sentence counts
unless: "lvm"
unless: left ~1 "vm"
unless: ^ "f/u" next
unless: "f/u" "w/"
unless: ^ will try again
unless: ^ will send
# the rep's own actions in call notes (labeling.md rule 1), anchored to the sentence start so that "They sent ..." still counts
unless: ^ @sent @collateral
unless: ^ @sent @det @collateral
unless: ^ @sent @themdet @collateral
unless: ^ pitched
unless: ^ got them
unless: ^ offered
unless: ^ walked ~>1 @them ~>1 through
unless: ^ told @them
unless: my take
unless: "rep" to follow
unless: "rep" to send
unless: "rep" will
nomatch: Sent the pricing one-pager again since she felt it was too expensive.
nomatch: LVM about the discount they asked for.
# --- round 5 (lexgen): a rival's lower number used as leverage ("40% under you", "closer to their number"),
# our price set against what they pay for something bigger ("our ERP costs less than that")
match: They came in 40% under you.
match: I need you a lot closer to their number before I can sign.
match: Our ERP costs less than that.
match: The number is nowhere near what they set aside.
nomatch: They came in under budget on the rollout.
came in ~3 under you
under your price
closer to their number
closer to their price
costs less than that
nowhere near what
unless: under budget
# --- round 5 (lexgen): price shock idioms and money that isn't there
match: The renewal number doubled and our CFO hit the roof.
match: We'd need to find the money somewhere.
nomatch: Our sales went through the roof after launch.
hit the roof
renewal ~3 doubled
pric* ~3 doubled
find the money
unless: sales ~3 through the roof
# --- round 5 (lexgen, probe round 8): paying full seats, a price that is a non-starter
match: Paying full seats for seasonal staff is a non-starter.
match: The per-user price is a non-starter for us.
seats ~5 non-starter
cost ~5 non-starter
# --- round 5 (lexgen, probe round 9): a premium they can't sell internally
match: Can't sell a 60% premium to my owner.
match: There's no way I can sell that price internally.
can't sell ~4 premium
can't sell ~5 to my owner
can't sell ~5 to my boss
can't sell ~5 to my cfo
can't sell ~5 to the board
sell that price internally
no way ~3 sell ~3 internally
can't sell ~4 internally
premium ~3 over ~3 quote
# --- round 5 (lexgen, probe round 12): N times what they pay for something else
match: Your quote is three times what we pay for our HR system.
times what we pay
times what we spend
# a concern only "at first" is settled (labeling.md 5)
unless: concern at first
unless: worried at first
unless: skeptical at first
unless: sceptical at first
unless: hesitant at first
nomatch: Pricing was a concern at first, the ROI settled it within a quarter.

# --- round 6 (families seen in two or more independent sets): a discount in percent,
# matching a rival's number, a quote that came in higher, free apps that do it, spend cuts
match: Could you knock 15% off if we commit for two years?
match: If you can match their per-seat number we have a deal.
match: The renewal quote came in 20% higher than last year.
match: Plenty of free apps do the same thing.
match: Finance told us to cut software spend by a fifth.
match: Why would we pay more than the other quote for the same thing?
nomatch: The free trial was enough to convince us.
nomatch: Contact match rates came in higher than we expected.
nomatch: We cut the time spent on reporting in half.
1* off
2* off
3* off
4* off
5* off
6* off
7* off
8* off
9* off
match ~4 per seat
match ~3 offer
match it ~3 sign
quote ~>5 higher
"pay more than"
"paying more than"
free apps
free tier ~>4 does
free ~>3 already does
cut* ~2 tool spend
cut* ~2 software spend
spend ~>3 cut
chopping list
not adding ~4 line item
get me ~2 closer to
# round 6: a lower price outweighed or below expectations
unless: half the price ~2 but
unless: cheaper than ~2 figured
unless: cheaper than ~2 expected
unless: cheaper than ~2 thought
unless: "doesn't care"
nomatch: Huh, cheaper than I expected.

# --- round 6, batch 3: over what was penciled in, the highest of the bids, full price for half
match: We're about 20% over what she penciled in.
match: Your price is the highest of the bids we got.
match: Paying full price for half a product.
match: I need a number below what we pay today.
nomatch: Penciled in a call for Friday.
over what ~3 penciled
highest of the ~2 bids
full price for
below what we pay

# --- round 7 (lexgen3): not paying for two tools (the negator belongs to the term), a free
# alternative already does it, asks for a smaller or the cheapest plan, hard to swallow
match: I won't pay for two tools that do the same thing.
match: Finance won't double-pay while the old licence runs.
match: The phone's own notes app is free and does most of it.
match: Do you have a smaller plan for a team of four?
match: The per-user price is hard to swallow for us.
nomatch: We're happy paying for the annual plan.
"won't" pay for two
"won't" double pay
app is free
free notes app
basically free
cheapest plan
lighter plan
crazy money

nomatch: The startup discount made it doable for us.
nomatch: Not cheap for a small shop, but two more clients and it's paid off.
unless: made it doable
unless: paid off

# --- round 7, batch 2: cash is the problem, a volume discount or a lower per-seat price expected,
# the incumbent given to them for free
match: Problem is cash until the next round closes.
match: We'd expect a volume discount at that seat count.
match: Head office gives us the other tool for free.
nomatch: Cash flow has been great this year.
problem is cash
tight on cash
price per seat ~3 drop
gives us ~4 for free

# --- round 7 (lexgen3), batch 4: a renewal quote that came in a percentage higher, hard to justify
# the line item
match: The renewal quote came in 25% higher than last year.
match: It's hard to justify the spend to our CFO.
nomatch: The rival quote came in 10% lower and we still chose you, price is fine.
renewal ~3 came in ~3 higher
quote came in ~3 higher
price came in ~3 higher
hard to justify
# --- round 8 (lexgen4): a rival's lower quote used as leverage ("quoted us 20% under you", "the same package for 30% less")
quoted ~4 under
quoted ~>2 below
same package ~4 less
same bundle ~4 less
offered us ~6 % less
"less" ~>2 and threw in
unless: we quoted
unless: "i" quoted
# --- round 8 (lexgen4): "$29k a year is steep"
is steep
unless: learning curve
# --- round 8 (lexgen4, after holdout-p): a price that is easy to defend is outweighed
unless: easy to defend
unless: easy to justify
# --- round 8 (lexgen4): out of our range
out of our range

# round 9: "can't afford another year of guessing / to get surprised" is not about price
nomatch: We could not afford another quarter of guessing.
unless: afford another
unless: afford to get

# --- round 10 (lexgen6o): families as word lists (see the lists at the top of the file)
match: Honestly I can't defend a price that high to finance.
match: That's a premium I couldn't justify internally.
match: Their bundle landed well under yours, so you know where this goes.
match: Two other vendors came in lower than your quote.
match: The figure is well above what we had set aside for tooling.
match: 60k is more than we budgeted for the whole department.
match: I'm not paying twice for the same reports.
match: Can you match their annual number?
nomatch: The numbers match what we saw in the pilot.
match: They hiked the renewal price again, by 18% this time.
nomatch: We need a cap on the renewal uplift, 4% at most.
nomatch: The forecast shows a 22% uplift in win rate since launch.
nomatch: Our spend came in under what we had budgeted.
@cannot ~>1 @defend ~>3 @number
price ~>3 @cannot ~>1 @defend
premium ~>3 @cannot ~>1 @defend
spend ~>3 @cannot ~>1 @defend
not something ~2 can defend
@lower ~>2 @yours
@over ~>3 what ~>2 @setaside
more than we ~1 @setaside
@raised ~>3 @renewal
uplift in ~2 renewal
@notpay ~>3 @twice
not worth the ~2 fee
@matchask
no discretionary
# the rep noting that price never came up is no budget objection
unless: no budget ~1 discussion
unless: no budget ~1 issue*
unless: no budget ~1 concern*
nomatch: Thanks for the revised quote, that settles the price question.
nomatch: Pricing approved by finance this morning.
nomatch: Cheaper than Corvane was for us, and far less clunky.
match: Thanks for the quote. It is still way over what we budgeted.
unless(clause): @thanks ~>4 @doc
match: Thanks for the deck, but the licence fee is way over what we budgeted.
unless: @done ~>4 @recent
unless: @okay
unless: "than" ~>1 @rival ~>1 "was"
unless: "dropped" ~>4 ask
unless: @settled
match: Nimbrella is roughly half your price for the same seats.
match: Corvane came in 15% under you on the three-year deal.
match: Beat what we pay Quotaview per seat and I'll listen.
match: Dealcraft quoted us $14 a seat last week and I'm using it.
match: That is more than our entire marketing software budget for the year.
match: Your list price is beyond us.
nomatch: We closed the gap to plan in one quarter.
nomatch: Quotaview was half the price, but the forecast was a guess.
@under ~>1 you
@share ~>1 your price
@share ~>1 your quote
@under ~>2 @rivalx
above ~>1 @rivalx
match ~>1 @rivalx
beat ~>3 @theirnum
@rivalx ~>3 @quoted
unless(term): less ~>1 but
"close" ~>1 gap
same ~>3 for less
more than ~>1 @whole
"beyond us"
is a lot for
# round 13: a price over what the contact can get through, set against a household cost, "another subscription" (ah, ap, k; am, an, l; ao, ap)
match: Honestly $12k is above what I can justify for a team of five.
match: That is more than I can get past our owner this year.
match: For four people that is more than my rent.
match: We are not paying for another subscription, sorry.
match: $60 a month for a notes app is a lot.
nomatch: Across 40 reps that is a lot of selling time back.
nomatch: It did more than I can describe for our forecast calls.
nomatch: We got way more than we paid for.
@overwhat = more than | above what | beyond what
@passw = justify | get | defend | sell | sign off on | "get past" | "get through"
@overwhat ~>0 i can ~>0 @passw
more than i pay
@household = payment | rent | mortgage | bookkeeper | salary | wages | "truck payment" | "car payment"
more than my ~>2 @household
another subscription {negation: off}
<N> ~>6 "is a lot"
unless(term): "a lot of" ~>3 time
unless(term): "a lot of" ~>3 hours
"doesn't" clear ~2 bar
"won't" clear ~2 bar
north of ~>1 grand
says no at
"not paying" per seat
unless: answers my ~2 question

[authority] Authority
description: Someone other than the writer must approve or sign: not the decision maker, needs sign-off from a boss, CFO, CEO or board, a committee or procurement must approve, a mandatory tender. Not when the approval was already given, and not a security team refusing on security grounds (that is risk).
match: I'm not the decision maker here, my VP is.
match: Anything over 10k needs sign-off from our CFO.
match: She has to run it by the steering committee first.
match: Procurement must approve every new supplier, no exceptions.
match: Love it, but it's above my pay grade. My boss makes the call.
match: Need to loop in our CEO before we can commit.
match: Legal and the board both need to bless it.
nomatch: Our CFO signed this morning, we're good to go.
nomatch: The committee already approved the purchase last week.
nomatch: I'm the one who decides, and I like it.
nomatch: Owner-led shop, no procurement, she decides.
nomatch: Karim decides everything over there.
nomatch: Decides by end of next week.
nomatch: Our risk committee is cautious with every new vendor.
match: No budget authority here, her COO decides.
match: Everything over 30k goes to the purchasing committee.
nomatch: Our COO signed off on the purchase this morning.
nomatch: She decides alone and wants to start Monday.
match: Anything new on the tooling side goes through our CFO.
match: He loves it but has no say on tools.
nomatch: The payment goes through our bank on Friday.

not the decision maker
not the final decision maker
not the one not my decision
not my call
not my decision to make
not up to me
isn't up to me
isn't my call
above my pay grade
decision maker ~5 isn't
decision ~3 not mine
# someone must approve or sign
has to approve
have to approve
must approve
must be approved
will have to approve
needs approv*
requir* ~3 approv*
"approval" from
"approvals" from
approval of the
approval process
approval cycle
pending approval
awaiting approval
waiting for approval
waiting on approval
subject to approval
get ~3 approv*
will not approve
need* ~3 sign-off
need* ~3 signoff
need* ~3 to sign
has to sign
have to sign
must sign
unless: must sign our
must sign off
signoff from
signature ~3 pending
pending ~3 signature
won't sign anything
get ~3 buy-in
buy-in from
need* ~3 blessing
bless it
needs the green light
final say
makes the call
makes the final
decision ~4 cfo
decision ~4 ceo
decision ~4 board
decision ~4 boss
decision ~4 committee
decision ~4 owner
cfo ~3 decide*
ceo ~3 decide*
boss ~3 decide*
board ~3 decide*
owner ~3 decide*
committee
unless(term): risk committee   # a security/compliance gate is risk (labeling.md), not a buying body
steering group
board ~3 approv*
board ~3 sign
take it to the board
take it to our
take this to our
bring it to the board
bring it to my
run it by
run this by
run it past
run this past
check with my boss
check with my manager
check with the boss
check with our cfo
check with our ceo
loop in ~3 boss
loop in ~3 ceo
loop in ~3 manager
procurement ~4 "sign"
procurement ~4 "signs"
procurement ~4 involved
procurement ~4 own* the paper
purchasing ~4 approv*
through procurement
through purchasing
# a bare "tender" fired on bid businesses and their own tender registers (g, q, r): only the mandatory procurement kind
mandatory ~3 tender
"tender" ~3 mandatory
goes to ~2 tender
procurement ~2 tender
public tender
thru ~2 tender
tender timeline
tender ~2 published
bid tender
owns the budget
budget owner ~4 sign*
budget owner ~4 approv*
budget owner ~4 decid*
need* ~3 budget owner
unless: already approved
unless: already signed
unless: has approved
unless: have approved
unless: "approved" it
unless: signed off on it
unless: already on board
unless: already convinced
need* ~4 approv*
final sign-off
final signoff
final approval
cfo ok
ceo ok
boss ok
needs ~2 ok
prove ~5 cmo
prove ~5 cfo
prove ~5 ceo
prove ~5 boss
prove ~5 board
"approves"
@approver ~>3 own* the ~2 budget
# the contact described as the one who decides alone is no approval to wait for
@selfdecides = "decides" everything | "decides" alone | "decides" himself | "decides" herself | founder led | owner led | owner run | no procurement
"decides"
unless(term): @selfdecides
unless(term): ^ "decides"
would decide
gets to decide
cannot sign
approve on my own
can approve on my own
what i can approve
unless: i'm the one who decides
unless: i decide
need* ~3 convince
have to convince
has to convince
needs to go through
has to go through
must go through
have to go through
"ceo's call"
"cfo's call"
"boss's call"
"vp's call"
vet* ~3 vendor*
vendor vetting
without ~3 approv*
without ~3 sign-off
can't commit without
cannot commit
economic buyer
weigh in
bless
pitch it to
pitch this to
sell this internally
sell it to my
sell it to her
sell it to his
to sign off
decision sits with
decision lies with
decision rests with
unless: "approved" the
unless: compliance won't
unless: security won't approve
clear it with
purse strings
needs a signature
signature from
without ~3 blessing
can't move without
unless: auditors won't
unless: "ns"
# --- generalization round 2: who holds the pen, thresholds that go up the chain, vetoes
go* to the board
go* to our board
go* to the cfo
go* to our cfo
go* to the ceo
go* to the owner
go* to committee
go* to the committee
sign* everything over
sign* anything over
sign* off on anything
sign* anything ~3 over
anything over ~5 approv*
anything over ~6 board
above ~4 threshold
approval threshold
signing limit
"who has to sign"
"who has to approve"
hold* the pen
hold* the purse strings
controls the budget
control* the purse
"don't buy anything"
"i'm not the buyer"
not the buyer
not the right person
not the right contact
not my area
cfo ~2 killed
ceo ~2 killed
board ~2 killed
boss ~2 killed
shot it down
shot down by
three-bid
three bid*
"3" bids
competitive bid*
bid process
purchasing board
procurement board
investment committee
sign-off by
signoff by
subject to ~4 sign-off
subject to ~4 approv*
need* ~3 green light
waiting ~4 green light
unless: audit committee
unless: i can't approve
unless: i won't approve
unless: we can't approve
unless: not convinced we need
unless: signs himself
unless: signs herself
unless: sign it myself
match: Anything north of 20k goes to the board for a vote.
match: Our COO holds the pen on software, not me.
match: The CFO vetoed it last week.
nomatch: I can't approve a vendor that stores keys in plain text.
"can't" sign it on my own
"can't" sign this on my own
on my own ~3 sign
go past the
"has to go past"
"has to go through"
unless: on a vendor
# --- round 3: where the decision sits, who makes it, "not the one who approves"
sit* with ~3 cfo
sit* with ~3 ceo
sit* with ~3 board
sit* with ~3 director
sit* with ~3 owner
decision* ~3 sit* with
decision* ~3 rest* with
decision* ~3 lies with
decision is made by
decisions are made by
decided at ~3 level
council ~4 decid*
council ~4 approv*
not the one who
"i'm not the one"
approves ~2 spend
approve* the spend
only recommend
unless: sign without
unless: longer than
# --- round 4: hands tied, rubber stamps, not authorised, up to the partners
rubber-stamp*
rubber stamp*
headquarters ~4 approv*
hq ~4 approv*
group ~3 approv*
not authori*
not authoriz*
no authority to
"don't have the authority"
"can't" commit to anything
up to the partners
up to the board
up to the owner*
up to our ceo
up to our cfo
up to the ceo
up to the cfo
up to my boss
up to management
up to the director*
unless: approval workflow
unless: approval flow
match: My hands are tied until head office signs it off.
head office ~>3 sign*
match: Honestly it's up to the partners, not me.
nomatch: We'd need to rebuild our approval workflows.
# --- round 5: loop in the director, before anything is signed, goes for approval
"can't" see ~3 sign* off
loop in ~3 director
loop in ~3 hr
loop in ~3 owner
loop in ~3 md
loop in ~3 partner*
before anything gets signed
before anything is signed
before we sign anything
wants to see it himself
wants to see it herself
for approval
for sign-off
md ~4 approv*
managing director ~4 approv*
unless: get stuck
unless: approvals get
reviewed by ~3 exec*
exec team ~4 approv*
executive team ~4 approv*
by the exec team
unless: easy decision
unless: resolved
last word
"3" quotes
onboard a new supplier
new supplier ~3 approv*
need* to convince
controls the ~2 budget
unless: sign a contract that
present it to
present ~4 partners
"they'll decide"
decide whether to proceed
leadership ~4 decid*
# --- round 3: getting someone above to even look, formal RFP/tender rules, the one who signs off
have to get ~4 to ~3 look
have to get ~4 to ~3 sign
have to get ~4 to ~3 approve
need to get ~4 to ~3 sign
have to get ~4 on board
formal rfp
formal tender
require* ~3 rfp
require* ~3 tender
procurement policy
purchasing policy
rfp window
tender process
the one who signs
the one who approves
"signs off on tools"
who signs off
unless: and we're in
# --- round 3 probes: the nod, a blessing
the nod from
needs the nod
blessing from
their blessing
unless: approved vendor list
# --- round 3 probes N: champion can't move without the buyer, ratification
"can't move without"
"can't move" ~3 him
"can't move" ~3 her
"can't do anything without"
eb ~4 not engaged
economic buyer ~4 not engaged
ratif*
must be ~3 by our board
match: Every contract above 25k needs a formal RFP under our purchasing policy.
match: She's the one who signs off on software, I just run the trial.
approve every
approve* ~4 personally
founders approve
owner approves
holds the purse
unless: my guess
unless: I suggested
unless: told her about
unless: told him about
unless: told them about
"vendor reviews" ~5 year
vendor review board
# --- round 4: an approval named as a condition
match: Nothing new this year unless our CEO signs off.
unless ~3 signs off {negation: off}
unless ~3 approves {negation: off}
# --- probe round Z: thresholds that need someone's signature
"needs" ~4 signature
anything over ~3 needs
# the rep's own actions and plans in call notes (labeling.md 1): nothing in such a sentence counts
unless: "lvm"
unless: left ~1 "vm"
unless: ^ "f/u" next
unless(clause): "f/u" "w/"
match: F/u w/ Ana next wk, but her VP has the final say.
unless: ^ will try again
unless: ^ will send
# the rep's own actions in call notes (labeling.md rule 1), anchored to the sentence start so that "They sent ..." still counts
unless: ^ @sent @collateral
unless: ^ @sent @det @collateral
unless: ^ @sent @themdet @collateral
unless: ^ pitched
unless: ^ got them
unless: ^ offered
unless: ^ walked ~>1 @them ~>1 through
unless: ^ told @them
unless: my take
unless: "rep" to follow
unless: "rep" to send
unless: "rep" will
# --- round 5 (lexgen): not my call, I don't make the decisions, I only evaluate for someone else
match: Not my decision, I just evaluate tools for the VP.
match: I don't make tool decisions, forwarding to ops.
match: Not sure I'm the right person for this.
nomatch: It's my decision and I'm ready to sign.
not my decision
isn't my decision
don't make ~3 decision*
i just evaluate
just evaluating ~3 for
not sure i'm the right person
# --- round 5 (lexgen, probe round 8): a spend that "needs the CFO" / goes to the owner
match: Any spend over 20k needs the CFO.
match: Anything above that needs the board.
nomatch: The CFO needs more detail on the ROI.
"needs" ~>2 cfo
"needs" ~>2 ceo
"needs" ~>2 board
"needs" ~>2 owner
"needs" ~>2 founder
"needs" ~>2 vp
"needs" ~>2 boss
"needs" ~>2 director
# --- round 5 (lexgen, probe round 9): the owner signs every contract
match: The owner signs every contract personally.
signs every contract
signs ~3 every purchase
owner "signs"
nomatch: Budget owner is Sam, he joined the call.
# --- round 5 (lexgen, probe round 12): it's someone else's budget and decision
match: I'll pass it to our Head of People, it's her budget and her decision.
nomatch: It's my decision.
"it's" her decision
"it's" his decision
"it's" her call
"it's" his call
her budget and
his budget and
# a before/after story: approvals that used to be slow are the old pain, not a live sign-off
unless: we used to
unless: i used to
unless: no more chasing
unless: no more waiting
nomatch: We used to wait three days for a manager to approve every discount. Now it takes minutes.

# --- round 6 (families seen in two or more independent sets): someone else signs or
# decides ("Pat signs, not me", "it's her call", "his boss decides"), nothing is bought
# without a committee's sign-off, approvals every year
match: Our COO signs everything over five figures.
match: Happy to push it, but Mo signs, not me.
match: It's her budget, so it's her call.
match: Not my call, the regional VP decides.
match: Nothing gets bought here without the committee's sign-off.
match: Each year the council must re-approve our subscription.
match: I need to get it past our owner first.
nomatch: I sign off on my team's expenses myself.
nomatch: He called me on his call list this morning.
"signs" everything
signs ~2 not me
signature ~2 not mine
"it's his call"
"it's her call"
"it's their call"
"not his call"
"not her call"
"not my call"
boss ~3 decides
cfo ~3 decides
ceo ~3 decides
vp ~3 decides
owner ~3 decides
board ~3 decides
re-approve*
get it past
decision ~3 sits with
decision now sits
# round 6: an approval already given, or the writer decides alone, is settled (labeling.md 5)
unless: board "approved"
unless: committee "approved"
unless: decides herself
unless: decides himself
unless: nobody else ~3 sign
unless: a "formality"
match: The CFO has to approve anything over 10k.
nomatch: Good news, the committee approved it yesterday.
nomatch: She decides herself, small firm.

# --- round 6, batch 3 (families in two or more sets): not the approver, someone will decide
# later or has a vote, sign-off still to come, the budget is someone else's, sole-source rules
match: I'm not the approver, our COO is.
match: Sign-off sits with our CFO, she decides what we buy.
match: The partners get a vote on anything we buy.
match: He wants one more reference before he signs off.
match: Tools are the CRO's budget, not hers.
match: Our rules don't allow a sole-source award.
match: The CFO needs to approve the PO first.
nomatch: I'll decide on the colour scheme later.
not the approver
get a vote
before ~2 signs off
budget ~2 not hers
budget ~2 not his
budget ~2 not mine
sole-source
ceo for ~1 countersign*
# someone else on the customer's side has to countersign (af, an); "I'll countersign" is a settled step
match: Our treasurer has to countersign anything we commit to.
match: The COO will need to countersign before it goes out.
nomatch: Send the order form and I will countersign today.
"has to" countersign
"have to" countersign
need to countersign
must countersign
decides what we buy
"don't" allow ~3 sole

# --- round 7 (lexgen3): partners/founders/owners decide (plural), the owner's call, the one
# who holds the money, sign-off still to come on an amount, once the partners approve
match: In the end that's the owners' call, not mine.
match: Our other co-founder handles the money side of things.
match: We are waiting on the CEO to sign off on the order form.
match: Happy to go ahead once the partners approve it.
nomatch: I'm the one who decides on tools here.
partners ~2 decide
owners ~2 decide
"owner's call"
"owners' call"
"partners' call"
handles ~3 money
partners ~2 approve
founders ~2 approve

# --- round 7 (lexgen3), batch 2: an approver's sign-off or signature still to come (CFO sign-off,
# before our CFO signs anything), an amount that must get past the owner, boards that review
# every new tool
match: Still waiting on CFO sign-off for the annual plan.
match: We can go ahead once our CEO signs it.
match: That's more than I can get past our owner.
match: The IT board reviews every new vendor.
nomatch: The CFO signed last week.
cfo ~>2 "sign-off"
ceo ~>2 "sign-off"
coo ~>2 "sign-off"
owner ~>2 "sign-off"
"signs" anything
get ~3 past our
reviews every new

# --- round 7 (lexgen3), batch 3: a final signature or a board still to come (take that to the
# board, she'll decide then, the board won't approve any, nothing without their sign-off)
match: After that it goes to the managing partner for final signature.
match: Unless you get closer, I'll take that to the board.
match: Our CFO will look again in March and she'll decide then.
match: The board won't approve any new software this term.
match: Nothing is bought here without the committee's sign-off.
nomatch: I'll decide by Friday.
final signature
take ~2 to the board
"she'll" decide
board "won't" approve
nothing ~5 without ~3 sign-off

nomatch: I need that discount or my CFO will kill me.
unless: will kill me

# --- round 7, after holdout-m was measured once (tuned on it now): "can't take it to the board"
# (the negator belongs to the term), a works council that must agree
match: Without a better number I can't take it to the board.
match: Our works council has to agree to any tracking tool.
works council ~>2 @mustdo
works council ~>3 "agree"
"can't" take it to the board
"can't" take this to the board

nomatch: We keep losing the big tenders to faster bidders.
unless: losing ~3 tenders
# --- round 8 (lexgen4, after holdout-p): she decides alone, the budget is already approved
unless: decides alone
unless: budget is approved
# --- round 8 (lexgen4, after holdout-p): anything new goes through our CFO, has no say on tools
goes through our ~2 cfo
goes through our ~2 ceo
has no say
"doesn't" own ~3 tools

# --- round 9: someone above wants to see it before the writer commits (o, q)
match: My director wants to see it before I commit to anything.
nomatch: I'd like to see it before the call on Friday.
see it before ~2 commit*

# round 9: the writer signs herself; a signed-off approval
nomatch: She signs anything under 20k herself.
unless: "signs" ~4 herself
unless: "signs" ~4 himself

# --- round 10 (lexgen6o): families as word lists: an approver who refuses to sign, has to OK it, a spend that
# goes to someone, an approver the writer can't take it to
match: Our owner won't approve anything with a monthly fee.
match: The partners would not sign off on a three-year deal.
match: My manager has to OK the card before we convert.
match: Anything bigger than 15k goes to the GM for a vote.
match: I can't take this to the board without the SLA.
match: Her director signs, not her.
nomatch: Our CFO signed last week, we're good to go.
nomatch: Our COO already approved the budget.
@approver ~>3 @refuse ~>3 @approve
@body ~>3 @refuse ~>3 @approve
@approver ~>3 @mustdo ~>2 @approve
@body ~>3 @mustdo ~>2 @approve
anything ~>5 goes to
@cannot ~>1 take this to ~>3 @approver
@cannot ~>1 take this to ~>3 @body
@cannot ~>1 take it to ~>3 @approver
@cannot ~>1 take it to ~>3 @body
@cannot ~>1 put you in front of
@approver ~>2 "signs"
@body ~>2 "signs"
writes the checks
need* ~>4 to say yes
unless: sits on ~4 committee
@cannot ~>1 bring ~>5 to ~>1 @approver
@cannot ~>1 bring ~>5 to ~>1 @body
nothing gets approved
match: Her treasurer writes the checks, not her.
match: I can't bring this to our trustees before the review.
nomatch: Our finance director signed off on Tuesday, so we can go ahead.
nomatch: Legal has cleared it and procurement approved the PO.
nomatch: Buying it took us three months because our controller had to approve every seat.
nomatch: We bid for public tenders every month.
nomatch: I'm the one who signs the cheques here.
match: Our controller has to approve every seat before we go further.
match: The CFO hasn't signed off yet and she has to approve anything over ten grand.
unless(clause): @thanks ~>4 @doc
match: Thanks for the proposal, but the CFO has to approve anything over ten grand.
unless: @done ~>4 @recent
unless: @gate ~>1 @gateok
unless: @took ~>4 @span
unless: we ~>1 "bid"
unless: "i'm" the one who
nomatch: With two of their peers already on it, it was an easy sell internally.
unless: easy sell
match: The board froze all new software commitments until the merger closes.
match: If it costs that much, the partners will say no.
match: The COO wants a full business case before he'll approve anything.
match: The partners vote on any purchase over $15k.
match: Procurement insists on three competing quotes.
nomatch: She signs anything under 20k herself.
nomatch: The board approved the purchase last week.
nomatch: We said no to the old vendor's renewal.
@approver ~>3 @sayno
@body ~>3 @sayno
before ~>1 @willp ~>1 approve
"can't" commit without
@body ~>2 vote
vote on any*
@body ~4 agenda
decision is the
decision is final
"decision" ~>3 is final
make the award
procurement ~>1 @procverb
need procurement to
unless: picked us
unless: chose us

[need] Need
description: No clear need or value: they don't need it, don't see the use case or the value, it's a nice-to-have, not a priority, they are too small to need it.
match: Honestly we don't see the need for a forecasting tool at our size.
match: It's a nice-to-have, not something we'd pay for.
match: Not a priority for us this year, we have bigger fish to fry.
match: Can't see what problem this would solve for us.
match: I don't really see the value over what we get today.
nomatch: We need this yesterday!
nomatch: The need is obvious, the board is asking for it.
match: I don't see why I'd need a forecasting tool with six reps.
match: I don't really see what it adds for a team our size.
nomatch: I see why you'd need it for bigger teams.
nomatch: Set it up over lunch, didn't need IT for any of it.
nomatch: Best part: we don't need a consultant to run it.
match: Honestly, we don't need another dashboard.

no real need
not a need
# not needing outside help to set it up is ease (convenience), not a lack of need
@helper = consultant | consultants | developer | developers | engineer | engineers | an admin | a manual | "training"
@setupw = setup | set up | "set it up" | "setting it up" | install | installed | installing | onboarding
don't need
unless(term): need ~>2 @helper
dont need
unless(term): need ~>2 @helper
don't really need
no use for
no use case
don't see ~4 need
don't see ~4 value
don't see ~4 use case
don't see ~4 point
don't see ~4 benefit
don't see ~4 reason
don't see ~4 why we
don't really see ~4 value
can't see ~4 problem
can't see ~4 value
can't see ~4 need
not seeing ~4 value
not seeing ~4 need
see no ~3 value
see no ~3 need
no clear value
value ~3 unclear
unclear ~3 value
value isn't clear
not convinced ~4 value
not convinced we need
nice to have
not a priority
not a top priority
not high on the list
not on our radar
low priority
lower priority
not a must-have
bigger fish to fry
other priorities
not a problem we have
not a pain point
don't have that problem
don't have this problem
don't have the problem
doesn't solve a problem
not relevant for us
not relevant to us
irrelevant for us
overkill
we're too small
we are too small
too small to need
can live without
can do without
don't need another tool
one more tool
no strong use case
no clear use case
not a strong use case
no business case
unless: don't need to
unless: no need to
unless: won't need
not interested
doesn't see ~4 need
doesn't see ~4 value
doesn't see ~4 use case
doesn't see ~4 point
didn't see ~4 value
went unused
"unused"
not sure we ~2 need
don't think we need
solve* anything
too small to
"doesn't" think ~4 relevant
don't think it's relevant
don't have a use
unless: need any training
unless: need training
unless: need much training
don't see a gap
doesn't think ~4 problem
not their problem
not our problem
isn't our problem
what we'd get
doesn't already
use case isn't
don't feel the pain
no clear need
no real reason
see no reason
problem to solve
doing fine without
fine without
don't already have
unless: reason to change
unless: "ns"
# --- generalization round 2: value not seen, problem not recognised
what problem ~4 solv*
"don't" ~3 see what problem
"don't" ~3 see what we gain
hard to see what
hard to see the value
hard to see the point
what we gained
what we'd gain
what would we gain
not sure what ~3 gain*
not sure ~3 worth it for us
show me why ~3 matters
why ~3 would we need
not convinced ~3 need
not sure we need
unsure we need
doubt we need
question* ~3 whether we need
not much ~3 value for us
little value
no value for us
solution looking for a problem
solution in search of a problem
"don't" have ~3 pain
"isn't" a pain
match: Hard to see what we'd get out of it that we don't have already.
# --- round 3: no pain felt, no problem to solve, would use a fraction, nothing to automate
not feeling ~3 pain
not feeling the need
feel no ~2 need
"don't" ~3 have a problem
no problem ~3 to solve
"can't see us"
more than a fraction of
use a fraction of
only use a fraction
nothing to automate
not much to automate
# --- round 4: struggling to see the case, doesn't move the needle
struggl* to see
struggl* ~3 business case
weak business case
"can't" build a business case
"can't" make the case
not sure ~3 move* the needle
"won't" move the needle
"doesn't" move the needle
"wouldn't" move the needle
match: Honestly this won't move the needle for a team our size.
# --- round 5: nobody asking for it, not convinced it solves anything
nobody ~3 asking for
no one ~3 asking for
nobody asked for
no one asked for
no demand ~3 internally
not convinced ~3 solv*
not convinced ~4 better
not convinced ~4 different
unless: need for training
unless: need to hire
# --- round 7: irrelevant modules, what this gives us, no burning platform
irrelevant to
"irrelevant"
"don't" see what ~3 gives us
no burning platform
no burning need
no urgency
no real urgency
not urgent
not at the scale
too early for us
not big enough
covers what we need
volume to justify
"don't" have the volume
not enough volume
# --- round 3: the lift or the use not seen, more than we need, not convinced it matters
don't see where ~4 comes from
"don't see" where ~3 lift
"don't see" what ~5 selling
"don't see" what ~4 gain
"don't see" what ~4 get out of
more than we need
more than we'd need
more than we'll ever need
not convinced ~5 matter*
not convinced ~4 need
struggle to justify
justify ~3 another tool
# --- round 3 probes: volumes too low, wouldn't use half of it, struggling to see the case
volumes are too low
too low ~4 make a difference
"wouldn't" use ~2 half
use half of it
not sure ~3 use ~2 half
struggl* to see ~4 case
struggl* to see ~3 value
struggl* to see ~3 point
struggl* to see ~3 why
volume is too low
# --- round 3 probes L: hard to argue we need it, not a problem we have
hard to argue
not a problem we
not an issue we
problem we don't have
"don't have that problem"
"don't have this problem"
barely use half
barely use ~2 of it
# --- round 3 probes M: don't see why we'd pay
"don't see why we"
"don't see why" ~3 pay
"can't see why we"
"doesn't justify"
"don't justify"
"wouldn't justify"
match: Our volumes are too low for this to make any difference.
match: Honestly it's more than we need for two stores.
"don't know what I'd"
"don't know what we'd"
"don't know what we would"
what problem this would solve
what problem it would solve
"not sure what problem"
unless: don't need a discount
unless: don't need training
unless: don't need a developer
unless: don't need help
unless: price is fine
times our size
built for bigger
built for larger
meant for bigger
for much bigger
"isn't a big" ~2 lever
not a big lever
"isn't" ~3 lever for us
unless: my guess
unless: I suggested
unless: told her about
unless: told him about
unless: told them about
even do for us
what would ~3 do for us
# --- round 4: don't see what we'd use it for or what it adds
match: Honestly I don't see what we'd use it for.
match: I don't see what the extra module adds for us.
nomatch: We'd use it for onboarding new reps.
don't see what ~6 for
don't see what ~4 adds
don't see what it adds
not sure what ~4 adds
what would we use it for
unless: need the training
# --- round 4 probes: not convinced we have the problem, not on our radar, not part of our motion
not convinced we ~4 problem
not ~3 on our radar
not part of our motion
isn't part of our motion
# --- probe round X: not something we do, can't justify it for a small team
isn't something we do
not something we do
can't justify it for
# --- probe round Y: doesn't think it fits how they sell, a relationship business
doesn't think ~6 fits
fits how ~2 sell
relationship business
referral business
all relationships
# --- probe round AA: doesn't apply to us, don't think the team would use it
doesn't ~2 apply to us
don't think ~5 use it
don't think ~5 use this
enough ~3 volume
don't have enough ~3 volume
# the rep's own actions and plans in call notes (labeling.md 1): nothing in such a sentence counts
unless(clause): "lvm"
match: Lvm for Raj, he still can't see what problem this solves.
unless: left ~1 "vm"
unless: ^ "f/u" next
unless: "f/u" "w/"
unless: ^ will try again
unless: ^ will send
# the rep's own actions in call notes (labeling.md rule 1), anchored to the sentence start so that "They sent ..." still counts
unless: ^ @sent @collateral
unless: ^ @sent @det @collateral
unless: ^ @sent @themdet @collateral
unless: ^ pitched
unless: ^ got them
unless: ^ offered
unless: ^ walked ~>1 @them ~>1 through
unless: ^ told @them
unless: my take
unless: "rep" to follow
unless: "rep" to send
unless: "rep" will
# --- round 5 (lexgen): no use seen ("not sure what we'd do with it"), not worth the change
match: Honestly not sure what we'd do with it.
match: Not worth the change for us.
nomatch: Well worth the change for us.
not sure what we'd do with
don't know what we'd do with
no idea what we'd do with
not worth the change
not worth the effort
# --- round 5 (lexgen): the problem isn't theirs, said with the negator in it
match: We don't really have that problem.
nomatch: We don't have a problem with the price.
don't really have that problem
# "we don't have a problem with X" says X is fine
unless: "don't" ~3 have a problem with
# convenience praise said as "didn't need the training" is not a missing need
unless: didn't need ~3 onboarding
unless: didn't need ~3 training
unless: didn't need ~3 help
nomatch: Honestly didn't need the onboarding call, it was that easy.
# --- round 5 (lexgen, probe round 8): not enough volume to need it; it wouldn't change anything
match: We don't have enough tickets to need a helpdesk.
match: I'm not convinced it would change anything for us.
nomatch: It will change everything for us.
"don't" have enough ~4 to need
not enough ~3 to need
change anything for us
not convinced ~6 change anything
# --- round 5 (lexgen, probe round 12): not enough use seen
match: Doesn't see enough use outside compliance training.
"doesn't" see enough use
"don't" see enough use
not enough use
# a concern only "at first" is settled (labeling.md 5)
unless: concern at first
unless: worried at first
unless: skeptical at first
unless: sceptical at first
unless: hesitant at first

# --- round 6, batch 3: not sure a team like theirs needs it, features nobody uses or asked for
match: I'm not sure a shop our size needs a forecasting tool.
match: We don't really use the reporting parts.
match: It added steps we never asked for.
nomatch: Not sure when the demo is, I'll check.
not sure ~4 needs a
not sure ~4 need* ~3 tool
"don't" really use
never asked for
nobody missed it

# --- round 7 (lexgen3): we don't forecast / don't need forecasting (the negator belongs to
# the term), a forecast is not relevant to them, doesn't see why they'd pay
match: Honestly we don't need forecasting at our size.
match: We don't forecast at all, we just sell.
match: He doesn't think it is relevant for a shop like theirs.
nomatch: We don't need to forecast anything else to decide.
"don't" need ~2 forecasting
"don't" really need ~3 forecast*
"don't" forecast
"don't" run a forecast
"doesn't" see why

# --- round 7, batch 2: not my problem to solve (the negator belongs to the term), don't see what
# it would tell me
match: It's just not my problem to solve.
match: I don't see what it would tell me that I don't know.
not my problem
"don't" see what ~4 tell
# --- round 8 (lexgen4): doesn't see why they'd need it, what it adds for a team their size
"don't" see why ~2 need
"don't" ~2 see what it adds
"doesn't" think we need

# --- round 10 (lexgen6o): families as word lists: not convinced it is worth it
match: Still not convinced it's worth it for how we sell.
match: I don't see it paying for itself this year.
nomatch: Not sure the webinar link works, can you resend?
nomatch: We're a three-person agency.
@unconvinced ~>6 @worth
match: Too much for a four-person office.
match: Honestly we didn't need half of this.
match: We don't really have a use for it on our side.
match: She doesn't see it as a priority this year.
nomatch: We didn't need any training, it just worked.
too much for ~>3 @smallteam
"didn't" need ~>1 @toolw
unless(term): @setupw ~>8 "didn't" need ~>0 it
"never" needed ~>1 @toolw
"dont" see why
"doesnt" see the point
"doesn't" see the point
see the point for
"don't" ~>2 have a use
"doesn't" see it as a priority
"don't" see it as a priority
bigger priority than


[timing] Timing
description: An explicit deferral to a later time: not now, not this quarter, next quarter or year, a named month, quarter or year, after the reorg, until year end, bad timing. Not a conditional deferral ("when the feature ships", "if we grow") and not a meeting reschedule.
match: Not this quarter, come back to us in Q3.
match: We're frozen until the new fiscal year.
match: Let's revisit after the reorg settles.
match: Timing is bad, everything is on hold until September.
match: She won't look at new tools before the summer break, earliest August.
match: Keep us posted and reach out again in January.
match: Nothing will happen until 2026.
nomatch: Can we move our call to Thursday?
nomatch: Happy to revisit if we grow.
nomatch: Ping me when that feature ships.
negation: off
match: Nothing can happen before the council votes in May.
nomatch: Nothing can happen without a signed order.

not now
not right now
not at this time
not at the moment
not this quarter
not this year
not this month
not this half
not this fiscal
not this fy
not this budget cycle
not before
not until
not till
no earlier than
at the earliest
earliest
"timing" ~3 bad
"timing" ~3 off
"timing" ~3 wrong
"timing" ~3 tough
"timing" ~3 isn't right
"timing" ~3 not right
not the right time
not a good time
on hold
put ~3 on hold
hold off
on ice
back burner
backburner
shelv*
postpon*
defer*
put off
pushed into
"slipped" to
moved out to
delayed until
delayed to
next quarter
next fiscal
next fy
next budget cycle
next budget year
the new year
later this year
later in the year
revisit later
revisit in
revisit next
revisit after
revisit ~3 quarter
revisit ~3 year
circle back in
circle back after
reach out again in
reach out in
reach back out in
check back in
check in again in
come back in
come back to us in
talk again in
touch base in
reconnect in
ping me in
after the re-org
after our reorg
after the reorganization
after the restructuring
after the merger
after the acquisition
reorg
re-org
reorganization
restructuring
until after
until the end of
until end of
until year end
until eoy
until eoq
until q1
until q2
until q3
until q4
until january
until february
until march
until april
until may
until mid-may
until july
until august
until september
until october
until november
until december
until next
until the new
until 2026
till q3
till q4
till next
for 2026
for 2027
in 2027
frozen until
freeze until
maybe q1
maybe q2
maybe q3
maybe q4
maybe next
"2026" {questions: skip}
"2027"
start after
after our ~3 move
call back in
call me in
no time ~6 this year
after the renewal
after ~3 renewal date
talk to me after
unless: earliest convenience
push* ~3 next quarter
push* ~3 next year
push* ~3 q1
push* ~3 q2
push* ~3 q3
push* ~3 q4
got pushed
was pushed
come back to me
after q1
after q2
after q4
after the summer
after summer
after the holidays
nothing before
again in
circle back once
fiscal year end
after the fiscal
nothing new until
unless: "ns"
# --- generalization round 2: deferrals past a named period, decisions held until an event with a date
until ~6 "q1"
until ~6 "q2"
until ~6 "q3"
until ~6 "q4"
until ~6 year-end
until ~6 "eoy"
no decision until
no decision before
decision ~3 until
not deciding until
nothing ~4 before then
nothing ~4 signed before
"can't" ~6 before year-end
not before the year-end
not before year-end
after the year-end
after year-end
after ~2 year-end close
next committee
committee ~3 sits in
renew* ~3 feb*
renew* ~3 march
renew* ~3 june
renew* ~3 july
renew* ~3 sept*
renew* ~3 nov*
runs through ~3 2026
runs through ~3 2027
runs through ~3 2028
runs until
contract ~4 ends in
locked in through
tied in until
come back ~3 next year
come back ~3 in the new year
after the busy season
after peak season
after open enrollment
unless: ^ try again
unless: let me try again
unless: if you can
unless: on the roadmap
unless: doesn't move mid-year
match: No decision until the board offsite wraps up in October.
nomatch: Let me try again after the holidays.
unless: well before
# --- round 3: seasons, picking it up again after an event, freezes through a date
pick this up again
pick it up again
pick* ~3 back up
after ~3 financial year
financial year closes
until that's done
until ~3 merger
middle of a merger
nothing new ~4 until
until spring
until summer
until autumn
until the autumn
until the fall
next spring
next summer
next autumn
next fall
through the end of
frozen all
project freeze
freeze on ~3 projects
# --- round 4: ping me again, new fiscal, this side of Christmas
ping me again
ping me once
this side of
not before christmas
after christmas
until after christmas
after the new year
match: Nothing new this side of Christmas.
# --- round 5: reach out then, budget opens up in a period
reach out then
come back then
talk then
opens up in
for at least a year
at least ~2 year
for at least six months
for at least ~2 months
"can't" ~6 before the year-end
reconnect after
after ~3 enrollment
push* ~3 fy*
"fy27"
"fy28"
# --- round 3: can't start before a date; the rep's 'maybe revisit' is not the customer's
"can't start" ~3 before
"cannot start" ~3 before
"won't start" ~3 before
unless: maybe revisit
unless: kicks in
unless: takes effect
unless: comes into force
unless: come into effect
# --- round 3 probes L: late summer, ping me then, freezes until a deal closes
late summer
early summer
late spring
early spring
late autumn
early autumn
late fall
early fall
end of summer
ping me then
budget cycle ~4 reset*
freeze on ~4 vendors
freeze ~5 until
until the acquisition
until the merger
# --- round 3 probes M: look at it in a later month
look at this in
look at it in
look at this again in
look at this after
look at it after
unless: not a problem
unless: isn't a problem
unless: isn't a blocker
unless: isn't an issue
unless: won't be an issue
unless: won't be a problem
unless: doesn't worry
unless: doesn't scare
unless: non-issue
unless: not concerned about
match: We can't start anything before October, the warehouse move eats the summer.
nomatch: The new reporting rule kicks in next year and we want to be ready.
unless: let's start
unless: timing works
unless: ready to start
unless: we're hiring
call back once
settled in
six months maybe
again in six months
holiday freeze
change freeze
code freeze
freeze from
back in six months
unless: my guess
unless: I suggested
unless: told her about
unless: told him about
unless: told them about
# the rep's own actions and plans in call notes (labeling.md 1): nothing in such a sentence counts
unless: "lvm"
unless: left ~1 "vm"
unless: ^ "f/u" next
unless: "f/u" "w/"
unless: ^ will try again
unless: ^ will send
# the rep's own actions in call notes (labeling.md rule 1), anchored to the sentence start so that "They sent ..." still counts
unless: ^ @sent @collateral
unless: ^ @sent @det @collateral
unless: ^ @sent @themdet @collateral
unless: ^ pitched
unless: ^ got them
unless: ^ offered
unless: ^ walked ~>1 @them ~>1 through
unless: ^ told @them
unless: my take
unless: "rep" to follow
unless: "rep" to send
unless: "rep" will
# --- round 5 (lexgen): "until" an event that ends in a named month ("until the cutover is done in March")
match: Zero bandwidth until the warehouse project lands in April.
match: Their contract is up in Feb, talk then.
nomatch: The report only covers January until March.
until ~6 january
until ~6 february
until ~6 march
until ~6 april
until ~6 may
until ~6 june
until ~6 july
until ~6 august
until ~6 september
until ~6 october
until ~6 december
contract is up in
is up in ~2 feb*
unless: only covers
unless: from ~3 until
# an out-of-office reply is not a deferral
unless: out of the office
unless: out of office
nomatch: I am out of the office until Monday 3 March with limited access to email.
# --- round 5 (lexgen): deferred until an event is behind them ("once Q2 is behind us")
match: Let's revisit once Q2 is behind us.
match: Come back once the audit is behind us.
once ~4 is behind us
after ~4 is behind us
once ~4 are behind us
# --- round 5 (lexgen, probe round 8): the incumbent's renewal with a month
match: They're locked in until their renewal in October.
their renewal in ~2 january
their renewal in ~2 february
their renewal in ~2 march
their renewal in ~2 april
their renewal in ~2 may
their renewal in ~2 june
their renewal in ~2 july
their renewal in ~2 august
their renewal in ~2 september
their renewal in ~2 october
their renewal in ~2 november
their renewal in ~2 december
# --- round 5 (lexgen, probe round 9): "till" / "til" for until, and "mid-<month>"
match: He's travelling till mid-May.
match: Nothing happens til September.
nomatch: We were open till midnight.
till ~2 january
till ~2 february
till ~2 march
till ~2 april
till ~2 may
till ~2 june
till ~2 july
till ~2 august
till ~2 september
till ~2 october
till ~2 november
till ~2 december
"til" ~2 january
"til" ~2 february
"til" ~2 march
"til" ~2 april
"til" ~2 may
"til" ~2 june
"til" ~2 july
"til" ~2 august
"til" ~2 september
"til" ~2 october
"til" ~2 november
"til" ~2 december
till ~2 "q1"
till ~2 "q2"
till ~2 "q3"
till ~2 "q4"

# --- round 6 (families seen in two or more independent sets): pick it up again in a month,
# re-engage later, after a merger or cutover, no capacity before a quarter
match: Let's pick this up again in March once the new budget is live.
match: She wants to re-engage in the autumn.
match: Back in touch after the summer.
match: We'll look at it properly after the merger.
nomatch: Picked up the phone again, no answer.
pick ~3 up again in
pick ~3 up again after
re-engage in
re-engage after
back in touch in
back in touch after
after ~3 merger
after the cutover
capacity before ~1 "q1"
capacity before ~1 "q2"
capacity before ~1 "q3"
capacity before ~1 "q4"
# round 6: an out-of-office 'away until', a term you can't cancel before, are not deferrals
unless: away until
unless: cancel until
nomatch: I'm away until 3 March with limited access to e-mail.

# --- round 6, batch 3: abbreviated months, effort we don't have this quarter
match: Stuck with them until Feb, then we can talk.
match: Just effort we don't have this quarter.
until jan
until feb
until aug
until sept
until oct
until nov
until dec
"don't" have this quarter
unless: waiting on hold
nomatch: No more waiting on hold to book.

# --- round 7 (lexgen3): in the fall, till an abbreviated month, no new tools until a fiscal year
match: Try me again in the fall.
match: Nothing happens here till Sept.
match: No new software until FY27.
nomatch: I'm away until Monday and checking email occasionally.
again in the fall
till ~2 sept
till ~2 sep
until fy*
unless: "away" ~4 until

nomatch: It logged me out again in the middle of a call.
nomatch: The renewal in March is routine.
nomatch: Head office wants every branch on the other tool by 2026.
unless: again in the middle
unless: is routine
unless: "routine"
unless: by 2026
unless: by 2027

# --- round 7, batch 2: no capacity before a month, booked through a quarter
match: IT has no capacity for it before August.
match: My team is booked through Q4.
no capacity ~4 before
"booked" through

nomatch: The split deals were double-counted again in this morning's report.
unless: again in this
# --- round 8 (lexgen4): nothing can happen before a board vote
nothing can happen before

# --- round 9: "ping me" with a later date, a chat in the fall (b, c, g, m; k, q)
match: Not now, ping me the first week of March.
match: Happy to chat again in the fall.
nomatch: Ping me if the link doesn't work.
"ping me" ~4 week
"ping me" ~2 in
chat ~2 in the fall
talk ~2 in the fall

# --- round 10 (lexgen6o): families as word lists: nothing ... before/till a named period, no capacity until
# or this quarter, coming back to it in a named month
match: We're not buying anything new before March, sorry.
match: Nothing gets signed till after the audit in Jan.
match: Zero bandwidth until the warehouse move wraps up in March.
nomatch: Zero bandwidth until the rewrite ships, then we can talk.
match: Let's reconnect mid-March once the audit is closed.
match: Nobody is touching it till the stocktake at the end of Feb.
nomatch: I'd like to be live before our March kick-off.
nomatch: Let's meet on Thursday to go over the quote.
@none ~>1 @capacity ~>5 @thisperiod
@none ~>1 @capacity ~>5 until ~>6 @month
@none ~>1 @capacity ~>5 until ~>6 @quarter
nothing ~>6 before ~>3 @month
nothing ~>6 before ~>3 @quarter
@notdo ~>5 before ~>3 @month
@notdo ~>5 before ~>3 @quarter
"won't" ~>6 before ~>3 @month
"won't" ~>6 before ~>3 @quarter
till ~6 @month
"til" ~6 @month
till after
"til" after
@return ~>3 @month
@return ~>3 @quarter
unless: if ~>8 "won't" ~>6 before
# an auto-reply's leave is no deferral
unless: on leave until
nomatch: I am on leave until Monday 3 November.
@letus ~>2 @month
@letus ~>3 @quarter
not happening ~2 before
@nobody ~>6 before ~>2 @month
match: Let's plan for April once the audit is closed.
match: Pencil in a Q3 start, not before.
nomatch: Get in touch again once the Outlook add-in ships.
nomatch: Their Nimbrella pilot runs until the end of April and then they compare.
match: Nothing happens before April, whatever the pilot says.
unless: @cond ~>3 @ready
unless: parallel ~>3 until
unless: pilot ~>3 until
match: Their Corvane contract renews on 28 February.
match: No budget until the new fiscal year starts in April.
match: IT is tied up with the warehouse migration until March.
match: Let's look again in September.
nomatch: We had to wait for the new fiscal year to afford it, which was annoying.
nomatch: Renewal in March, no changes to the terms.
unless: "no changes"
@rivalx ~>6 @renewx ~>4 @month
@rivalx ~>4 through ~>3 @month
new @fy ~>2 @opens
@busyw ~>8 until ~>4 @month
@busyw ~>8 until ~>4 @quarter
@busyw ~>8 "til" ~>4 @month
free ~>2 "til" ~>3 @month
free ~>2 "til" ~>3 @quarter
free ~>2 before ~>4 @month
@return2 ~>3 @month
nomatch: My VP has to sign and she's out until 4 March.
nomatch: They are piloting Corvane with one team till the end of October.
nomatch: If you ship it before our 2027 renewal, call me.
unless: @away ~>2 until
unless: "piloting" ~>8 "till"
unless: pilot ~>6 "till"
unless: if ~>2 ship

[competitor] Competitor
description: A specific other vendor is in play: the customer already uses one (the incumbent), is evaluating or piloting one in parallel, compares you with one, or uses a competitor's quote as leverage. Not a tool they already left, and not the customer's own market rivals (that is fear_of_loss).
match: They're also looking at two other vendors, demo with one next week.
match: We already use another forecasting platform and the contract has a year left.
already ~>1 use ~>2 another
match: Can you send a side-by-side comparison against what we run today?
match: The incumbent has been invited to bid as well.
match: Running a bake-off with three tools this month.
nomatch: We switched away from our old vendor last year and never looked back.
nomatch: Our competitors across the street are eating our lunch.
nomatch: We switched off the old dialer in spring and never missed it.
nomatch: We ran the other tool for four years before this.
nomatch: We looked at the other vendor too, this one was easier.
nomatch: Our new VP used Quotaview at his old job and swears by it.
nomatch: The finance team keeps their own spreadsheet going in parallel.
match: We're running Quotaview in parallel next to our spreadsheet until March.

also looking at
also evaluating
also talking to
also considering
looking at other
looking at alternatives
evaluating other
evaluating alternatives
evaluating ~3 tools
"comparing" ~4 vendor*
comparing you
compared to them
comparison ~3 against
comparison ~3 with
head-to-head
bake-off
bakeoff
side-by-side
# a shortlist counts when someone is on it with us; a shortlist with nobody named is process, not a rival
# (bare "shortlist": 6 right, 4 wrong in ae, af, am, i: getting shortlisted, dropped off a funder's shortlist)
match: Two vendors shortlisted, us and one other, final round next week.
match: They are on their shortlist as well, so expect a price fight.
nomatch: We shortlisted three tools last spring and picked this one.
nomatch: Shortlist presentations are the week after next.
vendors shortlisted
on their shortlist
on the shortlist
unless(term): drop* ~>2 off the shortlist
shortlisted ~>1 with
shortlisted "w/"
in parallel
# the customer's own sheet kept up in parallel is status quo, not a rival
@ownsheet = sheet | spreadsheet | spreadsheets | excel | workbook | google sheet
unless(term): @ownsheet ~>6 in parallel
parallel pilot*
pilot* ~3 parallel
alternative vendor*
competing vendor*
competing offer
competing quote
competitive quote
competitor quote
quote from ~3 another
their quote
their offer
their pricing
counter offer
incumbent
current provider
current supplier
current solution
current platform
existing vendor
existing provider
existing tool
existing solution
currently using
currently on
their contract
contract with them
renew with them
locked into
locked in with
we run today
unless: switched away
unless: switched from
unless: moved away
unless: moved off
unless: migrated off
unless: migrated away
unless: "replaced"
unless: "cancelled"
unless: "canceled"
unless: ditched
unless: "dropped"
unless: used to use
unless: used to be on
unless: came from
unless: coming from
unless: left them
unless: we left
# a rival already turned down: a pilot ended, "decided not to go with them", matched on price (am, ap, and a call note)
nomatch: We closed out the Dealcraft trial on Friday and decided not to go with them.
nomatch: Good news, they are ending the Pipeharbor pilot early.
nomatch: You matched Nimbrella on price, so we are fine on terms.
unless: decided not to go with
unless: end the ~>2 pilot
unless: matched @rival ~>2 price
unless: going with you
unless: went with you
unless: chose you
unless: picked you
unless: picked tidewell
unless: chose tidewell
unless: switched off
unless: beat ~4 bake-off
unless: "haven't" looked back
unless: already using tidewell
unless: already using your
unless: moved from
unless: migrated from
we've been on
trial of another
pilot of another
in the mix
with a competitor
under contract with
and a few others
couple of others
current tool
current forecasting tool
competing product
competing solution
competing tool
other bids
other quotes
other proposals
competing bids
contract with another
with another vendor
unless: works with our existing
unless: integrates with our existing
unless: with our existing
unless: "ns"

# --- generalization round 2: incumbents named by a usage pattern, decisions for another vendor, live pilots
"we're on" ~2 today
"they're on" ~2 today
"we're on" ~2 for payroll
"they're on" ~2 for payroll
we use ~2 for everything
they use ~2 for everything
happy with our current
happy with ~2 current
decided to go with
decided to go ~2 another
going with ~3 instead
went with ~3 instead
chose ~3 instead
signed with ~3 instead
opted for ~3 instead
already piloting
currently piloting
piloting ~3 in one
pilot with ~3 ends
now evaluating
currently evaluating
shopping around
compar* ~4 quote against
compar* ~4 pric* against
compared ~3 against
renewal offer
their renewal offer
reason to switch
unless: use you
unless: over them
unless: wouldn't go back
unless: other companies
unless(clause): previous job
match: Two of my reps know Dealcraft from a previous job, and Dealcraft is also in the running.
# a rival someone used at an earlier employer is not in play here
@oldjob = old job | last job | former job | old company | former company | previous company | old employer | last employer | previous employer
unless: @oldjob
unless: at my last company
unless: at my previous
unless: at different companies

# --- round 3: a competitor's platform, your rival, finalists, the current suite
finalists
one other vendor
you and one other
final two
current ~2 suite
current ~3 already does
# --- round 5: renewals just signed with the incumbent
"renewal" with our
"renewed with"
re-signed with
# --- round 6: leaning towards another vendor
leaning towards ~3 vendor
leaning towards ~3 provider
leaning toward* ~3 other
leaning towards ~2 them
# --- round 7: bundled offers from another provider
offered us their
bundled with the
# --- round 8: the group's provider
different provider
different vendor
sister company ~3 uses
# --- round 9: CRM shorthand for live evaluations and PEOs
with two others
"two others"
mid-eval
other finalists
currently on a
on a peo
unbundle
unless: locked into a
# --- list your competitors here -------------------------------------------------
# The lines below name the competing vendors of YOUR market. They are examples
# (the invented vendors of the dev set); replace them with your own competitors.
# A name alone counts as a competitor mention unless an `unless:` line above
# cancels it in its sentence (e.g. "switched away from X").
quotaview
dealcraft
pipeharbor
corvane
nimbrella
# --- end of the competitor list -------------------------------------------------
match: We decided to go with another provider that bundles benefits.
nomatch: A dozen of my peers already use you.
# --- round 3: us vs them, a rival quote used to sign elsewhere, a tool run for years, reselling another vendor
"comparing us" ~2 vs
compare us
us vs
us versus
stack* us up
sign with them
go with them
quote is ~3 lower
quote is ~3 cheaper
have run ~2 for ~3 year*
we run ~1 for email
currently resell*
resell* ~3 to ~3 clients
half of what ~3 gives us
# --- round 3 probes: quotes and pilots elsewhere, sister companies standardised on a tool
quoted us
still talking to them
into a pilot with
in a pilot with
sister ~4 use
wants us aligned
standardi* on
group standard
# --- round 3 probes L: already paying for another tool, bids, retention offers to stay
already pay for
one of ~3 along with
if we stay
to keep us
retention offer
# --- round 3 probes M: mid-trial with another vendor
halfway through ~4 trial
in the middle of a ~3 trial
mid-trial with
match: They're halfway through a trial with another scheduling vendor.
nomatch: We need three comparable references before the next call.
"comparing us" ~2 against
"comparing us" ~2 side by side
set us up on
manages it for us
runs it for us
# --- round 3 probes Q: months into a deal elsewhere, exit fees, signed with someone else
into a ~4 deal with
months into a
exit fee
cover the exit
buy us out
we signed with
"we've signed with"
unless: signed with you
because they're half
because they're cheaper
because they are cheaper
parent company ~5 licen*
enterprise licen* for
already has ~3 licen*
unless: my guess
unless: I suggested
unless: told her about
unless: told him about
unless: told them about
proof of concept with
poc with
with two vendors
with three vendors
# --- round 4: evaluating or running two vendors in parallel, comparison asks, undecided which to keep
match: We're already evaluating two other platforms.
match: We run both tools today and haven't decided which one to keep.
nomatch: We picked you after the pilot and cancelled the other trial.
already evaluating
comparison ~3 vs
vs both
running both tools
running both right now
running both in parallel
which one we keep
which one to keep
haven't decided which
# --- round 4: another vendor's discount offered to keep or win us
match: Their current vendor offered them 30% off to stay two more years.
offered us ~4 off
offered them ~4 off
unless: locked into another
# the rep's own actions and plans in call notes (labeling.md 1): nothing in such a sentence counts
unless: "lvm"
unless: left ~1 "vm"
unless: ^ "f/u" next
unless: "f/u" "w/"
unless: ^ will try again
unless: ^ will send
# the rep's own actions in call notes (labeling.md rule 1), anchored to the sentence start so that "They sent ..." still counts
unless: ^ @sent @collateral
unless: ^ @sent @det @collateral
unless: ^ @sent @themdet @collateral
unless: ^ pitched
unless: ^ got them
unless: ^ offered
unless: ^ walked ~>1 @them ~>1 through
unless: ^ told @them
unless: my take
unless: "rep" to follow
unless: "rep" to send
unless: "rep" will
# --- round 5 (lexgen): the incumbent's running contract ("in year one of a three-year deal with"),
# signing with or testing another vendor, their number against ours
match: We're in year one of a three-year deal with them and I'm keeping it.
match: We're signing with the other vendor on Friday unless you move.
match: Also trialing another tool in parallel.
match: They came back at 38k against your 55k.
nomatch: We signed with you last week.
in year ~2 of a ~3 deal with
in year ~2 of a ~3 contract with
into a ~3 deal with
on a ~4 contract with
"signing" with
sign with ~3 unless
also "trialing"
"trialing" ~3 another
"trialing" ~4 parallel
also "trialling"
"trialling" ~3 another
"trialling" ~4 parallel
came back at ~4 against your
against your ~2 quote
against your ~2 price
against your ~2 number
# --- round 5 (lexgen, probe round 8): on the incumbent until its renewal
match: They're on another desk tool until their renewal in October.
until their renewal
until their contract
their renewal in
# --- round 5 (lexgen, probe round 9): a rival's quote to them, paying for two systems
match: The other vendor quoted them 12 per unit.
match: We'd be running two systems.
quoted them
running two systems
pay for two systems
# our own quote is not a rival's
unless: we quoted them
unless: "i" quoted them
nomatch: We quoted them 20k last week.
# --- round 5 (lexgen, probe round 12): tied to the incumbent until a date
match: We're tied to another platform until March 2027.
tied to ~3 until
# round 6: a vendor dropped or off the table is no competitor objection
unless: off the table
unless: worth leaving
unless: picked us
nomatch: The comparison is done and Quotaview is off the table.

# --- round 6, after holdout-j was measured: a rival's offer without its name (offered us N% off to
# stay, put N% off in writing), down to two vendors, going back to the old vendor; fr rester sur,
# de bietet uns die Verlängerung, es nos ha ofrecido
match: Their current vendor offered them 15% off to stay.
match: We've narrowed it to two, you and one other.
match: We're seriously looking at going back to them.
nomatch: She offered to send the agenda.
offered ~3 off to stay
off to stay
put ~3 off in writing
narrowed it to two
going back to them

# --- round 7 (lexgen3): a rival picked over, an incumbent's notice sent (settled)
nomatch: Picked over the other tool after a month of testing.
unless: picked over
unless: notice sent
# --- round 8 (lexgen4, after holdout-p): a rival used for years in the past
unless: "ran" ~3 for ~2 years
# --- round 8 (lexgen4, after holdout-p): a rival looked at too / as well, already decided (n and p)
unless: "looked" at ~3 too
unless: "looked" at ~3 as well
nomatch: Dealcraft was a little cheaper, but my reps tried both and preferred yours.
nomatch: Nimbrella costs less and I don't care.
nomatch: Former Pipeharbor customer here.
nomatch: Quotaview is out, it came down to you and nobody else.
nomatch: We tried Corvane in 2022 and the reps never logged in.
nomatch: We compared both tools side by side for six weeks last spring.
nomatch: Moving our team from Dealcraft to you was painless.
match: Corvane is also in the running and their quote is lower.
unless: @cheaper ~>5 but
unless: @anyway
unless: "former" ~>1 @rival
unless: "refugee"
unless: @rival is out
unless: @rival ~>0 "out"
unless: out of the running
unless: "tried" ~>1 @rival
unless: "than" ~>1 @rival ~>1 "was"
unless: better than ~>1 @rival
unless: "compared" ~>6 side by side
unless: "ran" ~>6 side by side
unless: from ~>1 @rival ~>1 to
nomatch: After the bake-off the committee picked us over Corvane.
unless: picked us over
unless: chose us over
unless: went with us over
nomatch: They ripped out Corvane after a year of nobody logging in.
nomatch: The Quotaview pilot wrapped last week and they're dropping it.
nomatch: Huge improvement over our Dealcraft days.
nomatch: We ran a two-week bake-off against Nimbrella last spring.
unless: ripped out
unless: killed it
unless: ending ~>3 pilot
unless: pilot ~>1 wrapped
unless: "dropping" @rival
unless: @rival ~>1 days
unless: improvement over
unless: "won" on
unless: "ran" ~>4 bake-off
unless: ever sent us
nomatch: Moving six years of history off Dealcraft took our admin a whole quarter.
nomatch: Retraining reps who were used to Nimbrella was the hard part.
nomatch: It costs more than Corvane did, and I'd pay it again.
unless: "moving" ~>8 "took"
unless: were used to
unless: "than" ~>1 @rival ~>1 "did"

[status_quo] Status quo
description: The current way works or change is too hard: spreadsheets are fine, happy with what they have, they will build it in-house, the team resists change or won't adopt a new tool.
match: Excel works fine for us, always has.
match: We'll just build it ourselves, our data team can do it in a sprint.
match: The reps will never adopt another tool, change is hard here.
nomatch: The Corvane pilot ends Friday and so far it does what we need for less.
nomatch: Their free tier covers what we need, so we are trialling it first.
match: We run our own Looker model and it does what we need.
match: Honestly we're happy with our current setup.
match: We've always done it this way and it works.
nomatch: We finally replaced the spreadsheet and never looked back.
match: We're four people, a shared sheet is plenty.
match: Our CRM dashboards were doing the job.
nomatch: There's plenty of room on the board.
nomatch: We had tried twice to build this ourselves and gave up.
match: With eight reps a shared sheet is honestly enough.
match: Our spreadsheets are working fine for now.
match: Our managers still prefer the spreadsheet.
nomatch: The sheet export is fixed now, thanks.

spreadsheet* ~4 fine
spreadsheet* ~4 work*
spreadsheet* ~4 enough
excel ~4 fine
excel ~4 enough
sheets ~4 fine
sheets ~4 work*
works well enough
good enough for now
current ~4 works
current ~4 "fine"
current ~4 happy
happy with our current
happy with the current
happy with what we have
happy with how
fine with what we have
satisfied with our current
what we have works
doing fine with
managing fine
get by with
no reason to change
no reason to switch
why change
if it ain't broke
ain't broke
not broken
always done it
always done it this way
for years ~4 works
for "years" ~4 fine
stick with
keep doing it
don't want to change
don't want to switch
not ready to switch
not ready to change
no appetite for change
no appetite for another
change is hard
change ~3 hard
resist* ~3 change
resistant to change
reluctant to change
set in their ways
old habits
never adopt
won't use another
adoption ~3 risk
build it ourselves
build this ourselves
build our own
built our own
build ~3 in-house
# a home-built tool that failed is the pain that brought them here, not status quo (an, ao)
@builtfail = stopped opening | stopped using | "not great" | still "don't" match | still "don't" tie | still "don't" add up
nomatch: We tried an in-house report for a quarter; nobody trusts it and the managers stopped using it.
in-house
unless(term): @builtfail
home-grown
diy
back to spreadsheets
back to excel
back to sheets
back to the spreadsheet
unless: never looked back
unless: "replaced"
unless: got rid of
unless: killed the
unless: ditched
nobody complains
no one complains
spreadsheet* ~5 anyway
same ~3 since
hate* learning
learning new tools
got by
were fine with
fine with our old
fine with the old
# round 13: fine with the whiteboard / the sheet / the CRM reports, the old tool "does that fine" (am, ao, ap)
match: We are fine with the whiteboard and a shared sheet, to be honest.
match: Our team was already fine with the CRM reports.
match: My paper diary does that fine.
match: We used the dashboard, which our CRM does well enough.
nomatch: The reps seem fine with the new app after a week.
fine with ~>1 @sheetish
fine with ~>2 "reports"
"does that fine"
"does" well enough
did the job
comfortable with how
comfortable with our
comfortable with the current
how we do it today
build ~3 internally
develop ~3 internally
internally built
same process
for a decade
and it's fine
nobody wants to
no one wants to
won't give it up
won't give up
isn't broken
why fix it
are good enough
is good enough
change fatigue
tool fatigue
too many new tools
too many tools
prefer* to keep
keep doing
build ~3 similar
build something
learn another system
learn another tool
learn a new system
learning new systems
attached to their
attached to our
what we know
change what works
unless: "ns"
# --- generalization round 2: someone already handles it and it works, build it ourselves, staying put
and it works
"it works" for us
works fine for us
honestly works fine
works just fine
handles it ~5 it works
handles it fine
handles it just fine
our accountant ~5 works
our bookkeeper ~5 works
accountant ~4 handles
bookkeeper ~4 handles
bureau ~4 handles
rather build
would rather build
build ~4 on top of
we'll stick with
stay with what we have
staying with
keep ~3 what we have
keep the excel
keep ~2 excel
"not ready" to change
not ready to move
not ready to make a change
"don't see us" ~3 buying
"don't see us" ~3 switching
unless: we retired
unless: retired
unless: we used to
unless: used to use
unless: used to have
unless: used to run
unless: before we
match: Our bookkeeper handles it in an afternoon and it works.
# --- round 3: disruption of switching, used to the current way, relearning
too disruptive
not worth the disruption
switching ~5 not worth
not worth the hassle
used to the current
used to ~3 current
used to how
used to our
relearn*
re-learn*
# --- round 4: what we have does the job, people hate change, someone takes care of it
what we have does the job
current ~4 does the job
spreadsheet* ~4 does the job
excel ~4 does the job
accountant ~4 does the job
what we have ~3 works
what we have ~3 fine
hate* change
takes care of ~3 for us
accountant ~4 takes care
bookkeeper ~4 takes care
bureau ~4 takes care
nomatch: Does the job, docs could be better.
# --- round 5: comfortable with the old, nobody pushing for change
comfortable with ~3 old
no one is pushing
nobody is pushing
no push for change
no appetite to change
through our accountant
through our bookkeeper
through our bureau
happy ~4 for now
# --- round 7: it works for a team this size, a system that works, traditional businesses
honestly it works
"it works" for a
system that works
"don't" want to disrupt
rock the boat
change "doesn't" come easy
traditional business
old-fashioned
old school
more disruption than
switching ~4 disruption
process that works
know* it inside out
says it's fine
current setup covers
# a rival being trialled, or its free/starter plan, that covers what we need is a competitor in play, not the status quo
@ontrial = pilot | trial | trialling | trialing | "free tier" | "free plan" | starter plan
covers what we need
unless(term): @ontrial
# --- round 3: not ripping out what works, content with what we've got, the current tool gets us most of the way
not ripping ~2 up
rip it up
team knows it
everyone knows it
happy with what ~3 got
happy with what they have
content with what
not looking to change
not looking to switch
no plans to switch
no plans to change
gets us ~4 of the way
of the way there
already gets us
already does most
does most of what
covers most of
# --- round 3 probes: it has worked fine for years, it does the job
"worked" fine for
work* fine for ~3 years
has worked for years
have worked for years
still does the job
already does the job
match: The whiteboard has worked fine for years and nobody wants to rip it out.
bundles a
comes bundled with
think that's enough
attached to it
emotionally attached
came back to our
always come back to
went back to ~3 spreadsheet*
unless: my guess
unless: I suggested
unless: told her about
unless: told him about
unless: told them about
blow it up
process they trust
process we trust
# --- round 4: run on spreadsheets for years, people won't change how they work or their routine, current system works, old habits
match: We've run the whole team on spreadsheets for a decade and it gets the job done.
match: My managers won't change their weekly routine for a new tool.
nomatch: We finally ditched the spreadsheets last spring.
run on spreadsheets
run* on ~3 spreadsheets
changing how they work {negation: off}
changing habits {negation: off}
their old way
our old way
change their ~3 routine {negation: off}
won't change ~4 routine
a system that works
just ~8 it works fine
just ~8 works fine for
are fine with
happy doing it
# --- round 4 probes: the team is used to its tools; own templates just work for us
are used to their
are used to doing
are used to working
just ~8 works for us
# --- probe round Y: the team has its rhythm, not going to disrupt it, a process that has held up for years
its rhythm
their rhythm
our rhythm
not going to disrupt
don't want to disrupt
held up for years
know it cold
already have a process
have a process for
swear by their
swear by our
# --- round 4: integrating with a homegrown system is implementation, not status quo
unless: into our homegrown
sticking with our
does what we need
unless(term): @ontrial
# the rep's own actions and plans in call notes (labeling.md 1): nothing in such a sentence counts
unless: "lvm"
unless: left ~1 "vm"
unless: ^ "f/u" next
unless: "f/u" "w/"
unless: ^ will try again
unless: ^ will send
# the rep's own actions in call notes (labeling.md rule 1), anchored to the sentence start so that "They sent ..." still counts
unless: ^ @sent @collateral
unless: ^ @sent @det @collateral
unless: ^ @sent @themdet @collateral
unless: ^ pitched
unless: ^ got them
unless: ^ offered
unless: ^ walked ~>1 @them ~>1 through
unless: ^ told @them
unless: my take
unless: "rep" to follow
unless: "rep" to send
unless: "rep" will
# --- round 5 (lexgen): build it ourselves quickly, staying on what the team knows (negator inside:
# "not moving off spreadsheets"), "Excel and a template do the job"
match: Honestly we could build that ourselves in a sprint.
match: We're not moving off spreadsheets, the team knows them.
match: Excel and a decent template do the job for us.
nomatch: We're moving off spreadsheets next month.
could build ~4 ourselves
could build ~4 in a sprint
build ~4 in a sprint
knock ~3 together ourselves
not moving off
aren't moving off
not moving away from
not giving up our
keep using ~3 sheet*
keep using ~3 spreadsheet*
keep using ~3 excel
the team knows them
team knows ~2 sheet*
do the job for us
excel ~4 do the job
spreadsheet* ~4 do the job
template* ~4 do the job
# --- round 5 (lexgen): the current way is not pretty but works
match: Our current process isn't pretty but it works.
nomatch: The UI is not pretty.
isn't pretty but
not pretty but
ugly but ~3 works
# --- round 5 (lexgen, probe round 12): just rebuilt or invested in the current way, nobody wants to redo it
match: We just rebuilt our courses last year, nobody will want to redo that.
just rebuilt
just invested in
want to redo
# a concern only "at first" is settled (labeling.md 5)
unless: concern at first
unless: worried at first
unless: skeptical at first
unless: sceptical at first
unless: hesitant at first

# --- round 6 (families seen in two or more independent sets): the whiteboard or the sheet
# works, the owner knows every deal by heart or holds the pipeline in their head, the
# current tool already does most of it, the boss is happy with the sheet
match: Honestly a whiteboard works fine for four of us.
match: I know every account by heart, I don't need a system for that.
match: I keep the whole pipeline in my head.
match: Our CRM reports already do 90% of this.
match: The director is perfectly happy with the spreadsheet.
nomatch: We took a photo of the whiteboard after the workshop.
nomatch: Reports now do most of the work for us.
whiteboard ~3 works
whiteboard ~3 does the job
whiteboard works
by heart
pipeline in my head
hold ~3 in my head
already do* ~3 most of
already do* ~2 9*
already do* ~2 8*
happy with the sheet
happy with the spreadsheet
happy with ~2 spreadsheet
happy with ~2 excel
fine ~3 does the job
unless: tried to build
nomatch: We tried to build it in-house once and gave up.

# --- round 6, batch 3: it works (mostly), the old import was working fine, people went back to the old way
match: It works, mostly, so why change.
match: Half the reps went back to updating the CRM directly.
nomatch: It works on mobile too.
it works mostly
was working fine
went back to updating
went back to our

# --- round 6, after holdout-j: we're good for now, fine as they are, the paper book worked, happy before
match: Appreciate it, but we're good for now.
match: They're fine as they are.
match: Our paper book has worked for years.
match: Honestly we were happy before.
nomatch: Good for now, talk soon.
"we're good for now"
fine as they are
paper book ~3 worked
paper book ~3 let us down
happy before
leave me alone
fine as we are

# --- round 7 (lexgen3): our own model or dashboards already do most of it, we'd script it
# ourselves, allergic to new tools
match: Our own model does the job and the team built it.
match: We could have done most of this with our existing dashboards.
match: I'd rather write the integration myself.
match: My boss is allergic to new software.
nomatch: Your model does the job better than ours.
"our" ~3 model does the job
could have done ~5 existing
would have done the job
write ~4 myself
script ~6 ourselves
allergic to new

# --- round 7, batch 2: the incumbent or current setup does most of what we need
match: What we have is fine, it does 80% of what we need.
does ~2 of what we need

# --- round 7, after holdout-m: teams that refuse to give up their spreadsheets
match: Two regions refuse to give up their spreadsheets.
refuse* to give up
# --- round 8 (lexgen4): a small team for whom a sheet or a whiteboard is plenty, reports that were doing the job
sheet is plenty
spreadsheet is plenty
whiteboard is plenty
is plenty for us
were doing the job
was doing the job
# --- round 8 (lexgen4, after holdout-p): tried to build it ourselves and gave up (the before story)
unless: tried ~4 to build
# --- round 8 (lexgen4): the sheet is enough, spreadsheets working fine for now, managers prefer the spreadsheet (n, o, p)
sheet is ~2 enough
spreadsheets are working fine
prefer the spreadsheet
prefer their spreadsheet*


# --- round 10 (lexgen6o): families as word lists: what they use today covers it or works, people who resist
# another tool, building it themselves, not changing what works
match: Honestly a shared spreadsheet covers it for a team of six.
match: Our whiteboard works fine, nobody is asking for more.
match: My crew hate new tools, they'll go back to paper in a week.
match: Half the office refuses another login, full stop.
match: They'd build it themselves on top of the warehouse.
nomatch: The old spreadsheet never covered it, that's why we bought.
nomatch: The new calendar works fine since the update.
@current ~>3 @covers
@resist ~>3 @newtool
build it ~>1 themselves
build it ~>1 ourselves
"building" this in
knock* together
not changing what works
why would I mess with
unless: never covered
unless: since the update
nomatch: Honestly my reps would revolt if we took it away now.
unless: "took" ~>3 away
match: Our analyst built a forecast in Power BI last year and it's honestly good enough.
match: We built an internal pipeline tool on Looker and my team maintains it.
match: We're keeping our Tableau model for the forecast.
match: For four reps a shared Google sheet does the trick.
match: We run the numbers in our ERP, it's fine.
match: We've used Corvane for years and we're happy with it.
match: I don't see us moving off the spreadsheet this year.
nomatch: We're happy with the pilot so far.
nomatch: We built the integration in Python in a day, it was easy.
"built" ~>5 @bitool ~>8 @enough
"built" ~>3 internal
"built" ~>5 @bitool ~>6 maintains
"keeping" ~>2 our ~>2 @bitool
"keeping" our ~>2 model
@sheetish ~>3 @enough
@rivalx ~>6 "happy with it"
"happy with" ~>1 @rivalx
"don't see us" ~>1 @moving

[risk] Risk / security
description: A doubt, worry or blocker about security, compliance, privacy, data residency or the vendor's viability: open findings, data leaving the region, data used for training, an unproven or too-small vendor. Security words used approvingly are trust_risk, not risk.
match: Our CISO is worried about where the call recordings are stored.
match: Data has to stay in the EU, GDPR is non-negotiable for us.
match: You're a 30-person startup, what happens to our data if you fold?
match: Infosec flagged two open pen test findings.
match: Is customer data used to train your AI models?
match: Their privacy team won't sign off until the sub-processor list is cleaned up.
nomatch: I'm not worried about security, your SOC 2 covers it.
nomatch: Security passed our review without a single finding.

security ~3 concern*
security ~3 worr*
security review ~>4 forever
security review ~>4 pending
security review ~>4 stuck
security review ~>4 took
security review ~>4 fail*
security review ~>4 block*
need* ~3 security review
match: The security review took forever and still isn't closed.
nomatch: Security review was the smoothest we have done.
security ~3 issue*
security ~3 blocker
security ~3 doubt*
security ~3 gap*
security ~3 flag*
security ~3 strict
# a review that opens "our infosec team is brutal" before praising how the review went (ao, r)
nomatch: Our infosec folks are brutal, and this was the smoothest review they have run.
infosec
unless(term): infosec ~>3 brutal
info sec
privacy ~3 concern*
privacy ~3 office
privacy ~3 team
privacy ~3 flag*
privacy ~3 issue*
data privacy
data protection
data residency
residency
data sovereignty
data ~3 stay in
data ~3 remain in
data ~3 leave
data ~3 stored
hosted ~3 where
where ~5 stored
worr* ~4 stored
worr* ~4 data
what happens to our data
if you fold
where ~3 hosted
hosted in the us
eu region
eu servers
uk region
us-based
outside the eu
gdpr
dsgvo
rgpd
hipaa
phi
ccpa
fedramp
compliance ~3 concern*
compliance ~3 issue*
compliance ~3 requirement*
compliance ~3 gap*
not compliant
noncompliant
audit ~3 flag
open finding*
finding* ~3 open
pen test finding*
pentest finding*
vulnerab*
breach*
leak* ~3 customer*
leak* ~3 personal
adequacy decision
train* ~4 model*
train* ~4 ai
used for training
used to train
legal hold
type i
type 1
worried about data
nervous about
risky
too risky
unproven
too new
startup ~4 risk
small company ~4 risk
vendor viability
viability
go out of business
out of business
going under
bankrupt*
get acquired
runway
financially stable
funding ~3 risk
still be around
be around in
can't approve a vendor
cannot approve a vendor
can't approve ~4 vendor
unless: not worried
unless: no concerns
unless: passed our
unless: passed security
unless(clause): passed the
match: The app passes the pen test, but our DPO worries about where the recordings are stored.
unless: cleared security
unless: not a concern
unless: not an issue
unless: not security
misconfigur*
unless: liability
regulator* ~4 flag*
examiner* ~4 flag*
won't fly with
"baa"
health data
sensitive data
can't send ~4 data
retention period
retention ~4 recording*
retention ~4 years
retention ~4 days
incident report
data incident
expos* ~4 data
expos* ~4 transcript*
expos* ~4 record*
expos* ~4 customer*
data ~3 scare
won't be used for training
won't be used to train
not be used for training
how many customers do you
you look ~2 small
you are ~2 small
size of your company
unless: never an issue
unless: never a concern
unless: was never
dpo
where ~5 processed
not be around
won't be around
vc-backed
vc-funded
not comfortable sending
not comfortable sharing
compliance won't
compliance ~3 won't
infosec won't
security won't
shut down
what happens to ~3 data
you ~2 get bought
who can access
access to our data
access ~4 recording*
auditors won't
auditor* ~4 sign off
unless: "passed"
unless: the first pass
unless: "ns"
unless: next step* ~1 send*
unless: next step* ~1 sent
unless: next step* ~2 follow*
# --- generalization round 2: residency demands, vendor survival, privacy discomfort, security gaps named
pipeda
"soc 2" ~4 missing
data ~4 sit* in
data ~4 only in the
"us-only"
"us-east"
hosted ~3 us only
stored ~3 in the us
hosted ~3 in the us
must be hosted in
must be stored in
has to be hosted in
has to stay in
stay ~3 in the eu
"won't vanish"
you ~3 vanish*
vendor ~4 vanish*
disappear overnight
disappear ~3 with our data
fold ~3 with our data
proof ~4 won't vanish
proof ~4 around
source code escrow
"financials"
financial statements
financial stability
how big ~3 are you
how many employees ~3 you
not comfortable with
uncomfortable with
tracking ~3 where i am
location ~4 all the time
my location
spying
creepy
big brother
customer-managed ~2 keys
encryption keys
byok
pen test ~4 old
pen test ~4 outdated
pentest ~4 old
with those gaps
security gaps
sign off on a vendor
# a gatekeeper refusing a vendor on security grounds is risk (labeling.md 7):
# the negator is part of the objection
can't sign off on a vendor
match: Our CISO can't sign off on a vendor without a current pen test.
cannot sign off on a vendor
won't sign off on a vendor
won't approve a vendor
approve a vendor
open concerns
unless: were nervous
unless: was nervous
unless: were worried
unless: was worried
unless: was skeptical
unless: were skeptical
unless: had doubts
unless: changed my mind
match: Data has to stay in the EU, full stop.
match: I'm not comfortable with the app tracking my location.
nomatch: We were nervous about the move, but the audit report settled it.
# --- round 3: encryption demands, wary of young vendors
young company
young vendor
early-stage
early stage company
# --- round 4: will you still exist, who can see the data, nothing leaves the country
still exist
still be here
still be in business
around in ~3 years
who can see
who has access
see ~3 salary data
nothing leaves the
never leaves the
stay* in the uk
stay* in the eu
in-country
uk-based
match: How do we know you'll still exist in three years?
nomatch: Your answers put my mind at rest.
# --- round 5: works councils and employee representatives
employee representatives
union ~3 concerns
cyber insurance
cyber cover
unless: resolved
# --- round 7: burned before, red flags in policies
lose our data
lost our data
very cautious
privacy policy
share ~3 data with
sell ~3 data
data deleted
delete* ~4 data
right to be forgotten
your data cent*
data cent* ~4 eu
data cent* ~4 europe
data cent* ~4 uk
# --- round 3: open findings that block approval, a security team made nervous, a vendor that might vanish
data ~3 us only
remediation in progress
can't approve while
findings ~5 open
findings ~5 unresolved
high findings
critical findings
security ~5 nervous
nervous ~5 security
security ~5 uneasy
compliance ~5 nervous
that'll vanish
will vanish
might vanish
could vanish
vanish overnight
shut down ~6 took
# --- round 3 probes: how long have you been around, betting on a vendor that folds
how long have you been around
bet on a ~3 vendor
betting on a ~4 company
betting on a ~4 vendor
that folds
go bust
goes bust
# --- round 3 probes L: vendor lists and risk questionnaires
approved vendor list
"sig" questionnaire
vendor risk assessment
third-party risk
vendor assessment
# --- round 3 probes M: data processed outside the region, stated with the negator
outside the eea
outside europe
processed outside
stored outside
hosted outside
leave the eea
"can't have" ~5 outside
"cannot have" ~5 outside
unless: not a problem
unless: isn't a problem
unless: isn't a blocker
unless: isn't an issue
unless: won't be an issue
unless: won't be a problem
unless: doesn't worry
unless: doesn't scare
unless: non-issue
unless: not concerned about
match: How long have you been around? We can't bet on a vendor that folds.
nomatch: Data residency is not a blocker for us.
worried about ~4 reputation
deliverability ~4 worr*
worr* ~4 deliverability
land* in spam
end up in spam
unless: questionnaire completed
unless: completed the security questionnaire
unless: completed and accepted
lose control of
if you get acquired
if you're acquired
if we're acquired
unless: my guess
unless: I suggested
unless: told her about
unless: told him about
unless: told them about
unless: different systems
banned ~3 tools
process* data in the us
data in the us
no ~3 data ~4 outside
outside switzerland
# --- round 4: unencrypted data, violating a security policy
match: Transcripts are cached unencrypted on the phone.
unencrypted
violates ~3 policy
mdm policy
unless: focused on retention
unless: retention numbers
unless: retention rate
# --- probe round Z: call-recording consent, legal flags
two-party consent
recording consent ~4 can't
consent ~4 can't guarantee
# the rep's own actions and plans in call notes (labeling.md 1): nothing in such a sentence counts
unless: "lvm"
unless: left ~1 "vm"
unless: ^ "f/u" next
unless: "f/u" "w/"
unless: ^ will try again
unless: ^ will send
# the rep's own actions in call notes (labeling.md rule 1), anchored to the sentence start so that "They sent ..." still counts
unless: ^ @sent @collateral
unless: ^ @sent @det @collateral
unless: ^ @sent @themdet @collateral
unless: ^ pitched
unless: ^ got them
unless: ^ offered
unless: ^ walked ~>1 @them ~>1 through
unless: ^ told @them
unless: my take
unless: "rep" to follow
unless: "rep" to send
unless: "rep" will
# a security or compliance feature praised ("EU data residency out of the box", "exactly what we needed")
unless: out of the box
unless: exactly what we needed
nomatch: Customer-managed keys were exactly what we needed.
# a worry that is over in the same breath ("I was worried about migration but it took a day")
unless: was worried about ~4 but
unless: were worried about ~4 but
unless: was nervous about ~4 but
# a concern only "at first" is settled (labeling.md 5)
unless: concern at first
unless: worried at first
unless: skeptical at first
unless: sceptical at first
unless: hesitant at first

# --- round 6 (families seen in two or more independent sets): the data must be hosted in
# a country the vendor doesn't offer, no multi-tenant SaaS, an audit report or certification
# the vendor lacks (SOC 1, HITRUST), an app that wants access to contacts and location,
# can't trust it with client data
match: Without hosting in Australia we can't go ahead.
match: We don't put client data in multi-tenant SaaS.
match: Our auditors need a SOC 1 report, full stop.
match: We couldn't go live without HITRUST.
match: Why does it need access to my contacts and location?
match: I can't trust this app with client data anymore.
nomatch: Hosting in the EU is fine for us.
without ~3 hosting
multi-tenant
multitenant
"soc 1"
hitrust
without hitrust
access to my contacts
access ~4 location
"can't" trust ~5 data
privacy label
# round 6: indemnity clauses are contract terms, residency or hosting called fine is settled
unless: indemnit*
unless: residency ~2 fine
unless: hosting ~2 fine
unless: privacy agreement
nomatch: Residency is fine now that you host in Frankfurt.
subprocessor* ~>3 "us"
subprocessor* ~>3 outside
sub processor* ~>3 outside
match: Two of your subprocessors sit outside the EU, that's a problem.

# --- round 6, batch 3: hosting required in a country, worried about putting data into a tool,
# a security team that wants a review first, a vendor's size
match: They need the data hosted in Australia by law.
match: She's worried about putting patient data into a startup's tool.
match: Our security team wants a full review before it touches anything else.
match: I can't close out my concern about a vendor of your size.
nomatch: The data is hosted in Frankfurt, which is fine.
data hosted in ~2 canada
needs data hosted
need the data hosted
worried about putting
security team ~4 full review
vendor of your size
"don't" put ~4 multi-tenant
compliance team ~3 flag

# --- round 7 (lexgen3): vendor viability (will you be around, are you profitable, vendors
# that folded or disappeared, acquisition rumours)
match: We need to know the vendor will still be there in three years.
match: Are you profitable yet?
match: A small vendor of ours folded and took our data with it.
match: Since the acquisition rumours we are nervous about committing.
nomatch: The vendor was profitable for us.
vendor will be around
vendor ~3 be there
you profitable
"whether" ~3 profitable
vendor* ~2 folded
vendor* ~2 disappear*
acquisition rumo*

# --- round 7, after holdout-m: US hosting a non-starter, not sure we can trust you with the data
match: Hosting in the US is a non-starter for our clients.
match: I'm not sure I trust you with our customer data now.
hosting ~5 non-starter
residency ~5 non-starter
not sure ~3 trust you

# round 9: infosec already signed off, a residency already confirmed, breach notice as a contract clause
nomatch: Infosec signed off on Tuesday.
unless: infosec ~2 signed off
unless: infosec approval
unless: residency confirmed
unless: breach notification

# --- round 10 (lexgen6o): families as word lists: a gatekeeper who can't approve while a security item is open,
# a third-party model or processor, data that leaves a boundary, uneasy about sensitive data, why an app needs
# my contacts, regulated data (GxP, GLBA)
match: Until the open findings are remediated I can't approve you as a vendor.
match: Our calls going through a third-party LLM is the sticking point.
match: Nothing with client names may leave our tenant.
match: I'm uneasy about the AI touching patient records.
match: Why does a CRM add-on need my location all day?
match: Anything GxP needs a validation package first.
nomatch: Our CFO can't approve anything above 20k on her own.
nomatch: We are wary of long contracts, not of the data side.
@cantok ~10 @secopen
@thirdparty ~>2 @provider
@leave ~>3 @boundary {negation: off}
@uneasy ~>6 @sensitive
why ~>3 need ~>3 my ~>1 contacts
why ~>3 need ~>3 my ~>1 location
why ~>3 need ~>3 my ~>1 calendar
"gxp"
"glba"
examiners ~>4 ask
nomatch: Thanks for the pen-test report and the questionnaire answers.
nomatch: Our DPO is satisfied with the EU hosting.
nomatch: Infosec cleared the vendor review yesterday.
match: Infosec won't clear you until the pen-test findings are closed.
unless: @thanks ~>4 @doc
unless: @done ~>4 @recent
unless: @gate ~>1 @gateok
unless: @okay
unless: "dropped" ~>4 ask
unless: @settled
nomatch: That answers my viability question.
unless: answers my ~2 question
unless: ready on day one

[implementation] Implementation effort
description: Getting it running is the obstacle: integration or migration work, setup effort, no resources or IT bandwidth, no developers, training burden. Not a missing integration in the product (that is product_fit).
match: IT has zero bandwidth for another integration until the ERP upgrade is done.
match: We don't have a developer to wire up the API.
match: Migrating five years of history sounds like a nightmare, who does that?
match: Retraining 200 reps is a huge lift for us.
match: Onboarding never happened, we were left to set it up ourselves.
nomatch: Zero issues with onboarding, it was live in a day.
nomatch: The integration is fine, no concerns there.
match: Half my reps hate new tools and the last rollout was a disaster.
match: She hates anything that needs training.
nomatch: Security review was a slog, but we got there.
nomatch: Getting through their infosec review took four months and a lot of calls.
match: The data migration took three months and two contractors.
match: The CRM migration eats all of my team until the fall.
nomatch: I hate the current reporting.

no bandwidth
zero bandwidth
bandwidth
no capacity
zero capacity
don't have the capacity
no resources
don't have the resources
lack of resources
lack the resources
resource* ~3 constrain*
resource* ~3 tight
short-staffed
understaffed
stretched thin
swamped
too busy
plate is full
full plate
on our plate
no developer*
don't have a developer
don't have developers
need* ~3 developer
need* ~3 dev
dev work
dev time
engineering time
engineering effort
engineering resources
api work
custom development
integration ~4 effort
integration ~4 work
integration ~4 project
integration ~4 burden
integration ~4 resources
integration ~4 heavy
integration ~4 complex
integration ~4 headache
integrat* ~4 nightmare
integrat* ~4 hard
integrat* ~4 pain
to scope the integration
migrat* ~5 history
# a migration told as done quickly or done for them is no effort objection (am, w)
nomatch: Migration of our pipeline data was done in two hours.
nomatch: Migrating our client data was handled for us by their team.
migrat* ~5 data
unless(term): migrat* ~>6 done in
unless(term): migrat* ~>6 handled for
migrat* ~5 worry
migrat* ~5 effort
migrat* ~5 nightmare
migrat* ~5 painful
migrat* ~5 headache
who handles
who does the migration
setup ~4 effort
set up ~4 effort
setup ~4 complex
setup ~4 long
setup ~4 heavy
setup ~4 work
setup took weeks
implementation ~4 effort
implementation ~4 time
implementation ~4 long
implementation ~4 complex
implementation ~4 heavy
implementation ~4 burden
implementation ~4 resource*
implementation ~4 project
implementation ~4 worry
implementation ~4 concern*
rollout ~4 effort
rollout ~4 complex
rollout ~4 heavy
heavy lift
big lift
huge lift
lot of work
too much work
a lot of effort
too much effort
training ~4 burden
training ~4 effort
training ~4 everyone
retrain*
re-train*
learning curve
change management
onboarding ~4 never
onboarding ~4 burden
onboarding ~4 heavy
never got onboard*
left to set it up
set it up ourselves
unless: zero issues
unless: no issues
unless: done for us
unless: do it for us
unless: integration is fine
unless: integration pattern fine
unless: not a concern
unless: no concerns
still waiting for ~3 kickoff
still waiting for ~3 onboarding
training ~3 longer
took longer than
cutover
cut-over
can staff
to staff
downtime
maxed out until
are maxed out
is maxed out
devs ~3 months
engineers ~3 months
months to implement
months to integrate
months to roll out
don't have an admin
who will maintain
to maintain it
big project
huge project
major project
migrat* ~5 scare*
migrat* ~5 concern*
migrat* ~5 afraid
migrat* ~5 risk*
dedicated project manager
dedicated resource
dedicated person
weeks of work
months of work
days of work
data cleanup
data clean-up
clean up ~3 data
heavily customi*
can't spare
spare anyone
effort to
backlogged
re-map*
remap*
own the implementation
own the rollout
unless: no setup
unless: no training
unless: zero training
unless: zero setup
unless: "ns"
# --- generalization round 2: one-person teams, mapping work, rollouts that drag, brutal implementations
"it's only him"
"it's only her"
"it's only me"
"it's just him"
"it's just her"
only one person
one-person team
team of one
"don't have the people"
"don't have the staff"
"don't have anyone"
nobody to ~3 do it
no one to ~3 do it
no one internally who
no one internally to
nobody internally who
nobody internally to
to map
map* ~3 codes
map* ~4 legacy
map* ~4 old data
mapping ~4 took
data-entry project
manual data entry
rekey*
implementation ~3 brutal
implementation ~3 painful
implementation ~3 nightmare
implementation ~3 rough
implementation ~3 hard
implementation ~3 slow
onboarding ~3 brutal
onboarding ~3 painful
rollout ~3 painful
rollout ~3 brutal
rollout ~3 drag*
promised ~4 rollout
promised ~4 go-live
in month ~2 five
still isn't done
still isn't live
still not live
integration ~5 still
# a security or legal review that dragged is the gate (risk, contract), not the rollout
@gatereview = security review | infosec review | "security" | legal review | vendor review | procurement review
took ~3 months and
unless(term): @gatereview ~>3 took
"consultants" ~4 implement*
needed consultants
"hire" ~3 consultant*
build the ~3 feed
build ~3 sftp
sftp feed
build ~3 connector
"can't" take this on
"can't" take it on
legacy ~3 codes
legacy data
historical data
years of ~3 history
years of payroll
export is ~2 pdf*
match: It's just me in IT, and there are 20 legacy codes to map.
match: The implementation was painful and took consultants.
unless: rather build
# --- round 3: moving years of records, training many workers, stretched teams
years of ~3 records
transfer* ~4 records
transfer* ~4 data
training ~4 staff
training ~4 workers
training ~4 employees
training ~4 managers
it ~3 stretched
department ~3 stretched
team ~3 stretched
stretched with
# --- round 4: rebuild from scratch, migration eats the quarter, nobody to run it, teams underwater
from scratch
redo ~3 workflows
migration alone
eat* up ~3 quarter
eat* up ~3 month*
nobody on our side
no one on our side
"project-manage"
manage the rollout
run the rollout
underwater
tied up with
busy with ~4 project
upgrade ~3 already
hands full
match: Our IT team is underwater with the ERP upgrade.
"don't" have the ~2 capacity
internal capacity
"don't" have ~3 bandwidth
"don't" have ~3 resources
lift for their
lift for our
worried about the lift
unless: smoothly
unless: first try
unless: everyone got it
unless: resolved
clean up ~4 records
before we could even start
before we can even start
spread across ~3 systems
huge job
big job
weekend work
concern is the integration
concern* ~4 integration
worr* ~4 integration
on top of her job
on top of his job
on top of their job
on top of my job
most of "q1"
most of "q2"
most of "q3"
most of "q4"
most of the quarter
would take ~3 team
# --- round 3: IT fully booked, nobody technical, one more system to keep alive, who maintains the connectors; vendor-done heavy lifting and 'no developer needed' are praise
fully booked
"booked" ~3 through
booked ~3 until
booked solid
none of us ~3 technical
nobody ~3 technical
no one ~3 technical
no technical ~2 staff
no technical ~2 people
no technical ~2 team
keep alive
who maintains
maintain* ~3 connector*
maintain* ~3 integration*
managed integrations
one more system
another system to
eleventh system
unless: no developer needed
unless: no developer required
unless: did most of the heavy lifting
unless: "consultancy"
unless: did the heavy lifting
# --- round 3 probes: nobody has time to set it up, history out of the old system, do the integration for us, staff who barely use email
nobody has time to
no one has time to
no time to set
no time to implement
already short
out of our old system
out of the old system
years of ~4 history
need you to do the
you to do the integration
do the ~2 integration for us
barely use email
not tech savvy
not very technical
roll* it out to ~6 worry
rollout ~5 worry
roll* out ~6 worry
# --- round 3 probes L: legacy systems that talk to nothing
talks to anything
years old ~6 no way
barely use a computer
barely use computers
unless: not a problem
unless: isn't a problem
unless: isn't a blocker
unless: isn't an issue
unless: won't be an issue
unless: won't be a problem
unless: doesn't worry
unless: doesn't scare
unless: non-issue
unless: not concerned about
match: IT is fully booked through the autumn and none of us is technical.
nomatch: Setup was quick, no developer needed.
have to clean
clean ~5 before ~4 works
before any of this works
clean up our data
touches tech
nobody else ~5 tech*
developer left
dev left
lost our developer
"haven't replaced"
no one knows how ~3 works
custom platform
unless: minutes of downtime
need a partner to
"won't touch it"
drowning in ~3 rollout
drowning in ~3 migration
drowning in ~3 project
unless: my guess
unless: I suggested
unless: told her about
unless: told him about
unless: told them about
nobody owns it
no one owns it
three different systems
different systems and
# --- round 4: no capacity to own another integration, custom bridges, field mapping that eats weeks, wiring into homegrown systems, training burden we can't absorb, admin set up by hand
match: Our ops team is two people and can't take on another integration.
match: Mapping all the fields from our old CRM will take weeks of my time.
match: Retraining 60 agents on a new system is more than we can absorb this year.
nomatch: The integration took an afternoon.
another integration {negation: off}
own ~3 integration
custom bridge
custom connector
weeks of my time
map* ~3 fields ~5 weeks
wire ~3 into
homegrown ~4 integrat*
more than we can absorb
absorb ~3 right now
training ~4 on yet another
configured by hand
set up by hand
part-time job
admin ~3 burden
have to build ~2 themselves
build ~2 ourselves ~4 package*
team is two people ~8 can't
# --- round 4 probes: training that pulls reps off selling, consultants needed for the integration
out of selling
off the phones for
need ~3 consultant*
# --- probe round X: whitelisting, a quarter of work, onboarding that isn't realistic now
whitelist*
quarter of work
onboarding ~10 isn't realistic
rollout ~10 isn't realistic
# --- probe round Y: change tickets and CAB windows, another round of admin setup
change ticket
cab window
change advisory
another round of ~3 setup
setup ~6 don't have time
# --- probe round AA: the only admin is out, nobody else can touch the config, approvals that take forever
out on leave
nobody else can touch
no one else can touch
only ~2 admin ~3 is out
approve ~6 takes forever
through ~2 architecture review
# the rep's own actions and plans in call notes (labeling.md 1): nothing in such a sentence counts
unless: "lvm"
unless: left ~1 "vm"
unless: ^ "f/u" next
unless: "f/u" "w/"
unless: ^ will try again
unless: ^ will send
# the rep's own actions in call notes (labeling.md rule 1), anchored to the sentence start so that "They sent ..." still counts
unless: ^ @sent @collateral
unless: ^ @sent @det @collateral
unless: ^ @sent @themdet @collateral
unless: ^ pitched
unless: ^ got them
unless: ^ offered
unless: ^ walked ~>1 @them ~>1 through
unless: ^ told @them
unless: my take
unless: "rep" to follow
unless: "rep" to send
unless: "rep" will
# --- round 5 (lexgen): burned by a rollout that never went live, years of history to move, setup that
# was a slog or ate a month of admin time, a connection that "sounds like a nightmare"
match: We got burned by a rollout that never went live.
match: We have 11 years of order history to move.
match: Setting up the rules was a slog, plan for a month of admin time.
match: Connecting it to our ERP sounds like a nightmare project.
nomatch: We went live in a week.
burned by ~4 project
burned by ~4 rollout
burned by ~4 implementation
burned by ~4 migration
never went live
never got live
history to move
move ~4 history
migrat* ~4 history
was a slog
unless(term): @gatereview ~>1 was a slog
month of admin
nightmare project
sounds like a ~3 project
moving off ~5 brutal
# --- round 5 (lexgen, probe round 8): years of records to migrate
match: We'd have to migrate 6 years of tickets.
migrat* ~3 years of
# --- round 5 (lexgen, probe round 9): hardware installed across the whole estate, equipment off the road
match: They'd need new devices installed across the whole fleet.
match: That's weeks of vans off the road.
install* ~3 across the whole
off the road
weeks of downtime
# a worry that is over in the same breath ("I was worried about migration but it took a day")
unless: was worried about ~4 but
unless: were worried about ~4 but
unless: was nervous about ~4 but
nomatch: I was worried about migration but it took a day.
# --- round 5 (lexgen, probe round 12): someone would have to convert or rebuild everything
match: Someone would have to convert all of it.
someone would have to
somebody would have to
convert all of
# a concern only "at first" is settled (labeling.md 5)
unless: concern at first
unless: worried at first
unless: skeptical at first
unless: sceptical at first
unless: hesitant at first

# --- round 6, batch 3 (e, h, i): nobody to build or hook it up, no spare cycles, they would
# have to build it themselves, effort they don't have
match: Nobody here can do the integration work.
match: Their IT has no one to build the connector until spring.
match: They'd have to build the mapping themselves.
match: Nobody on the data team has spare cycles for that.
nomatch: Nobody here can believe how fast it was.
nobody here can do
no one to build
nobody to build
build and babysit
effort we "don't" have
"can't" take on ~3 integration
only one ~3 untangle
nobody ~5 spare cycles
no spare cycles

# --- round 6, after holdout-j: nobody to run the training, not another migration
match: There's nobody to run training until spring.
match: I'm not doing another migration for years.
match: No more migrations for us.
nobody to run
"not" doing another migration
no more migrations

# --- round 7 (lexgen3): training burden after go-live (hand-holding, another training session,
# on-site training), nobody with time or IT skills to set it up
match: The older staff still need a lot of hand-holding.
match: We'd need on-site training for the first week.
match: Nobody here has the time to set it up properly.
match: I don't have an IT person.
nomatch: Nobody needed a training session.
hand-holding
on-site training
on site ~3 launch
second training session
no it person
nobody ~5 time to set
"don't" have time to set
nobody to do

# --- round 7, batch 2: a firewall to open, a network engineer needed, nobody with time to set it up
match: We needed a network engineer to open the firewall.
nomatch: The firewall was never an issue.
open the firewall
network engineer
nobody ~8 time to set
# --- round 8 (lexgen4): people who hate new tools or training, a team eaten by another migration
hate* new tools
hate* new tech
hate* new software
hate* ~3 need* training
rollout was a disaster
eats all ~3 team
eats up ~3 team

# --- round 9: the team that would do it is booked (an ERP go-live, no people), training a team, setup that took weeks (g, n, o, p, q, r)
match: Nobody on my team is free before the ERP go-live in spring.
match: Wiring it in would be a project IT has no people for.
match: My front desk won't learn a second tool on top of the booking system.
match: Nobody here has time to train the reps on it.
match: Getting single sign-on working took IT three weeks.
nomatch: IT had it running in an afternoon.
nomatch: The ERP is where our invoices live.
nobody on my team is free
no one on my team is free
nobody ~3 is free before
no people for
erp ~2 go-live
erp ~2 golive
learn a second tool {negation: off}
learn ~2 another tool {negation: off}
"time to train" {negation: off}
months of training
took it ~3 "weeks"
took it ~3 "months"
took our admin ~3 "weeks"
setup took forever

# --- round 10 (lexgen6o): families as word lists: nobody to spare or to own it, a team busy with another
# project, no IT staff, a one-person IT team, training or adoption that is a slog
match: We have nobody spare to own the setup before spring.
match: Our two admins are swamped with the ERP cutover.
match: Zero IT staff here, and the setup guide assumes a developer.
match: A one-man IT department can't maintain another connector.
match: Getting forty drivers trained will be a slog.
match: Adoption stalled after the first month.
nomatch: Nobody on the team missed the old tool.
nomatch: Training was quick and nobody struggled.
@nobody ~>4 @spare
@busyw ~>5 @project
@noit ~>1 @itcap
one-man "it"
one-person "it"
two people in "it"
@learn ~6 @hard
nomatch: Thanks for the migration plan, that answers my data question.
match: Thanks for the migration plan. Sadly nobody here has time to own it.
unless: @thanks ~>4 @doc
unless: @done ~>4 @recent
unless: @settled
match: We have zero admin capacity for the mapping right now.
match: Our IT has no one for this until spring.
match: It took our IT team seven weeks to get the sync running.
match: My biggest worry is adoption, the reps barely use the CRM.
match: The techs won't adopt another app.
nomatch: Setup took us twenty minutes.
nomatch: Adoption has been great, everyone logs in daily.
@none ~>1 @adminw ~>1 @capw
"it" has no one
"it" ~>2 no one
"took" our ~>3 @itwho ~>4 @span
@itwho ~>2 "spent" ~>3 @span
heavier than ~>3 promised
"won't" adopt
"never" adopted
worr* ~>4 adoption
week of training ~>3 dead
"won't" re-key
re-key ~>4 by hand

[product_fit] Product fit
description: The product itself falls short: a missing feature or integration, doesn't fit the use case, limitations, bugs, crashes, wrong docs, doesn't scale. Frustration with the vendor's own product is product_fit, not pain.
match: Without a native HubSpot connector it's a non-starter for us.
match: The app keeps crashing when I open a call note.
match: Doesn't support multi-currency, which we need for EMEA.
match: Docs are outdated and the API returned errors all week.
match: We hit the rate limit within minutes, it won't scale to our volume.
match: Logs me out every time I switch apps, so annoying.
match: wish it had an offline mode
nomatch: No issues at all since we rolled it out.
nomatch: Nothing wrong with the product, we just don't need it.
nomatch: Two vendors we used before simply vanished with our data.
nomatch: Love the product, rigid contract though
nomatch: Solid tool, the contract terms need work
nomatch: Finance wants two more quotes and yours is the one still missing.
nomatch: Phone number missing in the CRM record, will fix.
match: Reporting is rigid and the export needs work.
match: Bulk edit is still missing.

missing feature*
lacks
doesn't support
doesnt support
no support for
not "supported"
unsupported
doesnt have
doesn't integrate
doesn't work with
doesn't work for
won't work for us
won't work with
will not work for us
doesn't work
doesnt work
didn't work
stopped working
not working
doesn't fit
doesnt fit
not a good fit
poor fit
doesn't do
doesn't let
no way to
unable to
nonstarter
dealbreaker
show stopper
hard requirement
must-have ~4 missing
without it ~4 no
if you had
if it had
wish it had
wish it would
wish there was
would be nice if
please add
need* ~3 feature
need* ~3 connector
need* ~3 endpoint
need* ~3 support for
feature request
feature gap
gap* ~3 feature
functional gap
limitation*
limited ~3 feature*
api limit
rate limit
hit ~3 limit
doesn't scale
won't scale
not scalable
scale ~3 concern
scale ~3 issue
scalability
can't handle
cannot handle
crash*
bug
buggy
glitch*
laggy
broken
broke
keeps ~3 logging me out
logs me out
"logged" out
sign me out
signed out ~3 again
sync ~3 fail*
unless(term): "a single"
sync ~3 broke*
sync ~3 issue*
error message*
throws ~3 error
returned ~3 error*
app ~4 slow
dashboard* ~4 slow
load* ~4 slow
slow to load
takes forever
sluggish
clunky
unless(term): @rival
unless(term): @oldtool
confusing
unintuitive
not intuitive
hard to use
difficult to use
hard to navigate
docs ~4 wrong
docs ~4 outdated
docs ~4 out of date
docs ~4 missing
docs ~4 bad
docs ~4 useless
documentation ~4 wrong
documentation ~4 outdated
documentation ~4 lacking
documentation ~4 poor
trial and error
csv only
only csv
only export*
export ~4 only
only works with
only work* on
no sso
no mobile
no dark mode
no integration with
no native
unless: no issues
unless: zero issues
unless: nothing wrong
unless: fixed the bug
unless: been fixed
unless: is fixed
unless: now fixed
unless: never crash*
unless: hasn't crash*
unless: hasn't failed
unless: never fail*
"missing"
# a quote, field or list entry that is missing is paperwork, not the product
@paperwork = quote | quotes | title | "number" | entry | signature | invoice | "form" | letter
unless(term): @paperwork ~7 "missing"
unless(term): "missing" ~3 @paperwork
app ~3 freez*
"freezes"
unless: limitation of liability
unless: "fixed"
keeps logging
logging ~2 out
unless(term): out of the box
unless(term): out of habit
can't ~2 import
cant ~2 import
cannot ~2 import
can't ~2 export
cant ~2 export
cannot ~2 export
can't ~2 sync
until you ~2 support
no ~2 support
docs ~6 wrong
dark mode
outdated ui
duplicat*
unless(term): "handles" ~>1 duplicat*
unless(term): "cleaned up" ~>3 duplicat*
worr* ~3 scale
scale is my
workaround*
none of ~4 sync
# contract or pricing terms that are rigid or need work are not the product
@termsword = contract | contracts | terms | pricing | "price" | billing | renewal | paperwork
rigid
unless(term): rigid ~2 @termsword
inflexible
too limited
too basic
not built for
isn't built for
wasn't built for
stars if
does it better
do it better
wish it could
wish it supported
wish it worked
wish there were
only gap
only speaks
english only
only in english
times out
timeouts
no longer exist*
arrive* ~2 late
notification* ~4 late
can't be customi*
cannot be customi*
can't be configur*
can't be changed
can't be edit*
not customi*
every time i open
very limited
pretty limited
limited ~3 report*
limited ~3 dashboard*
no ~1 integration
no ~1 connector
doesn't account for
doesn't handle
doesn't include
not included
unless: process is broken
unless: broken process
without a native
without ~3 integration
doesn't show up
won't show up
can't split
can't filter
can't customize
can't edit
can't search
can't merge
can't assign
misses ~3 half
summar* ~4 wrong
summar* ~4 miss*
summar* ~4 inaccurate
transcri* ~4 wrong
transcri* ~4 inaccurate
wish the
wish i could
wish we could
useless
drain* ~3 battery
battery drain
cluttered
ui ~3 slow
so slow
too slow
very slow
painfully slow
unless: cost doesn't work
unless: price doesn't work
unless: missing our number
unless: missing the number
unless: missing targets
unless: missing forecast
doesn't match
don't match
doesn't open
don't sync
unfinished
half-baked
unless: "ns"
# --- generalization round 2: won't let me, kicks me out, vanished data, extra clicks, vendor-side delays
app ~3 "won't let"
it "won't let"
system ~3 "won't let"
screen ~3 "won't let"
"won't allow me"
"can't set"
"can't calc*"
"can't calculate"
"doesn't calc*"
"doesn't calculate"
"can't run real"
if it can't
not much use
no use to us
of no use
only does
your system only
the system only
only handles
kicks me out
kicks ~2 out
logging in over and over
log in again ~3 every
session expired
session ~3 expires
"didn't record"
"doesn't record"
"didn't save"
"doesn't save"
"won't save"
not saving
not recording
unless: vendor* ~5 vanish*
unless: startup* ~5 vanish*
unless: compan* ~5 vanish*
went missing
lost ~3 my hours
extra ~3 taps
extra ~3 clicks
too many taps
too many clicks
clicking through ~3 screens
buried ~2 menu
under a menu
moved the ~4 button
update ~4 broke
update ~4 removed
processing delay
delay on ~2 their side
support ~3 slow
support ~3 useless
"doesn't" ~3 work right
wrong ~3 calculat*
calculat* ~3 wrong
miscalculat*
flat-out wrong
is wrong in
needs it mandatory
optional ~6 mandatory
mandatory ~6 optional
unless: numbers just don't work
unless: numbers don't work
unless: math doesn't work
unless: on our side
match: The app kicks me out whenever I switch screens.
match: My overtime hours vanished from the timesheet.
nomatch: The numbers don't work for us right now.
# --- round 3: "you don't have it", too shallow, one by one, keeps doing the wrong thing
"you don't have it"
"you don't offer"
"you guys don't"
too shallow
not deep enough
lacks depth
too simplistic
one at a time
no bulk
"can't" bulk
keeps ~2 rounding
keeps ~2 resetting
keeps ~2 dropping
"keeps" ~2 deleting
keeps ~2 crashing
round* ~4 hours down
# --- round 4: shows the wrong figure, doesn't cover, rules you out
show* ~3 wrong
display* ~3 wrong
wrong balance
incorrect*
inaccurate
"you don't cover"
rules you out
rules it out
# --- round 5: can't cope, fails every time, gets stuck, nobody notified
"can't" cope
"doesn't" cope
every time i try
it fails
keeps failing
fail* ~3 download
fail* ~3 upload
fail* ~3 load
get* stuck
nobody gets notified
no one gets notified
"doesn't" notify
never notif*
# --- round 6: can't even, back to email, like it's 2005
"can't" even
have to email ~3 hr
like it's 19*
like it's 200*
unless: rep note
unless: resolved
only go* back
only keeps
only stores
only shows
only lets
unless: cash flow
features ~3 buried
"don't do that yet"
not on ~2 roadmap
took ~3 days to reply
days to reply
days to respond
never replied
still waiting ~3 reply
why can't i
"can't i"
# --- round 11 (reviews): log in again, removed buttons, can't attach, unusable, unreachable support
log in again
# annoyed by the contract (auto-renewal, a clause, notice) is contract, not a product gap (am, an)
@ctw = contract | clause | auto-renew | autorenew | "renewal" | notice period | notice window | terms
nomatch: Great app, annoying contract terms though.
nomatch: The one thing that annoyed us was the auto-renew clause.
annoying
unless(term): annoy* ~>5 @ctw
removed the ~3 button
bring back the
"can't" attach
"can't" upload
"can't" add
"unusable"
impossible to reach
"can't" reach
hard to reach
unreachable
please bring back
bring back the old
came out wrong
come out wrong
calculation* ~5 wrong
# --- round 3: black-box features, plan caps hit, login loops, no sandbox, pop-ups and nagging, slow tickets and outdated help, irrelevant notifications
# a rival's opaque forecast is why they lost, not a gap in ours (an, ap, and a call note)
nomatch: Nimbrella quoted less, but their scoring was a black box to everyone.
nomatch: They are ending the Pipeharbor trial, the risk model is a black box.
black box
unless(term): @rival
unless(term): their ~>4 black box
blackbox
hit the ~3 cap
ran into ~3 limit
maxed out
send* ~6 opted out
sent ~6 opted out
no ~3 consent log
login loop
log-in loop
"can't get in"
since the ~2 update
after the ~2 update
no sandbox
testing in production
pop up ~5 every
every ~5 pop up
popup*
asking me to rate
tickets take
ticket* ~4 days to
take* ~3 days to ~3 respond
take* ~3 days to ~3 reply
help cent* ~6 outdated
help cent* ~6 old
screenshots from the old
outdated screenshots
notification* ~5 a day
recommend* ~6 already bought
notification* ~8 already bought
unless: prob not a fit
unless: probably not a fit
unless: if I get stuck
unless: if we get stuck
unless: if you get stuck
unless: rate limit doc*
unless: that'll vanish
# --- round 3 probes: templates that can't show a field, wrong formats, sync lag, asked again every time
template* ~5 "can't"
no way to ~3 show
"won't let me" ~3 show
wrong format
date format
american format
come out ~4 wrong
sync ~5 lag*
lag* by
sync ~5 delay*
why do I have to
have to re-enter ~4 every
every single time
unless: per-seat model
unless: pricing model
unless: per-user model
# --- round 3 probes L: late alerts, billing after cancelling, double charges, support silent
arriv* hours after
arriv* ~3 late
alert* ~4 delay*
notification* ~4 delay*
alert* ~5 late
after I cancel*
want a refund
want my money back
charged twice
charged me twice
support "hasn't" ~2 answer*
no answer from support
# --- round 3 probes M: one-way sync, redesigns that add clicks
one-way sync
syncs one way
only one way
no two-way
moved everything around
twice as many clicks
more clicks
extra clicks
unless: every app we've tried
unless: every tool we've tried
# --- round 3 probes N: angry consumers: paid and still, lost my cart, support is a joke, can't even change my details
paid for premium
paid for ~3 and ~3 still
ads are still there
third time this week
third time today
lost my cart
lost my order
waiting ~4 for a reply
waiting ~4 for a response
still waiting for ~3 refund
"can't even" ~3 my
match: Stuck in a login loop since the last update.
match: Paid for premium and the ads are still there.
nomatch: Going fine so far, will shout if I get stuck.
"can't attribute"
"cannot attribute"
no way to attribute
charged for ~6 only have
unsubscribed ~3 count
break* completely
break* in outlook
break* in gmail
render* ~4 wrong
render* ~3 broken
falls apart
fell apart
great until you
"won't allow us"
need real-time
no real-time
not real-time
batch* every
unless: my guess
unless: I suggested
unless: told her about
unless: told him about
unless: told them about
"can't pull"
"cannot pull"
# --- round 4: dropped calls and lines that die, apps that forget what they were doing
drops calls
line ~2 dies
call* ~3 drop out
app forgets
unless: policy doesn't allow
unless: fewer dropped
unless: no more dropped
# the rep's own actions and plans in call notes (labeling.md 1): nothing in such a sentence counts
unless: "lvm"
unless: left ~1 "vm"
unless: ^ "f/u" next
unless: "f/u" "w/"
unless: ^ will try again
unless: ^ will send
# the rep's own actions in call notes (labeling.md rule 1), anchored to the sentence start so that "They sent ..." still counts
unless: ^ @sent @collateral
unless: ^ @sent @det @collateral
unless: ^ @sent @themdet @collateral
unless: ^ pitched
unless: ^ got them
unless: ^ offered
unless: ^ walked ~>1 @them ~>1 through
unless: ^ told @them
unless: my take
unless: "rep" to follow
unless: "rep" to send
unless: "rep" will
# --- round 5 (lexgen): limits and scale doubts ("times out", "fails above 50k rows", "won't hold up with
# our 400k SKUs"), only through a plug-in and not natively, no import/export, work that vanishes,
# pages that spin or load slowly, events silently dropped, built for bigger companies
match: The list page times out at 1,500 reps.
match: Bulk updates fail above 50k rows, support says it's a known limit.
match: I don't believe your search holds up with our catalog.
match: E-signature only via an integration, not natively.
match: There's no import for historical orders.
match: Saved a draft, came back and it was gone.
match: The login page spins forever.
match: The configurator takes 30 seconds to load.
match: If our endpoint blips, events are simply dropped.
match: It's built for companies with a deal desk.
nomatch: Support fixed the timeout in a day and it loads instantly now.
fail* above
fail* over ~3 rows
known limit*
don't believe ~4 hold* up
doubt ~4 hold* up
not sure ~4 hold* up
don't think ~4 hold* up
won't hold up
wouldn't hold up
only via
only through ~3 plug*
not "natively"
doesn't ~3 natively
no import
no way to import
can't import
no export
it was gone
vanish*
spins forever
keeps spinning
won't load
never loads
takes ~4 to load
simply dropped
silently drop*
events ~3 dropped
built for ~3 deal desk
built for ~3 enterprise*
built for ~3 bigger
too much for a small
without exporting
unless: loads instantly
unless: no api budget
# --- round 5 (lexgen, probe round 11): text cut off on screen
match: The mobile approval screen cuts off long comments.
cuts off
cut off ~3 comments
cut off ~3 text
# --- round 5 (lexgen, probe round 12): can't see who/which, no way to do it
match: Managers can't see who finished the course.
can't see who
can't see which
no way to see who
# the old system in a before/after story is not our product
unless: old ~2 system ~4 "crashed"
unless: old ~2 tool ~4 "crashed"
unless: old ~2 system ~4 "froze"
unless: old ~2 system ~4 "broke"
unless: since moving
unless: since switching
unless: before we switched
nomatch: Our old system crashed every Friday; not a single outage since moving.

# --- round 6 (families seen in two or more independent sets): a missing capability that
# blocks ("without X it's a non-starter", "we can't run it without"), a hard limit
# ("capped at", "only handles standard objects", "can't be switched off"), a feature that
# is still on the roadmap, an app that lost or ate data, a wish for a missing integration
match: Without a Dutch interface we can't run it in the field.
match: We can't run our renewals without it, so we'll wait.
match: Exports are still capped at five thousand rows.
match: Their sync only handles standard objects.
match: The update ate my notes from last week.
match: Would love to see a native Xero integration.
match: We'll wait until the API is GA.
nomatch: Without it we'd still be in spreadsheets, so thank you.
nomatch: Liability is capped at twelve months of fees.
"can't" ~3 without it
"can't" run ~4 without
nothing for us to evaluate
still capped
history ~3 capped
only do ~3 today
"can't" be switched off
"can't" be turned off
"can't" be disabled
ate my ~2 notes
ate my ~2 drafts
ate our ~2 notes
ate ~3 data
wiped ~3 notes
drafts ~3 gone
notes ~3 gone
love to see ~3 integration
like more granular
is ga
roadmap ~3 never shipped
"coming next quarter"
explains nothing

# --- round 6, batch 3: settings that don't carry over, a cramped layout, contacts the sync
# dropped, a score nobody can explain, a feature we only do one way
match: Permissions don't carry over from our CRM.
match: The board view is cramped on a small screen.
match: The sync dropped half our contacts again.
match: It's a score nobody at the vendor can explain.
nomatch: We dropped the contacts we didn't need.
"don't" carry over
cramped
sync dropped
dropped ~3 contacts ~3 again
nobody ~5 can explain
is nonsense
we only do
# a worry that the sync might choke on custom fields is integration effort, not a product gap yet (am, e)
nomatch: He is worried the sync chokes on their 300 custom fields.
choked on
unless(term): worr* ~>8 chok*
unless(term): if ~>3 chok*

# --- round 7 (lexgen3): wishes in reviews (please add, would be nice, needs work, one wish),
# language support, custom objects not mapped, webhooks missing, battery drain, weak reporting
match: Please add a calendar view.
match: A home screen widget would be nice.
match: The Android app needs work.
match: One wish: Italian language support.
match: Our custom objects don't come across.
# (bare "custom objects" was deleted in round 11: 23 right, 13 wrong, mostly questions and confirmations; only custom objects that fail count)
custom objects ~>4 @nomap
match: The webhook gap means we poll every hour.
match: It drains the battery in an afternoon.
nomatch: Custom objects shipped last week and work fine.
would be nice
needs work
unless(term): @termsword ~>2 needs work
one wish
wish it did
language support
webhook gap
no webhook*
drain* ~2 battery
reporting ~3 weak
weak ~2 reporting
unless: custom ~5 shipped
unless: great news on
unless: confirmed on ~3 roadmap

nomatch: We've been burned before by vendors disappearing overnight.
unless: vendor* ~2 disappear*

# --- round 7, batch 2: product events not ingested, a feature that is only on the roadmap or a
# must, a cancellation flow buried in menus, fields mapped by hand, no allow-listing
match: You don't ingest product events, so it's no use to us.
match: Without event ingestion it doesn't fit.
match: Bulk export is roadmap, so not today.
match: The connector makes us map every field by hand.
ingest* ~3 events
event ingestion
"don't" ingest
is roadmap
buried ~3 menus
map* ~4 by hand
allow-list*

# --- round 7, after holdout-m: still not fixed, can't export my own data
match: After the trial I can't export my own notes.
"can't" export

# --- round 7, after holdout-m: praise for a feature that arrived, "native" about a person's English
nomatch: Finally offline mode, works in the basement.
nomatch: I was missing follow-ups all the time before this.
unless: finally offline mode
unless: offline mode ~2 finally
unless: missing follow-ups

# --- round 9: multi-currency roll-ups, territory planning (o, p, q, r; g, q)
match: It rolls everything up in one currency, so multi-currency is still a spreadsheet.
match: The other tool has territory planning built in.
nomatch: We sell in three countries and pay in euros.
multi-currency
multicurrency
territory planning

# --- round 10 (lexgen6o): families as word lists: without X it's a no, the one gripe or wish, sarcasm about
# re-entering a password, one platform behind another, support acknowledged it, doesn't map onto how we work,
# half the value, the rep's "we don't have that yet", fix that and it's five stars
match: Without a Xero export we can't use it, full stop.
match: Without role-based views it's a no from our ops lead.
match: My only wish: a calendar view that shows two crews at once.
match: Only gripe: the route map freezes when I zoom out.
nomatch: My only gripe: the price jumps after year one.
nomatch: Fix that and my reps stop chasing paperwork.
match: Love re-entering my token every morning, great design.
match: The iPad app lags behind the phone by a whole release.
match: Support acknowledged the sync bug a month ago and nothing since.
match: Honestly the scoring model doesn't map onto how our seasonal buyers behave.
match: Can't export per region, which defeats the purpose for us.
match: Asked for a Polish UI, we don't have that yet.
match: Wants shift-based routing, which we don't do.
match: Add a dark mode and it would be 5 stars.
nomatch: Without any training the whole team was live on day two.
nomatch: My only wish is that we had found it sooner.
nomatch: We don't have that problem anymore since we switched.
without ~>6 @dealbreak
"no" ~>2 no go
@only ~>1 @gripe
unless: @only ~>1 @gripe ~>10 @money
still wish
would be 5 stars
would make it perfect
fix that and it's
fix those and
fix this and
pls fix
please fix
wants it fixed
@love ~>1 @chore
nothing says ~3 like
@platform ~4 @behind
support ~>4 @ack
"doesn't" map
"don't" map
not a fit for
"doesn't" solve ~3 problem
defeats the ~3 purpose
defeats the ~3 pitch
half the value
half a product
half-useful
to a crawl
we "don't" have that yet
we "dont" have that yet
we "don't" have it yet
we "dont" have it yet
we "don't" do that
we "dont" do that
which we "don't" do
which we "don't" have
unless: fine for now
unless: wish ~8 sooner
unless: wish ~8 earlier
unless: @done ~>4 @recent
nomatch: The export limit was my dealbreaker, and it's fixed, so we're good.
unless: @settled
match: The setup guide is out of date, half the screens it shows are gone.
match: Your docs still describe the old mapping screen.
match: Reminders are hit and miss, we missed two callbacks last week.
match: The Outlook plugin is beta only, and our people live in Outlook.
match: It requires iOS 18 and half our phones can't update.
nomatch: The docs were clear and the setup took an hour.
nomatch: Reminders fire on time, every time.
@docs ~>4 @stale
@stale ~>2 @docs
@remind ~>3 @flaky
beta only
"only in beta"
still ~>2 "beta"
requires ~>1 @platform
"great job guys"
wrong currency
one currency only
single currency

[contract] Contract / terms
description: The terms are the issue: contract length, renewal and auto-renew, cancellation, notice periods, liability caps, MSA/DPA/SOW redlines and legal review, price locks and renewal caps, exit clauses, escrow, payment terms. "Termination for convenience" is a contract term. Not a routine renewal or terms already agreed.
match: They want a 1-year term only, no auto-renew.
match: Legal is still redlining the MSA, liability cap is the sticking point.
match: Need a cap on renewal increases, max 3%.
match: We need the right to cancel with 30 days' notice.
match: Can we do quarterly billing instead of annual prepay?
match: Their counsel asked for termination for convenience.
nomatch: Renewal went through as usual, nothing to discuss.
nomatch: Terms are agreed, just waiting on the PO.
nomatch: They just signed a two-year deal with another provider.
match: We're locked in at 80 seats until the term ends.
match: He also wants net-60 payment terms.
nomatch: Payment went through this morning.
nomatch: Their legal accepted our liability cap last week.
nomatch: The escrow clause was agreed by both legal teams.

contract length
length of the contract
contract term
term length
year term
yr term
month term
1-year term
term only
multiyear
three-year ~2 term
two-year ~2 term
two-year ~2 contract
two-year ~2 commitment
36-month
24-month
longer than ~3 months
longer than ~3 years
contract ~3 too long
too long ~3 contract
auto renew*
auto-renew*
autorenew*
automatic renewal
automatic renew*
no auto renew*
no auto-renew*
no automatic renewal
without automatic renewal
renewal ~3 cap
cap ~4 renewal
renewal ~3 increase*
renewal ~3 uplift
renewal ~3 terms
renewal ~3 clause
renewal ~3 notice
lock ~3 price
lock in the price
fixed price
fixed annual fee
indexation
no indexation
uplift cap
cancellation
terminat*
notice period
days' notice
written notice
exit clause
exit ~3 clause
out clause
"lock-in"
locked in at ~3 seats
unless: just signed ~4 with
unless: just signed ~4 "w/"
vendor lock-in
liability
limitation of liability
indemnif*
indemnity
warranty ~3 clause
msa
dpa
redline*
red line*
legal review
legal ~3 review*
legal ~3 redline*
legal team ~4 review*
legal team ~4 redline*
legal team ~4 push* back
legal ~3 terms
our lawyers
our counsel
t&c*
t&cs
terms and conditions
terms ~3 unacceptable
terms ~3 need
payment terms
net 30
net 60
net 90
quarterly billing
monthly billing
prepay*
pay upfront
upfront payment
pay ~3 upfront
invoic* ~3 quarterly
invoic* ~3 monthly
escrow
data return
return of data
clause
unless: terms are agreed
unless: terms agreed
unless: agreed terms
unless: as usual
unless: the usual way
unless: routine renewal
unless: renewal paperwork
"escalator"
cancel ~3 anytime
cancel ~3 any time
cancel ~3 early
cancel ~3 penalty
cancel ~3 clause
cancel ~3 terms
right to cancel
month-to-month
sign an annual
annual contract
annual commitment
unless: we agreed
unless: already agreed
unless: "cancelled"
unless: "canceled"
unless: "we're cancelling"
unless: "are cancelling"
unless: "is cancelling"
unless: "we've cancelled"
unless: works for us
unless: fine as drafted
unless(clause): signed off
match: Finance signed off on the price, but we still need a 30-day exit clause.
unless: their contract
opt-out clause
an out clause
cap on liability
cap ~4 increase*
our paper
your paper
opt-out ~4 month
opt-out ~4 year
data processing agreement
processing agreement
year deal
year contract
year commitment
won't sign a
unless: without changes
unless: approved the msa
unless: approved the contract
unless: "ns"
# --- generalization round 2: notice to cancel, hostile terms, monthly terms asked for; settled paperwork
signed for ~3 years
notice to cancel
terms ~3 hostile
terms ~3 unfair
terms ~3 predatory
hostile terms
trapped in ~3 contract
stuck with ~3 contract
locked into ~3 contract
can't get out of
month-to-month ~3 only
monthly ~2 option
no long-term contract
no annual contract
uptime ~3 order form
written into ~3 contract
written into ~3 order form
into the order form
unless: cancel the trial
unless: cancel my trial
unless: cancel our trial
unless: already terminated
unless: contract terminated
unless: contract cancelled
unless: cancelled eff
unless: msa signed
unless: signed last
unless: legal done
unless: legal is done
unless: same terms
unless: is routine
unless: routine
unless: changed my mind
unless: painless
match: Cancelling requires 90 days notice, which is too long.
nomatch: Legal done, MSA signed on Friday.
nomatch: Please cancel my trial.
# --- round 3: minimum terms, getting data out on exit
minimum term
minimum commitment
minimum contract
minimum ~2 term
get our data out
data portability
if we leave
if we ever leave
when we leave
# --- round 4: exits without penalty, commitments that are too long
day exit
exit ~3 without penalty
without penalty
penalty-free exit
early exit
early termination
too long ~3 commitment
commitment ~3 too long
years is too long
unless: contract with another
unless: into a contract with
match: We need an exit without penalty after the first year.
# --- round 5: payment terms stated as a standard
net 45
net 15
annual ~2 upfront
upfront annual
our standard is
unless: incumbent
unless: legal approved
unless: no changes
unless: resolved
unless: sent over
unless: sent the
easy out
before committing
renew* automatically
option to extend
one year only
"1-yr"
"3-yr"
# --- round 3: settled DPA
liability cap
unless: dpa signed
unless: signed the dpa
# --- round 3 probes: nothing longer than a year
anything longer than
nothing longer than
longer than a year
longer than one year
longer than 12 months
longer than twelve months
unless: last-minute cancellation
unless: no comments
unless: no redlines
# --- round 3 probes N: indemnities; 'as drafted' settles only when accepted
counsel ~6 reservations
reservations ~4 clause*
reservations ~4 provisions
unless: accepted as drafted
unless: okay as drafted
unless: approved as drafted
unless: sign as drafted
unless: not a problem
unless: isn't a problem
unless: isn't a blocker
unless: isn't an issue
unless: won't be an issue
unless: won't be a problem
unless: doesn't worry
unless: doesn't scare
unless: non-issue
unless: not concerned about
match: We don't sign anything longer than twelve months with a new supplier.
nomatch: Legal read the DPA and had no comments.
"don't sign" ~3 longer than
"won't sign" ~3 longer than
never sign ~3 longer than
written into the contract
guarantee written in
their own paper
pay quarterly
unless: my guess
unless: I suggested
unless: told her about
unless: told him about
unless: told them about
walk away after
right to walk away
without paying the rest
# --- round 4: co-terming with an incumbent contract, buying out months left
match: Can you co-term with our current agreement or buy out the remaining months?
co-term* ~4 contract*
co-term* ~4 renewal*
can ~2 co-term*
co-term* ~3 with
coterm*
buy out ~4 months
buyout
# the rep's own actions and plans in call notes (labeling.md 1): nothing in such a sentence counts
unless: "lvm"
unless: left ~1 "vm"
unless: ^ "f/u" next
unless: "f/u" "w/"
unless: ^ will try again
unless: ^ will send
# the rep's own actions in call notes (labeling.md rule 1), anchored to the sentence start so that "They sent ..." still counts
unless: ^ @sent @collateral
unless: ^ @sent @det @collateral
unless: ^ @sent @themdet @collateral
unless: ^ pitched
unless: ^ got them
unless: ^ offered
unless: ^ walked ~>1 @them ~>1 through
unless: ^ told @them
unless: my take
unless: "rep" to follow
unless: "rep" to send
unless: "rep" will
# --- round 5 (lexgen): payment terms asked for ("billing in arrears", net 60)
match: Wants annual billing in arrears.
match: Procurement insists on net 60 payment terms.
in arrears
billing ~3 arrears
"net" "60"
"net" "90"
"net" "45"
# --- round 5 (lexgen): a term refused with the negator in the objection ("we can't sign anything that
# auto-renews", "won't accept unlimited liability"): the refusal is the objection
match: We can't sign anything that auto-renews.
match: We won't accept unlimited liability.
match: We don't do multi-year deals.
nomatch: No issues with the terms at all.
can't ~4 auto-renew*
won't ~4 auto-renew*
don't do ~3 auto-renew*
can't ~3 multi-year
won't ~3 multi-year
don't do ~3 multi-year
can't ~4 unlimited liability
won't accept ~4 liability
can't accept ~4 liability
won't agree to ~4 clause
can't agree to ~4 clause
won't accept ~4 clause
can't accept ~4 clause
won't accept ~4 terms
can't accept ~4 terms
# the incumbent's contract is competitor (and timing), not a contract objection (labeling.md 7)
unless: on a ~4 contract with
unless: in year ~2 of a ~3 deal with
unless: in year ~2 of a ~3 contract with
unless: locked into ~4 through
nomatch: We're on a three-year contract with another vendor that auto-renews in June.
# settled: the deal is signed (labeling.md 5)
unless: signed the ~3 deal
unless: signed the ~3 contract
unless: signed the ~3 agreement
nomatch: They signed the 2-year deal yesterday.
nomatch: Contract templates saved our legal team a lot of back and forth.
unless: tied to ~3 until
nomatch: We're tied to another platform until March 2027 with a 6-month notice period.
# round 6: terms already agreed are settled
unless: redlines agreed
unless: terms are accepted
unless: accepted as-is
unless: dpa countersigned
unless: a "formality"
unless: dpa covers
nomatch: MSA redlines agreed, net-45 compromise.
nomatch: Your terms are accepted, standard net-30.

# --- round 6, batch 3: payment schedules, a price locked for years, a cap per year, a shorter term
match: Can we lock the current price for two years?
match: We'd need monthly card payments at first.
match: She's fine with annual but wants quarterly payments.
match: A cap of 3% per year after the lock is a must.
match: Could we do a pilot instead of the 12-month term?
nomatch: Quarterly payments were agreed last week, all signed.
lock ~4 for two years
lock ~4 for 2 years
monthly ~2 payments
quarterly payments
cap of ~3 per year
instead of the ~3 term
held firm for
agreement is countersigned
unless: were agreed
unless: was agreed
unless: redlines accepted
unless: accepted by both sides
unless: paper book
nomatch: The DPA redlines were accepted by both sides.

# --- round 7 (lexgen3): start monthly and move to annual later, seat minimums; settled:
# billing or a price lock agreed, a signed MSA back, a trial cancelled
match: Could we begin on the monthly plan and go annual after the season?
match: The minimum seat commitment is more than we can use.
nomatch: Monthly billing agreed with finance last week.
nomatch: She is cancelling her trial today.
monthly plan
seat commitment
minimum ~3 commitment
unless: billing agreed
unless: lock agreed
unless: signed msa
unless: cancel* trial

nomatch: Quarterly billing was all I needed, thanks for sorting it.
unless: thanks for sorting
# --- round 8 (lexgen4): payment terms asked for (net 60)
# --- round 8 (lexgen4, after holdout-p was measured): terms their legal already accepted or agreed
unless: legal ~2 "accepted"
unless: "agreed" by ~2 legal
unless: clause ~2 "agreed"
unless: msa done
unless: dpa was standard

# round 9: terms accepted as they stand
nomatch: Net 30 and the opt-out are fine by us.
unless: fine by us
unless: fine w/ it

# --- round 10 (lexgen6o): families as word lists: the longest term they accept, no way out, seat reductions,
# a term they want in the paper, the price held for a period
match: Two years is our max, after last time.
match: Annual at most, the board was clear.
match: We're stuck until 2027 with no exit clause at all.
match: There's no way to drop seats before the anniversary.
nomatch: We'll probably drop seats at renewal.
match: She needs the uptime credits written into the order form.
match: He wants a two-year price hold before signing.
nomatch: We maxed out the free tier in a week.
@duration ~>2 @max
@noexit
seat reductions
@want ~>8 into the @agreement
@want ~>8 in the @agreement
@pricefix
nomatch: Thanks for the redlined order form, our lawyer has no further comments.
nomatch: The DPA came back signed yesterday.
nomatch: Legal cleared the MSA.
nomatch: Net 45 works for us.
nomatch: Our procurement process took four months and the renewal clause took half of it.
nomatch: Our Pipeharbor contract auto-renews in March.
nomatch: We offer our clients monthly payment plans.
match: Legal wants the auto-renewal clause out of the MSA.
unless: @thanks ~>4 @doc
unless: @done ~>4 @recent
unless: @gate ~>1 @gateok
unless: @okay
unless: @took ~>4 @span
unless(clause): @rival
match: We left Corvane last year, and we need a 30-day exit clause in any new contract.
unless: our ~>1 @clients
nomatch: Quarterly invoicing - agreed.
nomatch: Read your escrow wording, fine by me.
nomatch: He dropped the source-code escrow ask once he saw our financials.
unless: @settled
unless: "dropped" ~>4 ask
nomatch: Signed 2-yr w/ the 60-day out clause.
unless: ^ "signed"
unless: ^ "accepts"
match: We need the right to exit at month six if adoption is poor.
match: We can live with the price; the two-year minimum is the problem.
match: Could we be billed quarterly instead of upfront?
match: We want a right to audit in the contract.
match: The DPA must be under French law.
match: Legal insists on our paper, not your MSA.
nomatch: Our auditors were happy with the SOC 2 report.
right to ~>1 exit
exit at ~>2 month
walk ~>2 out of the contract
@duration ~>1 minimum
"billed" ~>1 @cadence
"billing" ~>2 start on
"net90"
at this year's price
right to audit
on "our paper"
on "their paper"
governing law
french law
german law
nomatch: Great product, slow legal review
nomatch: They had the SOC 2 report and the DPA ready on day one.
unless: "slow" legal review
unless: "long" legal review
unless: ready on day one
