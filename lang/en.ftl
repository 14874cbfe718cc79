# plenary's labels in English: the minutes (Markdown and HTML), the outcome summary and its
# QR codes, and the CSV headers. Every other language's file holds the same ids
# (tests/languages.rs checks it). English is what every release before this one wrote, byte
# for byte: tests/fixture.rs holds it.

## Lists and dates

separator-comma = {", "}
separator-semicolon = {"; "}
separator-colon = {": "}

month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
# $day: 1 is Monday, 7 Sunday.
weekday = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
date = { $day } { $month } { $year }
date-day-month = { $day } { $month }
date-short = { $day } { $month } { $year }
date-day-month-short = { $day } { $month }
time = { $hour }:{ $minute }
date-with-weekday = { $weekday } { $date }
date-span-month = { $first }–{ $day } { $month } { $year }
date-span = { $from } – { $to }

## When a session ran

length-minutes = { $minutes } min
length-open = open-ended
when-from = from { $start } ({ $state })
when-planned = planned { $start }, { $length }
when-planned-no-start = planned { $length }, start not known
when-no-start = { $length }, start not known
span-open = { $start }, open-ended
held-moved = { $held } (planned { $planned })
held-elsewhere = planned { $planned }; captured { $held } on { $date }
held-elsewhere-unplanned = captured { $held } on { $date }
running-planned = from { $start } ({ $state }; planned { $planned })
running-elsewhere = planned { $planned }; captured from { $start } on { $date } ({ $state })
running-elsewhere-unplanned = captured from { $start } on { $date } ({ $state })

state-pending = not started
state-running = running
state-paused = paused
state-done = done
state-skipped = skipped

kind-talk = talk
kind-discussion = discussion
kind-proposals = proposals
kind-decision = decision
kind-action-planning = action planning
kind-visit = visit
kind-break = break

## Resolutions and proposals

status-proposed = proposed
status-adopted = adopted
status-rejected = rejected
status-deferred = deferred
method-consensus = consensus
method-vote = vote: { $for } for, { $against } against, { $abstain } abstaining
outcome-settled = { $status } by { $method }
outcome-counted = { $status }; { $method }
method-show-of-hands = show of hands
method-sense-strong = sense of the room (strong)
method-sense-weak = sense of the room (weak)
method-sense-none-opposed = sense of the room (none opposed)
method-chair = the chair's declaration
method-to-be-confirmed = to be confirmed later
method-to-be-confirmed-by = to be confirmed by { $by }
count-over = over { $n }
count-about = about { $n }
outcome-pending = { $status }, { $method }
method-election = election
method-election-facts = election: { $facts }
outcome-elected = elected: { $names }
election-seats = { $n ->
    [one] { $n } seat
   *[other] { $n } seats
}
election-candidates = candidates: { $names }
election-votes = { $name } ({ $votes ->
    [one] { $votes } vote
   *[other] { $votes } votes
})
election-blank = { $n ->
    [one] { $n } blank or spoiled ballot
   *[other] { $n } blank or spoiled ballots
}
decision-open = not decided
decision-selected = selected
# Selected, in the words the meeting gave its decision.
decision-selected-as = selected ({ $words })
decision-selected-option = selected: option { $option } — { $title }
decision-selected-option-unknown = selected: option { $option }
proposal-options = Options: { $options }
decision-merged = merged
decision-merged-into = merged into “{ $title }”
decision-parked = parked
decision-parked-why = parked ({ $why })

## Who took part

count-participants = { $n ->
    [one] { $n } participant
   *[other] { $n } participants
}
count-named-participants = { $n ->
    [one] { $n } named participant
   *[other] { $n } named participants
}
count-countries = { $n ->
    [one] { $n } country
   *[other] { $n } countries
}
count-sessions = { $n ->
    [one] { $n } session
   *[other] { $n } sessions
}
headline-from = { $who } from { $countries }
headline-named = { $who }, { $n } of them named
# How many of the named took part from elsewhere, after the rest of the headline.
headline-remote = { $who }, { $n } of them remotely
# A participant in the list who took part remotely.
participant-remote = { $name } (remote)
headline-represented = { $who }; { $countries } represented
headline-only-represented = { $countries } represented
headline-some-from = { $who }, { $n } of them from { $countries }
fact-languages = Languages
fact-interpretation = Interpretation
interpretation-provided = provided
languages-interpreted = { $languages }, with interpretation

## The minutes

fact = { $label }:
fact-dates = Dates
fact-place = Place
fact-organisers = Organisers
fact-hosts = Hosts
fact-participants = Participants
fact-organisations = Organisations
fact-principles = Principles
fact-rule = Rule
rule-chatham-house = held under the Chatham House Rule: these minutes say what was said, never who said it
heading-objective = Objective
heading-background = Background
heading-participants = Participants
column-name = Name
column-organisation = Organisation
column-organisations = Organisations
column-country = Country
column-role = Role
heading-next-steps = Next steps
no-next-steps = No next steps recorded.
lede-minutes = Minutes of the meeting
lede-minutes-so-far = Minutes so far of the meeting
lede-place = { $lede } in { $place }
lede-dates = { $lede }, { $dates }
lede-finished = { $lede }.
lede-in-progress = { $lede } (in progress: { $held } of { $sessions } held).
day-hours = Planned { $start }–{ $end }.
day-hours-from = Planned from { $start }.
day-hours-until = Planned to end by { $end }.
heading-sessions = Sessions
heading-day = Day { $n } — { $date }
heading-day-titled = Day { $n } — { $date }: { $title }
session-facts = { $kind }, { $when }
session-skipped = { $facts } — skipped
session-not-held = { $facts } — not held
session-led-by = { $facts }. Led by { $leads }
# A role the agenda gives the session and who holds it, as the agenda names the role.
session-role = { $facts }. { $role }: { $who }
session-track = { $facts }, in parallel: { $track }
session-room = { $facts }, in { $room }
presented-by = Presented by { $who }.
reference = Reference: { $reference }.
captures-key-points = Key points
captures-questions = Questions
captures-quotes = Quotes
captures-notes = Notes
captures-actions = Actions
captures-decided = Decided
captures-resolved = Resolved
heading-proposals = Proposals
heading-assessment = Assessment
assessment-explained = Each proposal scored 0 to { $max } on each criterion; the total weighs each score by its criterion's weight. Dots are the dot votes counted in the room.
column-criterion = Criterion
column-weight = Weight
row-weighted-total = Weighted total
row-dots = Dots
heading-decision = Decision
action-by = by { $date }
action-status-on = { $status } on { $date }
heading-strategies = Strategies and actions
no-strategies = No strategies yet.
no-actions = No actions yet.
column-action = Action
column-owner = Owner
column-due = Due
heading-resolutions = Resolutions
no-resolutions = No resolutions recorded.
resolution-settles = settles “{ $title }”
resolution-follow-up = follow-up: { $actions }
heading-not-covered = Not covered
all-covered = Every session on the agenda was held.
uncovered-day = day { $n }
uncovered-skipped = Skipped
uncovered-unfinished = Not finished
uncovered-pending = Not held

## The HTML minutes

html-outcomes = Outcomes to take home
html-scan = Scan { $codes ->
    [one] the code
   *[other] the { $codes } codes in order
} with a phone camera to keep the outcomes: no app, no account, no network needed. The text of each code is printed beside it.
html-no-codes = No QR codes: { $error }

## The outcome summary and its QR codes

summary-label = { $name } outcomes
summary-label-untitled = Outcomes
summary-in-progress = (meeting in progress)
summary-session = { $meeting }, day { $n } ({ $date }), { $when }
summary-key-points = KEY POINTS
summary-decided = DECIDED
summary-strategies = STRATEGIES
summary-resolutions = RESOLUTIONS
summary-next-steps = NEXT STEPS
summary-nothing = No outcomes recorded yet.
summary-elsewhere = (the { $kinds } are in the minutes)
summary-and = { $first } and { $second }
summary-left-out-one = { $noun } { $n } of { $n }
summary-left-out = { $nouns } { $from }–{ $n } of { $n }
noun-key-point = key point
noun-key-points = key points
noun-decision = decision
noun-decisions = decisions
noun-action = action
noun-actions = actions
noun-resolution = resolution
noun-resolutions = resolutions
more-key-points = { $n ->
    [one] … { $n } more key point in the minutes
   *[other] … { $n } more key points in the minutes
}
more-decisions = { $n ->
    [one] … { $n } more decision in the minutes
   *[other] … { $n } more decisions in the minutes
}
more-actions = { $n ->
    [one] … { $n } more action in the minutes
   *[other] … { $n } more actions in the minutes
}
more-resolutions = { $n ->
    [one] … { $n } more resolution in the minutes
   *[other] … { $n } more resolutions in the minutes
}
untold-key-points = { $n ->
    [one] … { $n } key point in the minutes
   *[other] … { $n } key points in the minutes
}
untold-decisions = { $n ->
    [one] … { $n } decision in the minutes
   *[other] … { $n } decisions in the minutes
}
untold-actions = { $n ->
    [one] … { $n } action in the minutes
   *[other] … { $n } actions in the minutes
}
untold-resolutions = { $n ->
    [one] … { $n } resolution in the minutes
   *[other] … { $n } resolutions in the minutes
}
qr-continued = { $headings } (continued)

## The actions as CSV

csv-strategy = strategy
csv-text = text
csv-owner = owner
csv-due = due
csv-status = status
csv-session = session
csv-open = open
csv-in-progress = in progress
csv-done = done
csv-dropped = dropped

## The printed programme

programme-title = Programme: { $title }
programme-time = Time
programme-session = Session
programme-length = Length
programme-time-not-known = time not known
programme-organised-by = Organised by { $names }
programme-hosted-by = Hosted by { $names }
programme-led-by = Led by { $leads }
programme-role = { $role }: { $who }
programme-track = In parallel: { $track }
programme-room = Where: { $room }
programme-presented-by = presented by { $who }
programme-reference = reference: { $reference }
programme-no-sessions = No sessions planned.
programme-chatham-house = Held under the Chatham House Rule: this programme names no speakers and no participants.

## The phone page

phone-meeting = Meeting
phone-connecting = connecting…
phone-live = live
phone-polling = live · updating every 5 s
phone-offline = offline — reconnecting…
# $time: the timer's minutes and seconds, "4:05".
phone-left = { $time } left
phone-over = { $time } over
day-held-on = held on { $date }
day-planned-for = planned for { $date }
day-no-sessions = no sessions
day-no-times-after = no times after { $title } (open-ended)
day-now-at = { $title } now at { $time }
day-no-times = no planned times to compare
day-on-time = on time
day-late = running { $minutes } min late
day-early = running { $minutes } min early
day-late-then = { $late }; { $then }

## The actions as calendar to-dos

ics-owner = Owner: { $owner }
ics-session = Session: { $session }
ics-meeting = Meeting: { $meeting }
