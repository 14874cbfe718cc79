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
# A session of several kinds: its own, then the others it is too.
kind-also = { $kind } and { $also }

## Resolutions and proposals

status-proposed = proposed
status-adopted = adopted
status-rejected = rejected
status-deferred = deferred
method-consensus = consensus
method-vote = vote: { $counts }
vote-for = { $n } for
vote-against = { $n } against
vote-abstain = { $n } abstaining
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
session-track-alone = { $facts }, track: { $track }
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

## The meeting screen: the names of the keys (the footer, narrow help) and what each does (help)

key-score = score
key-send-card = send card
key-edit = edit
key-delete = delete
key-next-agenda-item = next agenda item
key-to-session = to session
key-previous-agenda-item = previous agenda item
key-add-proposal = add proposal
key-left = left
key-right = right
key-clear-score = clear score
key-plus-dot = +dot
key-minus-dot = −dot
key-select = select
key-select-in-words = select in words
key-park = park
key-merge = merge
key-reopen = reopen
key-add-resolution = add resolution
key-status = status
key-vote = vote
key-election = election
key-method = method
key-consensus = consensus
key-link-proposal = link proposal
key-link-actions = link actions
key-add-card = add card
key-card-left = card left
key-card-right = card right
key-card-up = card up
key-card-down = card down
key-new-strategy = new strategy
key-rename-strategy = rename strategy
key-strategy-left = strategy left
key-strategy-right = strategy right
key-merge-strategy = merge strategy
key-card-status = card status
key-delete-strategy = delete strategy
key-raise-hand = raise hand
key-lower-hand = lower hand
key-next-speaker = next speaker
key-end-turn = end turn
key-progressive = progressive
key-group-chart = group chart
key-note = note
key-up = up
key-down = down
key-next-tab = next tab
key-previous-tab = previous tab
key-notes = notes
key-proposals = proposals
key-resolutions = resolutions
key-board = board
key-speakers = speakers
key-projector = projector
key-theme = theme
key-qr-codes = QR codes
key-room = room
key-filter = filter
key-clear-filter = clear filter
key-next-session = next session
key-group = group
key-previous-session = previous session
key-start-pause = start/pause
key-end-session = end session
key-skip-session = skip session
key-add-session = add session
key-move-earlier = move earlier
key-move-later = move later
key-plus-5-min = +5 min
key-minus-5-min = −5 min
key-split = split
key-rename-session = rename session
key-session-kind = session kind
key-session-leads = session leads
key-remove-session = remove session
key-undo = undo
key-redo = redo
key-help = help
key-quit = quit
key-closes-help = closes help
key-save = save
key-new-line = new line
key-speaker = speaker
key-kind = kind
key-close = close
key-a-name = a name
key-erase = erase
key-choose = choose
key-pick = pick
key-back-to-the-text = back to the text
key-confirm = confirm
key-cancel = cancel
key-clear = clear
key-move = move
key-tick = tick
key-keep = keep
key-yes = yes
key-no = no
key-copy = copy
key-parts = parts
key-session-or-meeting = session or meeting
key-stop = stop
does-score-the-selected-criterion = score the selected criterion 0 to 5
does-send-the-card-under = send the card under the cards of column 0-9 (0 Unsorted, as numbered); focus stays here
does-edit-the-selected-item = edit the selected item
does-delete-the-selected-item = delete the selected item (u brings it back)
does-next-item = take up the next agenda item of the session: captures attach to it
does-file-the-selected-item = file the selected item under another session (a note typed in the break)
does-previous-item = go back to the previous agenda item (before the first: none)
does-add-a-proposal = add a proposal
does-criterion-left = select the criterion to the left
does-criterion-right = select the criterion to the right
does-clear-the-selected-score = clear the selected score
does-add-a-dot-vote = add a dot vote
does-take-a-dot-vote = take a dot vote off
does-select-the-proposal-the = select the proposal: the meeting takes it up (with which option, when it has options)
does-select-in-words = select it in the meeting's own words ("affirmed as the basis of our work")
does-park = park it: it continues as existing work
does-merge-it-into-another = merge it into another proposal
does-reopen-a-decided-proposal = reopen a decided proposal
does-record-a-new-resolution = record a new resolution
does-cycle-status-proposed-adopted = cycle status: proposed, adopted, rejected, deferred
does-record-the-vote-for = record the vote: for, against, abstain (a count may be over N or about N)
does-election = record it as an election: 2 seats: Ana 20, Ben 14, Cy 3; blank 1; elected Ana, Ben
does-how-the-room-decided = how the room decided: a vote, consensus, hands, sense of the room, the chair, later, an election
does-consensus = record it as decided by consensus
does-link-the-proposal-it = link the proposal it settles
does-link-the-actions-that = link the actions that follow from it
does-add-an-action-card = add an action card (Name to … by YYYY-MM-DD sets owner and due)
does-column-left = focus the column to the left
does-column-right = focus the column to the right
does-card-left = move the card to the column on the left
does-card-right = move the card to the column on the right
does-card-up = move the card up its column
does-card-down = move the card down its column
does-create-a-strategy-at = create a strategy at the right end (the card in focus keeps it)
does-rename-this-strategy = rename this strategy
does-strategy-left = move this strategy one column left
does-strategy-right = move this strategy one column right
does-merge-this-strategy-into = merge this strategy into another
does-follow-the-card-up = follow the card up: open, in progress, done, dropped (set as of today)
does-delete-this-strategy-its = delete this strategy; its cards go back to Unsorted
does-raise-a-hand-pick = raise a hand: pick a participant, or type a name
does-lower-the-selected-hand = lower the selected hand
does-give-the-floor-to = give the floor to whoever is next up
does-end-the-turn-under = end the turn under way
does-progressive-ordering-who-spoke = progressive ordering: who spoke least goes first
does-chart-speaking-time-by = chart speaking time by person, organisation, region, gender
does-new-note-in-the = new note in the current session (prefixes route it: action:, proposal:, resolution:, q:, key:, "…" — Name)
does-select-the-item-above = select the item above
does-select-the-item-below = select the item below
does-show-the-next-tab = show the next tab
does-show-the-previous-tab = show the previous tab
does-show-the-notes-of = show the notes of the current session
does-show-the-proposal-matrix = show the proposal matrix
does-show-the-resolutions = show the resolutions
does-show-the-strategy-board = show the strategy board
does-show-the-speaker-queue = show the speaker queue and speaking time
does-switch-to-the-projector = switch to the projector view and back (big type, no hints)
does-next-theme-terminal-projector = next theme: terminal, projector dark, projector light
does-show-the-outcomes-as = show the outcomes as QR codes to scan, full screen
does-who-has-joined-the = who has joined the room: hand the facilitator's role, take it back, revoke a laptop
does-type-a-filter-the = type a filter: the board dims, notes hide what does not match (empty clears)
does-clear-the-filter = clear the filter
does-next-session = go to the next session
does-group = capture into a working group running in parallel, or back to the room's session
option-pick-title = Selected: with which option?
option-pick-item = option { $option } — { $title }
option-pick-whole = the proposal as a whole, no option
group-title = Capture into which group?
group-room = the room: { $title }
group-room-unknown = the room: its current session
group-none = no working groups run in parallel on this day (a session's `track` in the agenda makes one)
group-chosen = capturing into { $track }: { $title }; G changes group or goes back to the room
group-following = following the room: notes go to { $title }
group-following-none = following the room
does-previous-session = go to the previous session
does-start-pause-or-resume = start, pause or resume the current session
does-end-the-current-session = end the current session
does-skip-the-current-session = skip the current session
does-add-a-session-after = add a session after the current one: its title, minutes and kind
does-session-earlier = move the current session one place earlier
does-session-later = move the current session one place later
does-lengthen-the-current-session = lengthen the current session by 5 minutes
does-shorten-the-current-session = shorten the current session by 5 minutes
does-split-the-current-session = split the current session into two halves, naming each
does-rename-the-current-session = rename the current session
does-change-the-current-session = change the current session's kind: talk, discussion, break…
does-change-who-leads-the = change who leads the current session
does-remove-the-current-session = remove the current session, if it has not run and holds nothing
does-take-back-the-last = take back the last change
does-put-back-the-last = put back the last change taken back
does-show-every-key-of = show every key of this view
does-quit-unsaved = quit (asks first if changes could not be written, and offers to save a copy)
does-quit = quit
does-close-help = close help
does-save-the-note-a = save the note; a new note's editor stays open for the next
does-start-a-new-line = start a new line in the note
does-pick-the-speaker-type = pick the speaker: type a few letters of the name
does-file-the-note-as = file the note as a note, key point, question or quote
does-close-the-editor-asks = close the editor (asks first if typed text would be lost)
does-quit-typed-text = quit (asks first if typed text would be lost)
does-type-the-note-arrows = type the note; arrows, Home, End, Backspace and Del edit it
does-type-speaker = type the speaker's name: the list narrows to who matches
does-take-the-last-letter = take the last letter off the name
does-highlight-the-participant-above = highlight the participant above
does-highlight-the-participant-below = highlight the participant below
does-take-the-highlighted-participant = take the highlighted participant, or the name as typed
does-back-to-text = go back to the text, speaker unchanged
does-take-the-answer = take the answer
does-close-the-question-changing = close the question, changing nothing
does-clear-the-answer-the = clear the answer, the quick way past a suggestion
does-type-the-answer-arrows = type the answer; arrows, Home, End, Backspace and Del edit it
does-highlight-the-item-above = highlight the item above
does-highlight-the-item-below = highlight the item below
does-highlight-the-name-above = highlight the name above
does-highlight-the-name-below = highlight the name below
does-type-a-name-the = type a name: the list narrows to who matches
does-tick-or-untick-the = tick or untick the highlighted item
does-take-the-highlighted-item = take the highlighted item (a name not on the list as typed)
does-keep-the-ticked-items = keep the ticked items
does-close-the-list-changing = close the list, changing nothing
does-yes = yes
does-no = no
does-save-a-copy-of = save a copy of the record in another folder first
does-show-the-previous-part = show the previous part
does-show-the-next-part = show the next part
does-switch-between-this-session = switch between this session's outcomes and the whole meeting's
does-close-the-qr-screen = close the QR screen
does-stop-following-the-record = stop following; the record is untouched
key-type = type
key-any-key = any key

## The meeting screen: its tabs, header, footer, overlays and views, and what it tells after a key

tab-notes = Notes
tab-proposals = Proposals
tab-resolutions = Resolutions
tab-board = Board
tab-speakers = Speakers
help-prefixes = In a note: action: Name to … by YYYY-MM-DD · proposal: · resolution: · q: · key: · "…" — Name
help-title = Keys · { $tab } (any key closes)
editor-speaker = Speaker:
editor-not-listed = not on the list; Enter keeps the name as typed
editor-edit-note = Edit note
editor-new-note = New note
editor-filed-proposal = proposal
editor-filed-resolution = resolution
editor-filed-action = action
editor-filed-items = { $n } items
editor-by = speaker: { $speaker }
editor-in = in { $session }
editor-action-owner = action · owner: { $owner }
editor-action-no-owner = action · no owner
editor-action-due = due { $date }
picker-name = Name:
picker-not-listed = not on the list; Enter takes the name as typed
confirm-discard = Discard the text you typed? y/n
confirm-quit = Quit and lose the text you typed? y/n
confirm-quit-unsaved = { $n ->
    [one] { $n } change could not be written to disk. c: save a copy of the record in another folder · y: quit and lose it · n: stay (plenary keeps trying)
   *[other] { $n } changes could not be written to disk. c: save a copy of the record in another folder · y: quit and lose them · n: stay (plenary keeps trying)
}
confirm-outcome = { $why }. Mark it { $status } anyway? y/n
note-kind-note = note
note-kind-key-point = key point
note-kind-question = question
note-kind-quote = quote
saved-all = saved
saved-unsaved = { $n } unsaved
saved-waiting = { $n } waiting
saved-host-unreachable = host unreachable
footer-host-unreachable = host unreachable since { $since }; trying again
footer-waiting-unreachable = { $n } waiting — host unreachable since { $since }; sent when it is back
footer-not-on-disk = { $n ->
    [one] { $n } change NOT on disk{ $why }; retrying
   *[other] { $n } changes NOT on disk{ $why }; retrying
}
footer-esc-clears = Esc clears
footer-keys = keys
header-no-sessions = The agenda has no sessions.
header-day = Day { $n }
header-clock = { $date }  { $time }
screen-day-date = { $weekday } { $day } { $month }
weekday-short = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
screen-over = { $time } over
screen-day-summary = day { $summary }
projector-of-minutes = of { $minutes } min
notes-no-match = Nothing matches /{ $filter }.
notes-esc-clears = Esc clears the filter.
notes-none = No notes in this session yet.
notes-none-n = n captures one. A line that starts with
notes-none-prefixes = action:, proposal:, resolution:, q: or key:
notes-none-filed = is filed there.
notes-went-action = an action, on the Board · e edits it
notes-went-proposal = a proposal, in Proposals · e edits it
notes-went-resolution = a resolution, in Resolutions · e edits it
resolution-row-method = Method
resolution-row-decided-by = Decided by
resolution-row-not-recorded = not recorded
resolution-row-settles = Settles
resolution-row-actions = Actions
resolution-row-session = Session
resolution-row-none = none
resolution-row-session-at = { $session } at { $time }
resolutions-none = No resolutions yet. a records one; resolution: in a note does too.
decision-short-open = open
decision-short-selected = selected
decision-short-selected-as = selected: { $words }
decision-short-merged = merged → { $title }
decision-short-parked = parked: { $why }
proposals-none = No proposals yet.
proposals-none-how = No proposals yet. a adds one; proposal: in a note does too.
matrix-proposal = Proposal
matrix-sum = Sum
matrix-dot = Dot
matrix-total = Total
matrix-dots = Dots
matrix-decision = Decision
matrix-counts = (counts ×{ $weight })
matrix-others = Other proposals
close-keys = any key: the meeting screen · O: every outcome code · q: quit
close-over = The meeting is over
close-held = held { $dates }
close-ended-with = it ended with { $title }
close-others = O: the others
close-decided = What was decided
close-nothing-decided = Nothing was decided.
projector-no-resolutions = No resolutions yet.
board-unsorted = Unsorted
board-more = { $n } more
board-empty-unsorted = new actions land here
board-empty-key = H L or { $key } move cards here
board-empty = H and L move cards here
board-no-owner = no owner
board-due = due { $date }
board-cards = { $n ->
    [one] { $n } card
   *[other] { $n } cards
}
speakers-speaking = Speaking
speakers-nobody = Nobody has the floor.
speakers-progressive = progressive: who spoke least first
speakers-in-order = in the order hands went up
speakers-queue = Queue ({ $n })
speakers-spoke = spoke { $time }
speakers-no-hands = No hands raised.
speakers-no-hands-how = No hands raised. a raises one.
speakers-time-by-person = Speaking time by person
speakers-time-by-organisation = Speaking time by organisation
speakers-time-by-region = Speaking time by region
speakers-time-by-gender = Speaking time by gender
speakers-none-spoke = Nobody has spoken yet.
qr-phone-page = Phone page · scan to follow the meeting live
qr-note-takers = Note-takers · plenary join { $code }
qr-full-code = or the full code (scan it): { $code }
qr-scan-full-code = or scan the full join code below
qr-addresses = addresses: { $addresses }
qr-no-session = That session is not in the agenda.
qr-no-code = No code: { $why }
qr-nothing = Nothing to share yet.
qr-whole-meeting = the whole meeting
qr-left-out = Not in these codes: { $left }. The minutes hold them.
qr-too-small = This code needs { $needs } characters; the terminal has { $has }.
qr-enlarge = Enlarge the window or make the font smaller, then it appears here.
qr-hand-out = Or hand out `plenary qr RECORD --png DIR` instead.
told-nothing = nothing
told-and-more = { $said }, and { $n } more
told-resumed = resumed { $title }
told-started = started { $title }
told-paused = paused { $title }
told-ended = ended { $title }
told-skipped = skipped { $title }
told-timer-back = { $title }'s timer put back
told-session-added = added the session { $title } ({ $kind })
told-session-kind = { $title } is now a { $kind } session
told-no-lead = { $title } has no lead now
told-led-by = { $title } is now led by { $names }
told-session-removed = removed the session { $title }
told-session-moved-to = moved { $title } to { $time }
told-session-moved = moved { $title }
told-session-minutes = { $title } is now { $minutes } min
told-session-open-ended = { $title } is now open-ended
told-renamed = renamed { $title } to { $to }
told-split = split { $half } off { $title }
told-agenda-changed = changed the agenda
told-the-note = the note { $text }
told-the-card = the card { $text }
told-the-resolution = the resolution { $text }
told-the-proposal = the proposal { $text }
told-a-capture = a capture
told-moved-to = moved { $what } to { $to }
told-agendas-own = { $what } is the agenda's own again
told-note-saved = { $kind } { $text } saved
told-note-edited = edited the note { $text }
told-note-deleted = deleted the note { $text }
told-note-back = the note { $text } put back
told-proposal-added = added the proposal { $text }
told-proposal-edited = edited the proposal { $text }
told-proposal-deleted = deleted the proposal { $text }
told-proposal-back = the proposal { $text } put back
told-scored = scored { $text } { $score } on { $on }
told-score-cleared = cleared the score of { $text } on { $on }
told-dots = { $text } has { $n } dots
told-reopened = reopened { $text }
told-selected = selected { $text }
told-selected-as = selected { $text }: { $words }
told-selected-option = selected { $text } with option { $option }
told-merged = merged { $text } into { $into }
told-parked = parked { $text }: { $why }
told-resolution-added = recorded the resolution { $text }
told-resolution-edited = updated the resolution { $text }
told-resolution-deleted = deleted the resolution { $text }
told-resolution-back = the resolution { $text } put back
told-record-changed = changed the record
told-card-added = card { $text } added to { $to }
told-card-edited = edited the card { $text }
told-card-status-since = the card { $text } is { $status } since { $since }
told-card-status = the card { $text } is { $to }
told-card-deleted = deleted the card { $text }
told-card-back = the card { $text } put back
told-card-moved = moved the card { $text } to { $to }
told-strategy-added-key = created the strategy { $text }; { $key } sends a card to it
told-strategy-added = created the strategy { $text }
told-strategy-renamed = renamed { $text } to { $to }
told-strategy-moved = moved the strategy { $text }
told-strategy-merged = merged { $text } into { $to }
told-strategy-deleted = deleted the strategy { $text }
told-strategy-back = the strategy { $text } put back
told-board-changed = changed the board
told-hand-raised = { $name } raised a hand
told-hand-lowered = { $name }'s hand lowered
told-floor-to = the floor to { $name }
told-turn-ended = the turn ended
told-progressive-on = progressive ordering on
told-progressive-off = progressive ordering off
told-queue-back = the speaker queue put back
told-follower = this screen follows the record; it changes nothing
told-undoes = { $said } — u undoes
told-redone = redone: { $said }
told-undone = undone: { $said } — Ctrl-R redoes
told-undo-yours = undo: your last change
told-redo-yours = redo: the change you took back last
ask-rename-session = Rename the session
ask-session-title-hint = its title, as the agenda and the minutes show it
ask-split-first = Split the session: name the first half
ask-split-first-hint = Enter keeps the title; the second half is named next
told-half-needs-title = each half needs a title
ask-split-second = Split the session: name the second half
ask-split-second-hint = Enter keeps the title; Esc splits nothing
told-leads-unchanged = the leads are as they were
told-no-participants = the agenda lists no participants to lead it
told-nothing-to-move = nothing selected to move
ask-new-proposal = New proposal
ask-proposal-hint = the proposal in a few words
ask-selected-words = Selected: in what words did the meeting decide?
ask-selected-words-hint = as the minutes should say it; empty selects it plainly
ask-park = Park the proposal: how does it continue?
ask-park-hint = type to replace the suggested wording; Enter keeps it
ask-park-suggested = continues as existing work
ask-new-resolution = New resolution
ask-resolution-hint = what the meeting resolves
ask-method = How did the room decide?
ask-vote = Votes counted in the room
ask-vote-hint = for against abstain, like 24 3 2 or 30 for; a count may be over N or about N
ask-election = Election: seats, candidates and votes, blank ballots, who was elected
ask-election-hint = like 2 seats: Ana Ruiz 20, Ben 14, Cy 3; blank 1; elected Ana Ruiz, Ben
ask-confirm-by = To be confirmed later: by whom?
ask-confirm-by-hint = the board, the members by email…; empty if the room did not say
ask-merge-proposal = Merge into which proposal?
ask-link-proposal = Which proposal does it settle?
told-no-actions = there are no actions yet; capture one with action: …
ask-link-actions = Which actions follow from it? (Space ticks, Enter keeps)
ask-new-card = New card
ask-card-hint = what is to be done; Name to … by YYYY-MM-DD sets owner and due
ask-new-strategy = New strategy
ask-strategy-hint = its name, the column's title
ask-rename-strategy = Rename the strategy
told-no-card-follow = no card here to follow up
told-strategy-deleted-cards = strategy deleted, its cards are in Unsorted; u brings it back
told-no-card-send = no card here to send
ask-merge-strategy = Merge into which strategy?
ask-add-session = Add a session after this one
ask-add-session-hint = title and minutes, like: Report back 20 (its kind is asked next)
told-filter-cleared = filter cleared
ask-save-copy = Save a copy of the record in a new folder
ask-save-copy-hint = on another disk or a USB stick; it must not exist yet
told-nothing-to-save = nothing to save
ask-filter = Filter
ask-filter-hint = cards and notes that contain this; empty clears
told-nothing-to-undo = nothing to undo
told-nothing-to-redo = nothing to redo
ask-raise-hand = Who raises a hand?
told-nothing-typed = nothing typed; nothing changed
ask-edit-proposal = Edit the proposal
ask-edit-resolution = Edit the resolution
ask-edit-card = Edit the card
ask-edit-card-hint = Name to … by YYYY-MM-DD sets owner and due
told-deleted = deleted; u brings it back
ask-session-kind = What kind of session is { $title }?
ask-session-leads = Who leads { $title }?
ask-session-on-day = day { $n } · { $title }
ask-move-note = Move the note to which session?
ask-move-action = Move the action to which session?
ask-move-proposal = Move the proposal to which session?
ask-move-resolution = Move the resolution to which session?
told-card-sent = card sent to { $to } ({ $key }); u undoes
told-no-items = session `{ $id }` lists no agenda items
told-item = item { $n } of { $of }: { $title }
told-no-item = no agenda item: captures go to the session
told-theme = theme: { $name }
told-copied = a copy of the whole record is in { $folder }; q quits
told-no-copy = no copy: { $why }
ask-no-proposal = (no proposal)
method-choice-vote = a vote, counted (for, against, abstain)
method-choice-consensus = consensus
method-choice-hands = show of hands, not counted
method-choice-sense-strong = sense of the room: strong
method-choice-sense-weak = sense of the room: weak
method-choice-sense-none = sense of the room: none opposed
method-choice-chair = the chair's declaration
method-choice-later = to be confirmed later (by whom)
method-choice-election = an election (seats, candidates, votes, who was elected)
role-facilitator = facilitator
role-note-taker = note-taker
joined-as = joined the room as { $role }
joined-not-sent = not sent: { $why }
joined-refused = the host refused: { $why }
joined-role = you are now the room's { $role }
joined-stopped = the host refused this laptop: { $why }
joined-sent-what = { $what } sent to the host
joined-sent = { $said } — sent to the host
room-none = this screen hosts no room: open the record with --host to let note-takers join
room-nobody = nobody has joined yet: plenary join { $code }
room-connected = connected
room-away = away
room-hand-role = { $name } (note-taker, { $link }): hand them the facilitator's role
room-take-role = { $name } (facilitates, { $link }): take the role back
room-revoke = revoke { $name }'s laptop: it can never write again
room-who = The room: who has joined
room-revoked = { $name }'s laptop is revoked: it can no longer write or join
room-not-in = { $name } is not in the room
room-not-revoked = { $name }'s laptop could not be revoked: { $why }
hosting-greeting = phones: { $url } · note-takers: plenary join { $code }
said-last-session = this is the last session
said-first-session = this is the first session
said-session-over = this session is over; ] goes to the next
said-no-session = there is no session `{ $a }`
said-no-swap = no session to swap with on this day
said-not-same-track = `{ $a }` is not in the same track as `{ $b }`; K and J move a session only past another of its own track (or of the plenary)
said-would-part = sessions `{ $a }` and `{ $b }` are running beside each other; the change would part them: pause one first
said-no-length = the session's length is not known (open-ended), so it has none to change
said-session-title = a session needs a title
said-no-filing-session = the agenda has no session to file the { $a } in
said-card-already = the card is already in { $a }
said-strategy-name = a strategy needs a name
said-unsorted-merge = Unsorted is not a strategy; focus a strategy to merge it
said-no-other-strategy = there is no other strategy to merge into
said-strategy-itself = a strategy cannot be merged into itself
said-unsorted-delete = Unsorted is not a strategy; focus a strategy to delete it
said-nothing-typed = nothing typed; nothing filed
said-note-saved = note saved
said-key-point-saved = key point saved
said-question-saved = question saved
said-quote-saved = quote saved
said-action-filed = action filed on the board
said-action-filed-for = action filed on the board for { $a }
said-action-filed-due = action filed on the board, due { $a }
said-action-filed-for-due = action filed on the board for { $a }, due { $b }
said-resolution-proposed = resolution recorded as proposed
said-proposal-added = proposal added to the matrix
said-added-to-proposal = added to the proposal “{ $a }”
said-already-proposal = “{ $a }” is already a proposal: saved as a note
said-not-listed = `{ $a }` is not on the participant list
said-remove-skipped = { $a } is skipped, which keeps it in the minutes as not covered; it stays
said-remove-started = { $a } has started, so the minutes need it; S skips a session instead
said-remove-holds = { $a } holds notes or other captures; M moves each to another session first
said-only-session = the agenda's only session cannot be removed
said-half-title = each half needs a title
said-no-halves = the session's length is not known (open-ended), so it has no halves
said-one-minute = a one-minute session cannot be split
said-proposal-title = a proposal needs a title
said-no-criteria = the agenda has no criteria to score on
said-no-other-proposal = there is no other proposal to merge into
said-proposal-itself = a proposal cannot be merged into itself
said-already-filed = it is already filed under { $a }
said-hand-name = a hand needs a name
said-in-queue = { $a } is already in the queue
said-not-in-queue = { $a } is not in the queue
said-queue-empty = nobody is in the queue
said-no-floor = nobody has the floor
said-progressive = progressive ordering: who spoke least goes first
said-in-order = hands in the order they went up
said-vote-numbers = type the counts: for, against, abstain, like 24 3 2 or over 100 for (a count may be over N or about N)
speakers-not-given = not given
said-no-card = there is no card { $a }
said-no-action = there is no action { $a }
said-no-strategy = there is no strategy { $a }
said-no-note = there is no note { $a }
said-no-proposal = there is no proposal { $a }
said-no-resolution = there is no resolution { $a }
said-no-column-one = there is no column { $a }: the board has Unsorted (0) alone
said-no-column = there is no column { $a }: the board has 0 (Unsorted) to { $b }
said-vote-against = the vote was { $a } for, { $b } against — more against than for
said-vote-for = the vote was { $a } for, { $b } against — more for than against
told-held = { $title }: held { $from }–{ $to }
told-held-from = { $title }: running since { $from }
key-held-times = held times
does-held-times = give the current session the times it was held (typed up later, or a clock not started)
ask-held-times = When was it held?
ask-held-times-hint = like 09:10-10:05, or 09:10 alone for a session running now
said-held-hint = type when it was held, like 09:10-10:05 (or 09:10 alone for a session running now)
said-held-end = the end must come after the start, like 09:10-10:05
said-held-not-running = a session not running now needs when it ended too, like 09:10-10:05
said-held-not-yet = that time has not come yet
