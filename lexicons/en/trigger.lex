# trigger.lex (English): the seven buying triggers, what makes a customer want to buy.
#
# Boundaries follow ../../../shared/design/labeling.md. Praise phrased as a negation
# ("hasn't failed once", "no setup, no training", "zero sync errors") is written
# into the terms here, starting with the negator, so it counts.
# - every category ends with `unless: "ns"` and `unless: next step*`: in CRM notes a
#   sentence with "NS:" / "Next steps" is the rep's own plan, not the customer's words
#   (labeling.md rule 1), so nothing in it counts.

[pain] Pain
description: A problem in the customer's own process hurts today: wasted hours, manual work, errors, firefighting, no visibility, missed numbers, frustration with how things work now (including the "before we had it" story in reviews). Frustration with the vendor's own product is product_fit, not pain; "painless" is not pain.
match: We burn two days every month reconciling the pipeline by hand.
match: Our forecast is a mess of spreadsheets and nobody believes the number.
match: We missed our commit by 20% last quarter and couldn't explain why.
match: Constant firefighting every quarter end, it's exhausting.
match: Before this we spent hours copy-pasting data between tools.
nomatch: Onboarding was painless and quick.
nomatch: I'm tired of being the one who still brings a binder to the board.
match: We keep seeing deals slip until it's too late to save them.
match: Nobody saw the big renewal slipping until it was too late.
nomatch: Don't wait until it's too late to register.
match: Nobody saw the renewals slipping until it was too late.
match: We blew Q3 by 25% and I had to explain it.
nomatch: The quarter blew past us, in a good way.
nomatch: My analysts stopped building the weekly report by hand.

pain point*
mess
unless(term): "mess with"
chaos
chaotic
killing me
drowning
firefight*
fire drill*
tedious
time-consuming
by hand
# round 13 (lexgen9t): a workaround for a gap in the product, told in a review in the present ('so we still export ... by
# hand': aj, f, j) is product_fit; re-keying by hand that a switch would take ('they'd have to rebuild ... by hand', 'won't
# re-key two years by hand': i, v) is implementation
@sowe = "so we" | "so i" | still
unless(term): @sowe ~>6 by hand {kinds: review}
@wouldhave = "they'd have to" | "we'd have to" | "would have to" | "won't re-key" | "won't rekey" | "won't redo"
unless(term): @wouldhave ~>6 by hand
nomatch: There's no currency view, so we still convert the totals by hand.
nomatch: They'd have to rebuild every stage by hand if they moved.
match: We'd rebuild the commit by hand every Friday, and it's never right.
copy-past*
copy past*
copy and paste
copy paste
reconcil*
fat-finger*
fat finger*
typo* ~3 number*
error* ~3 spreadsheet*
spreadsheet* ~4 error*
spreadsheet hell
no one trusts
don't trust the number*
don't trust our number*
can't trust the number*
no visibility
zero visibility
lack of visibility
blind spot*
guesswork
ask* ~>10 "can't answer"
couldn't answer
couldn't explain
"missed" ~4 commit
"missed" ~4 number
"missed" ~4 target
"missed" ~4 quota
hours ~4 wasted
hours ~4 lost
lost ~4 every
spend ~5 every
spent ~5 every
reconcil* ~4 night
waste of time
stuck in ~3 spreadsheet*
stuck in ~3 excel
used to spend
used to lose
used to be a nightmare
before ~>3 we had
before ~3 we used
unless: painless
unless: pain-free
losing track
fall through the cracks
eat* ~4 hours
eat* ~4 hrs
eats up
hrs ~4 wasted
wasted ~4 hrs
tax on
spend half
half the day
busywork
admin work
second-guess*
used to call
sick of
tired of
unless: tired of being the ~2 one
fed up
retyp*
re-typ*
double entry
burn* ~3 hours
repeat themselves
nobody picks up
piling up
backlog
manual process*
manual work
manual entry
manual data
manual effort
manual report*
manual updat*
process ~3 broken
broken process
blindsid*
sees it coming
junk
dirty data
bad data
data quality
surprised by
sandbag*
happy ears
hours of people
reading ~3 spreadsheet*
hate updating
unless: painful migration
unless: painful integration
unless: integration will be painful
unless: migration will be painful
unless: painful to set up
unless: painful to use
instead of selling
spend ~4 updating
updating spreadsheets
keep missing
no one knows
unless: "ns"
unless: next step*
# --- generalization round 2: people paid late or wrong, errors in their own runs, paper and old ways, chasing people
paid ~3 late
paid ~4 wrong
get paid late
got paid late
pay* ~3 wrong rate
wrong ~3 rate
payroll ~3 late
payroll ~4 wrong
payroll ~3 mistake*
payroll error*
overtime error*
overtime ~3 wrong
error* in our
mistakes ~3 every
every month ~5 error*
had to apologi*
apologi* to ~3 staff
apologi* to ~3 team
apologi* to ~3 employees
paper ~2 pack
still on paper
everything on paper
paper-based
paper process
lost constantly
gets lost
kept getting lost
at midnight
kitchen table
late at night
chasing ~3 timesheets
chasing ~3 approvals
chasing ~3 signatures
chasing ~3 managers
chasing ~3 people
chasing ~3 paycheck
lose every
lose ~3 every other
multiple spreadsheets
too many spreadsheets
four logins
too many logins
multiple logins
we pay ~4 penalt*
paying ~4 penalt*
pay in ~3 penalties
late-filing
late ~2 fees
"hate" ~3 chasing
biggest headache
biggest pain
unless: on their side
unless: on your side
unless: because of your
unless: your app
match: Half the warehouse got paid late again because approvals sit in someone's inbox.
match: We used to run onboarding on paper forms that got lost constantly.
nomatch: We were fine with our old process.
unless: didn't record
unless: didn't save
# --- round 3: fixing the same things every week, being asked constantly, days of paperwork
fixing ~3 rota
fixing ~3 timesheet*
fixing ~3 mistakes
fixing ~3 errors
fixing ~3 payroll
spend* ~4 fixing
spend* ~4 correcting
correcting ~3 by hand
keep* emailing
keep* calling me
keep* messaging
constant* ~3 asking
days of paperwork
hours of paperwork
mountain of paperwork
pile of paperwork
drowning in paperwork
weekends doing
weekends fixing
nights and weekends
unless: not feeling any pain
unless: not feeling the pain
unless: no real pain
# --- round 4: over/underpaying, half the week on queries, scrambles, sticky notes
underpaid
overpay*
underpay*
overpaid ~>4 because
half my week
half my time
answering ~3 queries
spend* ~4 answering
scrambl*
mad dash
post-it*
post it notes
shoebox
unless: struggling to see
unless: migration alone
unless: not a single
unless: not one single
unless: without a single
match: We overpaid two leavers because the sheet was out of date.
nomatch: Not a single payroll error since go-live.
# --- round 5: flooded inboxes, wrong amounts
inbox ~3 flooded
flooded with
inundated
bombarded
wrong amount
paid the wrong
in a notebook
always wrong
never right
unless: never once
unless: hasn't once
unless: zero errors
unless: zero payroll errors
unless: no payroll errors
unless: no errors
still using paper
updat* ~4 places
enter* ~4 places
same data ~4 places
making mistakes
mistakes with ~3 pay
guessing game
every pay run
unless: log in again
# --- round 3: late or wrong sends, spreadsheet lookups, exact 'painful' (the stem 'pain' matched the rep's "real pain under there")
data ~3 stale
stale ~2 list*
stale ~2 record*
went out ~5 late
goes out ~5 late
go out ~5 late
sent ~5 late
went out ~6 wrong
goes out ~6 wrong
send ~3 the wrong
sent ~3 the wrong
wrong ~2 coupon*
wrong ~2 price*
wrong ~2 discount*
vlookup*
and a prayer
csv export* ~5 every
export* ~5 every ~3 week
endless argument*
three versions of
versions of the truth
unless: struggle to justify
unless: I think there's
unless: won't admit
# --- round 3 probes: called all day, double-booked, close that takes days, scattered spreadsheets, repeat visits; a predicted nightmare is effort, not pain
times a day to ask
"calls" ~5 times a day
calls all day
overbook*
end up waiting
different spreadsheets
close takes
takes us ~3 days
takes us ~3 weeks
kills the day
kills our day
have to come back
second visit
repeat visit*
return visit*
without the right parts
unless: will be a nightmare
unless: would be a nightmare
unless: going to be a nightmare
call the office ~5 times
# --- round 3 probes L: buried in work, good people slipping away
buried in ~2 cv*
buried in ~2 applications
buried in ~2 paperwork
buried in ~2 email*
slip away
match: Techs arrive without the right parts and have to come back the next day.
nomatch: I'd struggle to justify another subscription.
# --- round 3 probes O: one blast for everyone, endless back and forth
unsubscribe* ~5 roof
unsubscribe* ~4 up
batch and blast
spray and pray
takes ~3 people ~4 days
endless back and forth
went out with ~4 last year
went out with ~4 wrong
wrong ~2 code*
# --- round 3 probes S: nobody knew which version, apologising for late shipments
nobody knew which
no one knew which
which version ~4 current
apologi* to ~2 customers
constantly apologi*
late shipments
unless: drowning in the erp
unless: my guess
unless: I suggested
unless: told her about
unless: told him about
unless: told them about
which numbers are right
it's exhausting
# --- round 4: stitching data together, prep that eats days, chasing reps, notes lost or never logged, nobody knew
match: Every board pack takes me two full days of stitching exports together.
match: Half the call notes never get logged and nobody knows who spoke to whom.
nomatch: Setup took two days and then it just ran.
stitch* ~3 together
two full days
whole weekend*
spend ~3 chasing
chasing ~2 reps
chasing them
nobody had a clue
nobody knew who
nobody knew what
no one knew who
no one knows who
never get logged
forget* ~3 to log
forget* ~3 to update
lose ~4 notes
coach* from memory
personal spreadsheets
by the time we notice*
never get ~3 callback
never get ~3 followed up
never get ~3 called back
months to ramp
no coaching
# --- probe round X: no idea what works, arguments about whose numbers are right
no idea which ~3 emails
no idea which ~3 calls
no idea which ~3 leads
no idea which ~3 messages
no idea who ~4 call*
no idea who ~4 touch*
no idea what works
whose numbers
# --- probe round Y: dialing blind, no context, nights and weekends lost to reviewing calls
dial* blind
no context on
nights ~4 listening
weekends ~4 listening
# --- probe round Z: follow-up as a free-for-all, hot leads going cold, managers hearing a sliver of calls
free-for-all
leads went cold
leads go cold
hot leads ~3 cold
listen* to ~3 of calls
# --- probe round AA: notes as a black hole, handoffs losing context, evenings lost to data cleanup
black hole
nothing makes it into
los* ~3 context
spend my evenings
spend ~2 evenings
spend my weekends
# --- probe round BB: finding out too late
find out ~4 dead
find out too late
# the rep's own actions and plans in call notes (labeling.md 1): nothing in such a sentence counts
unless: "lvm"
unless: left ~1 "vm"
unless: "f/u" next
unless: "f/u" "w/"
unless: will try again
unless: will send
unless: sent ~>3 deck
unless: sent ~>3 case stud*
unless: sent ~>3 pricing
unless: sent ~>3 proposal
unless: sent ~>3 recap
unless: sent ~>3 one-pager
unless: sent ~>3 link
unless: sent ~>3 roi
unless: "sending" ~>3 deck
unless: "sending" ~>3 case stud*
unless: "sending" ~>3 pricing
unless: "sending" ~>3 proposal
unless: "sending" ~>3 recap
unless: "sending" ~>3 one-pager
unless: "sending" ~>3 link
unless: "sending" ~>3 roi
unless: my take
unless: "rep" to follow
unless: "rep" to send
unless: "rep" will
nomatch: Will send the case study about teams losing hours to manual entry.
nomatch: Rep to follow up on the spreadsheet chaos they described.
# --- round 5 (lexgen): slow turnaround in their own process ("a week to get a quote out the door"),
# teams blaming each other, errors going out, being grilled over numbers, dreading a recurring task
match: Every proposal takes us a week to get out the door.
match: Finance blames sales and sales blames finance.
match: About one in five invoices goes out wrong.
match: I used to dread month end.
match: Our reps waste Friday afternoons on data entry.
nomatch: Quotes now go out the door the same day.
nomatch: We wasted no time signing.
a week to get ~4 out
days to get ~4 out
weeks to get ~4 out
week* ~>5 out the door
days ~>5 out the door
blame* each other
blaming each other
finger-pointing
point* fingers
blames sales
blames finance
blames marketing
go* out wrong
went out wrong
got grilled
get grilled
breathing down my neck
used to dread
dread* ~3 every
had nothing to show
waste ~3 mornings
waste ~3 afternoons
wast* ~3 hours
wast* ~3 days
time wasted
# --- round 5 (lexgen, probe round 8): the same question over and over, satisfaction scores falling,
# things slipping
match: Our agents answer the same password question 200 times a week.
match: Our CSAT dropped 9 points this year.
match: We tracked escalations in a spreadsheet and things slipped constantly.
nomatch: Ticket volume dropped after launch.
same ~3 question* ~5 times
the same question* ~3 over
csat ~3 dropped
nps ~3 dropped
satisfaction ~3 dropped
scores ~3 dropped
things ~2 slipped
slipped constantly
# --- round 5 (lexgen, probe round 13): the before story told with "used to" and "our old system"
match: We used to wait three days for every approval.
match: Our old system crashed every Friday afternoon.
used to wait
used to take ~3 "days"
used to take ~3 "hours"
used to chase
our old system ~4 crash*
the old system ~4 crash*

# --- round 6 (families seen in two or more independent sets): a recurring day lost to the
# process ("I lose every Thursday to it", "burns three days every month-end", "eats my
# Friday"), a sheet held together with tape or fallen apart, numbers nobody believes, a
# before story in a review ("before this I'd ..."), follow-ups forgotten, miserable meetings
match: I lose half of every Monday to chasing updates.
match: The team burns two days every close on it.
match: It eats most of my Friday.
match: The tracker is basically taped together.
match: The spreadsheet has completely fallen apart.
match: Nobody on the board believes our pipeline numbers.
match: Before this we'd lose track of renewals every quarter.
match: We kept losing deals because I forgot to follow up.
nomatch: We lose nothing if we wait a week.
nomatch: Before this call I read your case study.
lose* ~>3 every
lose* ~>4 every monday
lose* ~>4 every friday
taped together
fallen apart
nobody ~4 believes
"didn't" believe myself
before this ~2 i'd
before this ~2 we'd
before this ~2 we had
before tidewell
forgot to follow up
forget ~3 to follow up
bloodbath
spreadsheet archaeology
arguing over ~2 spreadsheets
basically a guess

# --- round 6, batch 3: finding out too late, following up too late, quotes dying, embarrassing
match: We only find out a deal is slipping when it's already gone.
match: We follow up too late and lose the buyer.
match: Quotes are dying in inboxes.
nomatch: Found out about the webinar too late to join.
find out ~>8 already gone
used to find out
follow up too late
quotes ~2 dying
it's embarrassing

# --- round 6, after holdout-j: a before story with hours spent, lying awake over it, phone tag,
# half the morning on the phone, re-keying, so done / so over it
match: Before this our front desk spent three hours a day on the phone.
match: I used to lie awake about the backups.
match: We play phone tag with patients all day.
match: One person spends half the morning confirming appointments.
match: I'm so over it.
nomatch: Before the demo we spent an hour on questions.
before ~4 spent ~>4 hours a day
lie awake
lay awake
phone tag
half the morning
so over it
so done with

# --- round 7 (lexgen3): used-to stories (used to forget, used to spend, what used to be),
# wasted Mondays, a week burned, a running joke, has been hell, sheets that break, nobody saw it
match: We used to spend an hour every Friday matching numbers.
match: I used to forget who I promised to call.
match: Our forecast is a running joke with the board.
match: Quarter end has been hell for months.
match: We lost a customer and nobody saw it coming.
nomatch: I used to work in retail.
used to forget
used to be a
waste* ~3 monday*
running joke
been hell
nobody saw ~3 coming
no one saw ~3 coming
"didn't" see it coming
stop forgetting

# --- round 7 (lexgen3), precision: manual work our product forces (a connector that wants fields
# mapped by hand, duplicates from an import) is product_fit, not the customer's process pain
nomatch: The app makes us re-enter every contact by hand.
nomatch: Its connector wants each field mapped by hand.
nomatch: The android version is a buggy mess.
unless: makes us ~4 by hand
unless: map* ~4 by hand
unless: duplicates by hand
unless: by hand anyway
unless: buggy mess

# --- round 7, batch 2: lost accounts and renewals are a problem today as well as a fear, a week
# burned in shorthand, no good answer for the CEO, a furious CEO, manual updates
match: We lost two renewals last year and found out too late.
match: Managers burn a whole wk each quarter on slides.
match: I never have a good answer when the CEO asks.
match: The CEO is furious about the miss.
nomatch: We haven't lost a single account since.
lost ~>3 accts
lost ~>3 renewals
lost ~>3 clients
burn* ~3 wk
never have a good answer
ceo is furious
manual ~2 updates

# --- round 7, batch 5: a loss that did not happen ("we'd have lost it without you") is praise,
# "my CFO will kill me" is an idiom
nomatch: We'd have lost that account without it.
nomatch: Give me the discount or my CFO will kill me.
unless: would have lost
unless: "we'd" have lost
unless: will kill me

# --- round 7, after holdout-m: no answer for the board
match: The board asks me why and I have no answer.
have no answer
# --- round 8 (lexgen4): deals slipping unseen until it is too late
slipping ~4 too late {negation: off}
which deals are slipping
# --- round 8 (lexgen4): we blew the quarter (n and p)
blew "q1"
blew "q2"
blew "q3"
blew "q4"
blew the quarter
blew ~3 forecast
# --- round 8 (lexgen4, after holdout-p): manual work that stopped is the gain, not a live pain
unless: "stopped" ~5 by hand

# --- round 9: the forecast keeps missing or swinging, explaining the misses (g, q, r; de/es below)
match: We missed the forecast by a mile two quarters running.
match: Every week the board asks why the forecast swung again.
match: I'm tired of explaining misses to the CEO.
nomatch: We have not missed a forecast since we switched.
nomatch: The forecast view is where we start every Monday.
"missed" ~>3 forecast
"missed" ~>3 fcst
"missed" ~3 guidance
our forecast "misses"
our fcst "misses"
explaining ~2 misses
forecast ~4 "swung"
forecast ~4 "swings"

# --- round 10 (lexgen6t): families as word lists, so the combinations no writer used yet count too.
# Time eaten by the process (a verb of losing time x a span of the week), nobody able to say what is
# at risk, sleep lost over the numbers, a bad routine that is "no more" in a before story (b, f, g, m, o, q, s)
match: Our ops lead burned three afternoons a month rebuilding the board deck.
match: The weekly roll-up eats two days of my analyst's time.
match: Nobody could tell me which renewals were at risk.
match: No one knows what's really in the pipe.
match: Honestly the renewal numbers keep me up at night.
match: I'm losing sleep over the board pack.
match: No more Thursday-night scrambles before the exec review.
nomatch: We lost two deals to price last quarter.
nomatch: I slept well after the demo.
nomatch: No more questions from my side.
@timesink = lost | lose | losing | burn | burned | burning | burnt | ate | eats | eating | wasted | wastes | wasting | "costing" | "costs my team" | "costing my team"
@weekspan = days | hours | hrs | afternoons | mornings | "evenings" | weekends | mondays | fridays | sundays | "half of every" | "half a day" | "half the week"
@timesink ~>4 @weekspan
# round 13 (lexgen9t): a review's day lost to the vendor's own support or docs ('lost two days with support', 'lost a day
# working out where everything moved': l, u) is product_fit, not the customer's process
@vendorcause = "with support" | "with your support" | "on support" | "working out where" | "figuring out where" | "working out how" | "figuring out how"
unless(term): @timesink ~>6 @vendorcause {kinds: review}
nomatch: We lost two days with support going in circles.
nomatch: Our admin burned a day figuring out where the settings went.
nomatch: Nobody wants to mess with the commit field.
@nobody = nobody | "no one"
@couldsay = knew | knows | know | "can tell" | "could tell" | "can say" | "could say"
@atrisk = "at risk" | pipe | pipeline | slipping | "which version"
@nobody ~>1 @couldsay ~>6 @atrisk
@sleeploss = "lose sleep" | "losing sleep" | "lost sleep" | "keeps me up at night" | "kept me up at night" | "keep me up at night" | "keeping me up at night" | sleepless | "lying awake" | "lay awake"
@sleeploss
@badroutine = panic* | scrambl* | chaos | firefight* | "fire drill*" | nightmare* | re-key* | rekey* | "manual exports"
"no more" ~>3 @badroutine
# batch 2 (after u, v, w, x): nobody followed up, a deadline or tender missed, the "used to" story with what
# was bad about it, month-end chasing (u, v, w, x; older dev, f, g)
match: We lost a good client because nobody followed up for a month.
match: We missed the grant deadline because it was buried in a shared inbox.
match: Board prep used to be a full day of arguing over versions.
match: Every quarter-end I'm calling each region one by one for their number.
nomatch: She followed up nicely after the demo.
nomatch: We used to meet in person every quarter.
@followedup = "followed up" | "follows up" | "called back" | "calls back" | "noticed until" | chased
@nobody ~>1 @followedup
@deadline = deadline | deadlines | tender | tenders | "renewal date" | filing
"missed" ~>6 @deadline
@oldpain = worst | nightmare | argument | arguing | "a full day" | "for days" | chaos | mess | "phone tag" | "two different" | guessing | "calling every"
"used to" ~>6 @oldpain
@periodend = "month-end" | "month end" | "quarter-end" | "quarter end"
@chasing = ringing | calling | chasing | "phone tag" | scrambl* | "one by one"
@periodend ~>6 @chasing
# batch 3 (all sets): finding out only when it is too late, a forecast that is a vibe or
# fiction, arguing about whose numbers are right, reading cells out loud, a fragile sheet or script, hating
# the routine, systems that don't talk to each other (f, l, n, o, q, r, s, u, v, w, x)
match: I only hear about lost renewals after the customer has gone.
match: We find out a rep discounted when the invoice goes out.
match: Our CFO found out we missed the quarter from the board pack.
match: Our pipeline number is basically fiction.
match: Every Monday turns into a fight about whose sheet is right.
match: The call is an hour of people reading rows out loud.
match: The forecast lives in a workbook held together with macros and hope.
match: My managers hate the month-end roll-up.
match: Our billing and the CRM don't talk to each other.
nomatch: I found out about you from a friend.
nomatch: The reps hate new tools, so training must be short.
@wefind = "we find out" | "i find out" | "we only find out" | "i only find out" | "we hear about" | "i hear about" | "i only hear about"
@whenlate = when | after
@wefind ~>8 @whenlate
@foundout = "found out" | "find out" | heard
@wemissed = missed | lost | slipped
@foundout ~>2 we ~>1 @wemissed
@fcstthing = forecast | fcst | crm | pipeline | number
@vibe = vibe | vibes | fiction | "a coin flip" | "made up"
@fcstthing ~>3 @vibe
@arguing = arguing | argument | argue | argued | fighting | fight | debating
@arguing ~>4 whose
reading ~>3 out loud
@fragile = "held together with" | "duct-tape" | "duct tape" | "duct-taped" | "breaks every time" | "broke every time"
@fragile
@hateit = hate | hates | hated | dread | dreads
@chore = "roll-up" | rollup | spreadsheet | spreadsheets | sheet | excel | "month-end" | "forecast call" | "pipeline call" | "monday call"
@hateit ~>3 @chore
"talk to each other" {negation: off}
# --- round 11 (lexgen7t): manual work caused by the vendor's own product (a bug, a migration, a gap) is product_fit
unless: fix ~3 by hand
unless: redo ~2 by hand
unless: re-import*
unless: support told us
unless: since the last update
nomatch: Since the last update the export is broken, so we fix the totals by hand.
# --- round 11 (lexgen7t) recall: business lost in the past with its cause (f, r, u); a process that runs on luck or works until it doesn't (t, v)
match: We lost a dozen service jobs last spring because nobody called back.
match: The whole thing works until it doesn't.
match: We're running the branch on luck.
@pastbiz = accounts | accts | renewals | clients | customers | jobs | bids | pitches | orders | placements | agreements | contracts | tenders | listings
@because = because | bc | "b/c" | "that way" | "since nobody"
lost ~>4 @pastbiz ~>4 @because
nomatch: We lost two job notes to the sync bug.
works until it "doesn't"
"running" ~3 on luck
# --- round 11 (lexgen7t), after ac/ae: a manager who stopped chasing is the happy ending; sarcastic 'love retyping'
nomatch: Since the app, my boss stopped chasing me for updates.
unless: stopped chasing
unless: love retyp*
# --- round 11 (lexgen7t), after ac-af: 'I can't keep doing this / running on' (ad, v), work that sits for days (ad, u, de ad), a forecast off by N (ad, s), phoning every manager for the numbers (ad, x), not seeing it coming, 'used to miss'
match: I can't keep doing this by hand every month.
match: We can't keep running the depot on guesswork.
match: Quotes sat in someone's inbox for days.
match: The forecast was off by 25% again.
match: Month-end meant calling every branch manager for their numbers.
match: We lost two renewals we didn't see coming.
match: We used to miss filing deadlines.
nomatch: I can't keep my eyes off the new dashboard.
nomatch: The numbers were off by a rounding cent, fixed.
@cantkeep = "can't keep" | "cannot keep" | "can not keep" | "can't go on"
@doingit = "doing this" | running | living | chasing | rebuilding | guessing
@cantkeep ~>1 @doingit
@sitw = sit | sits | sat | sitting
@forlong = "for days" | "for a week" | "for weeks" | "for a month"
@sitw ~>6 @forlong
@fcsttwo = forecast | fcst | commit | number | numbers
@offamount = "double digits" | 1* | 2* | 3* | 4* | 5* | 6* | 7* | 8* | 9* | "a mile" | miles | half | "a third"
@fcsttwo ~>3 "off by" ~>1 @offamount
"didn't see" ~>1 coming
used to miss
@phoning = phoning | calling | ringing | "ringing round" | "phoning round" | "calling round"
@mgr = manager | managers | branch | branches | rep | reps | dealer | dealers | office | offices | site | sites
@phoning ~>2 every ~>3 @mgr
# --- round 11 (lexgen7t): manual work around an import, a configuration or a migration is the product's (product_fit/implementation), not the customer's process
nomatch: The CSV import chokes on our dates, so I reformat the rows by hand.
nomatch: Every new user has to be configured by hand.
unless: import*
unless: configured
unless: migrat*
unless: reformat*
unless: stopped ~1 second-guess*
nomatch: Our managers stopped second-guessing the commit.
# --- round 11 (lexgen7t), after ag-aj: basically guessing the number (ac; fr aj 'devinettes'), typing notes up at night (ah; not 'instead of typing', which is the happy ending), a setup that keeps costing days; 'stop guessing' tried: 1 right, 2 wrong
match: Every week I'm basically guessing the number.
match: I spend an hour typing up notes every night.
match: The current setup keeps breaking and costing my team days.
nomatch: I'm guessing the rep will follow up.
basically guessing
@nightly = "every night" | "at night" | nightly | "every evening" | "in the evening"
typing ~>5 @nightly
unless: instead of typing
unless: than typing
nomatch: Dictating in the car beats typing notes up at night, instead of typing them later.
unless: after the update
nomatch: Lost a whole afternoon of notes after the update.
# --- round 11 (lexgen7t), after ai: soul-destroying, the call from hell
match: Pasting reports into slides every Monday is soul-destroying.
match: Get me out of the Thursday call from hell.
soul-destroying
from hell
# --- round 12 (lexgen8t): flying blind (aj, f, l; not when the sentence is a loss, which is fear_of_loss, or stopping it), texting or ringing each rep for the numbers (ag twice, ai)
match: Without a pipeline view we're flying blind every quarter.
match: On Fridays I end up texting each of them for a number.
match: My forecast is me ringing everyone on Thursday night.
nomatch: We keep losing the ad auctions while flying blind.
nomatch: I want to stop flying blind.
nomatch: I'll text everyone the new link.
@flying = flying | fly | flew
@flying ~>1 blind
unless(term): lose
unless(term): lost
unless(term): stop ~>2 @flying
@pinging = "texting" | "ringing" | "ring" | "phoning"
@eachone = "each of them" | "every one of them" | everyone | "each rep" | "each of my" | "all of them"
@pinging ~>1 @eachone
# --- round 13 (lexgen9t): a day of the week spent on the chore ('we spend Friday afternoons typing numbers', 'I spend
# Thursday and half of Friday on the export': aj, am)
match: My coordinators spend Monday mornings copying numbers into the deck.
nomatch: We'll spend Monday at the trade show.
@spendv = spend | spent | spending
@weekdays = monday | tuesday | wednesday | thursday | friday | saturday | sunday
@chorework = typing | type | re-keying | rekeying | copying | copy-pasting | export | exports | exporting | spreadsheet* | sheets | reconcil* | matching | chasing | merging | stitching | updating | cleaning
@spendv ~>1 @weekdays ~>7 @chorework
# --- round 13 (lexgen9t): in a review, out-of-date docs cost the time, not their own process ('the docs are out of date,
# we wasted a day', 'docs are outdated, took some guesswork': ao, ap, u): product_fit
nomatch: The setup docs are out of date, so we wasted a day on a menu that no longer exists.
@docs = docs | documentation | "help articles" | "help pages" | "help center"
@stale = outdated | "out of date" | "still describe" | "still shows" | "no longer exist"
unless: @docs ~>6 @stale {kinds: review}

[fear_of_loss] Fear of loss (FOMO)
description: Fear of missing out or falling behind: competitors are moving first, deals, customers or revenue are being lost while they wait, a deadline with a penalty or loss attached, "before it's too late". Market rivals named here are the customer's own competitors, not competing vendors.
match: Our competitors already forecast with AI and we're falling behind.
match: Every month we wait we lose deals to faster teams.
match: We can't afford to be the last ones still on spreadsheets.
match: Everyone else in our space moved to AI forecasting, we're the last ones.
match: We're bleeding customers to the shop across town.
nomatch: We're ahead of plan this quarter.
match: If I show up with the spreadsheet again, the investors will eat me alive.
match: If I walk in with that sheet again I lose my budget.
nomatch: I walk in with coffee every morning.

fall behind
fell behind
fallen behind
left behind
behind the curve
behind the competition
behind our competitors
behind our peers
keep pace
competitors ~5 already
competitors ~5 moving
competitors ~5 ahead
competitors ~5 using
competitors ~>2 switch*
competition ~5 ahead
competition ~5 moving
rivals ~5 ahead
rival* ~5 los*
losing ~3 revenue
losing ~3 market share
losing ~3 ground
los* ~6 to ~3 competitor*
costing us ~3 deals
costing us ~3 customers
costing us ~3 money
bleeding
churn* ~3 up
miss out
fomo
too late
unless(term): too late for us
nomatch: A Q4 release is too late for us.
before it's too late
last ones
@lastprev = like | off | without
unless(term): @lastprev ~>1 "last one"
unless(term): "the last one was"
# round 15 (lexgen11t): "the last one" as the previous one (a contract, a year, a meeting) is no fear of being left behind
nomatch: We are still paying off the last one.
nomatch: The last one was a disaster, so we budget more time now.
last company ~3 still
only ones ~3 still
every week we wait
every month we wait
every day we wait
every week without
every month without
every day without
each week without
won't get back
window ~3 clos*
"fined"
lose ~3 accounts
on track to miss
miss ~3 the year
can't afford to wait
can't afford to lose
can't afford to fall behind
can't afford to miss
can't afford to be the last
can't afford not to
lose more
lost order*
lost sale*
lost revenue
lost business
lose ~2 season
can't risk
unless: fewer churn*
unless: less churn
unless: reduce churn
play catch-up
catch up with ~3 competitors
catch up to
lose ~3 top
lose ~3 best
competitor* ~5 rolled out
competitor* ~5 launch*
competitor* ~5 adopt*
competitor* ~5 just
keep losing
don't want to miss
don't want to lose
discount expir*
can't keep losing
miss another quarter
miss another
job on the line
get fired
replace ~4 leadership
steal* ~3 accounts
steal* ~3 deals
steal* ~3 customers
rivals ~5 faster
competitors ~5 faster
before the price increase
before prices go up
heads roll
heads will roll
poach*
falling ~2 behind
fell ~2 behind
eat* our lunch
if we don't move
unless: "ns"
unless: next step*
# --- generalization round 2: losing people to rivals, grants and funding at stake, audits with consequences
risk* ~3 penalt*
fac* ~3 penalt*
could ~4 penalt*
would ~4 penalt*
penalt* ~3 by
lose* ~3 grant
lose* ~3 funding
lose* ~3 subsidy
lose* ~3 contract
lose* ~3 certification
lose* ~3 license
"losing" ~3 agents
"losing" ~3 staff
"losing" ~3 people
"losing" ~3 employees
"losing" ~3 reps
losing ~3 talent
losing ~3 candidates
losing ~3 drivers
losing ~3 nurses
lose ~3 good people
lose another ~3 to
lose ~3 people to
losing ~3 to them
leaving for ~3 next door
leaving for the
leave for ~3 competitor*
next door
across town
down the street
written up
get written up
fail ~3 audit
audit ~4 finding*
"can't let that happen again"
happen again before
if ~4 by then {negation: off}
isn't sorted by
not sorted by
"attrition" ~3 rising
"attrition" ~3 up
"attrition" ~3 spike
high attrition
match: Our best drivers keep leaving for the depot across town.
match: If the system isn't sorted by then we lose the training subsidy.
nomatch: The analytics helped us spot attrition early.
regulator fines
fines us
fines them
# --- round 3: candidates taking other offers, another slip before an inspection
accept* ~2 other offers
taking other offers
while we're still
can't afford another
before the inspection
before the audit
# --- round 4: warnings from authorities, rivals stealing staff
warning from ~3 tax
warning from ~3 regulator
second warning
final warning
another one would be
steal* ~3 staff
steal* ~3 people
steal* ~3 employees
steal* ~3 talent
competitors ~5 "offering"
nomatch: A competitor offered us two months free.
# --- round 5: exposure, losing people to a competitor, "or we lose it"
we're exposed
leaves us exposed
unprepared
catch* us out
lost ~5 to a competitor
lost ~5 to the competition
lost ~3 good
or we lose
or we'll lose
or lose the
we lose it
grievance*
threaten*
tribunal
lawsuit
sue us
get sued
lose* ~3 licenc*
another finding
will walk
people ~4 walk
staff ~4 walk
last firm
last company
last business
takes effect
"can't" comply
"fines" ~2 start
nomatch: Fine if you start with the Android app.
match: The fines start in March.
new ~3 regulation
lost our best
lose our best
would have lost
unless: used to lose
in trouble
before ~2 busy season
before peak
# --- round 3: losing to rivals (ordered, not 'lose a day to it'), churn as a trend (not 'churn reporting'), losing funding, a rival who has it and we don't, a repeat of a past loss
los* ~4 to ~3 rival*
los* ~4 to ~4 brands
los* ~4 to ~4 player*
los* ~4 to ~3 amazon
churn* ~3 rising
churn* ~3 climb*
churn* ~3 spik*
churn* ~3 doubl*
churn* ~3 higher
churn* ~3 worse
"churning"
"churned"
last firm ~3 still
last team ~3 still
last agency ~3 still
last brand ~3 still
last retailer ~3 still
last shop ~3 still
last store ~3 still
has one ~2 "and we don't"
have one ~2 "and we don't"
has it ~2 "and we don't"
have it ~2 "and we don't"
won't fund
pull ~3 funding
lost ~6 in sales
lost ~4 sales
lost ~4 orders
lose ~3 another season
@losttime = hour | hours | day | days | afternoons | "evenings" | mornings
every month ~3 lose
unless(term): lose ~>3 @losttime
every week ~3 lose
unless(term): lose ~>3 @losttime
# round 15 (lexgen11t): time lost every week is a pain (the hours), not a fear of losing something
nomatch: We lose three hours every week merging the sheets.
nomatch: Every month the team loses two days to reconciliation.
competition ~8 "and we don't"
competitor* ~8 "and we don't"
rivals ~8 "and we don't"
down the road ~3 already
next door ~3 already
across the street
customers notice
guests notice
lost ~4 in ~3 sales
# --- round 3 probes M: a big account threatening to move
"they'll move" to
will move ~3 to ~3 if
move to a supplier
take their business elsewhere
threaten* to leave
threaten* to move
if we don't get one
match: Our biggest account will move to a supplier with a portal if we don't get one.
nomatch: We lose a whole afternoon to it every week.
buy ~4 somewhere else
buy elsewhere
shop elsewhere
go elsewhere
every week we don't
every month we don't
every day we don't
"can't be the only"
only ~3 in town without
the only ones without
unless: my guess
unless: I suggested
unless: told her about
unless: told him about
unless: told them about
lost ~4 partners
# --- round 4: rivals eating our lunch, accounts we nearly lost
match: Their two biggest rivals are eating their lunch on inbound.
match: We'd have lost our largest client if we hadn't caught it.
eat* ~3 lunch
we'd have lost
almost lost
# the rep's own actions and plans in call notes (labeling.md 1): nothing in such a sentence counts
unless: "lvm"
unless: left ~1 "vm"
unless: "f/u" next
unless: "f/u" "w/"
unless: will try again
unless: will send
unless: sent ~>3 deck
unless: sent ~>3 case stud*
unless: sent ~>3 pricing
unless: sent ~>3 proposal
unless: sent ~>3 recap
unless: sent ~>3 one-pager
unless: sent ~>3 link
unless: sent ~>3 roi
unless: "sending" ~>3 deck
unless: "sending" ~>3 case stud*
unless: "sending" ~>3 pricing
unless: "sending" ~>3 proposal
unless: "sending" ~>3 recap
unless: "sending" ~>3 one-pager
unless: "sending" ~>3 link
unless: "sending" ~>3 roi
unless: my take
unless: "rep" to follow
unless: "rep" to send
unless: "rep" will
# --- round 5 (lexgen): fear said with a negator that belongs to it ("we can't fall behind"),
# bids and tenders lost, money lost while waiting, "we're toast"
match: We can't fall behind on this, our biggest rival just launched it.
match: I don't want to be the last shop in town still doing this by hand.
match: We lost the county tender because our bid came in a day late.
match: Every quarter we wait is another hundred grand gone.
match: If this isn't fixed before renewal season we're toast.
nomatch: We won the tender last month.
can't fall behind
cannot fall behind
can't ~2 fall behind
can't be left behind
can't afford to lag
don't want to fall behind
don't want to be left behind
lost ~4 tender*
lost ~4 rfp*
losing ~4 tenders
every quarter we wait
every quarter without
every quarter we don't
left ~4 on the table
we're toast
we are toast
we'll be toast
knock* ~4 off ~3 valuation
hit ~3 valuation
churn* ~2 to ~3 rival*
churn* ~2 to ~3 competitor*
losing ~4 in renewals
# --- round 5 (lexgen): their clients already moving to rivals
match: We're already seeing clients move to firms with online portals.
nomatch: We helped two clients move to the new office.
client* ~2 move to firms
client* ~>2 "moving" to
customer* ~>2 "moving" to
customers ~3 switching to
clients ~3 switching to
seeing ~3 client* ~3 move
seeing ~3 customer* ~3 move
# --- round 5 (lexgen, probe round 9): a premium or penalty that rises without it
match: Without telematics our insurance premium goes up 30%.
premium* ~3 go* up
premium* ~3 rise
without ~5 premium* ~3 go* up
without ~5 premium* ~3 rise
premium* ~3 increase

# --- round 6, batch 3: I'm toast, contracts lost to a rival
match: If the forecast misses again I'm toast.
match: We lost three big contracts to a rival last quarter.
"I'm toast"
lost ~4 contracts to
"or it's my head"
match: The board wants it fixed by June or it's my head.

# --- round 7 (lexgen3): customers and leads lost (lost two accounts, lost renewals), going to a
# rival instead of us, out of a job, leads lost to a rival
match: Every slow reply is a client that goes to someone else instead of us.
match: If we miss again I'm out of a job.
match: We keep losing leads to the agency next door.
nomatch: I lost my keys.
lost ~>3 accts
lost ~>3 renewals
instead of us
out of a job
lose ~>4 leads
lost ~>3 "leads"
nomatch: We lost our RevOps lead in May.

# --- round 7, batch 2: losing without seeing it coming, some other agency grabs the lead, handing
# deals to bigger rivals, losing competitions, each lost booking
match: We lost two clients without seeing it coming.
match: If we wait, some other agency grabs them.
match: Going back would be handing work to the bigger firms in town.
match: We lose about one in four competitions to slow follow-up.
without seeing ~2 coming
some other agency
grabs it
handing ~4 to the bigger
lose ~4 competitions
each lost

# --- round 7, after holdout-m: a rep left and took the biggest customer, don't want to be surprised again
match: A rep left and took our biggest customer with him.
match: I don't want to be surprised like that again.
took ~3 biggest customer
"don't" want to be surprised
# --- round 8 (lexgen4): what happens in front of investors or the board if the old sheet shows up again
if i walk in with ~4 again
if i show up with ~4 again

# --- round 9: a rival getting there first, not letting a loss happen again (g, p, r)
match: If our biggest rival gets there first, we look like amateurs.
match: We wanted to get ahead before our competitors woke up.
match: We lost two key accounts last year and we're not letting that happen again.
nomatch: The parcel got there first thing in the morning.
get* there first
before they wake up
before they woke up
before ~3 competitors wake up
before ~3 competitors woke up
not letting that happen again

# --- round 10 (lexgen6t): losing business to rivals as lists: what is lost x to whom (e, h, p, s, t);
# the last one still on the old tools (d, f); another period like that, missing again (m, r, s, t)
match: We keep losing listings to brokers who pick up faster.
match: They lost two big buyers last quarter to a rival builder.
match: Her team loses bids to other agencies that answer first.
match: Another season like that and we're done.
match: We can't afford another slow quarter.
match: If the number misses again, I'm out.
nomatch: We lost the deal to Dealcraft on price.
nomatch: Another quarter like that would be great.
@lose = lose | lost | losing | loses
@biz = deal* | client* | customer* | account* | accts | listing* | buyer* | booking* | business | order* | sale | sales | bid* | tender* | renewal* | contract* | placement* | job* | member*
@rivals = competitor* | rival* | other | others | "someone else" | firms | brokers | agencies | shops | "the competition" | "the place"
"losing" ~>3 @biz
# round 16 (lexgen12t): losses that have stopped are a gain achieved, no live fear of losing
unless(term): "stopped" ~>1 "losing" ~>3 @biz
nomatch: Since spring we stopped losing orders to slow quotes.
@lose ~>4 @biz ~>5 to ~>3 @rivals
@period = year | quarter | season | month
another ~>1 @period ~>2 like that
@cantafford = "can't afford" | "cant afford" | "cannot afford"
@missagain = miss | misses | missed | slips
if ~>3 @missagain ~>1 again {negation: off}
@handover = hand | handing | give | giving
@handover ~>4 another ~>1 @period {negation: off}
# batch 4: a loss that follows a condition ("if we don't ... we'll lose X", "or they lose the Q3 events"), said
# with a list of loss forms x what is lost, a named client included (q, s, t, u, v)
match: If the follow-ups slip again we'll lose the Marston account.
match: Get this live by May or we lose the whole spring season.
match: If we miss the window we'd lose Harlow to them.
nomatch: We'll lose a day to the migration, that's fine.
@welose = "we'll lose" | "we will lose" | "we'd lose" | "we lose" | "they lose" | "we'll bleed" | "we're going to lose"
@atstake = account | accounts | client | clients | customer | customers | job | jobs | year | season | deal | deals | retainer | retainers | contract | contracts | pitch | bids | conventions | kickoff
@welose ~>5 @atstake {negation: off}
@welose <Name> {negation: off}
"eating our" ~>2 @biz
unless: another quarter like that would
# --- round 11 (lexgen7t): the incumbent renews and they refuse another year of it (j, t)
match: Their old system renews in March and I won't pay for another year of it.
match: We need to sign by May or we roll them over for another year.
nomatch: We signed for another year with you, happy to.
"another year of it"
roll* ~3 over for another year
# --- round 11 (lexgen7t), after af: can't afford to lose (another) X, can't afford another one (af, u, v)
match: We cannot afford to lose the spring tender.
match: I can't afford another quarter like that.
nomatch: We can't afford to lose track of the paperwork.
@cantafford ~>2 lose
@cantafford ~>1 another
unless: lose track
# --- round 11 (lexgen7t), after ac-af: not wanting to be left behind (the want's negator is part of the fear), can't let them get (further) ahead, second to them again
match: She doesn't want to be left behind by the bigger agencies.
match: We can't let them get further ahead.
match: I'm not going to be second to them again.
"to be left behind" {negation: off}
let them get ~2 ahead {negation: off}
second to them {negation: off}
unless: "last one" missing
nomatch: Yours is the last one missing from the three quotes.
# --- round 11 (lexgen7t), after ag-aj: we were about to lose X (ah, aj, s)
match: We were about to lose our biggest distributor.
nomatch: We're about to close the books.
about to lose
# --- round 13 (lexgen9t): business lost because we forgot to follow up or call back is pain in their own process, not
# fear of loss ('sick of losing bids because I forgot to follow up', 'lost an order bc nobody called back': ap, e)
match: We keep losing bids to the firm across town.
nomatch: I'm tired of losing orders because nobody called the customer back.
nomatch: We were losing deals because I forgot to follow up.
@weforgot = "forgot to" | "forget to" | "forgets to" | "nobody called" | "no one called" | "nobody followed" | "no one followed" | "didn't follow up" | "didn't call back" | "never called back"
unless: @weforgot

[desire_for_gain] Desire for gain
description: Wanting more: revenue, more deals won, growth, ROI or payback, savings, time saved and productivity, better accuracy; a value statement such as "worth every penny".
match: If this lifts win rates by even 5% it pays for itself.
match: The ROI case is strong, payback inside a year.
match: Closed three more deals this month thanks to the reminders.
match: Saves each rep about four hours a week.
match: Our forecast accuracy went from 70% to 95%.
match: Worth every penny.
nomatch: Price is the only thing we talked about.
nomatch: Sending the ROI calculator over on Monday.
nomatch: Oh sure, one more app that will double our revenue.
match: It saves each of my team leads about two hours a week.
match: Saves me like 20 minutes a day.
nomatch: The weekly report is due every Friday.
match: We found about $400k of pipeline we would have missed.
match: My managers got their Friday afternoons back.
match: Our close rate is up since the spring.
nomatch: We would have missed the train anyway.

unless: oh sure

roi
return on investment
payback
pay back
paid back
pays for itself
paid for itself
worth every penny
worth the money
worth the investment
value for money
bang for the buck
bang for our buck
more deals
more revenue
more pipeline
more meetings
more opportunities
closed ~3 more
win more
won more
win rate*
# round 16 (lexgen12t): rivals ahead of them showing in their win rates is falling behind, not a gain
unless(term): competitor* ~>10 win rate*
nomatch: Two competitors shipped it first and you can see it in our win rates.
unless: win rate* ~>3 drop*
unless: win rate* ~>3 fell
conversion* ~3 up
increase* ~4 revenue
increase* ~4 win
increase* ~4 conversion
increase* ~4 pipeline
increase* ~4 sales
grow* ~3 revenue
revenue growth
revenue ~3 up
boost* ~4 revenue
boost* ~4 sales
boost* ~4 productivity
efficien*
save* ~3 hours
save* ~3 time
save* ~3 day*
save* ~3 money
"savings"
cost savings
time saved
time back
hours back
day back
week back
hours a week back
stop wasting
recover ~4 revenue
recover* ~3 deals
recovered
accuracy ~4 went
accuracy ~4 improv*
accuracy ~4 up
improv* ~4 accuracy
improv* ~4 forecast*
improv* ~4 win
hit ~3 quota
beat ~3 forecast
beat ~3 target
unless: not worth it
unless: isn't worth it
"productivity"
down from
taken ~3 accounts from
took ~3 accounts from
won ~3 accounts
more orders
more sales
more upsell*
more bookings
more leads
frees up
unless: "pitched"
unless: walked them through
got back ~3 hours
get back ~3 hours
gives ~3 back
gave ~3 back
accuracy ~3 now
deal size
bigger deals
larger deals
shav* ~4 off
reclaim*
without adding
without hiring
in half
halve*
unless: "ns"
unless: next step*
# --- generalization round 2: time given back, spend cut, reps selling instead of admin
my time back
my life back
our time back
"got my" ~2 back
start closing
more time selling
more time ~3 selling
sell more
close more
cut ~3 costs
cut ~3 overtime
cut ~3 agency
reduc* ~3 spend
reduc* ~3 costs
lower* ~3 costs
costs ~3 down
avoided ~3 penalt*
grow ~3 without
match: I finally got my weekends back.
match: We cut agency costs by a fifth in six months.
# --- round 4: redeploying people to better work
redeploy*
reassign ~3 to
reallocat*
one fte
free* up ~3 person
# --- round 5: margins, coaching time, days back
price better
better margins
improve* ~3 margin*
labour cost
labor cost
coach ~3 teams
time ~3 coaching
a month back
a week back
unless: roi calculator
unless: sent the
unless: sent over
time-to-hire
time-to-fill
reduc* ~4 time
shorten*
saves ~5 hours
saves ~5 days
saves ~5 time
cut ~4 time
from ~3 days to
processing time
# --- round 3: extra revenue brought in, payback in weeks, retention points, hours taken off the plate, before/after time, multiplied rates
brought in ~5 extra
bring* in ~5 extra
brought in ~4 revenue
extra revenue
incremental revenue
pay for the tool
paid for the tool
pay* for ~3 in ~2 month*
paid for the whole
more points of
points of retention
retention ~3 points
lift ~3 retention
boost* ~3 retention
improv* ~3 retention
retention ~3 up
took ~6 off my plate
hours ~6 off our plate
used to take ~8 minutes
used to take ~10 now
doubled our
tripled our
doubl* ~4 rate
doubl* ~4 conversion*
doubl* ~4 revenue
repeat ~2 purchase* ~4 up
used to take ~8 seconds
used to take ~8 an hour
# --- round 3 probes: six figures, one more job per day, added revenue
six figures a year
save* ~4 six figures
cut ~5 by even
reduc* ~5 by even
one more ~2 per day
more jobs per
more visits per
more appointments per
more stops per
more deliveries per
add ~2 real revenue
add* ~3 revenue
fill* ~3 cancellations
fill* ~3 empty slots
earn* sooner
bill* sooner
revenue sooner
get paid faster
aov ~3 up
raise ~3 aov
increase ~3 aov
lift ~3 aov
average order value ~4 up
margin expansion
expand* ~3 margin*
improv* ~3 margin*
match: The first week brought in an extra eight thousand in repeat orders.
match: What used to take me a morning now takes ten minutes.
lift in ~2 conversion*
lift in ~2 revenue
lift in ~2 sales
even a ~3 lift
pull its weight
pull their weight
hours ~6 off my plate
work off my plate
orders are up
sales are up
revenue is up
bookings are up
conversions are up
up ~4 since we
unless: my guess
unless: I suggested
unless: told her about
unless: told him about
unless: told them about
growth target
buyers to come back
customers to come back
unless: asked to cut costs
unless: being asked to cut
projected uplift
# --- round 4: more meetings/demos/replies booked, metrics that went up, doubling output without hiring, hours saved in shorthand
match: Since the switch our demos booked per rep went up by a third.
match: The goal is to double outbound meetings without adding headcount.
nomatch: The 9% annual uplift in the renewal quote is the problem.
double ~>3 meetings
double ~>3 pipeline
double ~>3 demos
double ~>3 outbound
doubl* ~>3 replies
more demos
more replies
more meetings booked
more closed
booked ~5 went up
pipeline is up
pipeline went up
pipeline up
pipeline ~3 grew
renewals are up
renewals up
reply rate* ~>3 up
response rate* ~>3 up
open rate* ~>3 up
connect rate* ~>3 up
meetings are up by
meetings went up
sav* ~>4 hrs
sav* ~>4 hours
hrs ~2 back
without adding headcount
same headcount
same team ~3 more
more ~4 from the same team
expansion revenue
protect ~3 revenue
ramp time ~3 dropped
ramp ~3 faster
"quota attainment"
unless: annual uplift
unless: up to date
unless: up to you
unless: price uplift
unless: uplift clause
# --- round 4 probes: more of a sales outcome a few words apart, selling time, shorter cycles, bigger deals, bookings growth
more ~>2 meetings
more ~>2 demos
more ~>2 conversations
more ~>2 deals
extra ~3 selling time
more selling time
cycle time ~>3 dropped
sales cycle ~4 shorter
shorten* ~>3 cycle*
grow ~>3 bookings
bookings ~>3 up
conversion ~>4 jumped
deal size* ~>3 up
# --- probe round X: multiples of pipeline, rates that climbed, without new hires
"2x" ~3 pipeline
"3x" ~3 pipeline
"3x" ~3 meetings
tripl* ~>3 pipeline
without new hires
rate* ~>3 climbed
rate* ~>3 jumped
rate* ~>3 doubled
# --- probe round Y: lifting conversion, more at-bats
lift* ~>3 conversion
lift* ~>3 pipeline
lift* ~>3 meetings
lift* ~>3 win
at-bats
# --- probe round AA: more qualified opps, pipeline coverage, twice as many in the same time
more ~>2 opps
more qualified ~2 opportunities
pipeline coverage
twice as many ~3 calls
twice as many ~3 meetings
twice as many ~3 demos
twice as many ~3 deals
# --- probe round BB: in front of more buyers
in front of more
more buyers
# the rep's own actions and plans in call notes (labeling.md 1): nothing in such a sentence counts
unless: "lvm"
unless: left ~1 "vm"
unless: "f/u" next
unless: "f/u" "w/"
unless: will try again
unless: will send
unless: sent ~>3 deck
unless: sent ~>3 case stud*
unless: sent ~>3 pricing
unless: sent ~>3 proposal
unless: sent ~>3 recap
unless: sent ~>3 one-pager
unless: sent ~>3 link
unless: sent ~>3 roi
unless: "sending" ~>3 deck
unless: "sending" ~>3 case stud*
unless: "sending" ~>3 pricing
unless: "sending" ~>3 proposal
unless: "sending" ~>3 recap
unless: "sending" ~>3 one-pager
unless: "sending" ~>3 link
unless: "sending" ~>3 roi
unless: my take
unless: "rep" to follow
unless: "rep" to send
unless: "rep" will
# --- round 5 (lexgen): time or cycle cut, said as a before/after ("2 minutes instead of 20"),
# faster closes and ramps, money recovered
match: A quote takes me 2 minutes instead of 20.
match: My reps close faster now.
match: New hires ramp twice as fast.
match: Our sales cycle got noticeably shorter.
match: The average discount dropped by six points.
nomatch: The page takes a minute instead of loading instantly.
minutes instead of
a day instead of
instead of ~3 days
instead of ~3 weeks
close faster
close ~2 deals faster
ramp* ~3 faster
ramp* ~3 twice as fast
ramp time ~3 drop*
ramp time ~3 shorter
cycle* ~3 shorter
discount* ~3 dropped
recover* ~3 margin
unless: instead of ~3 loading
# --- round 5 (lexgen, probe round 8): cut a volume by a share, lift renewals or retention
match: Wants deflection to cut ticket volume by a third.
match: Faster first replies should lift renewals.
cut ~4 by a third
cut ~4 by half
reduc* ~4 by a third
reduc* ~4 by half
lift ~3 renewals
lift ~3 revenue
lift ~3 sales
# --- round 5 (lexgen, probe round 9): spend or costs down since they started
match: Fuel spend down 14% since we started.
match: Our costs are down a fifth this year.
spend down
spend ~3 down ~3 since
costs ~2 down
reduc* ~3 consumption

# --- round 6 (families seen in two or more independent sets): meetings or deals booked off
# the tool ("booked 4 mtgs off the reminders", "got me 2 extra demos"), minutes or weeks
# saved in a sentence of their own, tasks that take half the time, slipping deals saved
match: I booked three meetings off the reminders this week.
match: It got me two extra demos last week.
match: Saves me a good 20 minutes a day.
match: Saved our legal team weeks of back-and-forth.
match: Prep takes half the time now.
match: We saved four of the slipping deals.
nomatch: Half the time the app crashes.
nomatch: Booked a call for next week.
booked ~>3 mtgs
booked ~>3 meetings
"booked" ~>3 demos
booked ~>3 calls off
booked ~>5 off the
got me ~3 extra
extra ~>2 demos
extra ~>2 meetings
closed ~>3 purely off
closed ~>4 off the
sav* ~>4 minutes
sav* ~>4 mins
sav* ~>4 weeks
sav* ~>4 days
take* half the time
takes ~2 half the time
saved ~>3 of them
saved ~>4 slipping

# --- round 6, after holdout-j: no-show rates down (the 'no' of no-shows is part of the term),
# the best money spent, the team home on time, revenue never seen before
match: No-shows went from 12% to 4% in two months.
match: No-shows are down by half since the reminders.
match: Best money we've spent this year.
match: The whole team goes home on time now.
nomatch: No-shows are a constant headache.
no-shows went from
no-shows ~>3 down
best money
home on time
revenue we never

# --- round 7 (lexgen3): time given back (my Mondays/Sundays/evenings back, saved me my ...),
# winning jobs that went to rivals
match: I'd love to get my Sundays back.
match: It saved me my whole evening.
match: We are winning jobs we used to lose.
nomatch: I'll get back to you on Monday.
saved me my
winning ~3 jobs
winning ~3 deals

# --- round 7, batch 2: biggest deals ever, won both, a task cut from hours to minutes, a payoff
match: We closed our biggest deals ever this spring.
match: Called two leads back fast and won both.
match: The review went from a three-day scramble to a 30-minute check.
match: Two more clients and it's paid off.
biggest ~3 ever
won both
day scramble
it's paid off
"it's" paid off

# --- round 7, batch 4: a no-brainer payoff, a meeting cut from hours to minutes said in shorthand
match: If it closes two more deals it's a no-brainer.
match: I want the weekly review to be 30 min, not 2 hours.
no-brainer
# round 16 (lexgen12t): a routine renewal called a no-brainer is settled, and asking for a price that would make it one is a request
unless(term): renewal ~4 no-brainer
unless(term): need ~>6 no-brainer
nomatch: Our renewal this spring is a no-brainer.
nomatch: We need a discount that makes this a no-brainer.
min ~1 not ~2 hours
minutes ~1 not ~2 hours
# --- round 8 (lexgen4): time given back per person and period ("saves each manager about three hours a week")
saves ~>8 hours a week
saves ~>8 hours a day
saves ~>6 a day a week
saves ~>4 a week
saves ~>4 a day
save* ~>6 per week
saves me like
# --- round 8 (lexgen4, after holdout-p): pipeline or deals we would have missed (n and p), afternoons back, close rate up
pipeline ~3 would have missed
deals ~6 would have missed
deals ~6 we'd have missed
close rate ~3 up

# --- round 10 (lexgen6t): a meeting shortened to minutes, a part of the week that is mine again,
# deals closed that would have been forgotten, winning again, paid for itself within a period, a
# more accurate forecast, the best quarter ever, over plan (f, g, k, l, m, o, q, r, s, t)
match: Our pipeline review is down to 25 minutes.
match: The Monday call went from two hours to 30 minutes.
match: Thursday afternoons are mine again.
match: I closed two renewals I'd completely forgotten about.
match: Six months in and we're winning those tenders back.
match: The accuracy alone paid for the license in one quarter.
match: We just had our best quarter ever.
match: We closed the year 8% over plan.
nomatch: The call is set for 30 minutes on Thursday.
nomatch: I forgot to close the tab.
nomatch: We went over the plan together.
@meeting = call | calls | meeting | meetings | review | reviews | standup | huddle
@mins = minutes | min | mins | "half an hour"
@meeting ~>4 "down to" ~>3 @mins
@meeting ~>4 "went from" ~>6 @mins
@meeting ~>4 "cut from" ~>6 @mins
@meeting ~>4 now ~>3 @mins
@meeting ~>4 "half as long"
@taketime = takes | take | took | taking
@quickspan = minutes | "an hour" | seconds
@taketime ~>3 @quickspan ~>1 "instead of"
# batch 3: deals won off a feature, a metric that is up (dev, f, g, h, r, u, v, w)
match: We closed three renewals off the alerts alone.
match: Faster quotes won us four more jobs this spring.
match: Our close rate went up by nine points.
nomatch: Interest rates are up again.
@feature = reminders | alerts | "risk flags" | "the app"
"off the" ~>1 @feature
@winus = "won us" | "win us" | "win them" | "won them"
@bizunit = jobs | deals | pitches | bids | clients | contracts | placements | accounts | renewals | more
@winus ~>4 @bizunit
@metric = commission | revenue | "win rate" | "close rate" | conversion | "average ticket" | "average deal" | "deal size" | bookings | occupancy | "enrollment rate"
@isup = "is up" | "are up" | "went up" | rose | increased | jumped | "up by"
@metric ~>3 @isup
@daypart = monday | mondays | friday | fridays | thursday | thursdays | sunday | sundays | saturday | saturdays | mornings | afternoons | "evenings" | weekends
@mine = "mine again" | "ours again" | back
@daypart ~>2 @mine
unless: back-to-back
@closedit = closed | close | closing | won | caught | saved | landed
@forgot = forgotten | "forgot about" | "would have missed" | "would've missed" | "would have lost" | "never have seen"
@closedit ~>6 @forgot
@again = back | again
"winning" ~>3 @again
@paidobj = it | itself | "the license" | "our license" | licence | "the licence" | "the subscription" | "the tool"
@payoff = twice | "three times" | "in one" | "in a" | "in the first" | within | over | times
@payfor = "paid for" | "pays for"
@payfor ~>1 @paidobj ~>4 @payoff
@yearsof = "two years" | "a year" | "the year" | "the whole year"
@payfor ~>1 @yearsof of it
covered ~>1 "the whole year"
would have ~>1 "fallen through"
@fcst = forecast* | fcst | numbers
@are = are | is | got
@bestperiod = quarter | month | year | season
best ~>1 @bestperiod ~>3 ever
@overplan = over | above | "ahead of"
@plan = plan | target | quota
@overplan @plan
closed ~>4 over ~>1 @plan
# --- round 11 (lexgen7t): an ROI report is a feature; the rep's note to self
unless: roi report*
unless: "nb" to self
nomatch: They want an ROI report per campaign, which we don't offer.
# --- round 11 (lexgen7t), after af: 'every time I save' a record is a crash report, not time saved
nomatch: It freezes every time I save a contact.
unless: "every" time ~2 save*
# --- round 11 (lexgen7t), after af: raised/closed/booked N% more (af, f)
match: We raised 18% more from the spring appeal.
match: The team closed 12% more this year.
nomatch: We raised more questions than answers.
@upverb = raised | closed | booked | signed | sold | won | landed
@upwhen = "this year" | "this quarter" | "last quarter" | "than last" | "year on year" | "from the" | since
@upverb ~>1 more ~>3 @upwhen
unless: "i'll" send
nomatch: I'll send the ROI calculator over anyway.
# --- round 11 (lexgen7t), after ac-af: closed/sold N extra (ad, f)
match: He sold three extra vans off the reminders.
nomatch: We need extra seats for the summer.
@upverb ~>2 extra
unless: "notice"
unless: if roi
nomatch: One ask: 60 days' notice to cancel instead of 90.
nomatch: Budget is there if ROI is clear.
# --- round 11 (lexgen7t), after ag-aj: deals won or saved that would otherwise have been lost or slipped (ag, ah)
match: The pilot closed two deals we'd otherwise have lost.
match: We won three renewals that would have slipped otherwise.
nomatch: Otherwise the call went fine.
@lostw = lost | slipped | "let slip"
"otherwise have" ~>1 @lostw
@lostw ~>1 otherwise
# --- round 11 (lexgen7t), after ai: deals closed that would have slipped (ag, ai)
match: We closed two deals in the first month that would have slipped.
"would have slipped"
"would've slipped"
# --- round 12 (lexgen8t): 'that's real money' said of a gain (ac, f, h; not of a price: '30k is real money', 'real money walking out the door'); 'costs more ... and it's worth it' tried and dropped (ag, e, s right; dev, ad wrong: a price outweighed is not a gain for every writer)
match: It gives each manager a day back a month, and at our size that's real money.
nomatch: 30k is real money for a team this small.
@realmoney = "real money" | "real cash"
@realmoney
unless(term): <N> ~>1 is
# round 16 (lexgen12t): a yearly price called real money is a budget worry
unless(term): <N> ~>1 a ~>0 year ~>0 is
nomatch: 6k a year is real money for us.
unless(term): walking
unless(term): puts
# --- round 13 (lexgen9t): getting hours or days of the week back (v, w; 'gives me back the two days': g)
match: Each rep should get about four hours a week of admin back.
match: Now I get my last two days of the month back.
match: If it gives me back the three days of month-end, I'm in.
nomatch: I'll get back to you in two days.
nomatch: We got the laptops back after three days.
@getsome = get | gets | got | getting | "give me" | "gives me" | "gave me" | "give us" | "gives us" | "gave us"
@spanb = hours | hrs | days | afternoons | mornings | "evenings" | weekends | minutes
@getsome ~>6 @spanb ~>6 back
@returned = laptop* | device* | phone* | refund* | deposit*
unless(term): @returned
@backgive = "gives me back" | "give me back" | "gave me back" | "gives us back" | "give us back" | "gave us back"
@backgive ~>4 @spanb

[social_status] Social identity and status
description: How it makes them look: impressing the board, CEO, investors or their boss, looking modern, leading or first, credibility in front of leadership, peers and peer companies adopting it, showcasing it.
match: This would make me look like a genius in front of the board.
match: Half of our peer companies already run on it.
match: I want us to be seen as the most modern sales org in the region.
match: Our investors were impressed by the new pipeline report.
match: My boss wants to showcase it at the kickoff.
nomatch: My team was impressed that setup took an hour.
match: Two of the founders in my peer group already asked me what we run for forecasting.
match: Four firms in our trade association signed up after hearing about it.
match: Since we switched, the board finally trusts our number.
nomatch: My network is mostly in logistics.
match: Every CFO I know is moving to this, I'm not going to be the last one.
match: We can't look like the old firm in the room.
nomatch: This is not going to be the last meeting.

make* ~3 look good
look good with
looks good in front
look great in front
look smart
look like a genius
look like a hero
look like heroes
made me look
make us look
made us look
in front of the board
in front of ~3 ceo
in front of ~3 leadership
in front of ~3 execs
in front of ~2 owners
unless(term): put it in front of
in front of ~2 investors
in front of everyone
in front of ~3 partners
unless(term): put it in front of
# round 15 (lexgen11t): already told the CEO, the board or the group (ab, t): their name is on it
@toldaud = ceo | board | group | everyone | owners | investors | "my boss"
"already told" ~>4 @toldaud
match: I have already told my boss we are going live in May.
# round 15 (lexgen11t): in front of the owners, investors, partners or everyone (ae, z); putting it in front of them to decide is approval, not status
match: The forecast blew up in front of the owners again.
nomatch: I need to put it in front of the owners before we sign.
hero
board ~5 impress*
impress* ~4 board
ceo ~5 impress*
impress* ~4 ceo
investor* ~5 impress*
impress* ~4 investor*
pe ~4 impress*
owners ~4 impress*
leadership ~5 impress*
impress* ~4 leadership
impress* ~4 boss
boss ~4 impress*
board ~5 "keeps asking"
board keeps asking
board ~5 credib*
"credibility"
reputation
prestig*
peers
peer companies
peer ~3 using
portfolio companies
other portfolio
everyone ~3 using
everyone's using
industry standard
cutting edge
forward-thinking
be the first
the first ~5 in the region
first in the region
first in our industry
ahead of the curve
best in class
world-class
showcase
show it off
show off
show ~3 board
present ~3 board
brag*
bragging rights
envy
promot* ~4 because
unless: impressed that setup
unless: impressed with how quick
unless: impressed how easy
ceo ~5 keeps asking
board ~3 believ*
shoutout*
shout-out*
kudos
loved by leadership
run on you
dinosaur
everyone ~4 has it
everybody ~4 has it
look like ~3 know
in our network
in their network
big win for
feather in
look* ~3 modern
seen as modern
modern ~3 company
modern ~3 team
modern ~3 org*
modern sales
like a modern
moderniz*
in the board meeting
at the board meeting
will love seeing
ceo will love
board will love
boss will love
everyone in our
everyone ~4 moving to
everyone ~4 switching
look* ~3 professional
look* ~3 polished
great story
good story
investors ~5 asking
be seen as
seen as a
seen as the
big league*
big players
grown-up
look* ~2 sharp
other firms
other companies ~4 already
unless: "ns"
unless: next step*
# --- generalization round 2: speaking about it in public, being talked about, looking like amateurs
speak at conferences
speak* ~3 conference*
in that conversation
talked about ~3 industry
case study ~3 about us
"featured" in
not amateurs
look* ~2 amateur*
look like dinosaurs
look ~3 behind the times
match: I want our people team to be asked to speak at conferences too.
# --- round 3: becoming the go-to team
come to for advice
the go-to
go-to team
like a corner shop
tight ship
show ~4 owners
show ~4 investors
show ~4 head office
chairman ~5 asked
why we don't have
saw it at ~2 another
present ~5 conference
our win
parent company ~4 watching
watching how we
all eyes on
candidates ~3 comment
comment on how
# --- round 3: ahead of every other firm, the team that finally gets it right, peers we benchmark against, the go-to person, the manager who assumed, partner badges
look* ~5 ahead of
years ahead of
ahead of every other
chair ~5 "keeps asking"
"keeps asking why" ~6 has
has one ~2 "and we don't"
has it ~2 "and we don't"
be the team that
be the one that
finally gets ~3 right
board has heard
benchmark* ourselves
we benchmark against
partner badge
badge on our
the person ~5 comes to
the one ~5 comes to
go-to person
go-to guy
assumed ~4 been using
thought ~4 been using
look like a pro
look like a rock star
look like a rockstar
make me look good
makes us look good
board ~5 "been asking"
board ~5 "keep asking"
# --- round 3 probes: the most modern firm around, looking like the big players
the most modern
most innovative
the most advanced
best-run
look like the big
look like them
look bigger
look more professional
the big players
in our association
our peer group
show the founders
show the owners
show the partners
show ~2 investors
show the board
be recognised as
be recognized as
industry benchmark
match: I'll look like a genius if the dashboard is live before the board meets.
nomatch: The payback model looks credible.
unless: sender reputation
unless: domain reputation
keep* comparing us
ours to look like
ours to feel like
won ~3 award
industry award
award-winning
keep complimenting
compliment* our
get compliments
as an example
held up as
look like a real
look like a proper
not a side project
unless: my guess
unless: I suggested
unless: told her about
unless: told him about
unless: told them about
in the trade
be the one people
# --- round 4: peers or cohort already running it, the board seeing modern tooling, exec credibility
match: Half the CEOs in my peer group already run their team on it.
match: I want the board to see we run a modern operation.
nomatch: Our board approved the budget last week.
half the ~5 run
@halfcost = "half the price" | "half the cost"
unless(term): @halfcost
half the ~5 use
unless(term): for half the team
everyone in our ~3 uses
everyone in my ~3 uses
peer group
board to see
modern tooling
investing in modern
in the exec meeting
leadership ~3 trusts
seat at the table
unless: our win rate
every top team
top teams ~4 run
best teams ~4 use
look like a serious
# --- probe round Y: presenting it as one's own win, at the all-hands
as her win
as his win
as my win
# --- probe round Z: showing the board we're data-driven, on the same platform as the category leaders
forwards ~5 to the board
to the board as
same platform as
category leaders
market leaders ~3 use
other regions copy
the one ~4 copy
# the rep's own actions and plans in call notes (labeling.md 1): nothing in such a sentence counts
unless: "lvm"
unless: left ~1 "vm"
unless: "f/u" next
unless: "f/u" "w/"
unless: will try again
unless: will send
unless: sent ~>3 deck
unless: sent ~>3 case stud*
unless: sent ~>3 pricing
unless: sent ~>3 proposal
unless: sent ~>3 recap
unless: sent ~>3 one-pager
unless: sent ~>3 link
unless: sent ~>3 roi
unless: "sending" ~>3 deck
unless: "sending" ~>3 case stud*
unless: "sending" ~>3 pricing
unless: "sending" ~>3 proposal
unless: "sending" ~>3 recap
unless: "sending" ~>3 one-pager
unless: "sending" ~>3 link
unless: "sending" ~>3 roi
unless: my take
unless: "rep" to follow
unless: "rep" to send
unless: "rep" will
# --- round 5 (lexgen): owners and investors expecting it, portfolio peers, the big names already on it
match: Half the portfolio is on it already.
match: Our investors expect us to run on something like this.
match: All the big names in our space already use one.
match: Our parent company would be impressed if we got there first.
portfolio ~4 already
half ~3 portfolio
investors ~3 expect
investor* ~4 impress*
parent company ~4 impress*
would be impressed
big names ~5 use
big names ~5 already
big players ~5 use
# --- round 5 (lexgen, probe round 8): the team others talk about
match: Our CEO wants us to be the support team other brands talk about.
other brands ~3 talk about
others ~3 talk about
everyone talks about
everyone ~3 talking about
# --- round 5 (lexgen, probe round 12): the best in the industry, told at conferences
match: Our CEO tells people at conferences that we have the best onboarding in the industry.
best ~3 in the industry
best ~3 in our industry
at conferences

# --- round 6 (families seen in two or more independent sets): the board or its chair asks
# which tool it is or wants it for other companies, applause at the board, being the odd
# ones out among peers, looking as buttoned-up as a peer
match: The board chair asked which tool we were using.
match: Our investor wants to roll our template out to the other portfolio companies.
match: Got a round of applause at the board offsite.
match: At the conference we were the odd ones out without it.
nomatch: Which tool do you integrate with?
asked which tool
asked ~3 which tool
other portfolio companies
her other companies
his other companies
other companies in the fund
round of applause
look as buttoned-up

# --- round 6, batch 3: walking into the board with something credible, the board loved it, clients think
match: I want to walk in with something the board will respect.
match: The board loved the new slide.
match: My clients think I hired an assistant.
walk in with
board loved
clients think

# --- round 7 (lexgen3): compliments from the chair or investors, looking put together or
# organised or sharp, presenting the numbers to the board or showing the CEO
match: The chair complimented our sales report.
match: Their team looks so put together at events.
match: For once I look organised.
match: He wants to show his CEO the new dashboard.
nomatch: We thanked the chef for a lovely dinner.
complimented ~>4 update
complimented ~>4 report*
complimented ~>4 dashboard
look* ~2 put together
look* ~2 organised
look* ~2 organized
show ~2 his ceo
show ~2 my ceo
show ~2 our ceo
present ~6 board meeting

# --- round 7, batch 2: how the founders or the board will see me, showing it at the board meeting,
# being the one who brought it in
match: The founders will finally see me as more than the admin.
match: I showed the new report at the board meeting.
match: I'd rather be the one who brought this in.
see me as more than
showed ~4 board meeting
present ~8 board meeting
brought this in

# --- round 7, batch 4: won't be the last one still doing it in spreadsheets (the negator belongs
# to the term)
match: I won't be the last team lead still running this on spreadsheets.
"won't" be the last

# --- round 7, after holdout-m: looking bad in front of investors, the board complimented the team,
# a win to bring to my CEO
match: If it misses again I look very bad in front of the investors.
match: The board complimented the sales team.
look* ~2 bad in front
complimented ~>4 team
bring ~3 to my ceo
# --- round 8 (lexgen4): peers in the writer's circle already on it or asking about it, the board trusting the number
in my network ~6 asked
in my network ~4 "on"
in my peer group
asked me ~3 what we use
asked me ~3 what we run
asked ~3 where we got
board members ~4 asked me
board chair ~3 asked
companies in our ~3 association
firms in our ~3 association
companies in our ~3 portfolio
in our portfolio group
board ~3 trusts our number*
board ~3 trusts the number*
goes a long way with ~2 board
rather not be the last
look* a lot less foolish
look* like grown-ups
# --- round 8 (lexgen4): not going to be the last one, can't look like the old firm (n, o, p)
not going to be the last one
# round 15 (lexgen11t): the board, the investors or the owners seeing a number they can believe
@seers = board | investors | owners | "pe partners" | sponsors
@seeverb = see | sees | seeing
@seenthing = "real number" | "real forecast" | "credible forecast" | "forecast that" | "forecast they" | "number that" | "number they" | modern
@seers ~>2 @seeverb ~>3 @seenthing
match: I want our owners to see a real number for once.
nomatch: The board wants to see the contract before it signs.
# round 15 (lexgen11t): the last one still doing it the old way, said of oneself
"don't want to be the last"
tired of being the last
"we're the last ones"
match: I really don't want to be the last shop still faxing orders.
"can't" look like the ~2 old

# --- round 9: investors, the board or leadership notice; held up as the example; looking prepared (g, n, o, p, q, r)
match: Our investors noticed the change within a quarter.
match: The holding company now shows us as the example to its other firms.
match: I look far more prepared in front of the board now.
match: Her CMO wants to look data driven for the new owners.
nomatch: Leadership asked for a demo next week.
us as the example
template for the ~3 portfolio
"the modern one"
look* ~3 prepared
look* ~3 data driven

# --- round 10 (lexgen6t): the last or only one still on the old tools, the board or owners asking
# why we are still on them, walking into the board/investor/partner meeting, looking or feeling like
# a real company (d, f, g, i, j, l, m, q, t)
match: Half my network runs on it and I won't be the last CFO still doing this in Excel.
match: I don't want to be the only practice in the group still on paper charts.
match: Our PE owners keep asking why we're still on five systems.
match: The investors ask me every quarter why we can't forecast like the others.
match: I need to walk into the investor meeting with a number I can defend.
match: My reps should feel like a real sales team, not a hobby club.
nomatch: The last update still shows the old sheet.
nomatch: The board asked why the price went up.
nomatch: I walked into the office at nine.
@oldway = excel | spreadsheet* | sheet* | paper | whiteboard* | fax* | "sticky notes" | pdfs | "google doc"
"the one" ~>1 still ~>4 @oldway {negation: off}
@bosses = board | investors | "pe partners" | "pe owners" | partners | owners | ceo | chair | founders | shareholders | commissioners | trustees | funders | council
@lastone = "the last" | "the only"
@whoami = one | ones | guy | guys | ceo | cro | cfo | team | company | business | shop | firm | office | practice | "of us"
@lastone ~>1 @whoami ~>8 @oldway {negation: off}
@lastone ~>2 in ~>8 @oldway {negation: off}
@onlooker = board | investors | leadership | ceo | corporate | "the bank" | lenders | clients | gcs | "head office" | owners | chair | "the partners"
@onlooker ~>2 noticed
@whatwe = "who built" | "what we switched" | "what we use" | "what we run" | "where we got" | "how we did"
asked ~>3 @whatwe
# batch 3: the board or CEO stopped asking, onlookers quoting our dashboard, "I'm a genius/legend" (d, g, p, s,
# t, u, v, x)
match: Since spring the board stopped questioning our forecast.
match: Our investors now quote the dashboard back to us.
match: My partners will think I'm a genius.
nomatch: The customer stopped asking for discounts.
@asker = board | ceo | cfo | investors | sponsor | chair | owners | "pe sponsor" | commissioners | trustees | funders
@askw = asking | questioning | grilling | doubting
@asker ~>2 stopped ~>1 @askw
@quotesit = quote | quotes | quoted | quoting
@ourview = dashboard | forecast | number | numbers | report
@onlooker ~>2 @quotesit ~>3 @ourview
@iam = "i'm" | "i am" | "i'll be" | "i'd be"
@accolade = genius | legend | hero | rockstar | "rock star" | wizard
@iam a ~>1 @accolade
# batch 4: peers already on it (a share of a group x already on / runs on), the first of our kind in the
# niche (q, u, v, w, x)
match: Half the founders at that dinner are already on it.
match: Two of the agencies in our network run on it now.
match: She wants to be the first agency in the region doing this properly.
nomatch: Half the team is already on holiday.
@someof = "half the" | "half my" | "half of" | "three of the" | "two of the" | "most of the" | "two other" | "three other" | "four other" | several | "every other"
@alreadyon = "already on" | "are on it" | "on it now" | "runs on" | "run on" | "already use" | "already using"
@someof ~>8 @alreadyon
unless: on holiday
unless: on leave
@firstof = consultancy | society | firm | agency | practice | company | bank | "credit union" | team | clinic
@nichew = niche | size | region | industry | market | town | county | sector
"the first" ~>1 @firstof ~>4 @nichew
@stillon = still | "can't" | "the only" | "don't have"
@bosses ~>5 why ~>3 @stillon {negation: off}
@room = board | investor* | partner* | leadership | trustee*
walk* into ~4 @room {negation: off}
@seem = look | looks | looking | feel | feels | seem | seems
@serious = real | proper | serious | grown-up | professional | modern | tech
@org = company | business | firm | team | org | operation | outfit | "sales org"
@seem ~>1 like a ~>1 @serious ~>1 @org
# --- round 11 (lexgen7t): material to show the board is an approval step, not status
unless: something i can show
nomatch: Send me a one-pager I can take to the board.
nomatch: Give me something I can show the board on Thursday.
# --- round 11 (lexgen7t), after af: asked why others can and we can't (af, a, b, j, t: the writers label it status, not pain)
match: The trustees asked me why the other charities can show this and we can't.
nomatch: The trustees asked why the venue changed.
@wecant = "and we can't" | "and we cannot" | "and we don't" | "but we can't" | "but we don't"
@bosses ~>5 why ~>12 @wecant {negation: off}
# --- round 11 (lexgen7t), after ac-af: a peer who won't shut up about it (ac, ad, ae), wanting what a peer has (ac, f; de ad), X runs on it so it's good enough (ac, ae), someone asked which tool we use (ad, r), no longer the odd one out (ad, w)
match: Priya won't shut up about you at the regional meetings.
match: I want what they have over at Larkhill.
match: If Moorfield runs on it, that's good enough for us.
match: The chair asked which tool we switched to.
match: Glad we're not the odd ones out any more.
nomatch: Which tool do you use for exports?
"won't shut up" about
@wantwhat = "want what they have" | "want what he has" | "want what she has" | "wants what they have" | "wants what he has" | "wants what she has" | "want what they've got"
@wantwhat
runs on it ~>6 good enough
asked ~>3 which tool
odd ~1 out {negation: off}
# --- round 11 (lexgen7t): embarrassed or grilled in front of the board/owners, looking unprepared (n, q, v, ae); an investor who called it the best (g, v); 'look like an idiot' tried: 1 right, 3 wrong (pain in c, h, i)
match: Our forecast misses have become embarrassing in front of the board.
match: My owners grill me every quarter on the number.
match: Our lead investor called it the cleanest reporting in the portfolio.
nomatch: The partners grilled burgers at the offsite.
embarrass* ~>4 @room
@onnumber = number | numbers | forecast | fcst | pipeline | quarter
@bosses ~>3 grill* ~>4 @onnumber
grilled ~>4 @onnumber
look* unprepared
@onlooker ~>3 "called it"
unless: recommend* ~3 everyone
nomatch: I'm recommending it to everyone in our network.
# --- round 11 (lexgen7t), after ag-aj: everyone impressed with me (aj), we moved first (ag, x)
match: I showed the office and everyone was impressed with me.
match: I want them to see we moved first.
impressed with me
impressed w/ me
moved first
# --- round 11 (lexgen7t), after ai: they think I'm a genius (ai, ae), in front of the whole company (ad, ai), not going to be the guy/CRO who ... (ai, aj), the company the others copy (ai, w)
match: The board thinks I'm a genius now.
match: I'm not walking into kickoff empty-handed in front of the whole company.
match: I'm not going to be the guy who explains why we didn't.
match: We're the branch the others copy now.
nomatch: He thinks the pricing is genius.
think* ~3 "a genius"
in front of the whole company
"be the guy who" {negation: off}
"be the cro who" {negation: off}
@copyus = "others copy" | "they copy" | "copy us" | "copied us" | "copying us"
@copyus
# --- round 12 (lexgen8t): half the room / half the table already on it or wanting it (ag, f, h, r)
match: At the regional dinner half the table asked what we were using.
match: Half the room at the summit runs it now.
nomatch: Half the team is on holiday.
"half the room"
"half the table"
# --- round 13 (lexgen9t): walking into the trustees' meeting (af, twice), as into the board's; the exec meeting was tried
# and dropped (u right; e, p wrong: walking into it without a number is pain)
match: I'd like to walk into the trustees meeting with a number I can stand behind.
nomatch: We walked into the hall at nine, and only at noon did the trustees arrive.
# --- round 13 (lexgen9t): 'half the' of a price or of our own team is no peer group (am, an)
nomatch: The other tool gives us most of this for half the price, and we run both for now.
nomatch: Until the EU region ships we can only use it for half the team.
# --- round 13 (lexgen9t): a count of peers who already adopted it ('three CROs in my roundtable switched to you', 'three
# of the five biggest distributors in our region now use it', '3 of the cos in her dinner group already run it': am, an, ao)
match: Four CROs from my old network switched to you last year.
match: Two of the biggest practices in town now use it.
nomatch: Three of our reps switched to the night shift.
@npeers = <N> | two | three | four | five | several
@peerco = cros | ceos | cfos | founders | peers | friends | distributors | agencies | firms | brokers | practices | companies | cos | "of the"
@adopted = "now use" | "now run" | "already run" | "already use" | "switched to you" | "moved to you" | "run on" | "told me to"
@npeers @peerco ~>6 @adopted

[convenience] Convenience
description: Ease and speed: simple, easy to use, quick setup, live in a day, works out of the box, one place for everything, no training needed, painless buying or onboarding, setup done for them, saves effort.
match: Setup took twenty minutes and it just worked.
match: No setup, no training, the reps figured it out on their own.
match: Having everything in one place is the whole point for us.
match: Plug and play with our CRM, out of the box.
match: Honestly the easiest tool we've rolled out.
match: If you can do the setup for us, we'd go ahead now.
nomatch: Their counsel wants termination for convenience in the MSA.
nomatch: Setup was a nightmare and took weeks.
nomatch: The ROI is easy to defend to our owners.
match: Super handy for logging a call between two visits.
nomatch: A handyman fixed the door.

easy to use
easy to set up
easy to setup
easy to learn
easy to roll out
easy
unless(term): go easy
unless(term): hour* ~>8 easy
easiest
unless(term): review ~>4 easiest
easier
unless(term): review ~>3 easier
unless(term): easier conversation
unless(term): would make ~>3 easier
ease of use
ease of
simple
unless(term): simple ~>2 pipeline
# round 16 (lexgen12t): what vendors claim, quoted back with doubt, is not the customer's praise
unless(term): vendor* ~>4 simple
nomatch: All these vendors promise simple onboarding.
unless(term): simple process
simpler
simplest
dead simple
super simple
intuitive
user-friendly
straightforward ~3 set*
straightforward to use
straightforward ~3 onboard*
effortless*
painless*
hassle-free
no hassle
frictionless
just works
@heardsay = say | says | said | saying
unless(term): @heardsay ~>4 "just works"
nomatch: Two of their customers told us, and both said it just works.
it works out of the box
out of the box
ootb
# round 16 (lexgen12t): a question about it, or the rep's answer to one, is not the customer's praise
@asked = asked | asks | asking
unless(term): @asked ~>6 ootb
nomatch: Maria asked whether the importer works OOTB with our old fields.
plug and play
unless(clause): sold to us as
unless(clause): we were told
# round 15 (lexgen11t): a vendor claim quoted back, a question, "easy" as an intensifier, an easy review (trust), a simple process of their own
nomatch: It was sold to us as plug and play.
nomatch: We were told it works out of the box.
nomatch: Go easy on us with the jargon, we are a florist.
nomatch: It shaves an hour off every invoice run, easy.
nomatch: The audit review was the easiest part of the quarter.
nomatch: Legal review got much easier once the DPA was signed.
nomatch: Two named references would make it far easier to pitch upstairs.
nomatch: A named customer in our field is an easier conversation with the board.
nomatch: We run a simple pipeline with four stages.
nomatch: Ours is a simple process, two reps and a whiteboard.
nomatch: She asked how long it takes to get the warehouse crew up and running.
nomatch: The board liked how quickly you answered the questionnaire.
match: Setup was simple and the team was up and running in a day.
one place
in one place
one spot
single place
all in one
one click
few clicks
within minutes
setup took less
setup ~4 less than a day
live in a day
up and running
unless(term): how long ~>8 up and running
quick setup
quick set-up
quick to set up
quick to learn
fast setup
no setup
no set-up
zero setup
no training
zero training
without training
no learning curve
no onboarding needed
no manual
minimal training
little training
short training
training ~3 short
no issues ~4 onboarding
zero issues ~4 onboarding
no issues ~4 setup
zero issues ~4 setup
no issues ~4 rollout
onboarding ~4 smooth
onboarding ~4 easy
onboarding ~4 quick
onboarding ~4 fast
onboarding ~4 breeze
done for us
do it for us
set it up for us
do the setup for us
setup ~4 for him
handled everything
took care of everything
saves ~3 effort
saves ~3 clicks
match: Legal asked for termination for convenience, and the team loves having everything in one place.
unless(clause): termination for convenience
unless: not easy
unless: isn't easy
unless: wasn't easy
unless: not simple
unless: not intuitive
unless: far from easy
unless: anything but easy
unless: was a nightmare
no-code
quick and easy
quick to
set and forget
how quick
unless(term): how quickly you
unless: how quickly your team
configured in
took ~3 minutes
do it for me
does it for me
does it for us
nobody ~4 needed ~2 training
no one ~5 training
live in two days
live within
in an afternoon
drag and drop
trivial
unless: easy yes
unless: easy decision
unless: easy call
unless: pitched
didn't need ~3 training
don't need ~3 training
no need ~3 training
without any training
one dashboard
single dashboard
one screen
one view
everything in one
everything lives in
two taps
one tap
few taps
two clicks
never have to
without leaving
without switching
no need to switch
in one session
single session
less clicking
little clicking
fewer clicks
auto-sync*
syncs automatically
zero manual
over a weekend
in a weekend
unless: "ns"
match: The next-step prompts are hit and miss, but logging a visit is quicker now.
unless(clause): next step*
# --- generalization round 2: one system, minutes not days, instant adoption, nobody to chase
one system
single system
one platform
single platform
one login for
single login
single sign-on for everything
not four logins
"in" ~2 minutes
"in" ~3 seconds
minutes on my phone
from the phone
"took" ~3 weekend
took them a weekend
took us a weekend
took ~3 an afternoon
took ~3 an hour
took ~3 a day
"in like"
handled it in
adoption ~3 instant
adoption ~3 easy
by themselves
"don't have to chase"
no chasing
no more chasing
without anyone explaining
learned it in
picked it up in
figured it out in
"one link"
one-link
sign everything on
already loaded
pre-loaded
preloaded
already set up
zero setup on
match: Everything in one system instead of three logins.
match: Our managers approved requests in like a minute, no chasing.
nomatch: My favourite app on my phone, honestly.
# --- round 3: a single app, figured out on day one, live within a week
single app
in a single
figured it out
without any help
without help
# --- round 4: self-service, in one go, no more logging into several systems
do ~3 themselves
no calls to
no more calls
in one shot
in one pass
no more logging
no more juggling
no more switching
no more ~3 different systems
match: Staff sort out their own leave, no calls to HR.
# --- round 5: minutes now, from the app on the go, runs itself
only takes ~2 minutes
just takes ~2 minutes
minutes now
on the go
from anywhere
runs itself
autopilot
unless: easy out
without me lifting a finger
without lifting a finger
syncs straight
no exports
no more exports
update their own
without emailing
own info
all digital
from the couch
from their couch
# --- round 11 (reviews): faster than the old way, right there, seconds, live within a period
much faster
faster than the old
right there on
takes seconds
in seconds
while waiting for
running within
set up within
onboarded within
payroll within
# --- round 3: quicker than before, fast in app reviews, no developer needed
one login ~3 everything
so much quicker
much quicker
far quicker
way quicker
quicker to
fast ~3 never
fast and easy
super fast
really fast
lightning fast
blazing fast
no developer needed
no developer required
without a developer
without filing tickets
# --- round 3 probes: book or do it themselves from the phone, no calls needed
book* themselves
self book*
no calls needed
no need to call
no phone calls
over lunch
"don't have to" ~5 anymore
"don't have to" ~5 any more
no longer have to
unless: twice as many
unless: more clicks
match: Patients book themselves from their phone, no calls needed.
nomatch: Everyone fights over the one login we have.
unless: keeps breaking
match: The export keeps crashing on big files, otherwise easy enough for the whole crew.
unless(clause): keeps crashing
right from their phone
from my couch
in an evening
in one evening
while I was still on
fixed it right away
unless: decision easy
unless: minutes of downtime
unless: need a partner
unless: won't touch it
unless: their own paper
unless: my guess
unless: I suggested
unless: told her about
unless: told him about
unless: told them about
how little effort
little effort
minimal effort
# --- round 4: worked on the first try, set up ourselves in minutes
match: SSO worked first try, which almost never happens.
nomatch: Notifications arrive 20 minutes late.
worked first try
worked on the first try
worked the first time
first time round
set it up myself
unless: minutes late
# "simple" describing a task that was hard ("three tickets to get a simple rule working") is not ease
unless: to ~2 a simple
nomatch: It took a week to get a simple report built.
# the rep's own actions and plans in call notes (labeling.md 1): nothing in such a sentence counts
unless: "lvm"
unless: left ~1 "vm"
unless: "f/u" next
unless: "f/u" "w/"
unless: will try again
unless: will send
unless: sent ~>3 deck
unless: sent ~>3 case stud*
unless: sent ~>3 pricing
unless: sent ~>3 proposal
unless: sent ~>3 recap
unless: sent ~>3 one-pager
unless: sent ~>3 link
unless: sent ~>3 roi
unless: "sending" ~>3 deck
unless: "sending" ~>3 case stud*
unless: "sending" ~>3 pricing
unless: "sending" ~>3 proposal
unless: "sending" ~>3 recap
unless: "sending" ~>3 one-pager
unless: "sending" ~>3 link
unless: "sending" ~>3 roi
unless: my take
unless: "rep" to follow
unless: "rep" to send
unless: "rep" will
# --- round 5 (lexgen): quick setup said in shorthand ("setup took 20 mins"), no training at all,
# usable from day one, click and done, how fast it is
match: Setup took 15 mins and the team was quoting by lunch.
match: The reps used it on day one without a single training session.
match: Love how fast I can build an order on my phone.
match: Pick the options, click, done.
nomatch: The page takes 40 seconds to load.
nomatch: We lost a day to the setup call.
took ~3 "mins"
took ~3 "min"
took ~3 "hrs"
"in" ~2 "mins"
without ~1 training
without a single training
not a single training
no help needed
without needing help
click ~2 done
click and done
how fast ~2 can
how fast ~3 set*
how fast ~3 learn*
quick to use
fast to use
unless: how fast ~3 los*
unless: so fast ~3 break*
"using" ~4 on day one
"quoting" ~4 on day one
productive ~3 day one
# --- round 5 (lexgen): nothing to install, runs in the browser, "not even an hour"
match: Nothing to install, it runs in the browser.
match: Setup took less than an hour.
nothing to install
no install*
runs in the browser
not even an hour
less than an hour
under an hour
# --- round 5 (lexgen, probe round 8): set up in part of a day
match: Set it up on a Sunday afternoon.
set it up ~4 afternoon
set it up ~4 morning
set it up ~4 evening
set it up over
# --- round 5 (lexgen, probe round 9): installed it ourselves, no technician
match: Installed the trackers ourselves in an hour per van, no technician needed.
installed ~4 ourselves
no technician
without a technician
running ~3 before lunch
live ~3 by lunch
live ~3 before lunch
quoting by lunch
using it by lunch
nomatch: Can we move the call to before lunch?
# --- round 5 (lexgen, probe round 12): live the same day
match: SSO and HR sync were live the same afternoon.
live the same
running the same day

# --- round 6 (families seen in two or more independent sets): no SE, no consultant, no
# manual needed; done in seconds or under an hour; without opening the laptop
match: Set it up myself, no SE needed.
match: First tool I've seen that doesn't need a consultant to set up.
match: Ten seconds to log a call and I'm done.
match: Took me under an hour.
match: Logged every visit without once opening my laptop.
nomatch: We need a consultant for the migration.
no se needed
"doesn't" need a consultant
without a consultant
seconds to log
without ~2 opening ~2 laptop
w/o any training

# --- round 6, batch 3: has to work without training, plug in and go, live in two weeks, adopted within a week
match: It has to work without a big training session.
match: I want it to just plug into our CRM and go.
match: The reps adopted it within a week.
work without ~3 training
plug into ~3 and go
adopted it within

# --- round 6, after holdout-j: without calling, instead of waiting on hold, clean and quick
match: I can message the office without calling.
match: Booked it in the app instead of waiting on hold.
match: Clean and quick.
without calling
instead of ~2 waiting
clean and quick

# --- round 7 (lexgen3): fast in reviews (is faster, fast and clean/simple/pretty), quick rollouts
# (onboarding took under a week, rollout took two weeks), painless, one inbox
match: The new app is much faster than the old one.
match: Fast and simple, does what it should.
match: It took just under a week to get everyone on it.
match: The rollout took two weeks with one admin.
match: Buying it was painless.
nomatch: The team is growing fast.
is ~>2 faster
"fast" ~2 simple
"fast" ~2 pretty
fast af
rollout took ~2 week*
took ~2 under a week
painless
least painful
one inbox

nomatch: Their support team answers in minutes.
unless: support ~5 minutes
unless: answers in minutes

# --- round 7, batch 2: in it by lunch, picked it up automatically, one inbox in digits, a migration
# that took a week
match: It picked up our territories automatically.
match: The migration took a week.
picked up ~4 automatically
"1" inbox
migration took ~2 week*

nomatch: At this price I expected reporting out of the box.
unless: expected ~4 out of the box
# --- round 8 (lexgen4, after holdout-p): "easy to defend" is about a price or a case, not ease of use (p, and 'ROI is easy to defend' elsewhere)
unless: easy to defend
unless: easy to justify
# --- round 8 (lexgen4, after holdout-p): "really handy" (o and p)
super handy
really handy
very handy
so handy

# round 9: "simple as that" is an idiom
nomatch: If we miss again, we are out, simple as that.
unless: simple as that

# --- round 10 (lexgen6t): setup and rollout said with a short span (a setup word x minutes, an
# afternoon, before lunch, two days...), no help needed (without x training, a manual, a consultant,
# custom code), notes dictated instead of typed, the roll-up just there when they log in, clean and
# fast (d, e, f, g, l, o, p, q, r, s, t)
match: Rollout took one afternoon and nobody needed help.
match: We had all three branches set up before lunch.
match: Installed it in minutes.
match: The whole migration was a two-day job.
match: Our dispatcher didn't need a manual.
match: We got it live without a consultant.
match: The connector went in without a single line of custom code.
match: Dictate on the way out and it lands in the CRM.
match: No more typing up notes in the parking lot.
match: Clean and fast, does what it says.
nomatch: Setup call booked for 30 minutes on Tuesday.
nomatch: Setup took six weeks and two contractors.
nomatch: We need a consultant for the data model.
@setupword = setup | "set up" | "set-up" | "had it running" | rollout | "roll out" | "rolled out" | installed | install | migration | onboarding | "went live" | "up and running"
@shortspan = minutes | "an hour" | "one hour" | "an afternoon" | "one afternoon" | "a morning" | "one morning" | "before lunch" | "by lunch" | "a day" | "one day" | "two days" | "two-day" | "one-day" | "one coffee" | "one call" | "two calls" | "during lunch" | "over lunch" | "lunch break" | "friday afternoon"
@setupword ~4 @shortspan
@minw = "min" | "mins"
@setupword ~>3 @minw
unless: setup call
@nohelp = without | "w/o" | "didn't need" | "don't need" | "no need for" | "never needed"
@helper = training | manual | "a manual" | consultant | consultants | "a consultant" | "custom code" | "a single line of" | babysitting | "calling support" | hand-holding
@nohelp ~>2 @helper
@dictated = dictate | dictated | dictating
@landed = done | land | lands | landed | "in brisko" | "in the crm" | "into the crm" | "game changer" | lifesaver | "straight into"
@dictated ~>8 @landed
@notyping = "without typing" | "no more typing" | "no typing" | "no more scribbling" | "beats typing" | "so much typing"
@notyping
@fast = fast | quick | snappy
clean ~2 @fast
# batch 3: a lifesaver, one screen instead of many (j, k, l, q, v, w)
match: The notes app is a lifesaver on the road.
match: One dashboard instead of six logins.
@lifesaver = lifesaver | "life saver" | "saved my bacon" | "saved us from"
@lifesaver
@oneplace = screen | dashboard | login | place | app | view
@instead = "instead of" | not | "rather than"
one ~>1 @oneplace ~>2 @instead {negation: off}
# --- round 11 (lexgen7t): 'simple'/'easy' about something else, a vendor's claim, mild 'looks easy'
unless: concern is simple
unless: problem is simple
unless: decision was easy
unless: "looks easy"
unless: made it sound
unless: rep promised
unless: sales promised
unless: the deck said
unless: sales said
nomatch: The problem is simple: nobody updates the stages.
nomatch: The brochure made it sound effortless.
nomatch: Setup looks easy on paper.
# --- round 11 (lexgen7t): nothing to babysit, works offline now, up to speed fast (e, k, t, w, g)
match: I don't want another system to babysit.
match: It runs in the background, no babysitting.
match: Works offline now, field visits sorted.
match: The crews were up to speed in a day.
nomatch: I have to babysit the interns this week.
babysit* ~4 system {negation: off}
babysit* ~4 tool {negation: off}
no babysitting
works offline now
up to speed ~>3 @shortspan
# --- round 11 (lexgen7t), after af: 'what I want is simple', training the customer thinks is needed
nomatch: What I want is simple: a forecast I can defend.
nomatch: They won't use it without proper training.
unless: want is simple
unless: ask is simple
unless: goal is simple
unless: question is simple
unless: without "proper" training
# --- round 11 (lexgen7t), after ac-af: handy for (ac, u)
match: Handy for logging visits in the van.
"handy" for
# --- round 11 (lexgen7t), after ac-af: stupid fast/easy, in 20 sec, the fastest review we've ever done, setup was quick, no big-bang project
match: Logging a visit is stupid fast.
match: Setup was quick.
match: The fastest security review we've ever done.
match: He wants it live in two weeks, no big-bang project.
nomatch: Our fastest rep closed ten deals.
stupid fast
stupid easy
stupid simple
"in" ~2 "sec"
"in" ~2 "secs"
fastest ~>5 ever
setup ~2 quick
"no big-bang"
no big bang
unless: if setup
nomatch: Ready to sign if setup is quick.
unless: easy sell
nomatch: The reference made it an easy sell to our CFO.
unless: easy to say yes
nomatch: What would make this easy to say yes to is a longer trial.
unless: hack* ~3 together
nomatch: We could hack this together in a weekend ourselves.
# --- round 11 (lexgen7t), after ag-aj: learn it in a short span (ah)
match: My managers can learn this in an hour.
learn ~>3 @shortspan
# --- round 12 (lexgen8t): logging a call is quick / takes N seconds (ag, ai, x), 'I set it up' on a commute or during lunch (ac, ai), a setup, rollout or migration that took a week or two (d, l, x)
match: Logging a visit takes about 8 seconds.
match: Logging a call is quicker than in our CRM.
match: I set it up on the bus this morning.
match: The migration from our old sheets took a week.
nomatch: Logging a call takes forever on Android.
nomatch: Can you set it up for the partners?
nomatch: The migration took two months.
@logit = logging | "log a" | "log the"
@logit ~>3 takes ~>2 <N>
@quicklog = quick | quicker | faster | "so quick"
@logit ~>3 @quicklog
@iset = "i set it up" | "i set everything up" | "i set this up"
@iset
match: From contract to first report, setup took two weeks.
@weekspan2 = "a week" | "one week" | "two weeks" | "nine days" | "a weekend"
@setupword ~>6 took ~>2 @weekspan2
# --- round 13 (lexgen9t): the rollout or onboarding was smooth (am; f), live in a week (am, p, t), adoption was fast (am)
match: Rollout has been smooth so far.
match: We were live in a week.
match: Once live, adoption was fast.
nomatch: We go live in March.
nomatch: Smooth jazz in the lobby.
@rollout = rollout | "roll-out" | onboarding | setup | "set-up" | migration | "go-live" | implementation
@rollout ~>3 smooth*
@golive = "a day" | "a week" | "two days" | "three days" | "one day" | "one week" | "a few days" | "an afternoon" | "a weekend"
live in @golive
@quickly = fast | quick | quickly | instant | immediate
adoption ~>2 @quickly
# --- round 13 (lexgen9t): I set it all up myself (ac, ao)
match: Set it all up myself on Sunday.
nomatch: Can you set up a call with myself and the CFO?
set ~>2 up myself

[trust_risk] Trust and risk mitigation
description: Seeking or valuing proof and safety: references, case studies, certifications (SOC 2, ISO 27001), audit or pen-test reports, SLAs with credits, guarantees, reliability praise ("rock solid", "hasn't failed once", "zero errors"), a safe bet, a vendor they can rely on.
match: Can you share two references in logistics?
match: We'd need your SOC 2 report and the latest pen test.
match: It hasn't failed once in eight months.
match: Zero sync errors since we switched.
match: Your 99.9% uptime SLA with service credits sealed it.
match: Felt like the safe choice for a regulated business.
nomatch: Nobody trusts the spreadsheet numbers.
match: The sync has been flawless since March.
match: Not a single dropped record in a year.
match: Your SSO setup and audit trail are solid, no concerns from me.
nomatch: We need it live within 2 weeks.

"references"
unless(term): documentation ~>3 references
"reference" call*
"reference" customer*
"reference" check*
"reference" account*
"reference" site*
"referenceable"
"refs"
case studies
unless(term): do a case study
# round 16 (lexgen12t): thanking for a case study is politeness, not valuing it as proof
unless(term): thank* ~>4 case studies
nomatch: Thanks a lot for the case studies you sent over.
case study ~4 similar
case study ~4 send
case study ~4 share
customer stor*
success stor*
testimonial*
proof
proven
unless(term): proven wrong
unless(term): vendor* ~>4 proven
nomatch: Every vendor says they are proven.
track record
reliab*
dependab*
rock solid
safe bet
safe choice
safe pair of hands
low risk
risk-free
guarantee*
money-back
slas
service credits
credits ~4 sla {negation: off}
uptime
99.9
"certified"
"certifications"
iso ~3 certif*
soc ~3 certif*
unless: lose* ~3 certification
soc 2
# round 16 (lexgen12t): a review already closed with no worries left is settled, not the customer valuing proof
@nosecworry = "no concerns" | "no issues"
unless(term): @nosecworry ~8 soc 2
nomatch: Legal went through the SOC 2 with us and has no concerns now.
soc 1
@secworry = issue | issues | problem | gap | blocker
unless(term): soc 1 ~>2 @secworry
nomatch: The SOC 1 gap is a blocker for our auditors.
soc ~3 report*
iso 27001
27001
pen test ~3 report
unless(term): findings ~>4 "pen test"
nomatch: They found three high findings in the pen test report.
pentest ~3 report
penetration test
audit report*
load test*
load-test*
evidence
business continuity
security ~4 top-notch
security ~4 impressive
security ~4 thorough
vouch*
reassur*
can count on
trusted by
hasn't failed
never failed
hasn't missed
never missed
never once
never been let down
never let us down
not once ~4 down
never goes down
never went down
hasn't gone down
hasn't crashed
never crashed
no downtime
zero ~3 error*
without a single error
without ~2 hiccup
not a single ~3 error
unless: nobody trusts
unless: no one trusts
unless: don't trust
without drama
without a hitch
without fail
without issue*
without problems
security ~4 best
unless: pitched
unless: for your reference
unless: reference number
unless: proof of concept
can rely on
could rely on
customers ~5 talk to
talk to ~3 customer*
speak to ~3 customer*
speak with ~3 customer*
try before we buy
try before you buy
pilot ~4 exit
no outage*
zero outage*
not a single ~2 outage
without ~2 outage
audited by
been audited
hasn't dropped
never dropped
bulletproof
bullet-proof
unless: "ns"
unless: next step* ~1 send*
unless: next step* ~1 sent
unless: next step* ~2 follow*
# --- generalization round 2: vendors they can trust, tenured references, support that answers, reliability phrased as zero misses
someone i can trust
someone we can trust
a vendor ~3 trust
can trust with
customers like me
customers like us
companies like ours
companies like us
been with you ~3 years
show me customers
answered everything
actually ~3 picks up
zero missed
no missed
never ~2 late
zero ~2 notices
zero data loss
no data loss
without ~3 data loss
without a single correction
without a single mistake
without a single issue
not a single ~3 correction
not a single ~3 mistake
most boring vendor
boring vendor
sla ~4 penalt* {negation: off}
sla ~4 credit* {negation: off}
penalt* ~4 sla {negation: off}
match: Show me customers like us who have stayed five years.
match: Two years in and zero missed pay runs.
nomatch: The calculation uses a 26-week reference period.
better than most vendors
publish* ~3 pen test
always ~2 picks up
always ~2 answers
"a reference"
"reference" like
# --- round 3: customers they could call, "not one" reliability
customers ~5 could call
customers ~5 we could call
someone ~3 we could call
talk to ~3 client*
speak to ~3 client*
not one late
not one ~2 mistake
not one ~2 error
not one ~2 issue
not one ~2 missed
# --- round 4: put us in touch with a customer, audited every year
put us in touch with another
put us in touch with ~3 customer*
put us in touch with ~3 client*
who uses you
audited every
audited annually
gives us confidence
gives me confidence
# --- round 5: support that fixes things fast
support ~4 resolved
unless: ^ sent the
unless: sent over
unless: be a reference
real person
someone to call
real human
never had ~4 wrong
never had a ~2 problem
never had an issue
never had a single
always there when
there when you need
always available
# --- round 3: asks for pen-test results and reference customers, vendor financials, glitch-free praise; partner certification and uptime trouble are not proof
want* ~4 pen test
ask* for ~4 pen test
need* ~4 pen test
send ~4 pen test
share ~4 pen test
who else ~4 on it
who else ~4 using
talk to one of ~3 customers
talk to one of them
speak to one of
customer logos
reference logos
your financials
never glitch*
zero glitch*
no glitches
zero crashes
no crashes
are reliable
is reliable
unless: certified on
unless: certification cohort
unless: partner certif*
unless: uptime issue*
unless: uptime problem*
unless: "stale"
# --- round 3 probes: not a single miss, never had a missing record
not a single missed
not one missed
never had a missing
never had a ~2 missing
never lost a
not a single failure
felt safe
feel safe
safe with them
safe with you
match: Two years in and not a single missed booking.
nomatch: We want to get certified on your platform as a partner.
named customers
customers convinced us
references convinced
numbers ~4 convinced
their customer list
their client list
brands we respect
companies we respect
unless: my guess
unless: I suggested
unless: told her about
unless: told him about
unless: told them about
# --- round 4: a trusted peer's result as proof, audit trails the auditors want
match: A friend whose judgement I trust runs it, and if it works for them it will work for us.
nomatch: I'm not sure it works for a team like ours.
if it works for them
someone I trust
whose judgement I trust
auditors ask for
what our auditors
# the rep's own actions and plans in call notes (labeling.md 1): nothing in such a sentence counts
unless: "lvm"
unless: left ~1 "vm"
unless: "f/u" next
unless: "f/u" "w/"
unless: will try again
unless: will send
unless: sent ~>3 deck
unless: sent ~>3 case stud*
unless: sent ~>3 pricing
unless: sent ~>3 proposal
unless: sent ~>3 recap
unless: sent ~>3 one-pager
unless: sent ~>3 link
unless: sent ~>3 roi
unless: "sending" ~>3 deck
unless: "sending" ~>3 pricing
unless: "sending" ~>3 proposal
unless: "sending" ~>3 recap
unless: "sending" ~>3 one-pager
unless: "sending" ~>3 link
unless: "sending" ~>3 roi
unless: my take
unless: "rep" to follow
unless: "rep" to send
unless: "rep" will
# --- round 5 (lexgen): a peer's use as proof ("good enough for me"), security answers and audits praised,
# auditors who signed off, proof the vendor will be around
match: If their whole finance team runs on it, that's good enough for me.
match: Your trust portal answered every question we had.
match: Our auditors signed off on the controls first time.
match: Pen test summary looked good, no open findings.
match: I need proof you'll still be around in three years.
nomatch: Our auditors won't sign off on this setup.
good enough for me
good enough for us
it'll work for us
will work for us too
trust portal
answered every ~3 question*
answered ~3 questionnaire*
unless: answers ~4 vague
cleanest ~3 seen
auditor* ~4 "signed" off
auditor* ~4 pleased
auditor* ~4 happy
testers ~4 happy
pen test ~4 good
pentest ~4 good
proof ~4 be around
proof ~4 still be around
proof ~4 stay in business
# --- round 5 (lexgen, probe round 9): support that calls back fast, people they trust
match: Support rang me back within ten minutes on a Sunday.
match: I genuinely trust these people.
rang me back
called me back within
trust these people
trust this team
nomatch: They asked whether certificates can be branded; they can.

# --- round 6 (families seen in two or more independent sets): nothing lost or broken in
# months, not a single outage, a peer's reference call that reassured, security that looks
# solid, a thorough answer
match: Hasn't lost a single record since we switched.
match: Nothing broke and nothing got lost in the move.
match: They haven't had a single outage in two years.
match: Talking to another customer like us helped a lot.
match: Their security setup looks solid.
nomatch: We lost a single deal to them last year.
"hasn't" lost a single
nothing got lost
single ~2 outage
"haven't had a single"
helped a lot
looks solid
more thorough than

# --- round 6, batch 3: a peer who won't stop praising it, a published pen-test summary, ISO or HITRUST cert asked for

match: They want the ISO cert before anything else.
iso cert
hitrust cert
hosting doc

# --- round 7 (lexgen3): a peer swears by them, trusts a peer's judgement on vendors, a
# reference from a company like ours, sync that stays boring
match: A friend swears by them for her shop.
match: He trusts her judgement on software vendors.
match: I need a reference from a distributor our size.
match: The nightly sync has been boring in the good way.
swear* by
trusts ~3 judgement
reference from
boring in the good way

# --- round 7, batch 2: a peer's word that sold me, every note synced, an app that doesn't log me out
match: Her word on your support is what sold me.
match: Every single record synced when I got back online.
what sold me
unless(term): setup ~>8 what sold me
# round 15 (lexgen11t): a setup story, the customer offering a case study, "proven wrong", a document that references a setting
nomatch: Setup was done before lunch, that is what sold me.
nomatch: Glad to do a case study once we are live.
nomatch: I would love to be proven wrong on this.
nomatch: The documentation references a toggle we cannot find.
match: Your reference customer in retail is what sold me.
every single ~3 synced

# --- round 7, batch 3: a peer's word as proof (she sold me on it)
"she" sold me
# --- round 8 (lexgen4): reliability praise (flawless, not a single record lost, solid with no concerns)
been flawless
flawless for
not a single dropped
"solid" ~3 no concerns
docs are solid

# --- round 9: reliability praise said as "nothing broke since" (g, n, o, p, q, r; de/fr/es below)
match: Nothing has broken since we went live in May.
match: The sync never breaks, even at quarter end.
match: It has been stable since the first week.
match: Nobody has been paged since the switch.
match: It has been running untouched since spring.
match: Not one invoice reminder has misfired all quarter.
match: Four months without a single failed import.
nomatch: Something broke in the import yesterday.
nothing has broken
nothing's broken since
"never breaks"
"never broke"
stable since
nobody has been paged
no one has been paged
untouched since
not one ~4 misfired
without a single ~2 fail*
not a single ~2 fail*

# --- round 10 (lexgen6t): security documents praised (a document x thorough, solid, no findings;
# the most complete ... from a vendor), nothing lost with no signal (f, g, j,
# k, r, s, t)
match: Their pen-test summary was solid work.
match: The validation pack is the most complete one we've seen from a SaaS vendor.
match: Honestly the clearest data flow diagram I've had from any vendor.
match: Worked in a tunnel with no signal and never lost a note.
nomatch: The most complete pricing from any vendor so far.
@secdoc = "pen test" | "pen-test" | pentest | "security pack" | "validation pack" | "validation package" | "data flow" | "security documentation" | questionnaire
@docpraise = thorough | "most complete" | clearest | "solid work" | exemplary | "no findings"
@secdoc ~5 @docpraise
@thorough = thorough | complete | clearest | detailed
@vendordoc = report | reports | pack | package | documentation | docs | diagram | summary | one
@thorough ~>3 @vendordoc ~>5 from ~>2 vendor
@neverlost = "never lost" | "hasn't lost" | "hasnt lost" | "haven't lost" | "nothing was lost" | "nothing got lost"
@lostthing = note | notes | record | records | data | thing | job | jobs | photo | photos | "a single"
@neverlost ~>2 @lostthing
# batch 2: zero failed syncs, not one failed job, not a single duplicate (u, v, x; older g, n, q)
@zerofail = zero | "not one" | "not a single" | "without one" | "without a single" | "not once"
@failure = failed | failures | errors | duplicate | duplicates | crash | crashes | outage | outages
@zerofail ~>2 @failure
# batch 3: asking for the vendor's financials, cyber insurance, continuity tests, a sector reference (c, d, m,
# u, v, w, x)
match: Procurement wants your cyber insurance certificate and audited financials.
match: She asked for a credit union reference.
nomatch: We need a financial advisor first.
@askfor = wants | want | wanted | need | needs | "asked for" | "asking for" | send | requires
@proofdoc = "financials" | "cyber insurance" | "insurance certificate" | "certificate of insurance" | "audited financials" | "subprocessor list" | "sub-processor list" | "dr test" | "bcp"
@askfor ~>6 @proofdoc {negation: off}
@refw = reference | references | ref | refs
"asked for" ~>3 @refw
# batch 4: a peer's word as proof (a peer says his or her team now ...),
# no findings from auditors, comfortable with the security answers (e, g, j, m, w, x)
match: Priya says her reps actually update the pipeline now.
match: The auditors came back with zero findings.
match: I'm comfortable with your encryption and SSO answers.
nomatch: He says his team hates new tools.
nomatch: I'm comfortable with the price.
@peersays = says | said | "told me"
@theirteam = reps | team | advisors | "front desk" | techs | staff | managers | estimators
@poss = his | her | their
@nowdoing = now | finally | actually | "on time"
@peersays ~>1 @poss ~>1 @theirteam ~>3 @nowdoing
unless(term): would actually
nomatch: She said her team would actually use it.
@zerofindings = "zero findings" | "no findings" | "without findings"
@zerofindings
@secanswers = encryption | security | sso | records | residency | hosting | answers | "data handling"
comfortable ~>4 @secanswers
# --- round 11 (lexgen7t): a missing certificate or a scope gap is risk; offering to be a reference is not seeking proof
unless: ^ blocker
unless: "scope"
unless: we only have
unless: happy to ~2 reference*
unless: put me down as ~2 reference
nomatch: Blocker: the insurer wants a SOC 1 and we only have a SOC 2 report.
nomatch: Happy to be a reference for other clinics.
# --- round 11 (lexgen7t) recall: asking to talk to a customer that uses you or is live (s, x), a ref call, send the reference (g, u)
match: I'd want to talk with a clinic group that uses you already.
match: Can we speak to a lender our size that's live?
match: Please send the reference you mentioned.
match: The ref call with Dunmore sealed it.
nomatch: We'll talk to the team that uses the old tool.
@talkw = speak | talk | chat
@theyuse = "that use you" | "that uses you" | "who use you" | "who uses you" | "that's live" | "that is live" | "already live" | "uses you already"
@talkw ~>8 @theyuse
"ref" call*
send* ~>3 "reference"
# --- round 11 (lexgen7t), after ac/ae/af: references already done or checked out are settled, not sought
nomatch: Refs done, both happy customers.
nomatch: The docs referenced a page that is gone.
unless: "refs" done
unless: "refs" checked out
unless: references checked out
unless: references done
# --- round 11 (lexgen7t), after ac-af: wanting to hear from another customer like them (ad x2, ae, x, s), a ref from another X, the security pack or subprocessor list asked for (af, g), the most transparent vendor on security (ae)
match: Our CFO will want to hear from another distributor who runs it.
match: I'm not comfortable until I've talked to one of your customers in retail.
match: He wants a ref from another logistics firm before pricing.
match: The committee will want your security pack and the list of subprocessors.
match: The most transparent vendor on security we've worked with.
nomatch: We want to hear from another vendor before deciding.
"hear from" ~>1 another
@talkto = "talk to" | "talked to" | "speak to" | "spoke to" | "speak with" | "talk with" | "hear from" | call
@yourcust = "one of your customers" | "one of your clients" | "a customer of yours" | "your customers"
@talkto ~>1 @yourcust {negation: off}
"ref" from ~>1 another
"reference" from ~>1 another
"security pack"
list of ~1 subprocessors
list of ~1 sub-processors
transparent ~>4 security
unless: another vendor
unless: ^ sent security
nomatch: Sent security pack and DPA.
# --- round 11 (lexgen7t): a report that does not cover something, is too old, or was flagged is a risk finding, not proof valued
nomatch: The SOC 2 report didn't cover the mobile app.
nomatch: Their CISO flagged that our pen test report is 14 months old.
unless: "didn't cover"
unless: "doesn't cover"
unless: "don't cover"
match: We need an uptime SLA in writing, and the pipeline view already shows the risk flags we care about.
unless: "flagged"          # the verb only: "risk flags" is a feature, not a finding
unless: "type ii" only
unless: answer is still no
# --- round 11 (lexgen7t), after ag-aj: the rep's 'Sent ...' line, an offer to vouch or be a reference
unless: ^ sent
unless: happy to vouch
unless: "we're a reference"
nomatch: Sent DPA and ISO cert.
nomatch: Happy to vouch for you with the other clinics.
# --- round 11 (lexgen7t), after ag-aj: a current pen test asked for ('I need one from this year', ac, ah), a reference call that was exactly what was needed (ag, ae)
match: Your pen test summary is old, I need one from this year.
match: The Ridgeway call was exactly what I needed.
nomatch: The call was at the wrong time.
@recent = "this year" | "the last 12" | "the last year" | "the past year"
need one from ~>1 @recent
"this year's report"
call was exactly what
# --- round 12 (lexgen8t): 'never lost one / hasn't lost a thing / nothing was lost' (ah, j, s; d, f, x already), a peer's word that 'counts for a lot' (ai, aj)
match: Three months of site visits and it has never lost one.
match: We moved eight years of records and nothing was lost.
match: Hearing it from another clinic group counts for a lot.
nomatch: The price counts for a lot in our decision.
nomatch: We never lost one of the big accounts to them either way.
@onething = one | "a thing"
@neverlost ~>0 @onething
unless(term): accounts
@nothinglost = "nothing was lost" | "nothing got lost" | "nothing has been lost"
@nothinglost
@frompeer = "from another" | "from a peer" | "highly of you"
@frompeer ~>8 "counts for a lot"

[emotional_resonance] Emotional resonance
description: Feelings and values: love, excitement, joy, enjoyment, peace of mind, pride, shared values or mission, "they get us". Not the idiom "I'd love for us to...", not "loved the business case" meaning approval, not anger at the vendor, not sarcasm, not a lone emoji or mild words ("liked it", "still keen").
match: The whole team loves it, honestly.
match: Gives me peace of mind going into the board meeting.
match: So excited to roll this out next week!
match: It feels like it was built by people who get us.
match: Proud of the call we made here.
match: Their values match ours, that matters to us.
nomatch: I'd love for us to be the first in the region.
nomatch: My VP loved the business case.
nomatch: Oh great, logged out again. Love typing my password every hour.
match: It felt like you'd been sitting in on our weekly pipeline review.
match: Finally a team that understands how we actually work.
match: They treated us like partners, not a line item.
nomatch: We work with partners in three countries.

# round 12 (lexgen8t): 'love the idea' cancels only the love term it overlaps (unless(term)), not the rest of the sentence (it hid 'excited', 'made for people like us', 'felt like you'd been sitting in' in ah, m, o)
match: Loved the idea, and honestly I got excited watching the demo.
nomatch: I love the idea of a shared forecast.
love it
# round 16 (lexgen12t): another department's liking, reported, is not the writer's feeling
@otherdept = leadership | management | sales | finance | "other customers"
unless(term): @otherdept ~>1 love*
nomatch: Finance loved it, the reps less so.
love this
love how
love that
@lovethe = love the | we love | i love | they love
@lovethe
unless(term): love the idea
unless(term): @otherdept ~>1 love*
nomatch: Management loves the new charts.
team loves
everyone loves
absolutely love
excited
excite*
thrilled
delighted
enjoy*
# round 16 (lexgen12t): "enjoying" doing the work twice is sarcasm, a complaint
@redo = re-entering | reentering | re-enter | re-typing | retyping | typing | rewriting | redoing | re-doing
unless(term): enjoy* ~>1 @redo
nomatch: I just love, no, really enjoy retyping every visit after the app freezes.
nomatch: Really enjoying re-entering my password each morning.
a joy
fun to use
so much fun
peace of mind
sleep at night
sleep better
proud
pride
our mission
mission ~3 match*
understand us
people who get
genuinely care
really care
care about us
passion*
so happy
super happy
really happy
couldn't be happier
can't wait
cannot wait
blown away
obsessed
stoked
"pumped"  # exact: the stem matched the company name "Pumps"
enthusias*
unless: love for
unless: loved the business case
unless: oh great
unless: yeah right
unless: love typing
unless: love having to
unless: love waiting
unless: wonderful support
unless: proud to be
built by people
if i say so myself
pat ~3 on the back
unless: if you enjoy
unless: if you like
gets how
understands how
understand how our
our values
shared values
values match
same values
you get us
they get us
really get us
someone gets us
actually get us
unless: ceo will love
unless: board will love
unless: boss will love
people like us
made for us
genuinely happy
happier
actually care
relief
unless: "love to"
unless: would "love"
genuinely look forward
makes me smile
buzzing
love the people
pleasure to use
a pleasure
unless: "ns"
unless: next step*
# --- generalization round 2: relief and calm, shared values and culture, gratitude
knot in my stomach
knot in ~2 stomach
less stress*
"stress-free"
no more stress
so relieved
"grateful"
"thankful"
feels right
feel* ~1 right
just feels right
care ~3 about people
care ~3 how people are treated
like their own
treats ~4 like family
treat* ~4 like their own
looked after
feel looked after
our ~2 culture
whole culture
culture fit
fits our culture
our kind of people
unless: really loving the
unless: loving the extra
unless: love being
unless: adore how
unless: nice touch
unless: thanks for the update
match: I'm so relieved, first month without a knot in my stomach.
match: They care about how people are treated, same as we do, and it feels right.
nomatch: Thanks for the call yesterday.
nomatch: Really loving the extra three clicks since the redesign.
"haven't had a knot"
no knot
# --- round 3: looking forward to it, switching off
look* forward to using
look* forward to logging in
finally relax
# --- round 4: a weight off, built by people who get it
weight off
load off my mind
one less thing to worry about
people who built
whoever built this
you can tell ~4 built
unless: i'd love it
unless: would love it
actually understand
you really understand
understands ~3 small business*
feels like you ~3 understand
feels good
feel good about
teared up
in tears
makes me happy
made me happy
clearly cares
cares about the ~3 details
little details
# --- round 3: mission ("what we got into the business for"), worry lifted, people who care as we do, fun and addictive; sarcasm and polite event praise excluded
fired up
got into ~4 business ~2 for
why we got into
why we do this
stop worrying
stop ~2 worrying about
worry less
as much as we do
people who care
people who genuinely care
fun again
makes ~4 fun
addictive
unless: really loving this
unless: love* the session
match: Loved the webinar, it felt like you get us.
unless(clause): love* the webinar
unless: love* the talk
unless: love getting
# --- round 3 probes: actually look forward to it, what I love, made for people like us
actually look forward
look forward to it now
actually enjoy
what I love
what we love
family business too
built for us
feel respected
feel valued
feel heard
feel seen
meant a lot
means a lot
actually listened
really listened
listened to us
part of our team
extension of our team
like family
match: It felt like working with people who care about small shops as much as we do.
nomatch: Oh fantastic, it crashed again. Really loving this trial.
made us feel
made me feel
feel like a priority
feel important
kind of partner we
the kind of partner
remembered my
remembered our
stress off
less stress
speaks to us
speaks to me
close to tears
unless: hate the execution
unless: my guess
unless: I suggested
unless: told her about
unless: told him about
unless: told them about
how human
human touch
# the rep's own actions and plans in call notes (labeling.md 1): nothing in such a sentence counts
unless: "lvm"
unless: left ~1 "vm"
unless: "f/u" next
unless: "f/u" "w/"
unless: will try again
unless: will send
unless: sent ~>3 deck
unless: sent ~>3 case stud*
unless: sent ~>3 pricing
unless: sent ~>3 proposal
unless: sent ~>3 recap
unless: sent ~>3 one-pager
unless: sent ~>3 link
unless: sent ~>3 roi
unless: "sending" ~>3 deck
unless: "sending" ~>3 case stud*
unless: "sending" ~>3 pricing
unless: "sending" ~>3 proposal
unless: "sending" ~>3 recap
unless: "sending" ~>3 one-pager
unless: "sending" ~>3 link
unless: "sending" ~>3 roi
unless: my take
unless: "rep" to follow
unless: "rep" to send
unless: "rep" will
# --- round 5 (lexgen): relief and calm ("I actually sleep at night now"), "feels like you get" us
match: I actually sleep at quarter-end now.
match: Way less stress since we switched.
match: Honestly it feels like you get small shops.
nomatch: The stress test results are attached.
sleep ~3 now
stress-free
feels like you get
you really get
you get ~2 us
# --- round 5 (lexgen): polite thanks for a demo or a call is mild (labeling.md 2), not resonance
nomatch: Thanks for the demo, the team enjoyed it.
unless: enjoy* ~>2 demo
# round 13 (lexgen9t): only the call we had ('enjoyed our call'), not a chore that has calls in it ('I actually enjoy
# logging calls now': am; t)
@ourcall = "the call" | "our call" | "the calls" | "our calls" | "today's call" | "the phone call" | "this call"
unless: enjoy* ~>1 @ourcall
match: Never thought I'd say it, but I actually enjoy logging calls now.
nomatch: We enjoyed our call with your team.
unless: enjoy* ~>2 webinar
unless: enjoy* ~>2 presentation
unless: enjoy* ~>2 session
unless: enjoy* ~>2 chat
unless: enjoy* ~>2 conversation
unless: thanks for the demo
# irony: "love that for me", "oh sure, I love when it forgets..." (labeling.md 6), and polite "loved the demo"
unless: love that for me
unless: oh sure
unless: "wow" love
unless: love ~4 every single time
unless: love ~2 when ~5 forget*
unless: love ~2 when ~5 crash*
unless: love ~2 when ~5 log* me out
unless: loved the demo
unless: love* the product ~2 but
nomatch: Oh sure, I love when the app forgets my settings.
nomatch: Logging me out every hour, love that for me.
nomatch: Loved the demo.

# --- round 6 (families seen in two or more independent sets): ecstatic, felt really good,
# relax or sleep before the big meeting, can't say how excited
match: The whole team was ecstatic when it went live.
match: Honestly that felt really good.
match: I actually relax on weekends now.
match: First time in ages I slept the night before a board meeting.
nomatch: The reps sleep on it and decide later.
ecstatic
felt really good
feels really good
actually relax
slept the night before
actually sleep

# --- round 6, batch 3: can't tell you how excited, didn't expect to enjoy, pride, not just a number
match: Can't tell you how excited the team is.
match: Honestly did not expect to enjoy a reporting tool.
match: Proudest I've been of this team.
match: For once I didn't feel like just a number.
"can't" tell you how
not expect to enjoy
proudest
"didn't" feel like ~2 number

# --- round 6, after holdout-j: the team cheered, squealed, sleep through the night, best decision
match: The whole team cheered when we told them.
match: I finally sleep through the night.
match: Best decision I've made for the business.
"cheered"
squealed
sleep through the night
best decision

# --- round 7 (lexgen3): chuffed, felt great, made my week, built for people like us,
# the least stressful, fought for
match: Really chuffed with how the trial went.
match: Felt great to see it work.
match: You made my week.
match: It feels like it was built by people who did this job.
match: The least stressful rollout I've had.
chuffed
felt great
made my week
made my day
built by people who
designed by people who
least stressful
fought for

# --- round 7, batch 2: this app gets it, I don't lie awake anymore (the negator belongs to the term)
match: This app gets it.
match: I don't lie awake worrying about follow-ups anymore.
app gets it
"don't" lie awake

# --- round 7, after holdout-m: finally someone who gets how we work
match: Finally someone who gets how sales ops works.
who gets how

nomatch: Love how it forgets my password every single day.
unless: love how ~3 forget*
# --- round 8 (lexgen4): "you get us": a vendor that understands how we work, treats us like partners, shares our values
felt like you'd been
understands how we ~2 work
get* how we ~2 work
treated us like partners
like partners, not
shares our values

# round 9: the board or a council loved it (their reaction, not the writer's feeling)
nomatch: The board loved the new dashboard.
unless: board loved
unless: council loved

# --- round 9: sleeping properly again (g, r)
match: For once I sleep properly before quarter end.
nomatch: The app goes to sleep mode after a minute.
sleep* properly
"slept" properly

# --- round 10 (lexgen6t): made by people who did the job (a making verb x an insider's deed), it feels
# as if they sat in on our meeting, "that felt good" said with any feeling verb (f, g, p, s, t)
match: You can tell it was made by people who have carried a quota.
match: Whoever designed the route screen has clearly driven a van.
match: It feels like they've sat in on our Monday standup.
match: That felt good, honestly.
match: It feels great to watch the renewals come back.
nomatch: The quote was made by our finance team.
nomatch: It feels slow on Android.
@madeby = "made by" | "built by" | "designed by" | "whoever designed" | "whoever built"
@madeby ~>1 people who
@insider = "carried a quota" | "carried quota" | "held a wrench" | "driven a van" | "done the job" | "done this job" | "worked a front desk"
@madeby ~>6 @insider
@feltas = feels | felt | feel
@sat = "sat in on" | "sat in" | "sitting in on" | "sitting in"
@feltas like ~>3 @sat
@goodfeel = good | great | "really good" | amazing | wonderful
@feltas ~>1 @goodfeel
@goodfeel that feels
@feltas like a partner
# --- round 11 (lexgen7t): sarcasm and love reported of others
unless: really "loving" that
unless: "logs me out"
unless: ^ wow ~>2 love
nomatch: Really loving that the filters reset every single morning.
nomatch: Wow, love retyping the same password on every screen.
# --- round 11 (lexgen7t) recall: the favourite/nicest app on my phone (f, g, w), people fighting over who gets to use it (f, u), it feels like you get our sector (o, w)
match: Honestly the nicest app on my phone right now.
match: My favourite app, no contest.
match: The drivers argue over who gets to try it first.
match: It feels like you actually get the trade.
nomatch: We argued over who pays for the lunch.
nomatch: Is it the best app for this? Not sure yet.
@bestapp = "best app" | "nicest app" | "favourite app" | "favorite app" | "best tool" | "best sales app"
@bestapp ~>2 on my phone
"favourite app"
"favorite app"
@fight = fight | fighting | fought | argue | argued | arguing | squabble | squabbling
@fight ~>1 over who ~>2 gets to {negation: off}
@fight ~>1 over who got to {negation: off}
feels like you ~>2 get
feels like they ~>2 get
unless: ^ really feels like
nomatch: Really feels like you guys get us, after the third outage this week.
# --- round 11 (lexgen7t), after af: relief the writer feels ('relieved' of a team or after a video was wrong as often as right); a company tagline 'proud to serve'
match: Honestly I'm relieved, the close finally balances.
nomatch: Proud to serve the valley since 1974.
nomatch: The team is relieved the old server died at last.
@reliever = "i'm" | "i am" | "i was" | genuinely | really | hugely | massively
@reliever ~>1 relieved
unless: proud to serve
unless: proudly serving
unless: "proud member"
unless: less excited
nomatch: Less excited than her boss, honestly.
# --- round 11 (lexgen7t), after ac-af: so glad we went with you, treated us like family/people, aligned with what we do, more fun than in years
match: I'm so glad we went with you.
match: They treated us like a family business, not a logo.
match: It's rare to find a vendor this aligned with what we do.
match: I've had more fun in pipeline reviews than in years.
nomatch: We went with you for the price.
glad we went with
glad we chose
treated us like
aligned with ~2 what we do
aligned with ~2 our mission
"more fun"
# --- round 11 (lexgen7t), after ag-aj: made/built for people like us (ah, c), a mind at rest or 'tranquilidad' (ah, af, ag), this excited (ag)
match: It feels like it was made for small practices like us.
match: The reference call put my mind at rest.
match: I haven't seen the team this excited about software, ever.
nomatch: It was made for enterprises, not for us.
@madefor = "made for" | "built for" | "built it for" | "designed for" | "made it for"
@likeus = "like us" | "like ours"
@madefor ~>5 @likeus
mind at rest
"tranquilidad"
this excited {negation: off}
nomatch: Thanks, genuinely enjoyed the chat.
# --- round 11 (lexgen7t), after ai: the highlight of my week; 'would riot if I took it away' tried: 1 right (ai), 1 wrong (ad)
match: The Monday digest is the highlight of my week.
@period2 = week | day | month
highlight of my ~1 @period2
# --- round 12 (lexgen8t): the team is hooked (f, g); not 'hooked up' (a connection)
match: Two weeks in and my crews are hooked.
nomatch: We hooked up the phone system last week.
"hooked"
unless(term): "hooked" ~>0 up
# --- round 13 (lexgen9t): loving or enjoying the chore itself now ('love logging calls by voice', 'enjoy logging calls': am, ap)
match: Love logging visits by voice.
nomatch: I'd love logging to be faster.
@lovelog = love | loves | enjoy | enjoys
@lovelog logging
@lovelogto = "logging to" | "logging it" | "logging in" | "logging back" | "logging out"
nomatch: Love logging in twice every morning. Great design.
unless(term): @lovelogto
