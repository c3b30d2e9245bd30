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

[budget] Budget / price
description: The price is a problem: too expensive, no budget or budget spent, can't justify the cost, asks for a discount, or the same thing is cheaper elsewhere. Not when the price is called fine or explicitly outweighed ("not cheap but worth it").
match: Honestly it's too pricey for a team our size.
match: Finance says we don't have the budget for another tool this year.
match: We're a small shop, $400 a seat is way more than we can afford.
match: Can you do anything on price? We need a discount to get this over the line.
match: The other apps do this for free, why pay 15 bucks a month?
match: Love the idea but the subscription is a rip-off.
match: pushed back hard on pricing, asked for 15% off the list price
match: Spend for Q3 is fully committed already.
match: Procurement will ask why we'd pay twice for routing.
nomatch: Price is fine, that's not the issue.
nomatch: Pricing wasn't a concern for anyone on the call.
nomatch: I would not call it expensive for what it does.
nomatch: Not cheap, but worth every penny.
nomatch: It costs more than the old tool and it's worth it.
nomatch: Happy w/ pricing, moving to paperwork.
nomatch: Budget is there, the CFO confirmed it.
nomatch: They budgeted for an implementation partner, which we recommend.

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
not cheap
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
costs more than
more than we pay
more than we spend
more than we can afford
out of our price range
out of our league
price tag
sticker shock
price increase
price hike
raised the price
raised prices
hike* ~3 pric*
# price named as the issue (negated forms are cancelled by the unless lines below)
pric* ~3 concern
pric* ~3 issue
pric* ~3 problem
pric* ~3 objection
pric* ~3 sticking point
cost* ~3 concern
cost* ~3 issue
cost* ~3 problem
cost* ~3 objection
question* ~3 the cost
# can't afford / can't justify
can't afford
cannot afford
couldn't afford
can't really afford
unable to afford
not affordable
unaffordable
can't justify
cannot justify
hard to justify
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
not budgeted
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
budget* ~3 cut
budget ~3 frozen
budget freeze
spending freeze
budget ~3 spent
budget ~3 gone
budget ~3 used up
budget ~3 exhausted
budget ~3 committed
spend ~3 committed
fully committed
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
unless: not a blocker
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
tco
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
pric* ~3 increas*
pric* ~3 doubl*
pric* ~3 rose
cost* ~3 steep
a bit steep
pretty steep
too steep
steep for
than we budgeted
what we budgeted
over what we
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
enterprise pric*
waive ~3 fee
fee ~3 waive*
implementation fee
onboarding fee
setup fee
budget* ~3 slash*
not paying for
won't pay
not going to pay
refuse to pay
cost doesn't work
price doesn't work
numbers don't work
eye-watering
stretch to
can't stretch
drop the price
unless: "ns"
unless: next step*
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
pay* double
paying for both
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
nonprofit discount
volume discount
multi-year discount
number* ~2 "don't work"
number* ~2 "don't add up"
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
priced for ~3 enterprise
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
next to nothing
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
approval from
approval of the
approval process
approval cycle
pending approval
awaiting approval
waiting for approval
waiting on approval
subject to approval
get ~3 approv*
won't approve
will not approve
need* ~3 sign-off
need* ~3 signoff
need* ~3 to sign
has to sign
have to sign
must sign
must sign off
sign-off from
signoff from
signature ~3 pending
pending ~3 signature
won't sign
will not sign
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
steering group
buying group
board ~3 approv*
board ~3 sign
take it to the board
take it to our
take this to our
take it to my
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
loop in ~3 cfo
loop in ~3 ceo
loop in ~3 vp
loop in ~3 manager
loop in ~3 procurement
procurement ~4 approv*
procurement ~4 sign
procurement ~4 process
procurement ~4 involved
procurement ~4 own* the paper
purchasing ~4 approv*
through procurement
through purchasing
tender
owns the budget
own* the ~2 budget
budget owner
budget holder
decides ~3 he
decides ~3 she
unless: already approved
unless: already signed
unless: has approved
unless: have approved
unless: approved it
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
"decides"
would decide
will decide
gets to decide
can't sign
cannot sign
approve on my own
can approve on my own
what i can approve
unless: the one who decides
unless: i decide
need* ~3 convince
have to convince
has to convince
needs to go through
has to go through
must go through
have to go through
go through our
get ~3 on board
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
sell it internally
sell this internally
sell it to my
sell it to her
sell it to his
to sign off
waiting on ~4 sign*
decision sits with
decision lies with
decision rests with
unless: approved the
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
unless: next step*
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
signing authority
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
wrong person
not my area
cfo ~2 killed
ceo ~2 killed
board ~2 killed
boss ~2 killed
veto*
shot it down
shot down by
pulled the plug
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
unless: risk committee
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
decided by
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
hands ~2 tied
until the board
rubber-stamp*
rubber stamp*
head office
headquarters ~4 approv*
hq ~4 approv*
corporate ~4 approv*
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
match: Honestly it's up to the partners, not me.
nomatch: We'd need to rebuild our approval workflows.
# --- round 5: loop in the director, before anything is signed, goes for approval
"can't" see ~3 sign* off
board ~2 signing off
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

[need] Need
description: No clear need or value: they don't need it, don't see the use case or the value, it's a nice-to-have, not a priority, they are too small to need it.
match: Honestly we don't see the need for a forecasting tool at our size.
match: It's a nice-to-have, not something we'd pay for.
match: Not a priority for us this year, we have bigger fish to fry.
match: Can't see what problem this would solve for us.
match: I don't really see the value over what we get today.
nomatch: We need this yesterday!
nomatch: The need is obvious, the board is asking for it.

no need
no real need
not a need
don't need
dont need
doesn't need
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
too small for
we're too small
we are too small
too small to need
can live without
can do without
don't need another tool
another tool
yet another tool
one more tool
what's the point
no strong use case
no clear use case
not a strong use case
no business case
unless: don't need to
unless: no need to
unless: won't need
not interested
don't want another
doesn't see ~4 need
doesn't see ~4 value
doesn't see ~4 use case
doesn't see ~4 point
didn't see ~4 value
didn't need
went unused
unused
not sure we ~2 need
don't think we need
solve* anything
too small to
not relevant
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
already does
doesn't already
use case isn't
don't feel the pain
not for us
no clear need
no real reason
see no reason
problem to solve
doing fine without
fine without
don't already have
unless: