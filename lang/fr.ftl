# Les étiquettes de plenary en français : le procès-verbal (Markdown et HTML), le résumé des
# résultats et ses codes QR, et les en-têtes du CSV. Registre du procès-verbal officiel ;
# typographie française (espace insécable avant « : », espace fine insécable avant « ; »,
# guillemets « »). Les mêmes ids que lang/en.ftl (tests/languages.rs le vérifie).

## Listes et dates

separator-comma = {", "}
separator-semicolon = {"\u202F; "}
separator-colon = {"\u00A0: "}

month = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
month-short = { $month ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
}
# $day : 1 est lundi, 7 dimanche.
weekday = { $day ->
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
    [6] samedi
   *[7] dimanche
}
# Le premier du mois s'écrit « 1er ».
date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-day-month = { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
date-short = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-day-month-short = { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
time = { $hour } h { $minute }
date-with-weekday = { $weekday } { $date }
date-span-month = { $first ->
    [1] 1er
   *[other] { $first }
}–{ $day } { $month } { $year }
date-span = du { $from } au { $to }

## Quand une séance s'est tenue

length-minutes = { $minutes } min
length-open = durée libre
when-from = depuis { $start } ({ $state })
when-planned = prévue à { $start }, { $length }
when-planned-no-start = prévue pour { $length }, heure de début inconnue
when-no-start = { $length }, heure de début inconnue
span-open = { $start }, durée libre
held-moved = { $held } (prévue { $planned })
held-elsewhere = prévue { $planned } ; saisie { $held } le { $date }
held-elsewhere-unplanned = saisie { $held } le { $date }
running-planned = depuis { $start } ({ $state } ; prévue { $planned })
running-elsewhere = prévue { $planned } ; saisie depuis { $start } le { $date } ({ $state })
running-elsewhere-unplanned = saisie depuis { $start } le { $date } ({ $state })

state-pending = non commencée
state-running = en cours
state-paused = en pause
state-done = terminée
state-skipped = annulée

kind-talk = exposé
kind-discussion = discussion
kind-proposals = propositions
kind-decision = décision
kind-action-planning = planification des actions
kind-visit = visite
kind-break = pause

## Résolutions et propositions

status-proposed = proposée
status-adopted = adoptée
status-rejected = rejetée
status-deferred = reportée
method-consensus = consensus
method-vote = vote : { $for } pour, { $against } contre, { $abstain ->
    [one] { $abstain } abstention
   *[other] { $abstain } abstentions
}
outcome-settled = { $status } par { $method }
outcome-counted = { $status } ; { $method }
method-show-of-hands = main levée
method-sense-strong = sentiment de la salle (fort)
method-sense-weak = sentiment de la salle (faible)
method-sense-none-opposed = sentiment de la salle (aucune opposition)
method-chair = déclaration de la présidence
method-to-be-confirmed = à confirmer ultérieurement
method-to-be-confirmed-by = à confirmer par { $by }
count-over = plus de { $n }
count-about = environ { $n }
outcome-pending = { $status }, { $method }
method-election = élection
method-election-facts = élection : { $facts }
outcome-elected = élus : { $names }
election-seats = { $n ->
    [one] { $n } siège
   *[other] { $n } sièges
}
election-candidates = candidatures : { $names }
election-votes = { $name } ({ $votes ->
    [one] { $votes } voix
   *[other] { $votes } voix
})
election-blank = { $n ->
    [one] { $n } bulletin blanc ou nul
   *[other] { $n } bulletins blancs ou nuls
}
decision-open = non tranchée
decision-selected = retenue
# Selected, in the words the meeting gave its decision.
decision-selected-as = retenue ({ $words })
decision-selected-option = retenue : option { $option } — { $title }
decision-selected-option-unknown = retenue : option { $option }
proposal-options = Options : { $options }
decision-merged = fusionnée
decision-merged-into = fusionnée avec « { $title } »
decision-parked = mise en attente
decision-parked-why = mise en attente ({ $why })

## Qui a participé

count-participants = { $n ->
    [one] { $n } participant
   *[other] { $n } participants
}
count-named-participants = { $n ->
    [one] { $n } participant inscrit
   *[other] { $n } participants inscrits
}
count-countries = { $n ->
    [one] { $n } pays
   *[other] { $n } pays
}
count-sessions = { $n ->
    [one] { $n } séance
   *[other] { $n } séances
}
headline-from = { $who } de { $countries }
headline-named = { $who }, { $n ->
    [one] dont { $n } inscrit
   *[other] dont { $n } inscrits
}
# How many of the named took part from elsewhere, after the rest of the headline.
headline-remote = { $who }, dont { $n } à distance
# A participant in the list who took part remotely.
participant-remote = { $name } (à distance)
headline-represented = { $who } ; { $countries } représentés
headline-only-represented = { $countries } représentés
headline-some-from = { $who }, dont { $n } de { $countries }
fact-languages = Langues
fact-interpretation = Interprétation
interpretation-provided = assurée
languages-interpreted = { $languages }, avec interprétation

## Le procès-verbal

fact = { $label } :
fact-dates = Dates
fact-place = Lieu
fact-organisers = Organisateurs
fact-hosts = Hôtes
fact-participants = Participants
fact-organisations = Organisations
fact-principles = Principes
fact-rule = Règle
rule-chatham-house = réunion tenue sous la règle de Chatham House : le présent procès-verbal rapporte ce qui a été dit, jamais qui l'a dit
heading-objective = Objectif
heading-background = Contexte
heading-participants = Participants
column-name = Nom
column-organisation = Organisation
column-organisations = Organisations
column-country = Pays
column-role = Rôle
heading-next-steps = Prochaines étapes
no-next-steps = Aucune prochaine étape n'a été consignée.
lede-minutes = Procès-verbal de la réunion
lede-minutes-so-far = Procès-verbal provisoire de la réunion
lede-place = { $lede } tenue à { $place }
lede-dates = { $lede }, { $dates }
lede-finished = { $lede }.
lede-in-progress = { $lede } (en cours : { $held } tenues sur { $sessions }).
day-hours = Horaire prévu : { $start }–{ $end }.
day-hours-from = Horaire prévu : à partir de { $start }.
day-hours-until = Horaire prévu : fin à { $end }.
heading-sessions = Séances
heading-day = Jour { $n } — { $date }
heading-day-titled = Jour { $n } — { $date } : { $title }
session-facts = { $kind }, { $when }
session-skipped = { $facts } — annulée
session-not-held = { $facts } — non tenue
session-led-by = { $facts }. Animée par { $leads }
# A role the agenda gives the session and who holds it, as the agenda names the role.
session-role = { $facts }. { $role }: { $who }
session-track = { $facts }, en parallèle : { $track }
session-room = { $facts }, lieu : { $room }
presented-by = Présentation : { $who }.
reference = Référence : { $reference }.
captures-key-points = Points clés
captures-questions = Questions
captures-quotes = Citations
captures-notes = Notes
captures-actions = Actions
captures-decided = Décisions
captures-resolved = Résolutions
heading-proposals = Propositions
heading-assessment = Évaluation
assessment-explained = Chaque proposition a été notée de 0 à { $max } sur chaque critère ; le total pondère chaque note par le poids de son critère. Les gommettes sont les votes par gommettes comptés dans la salle.
column-criterion = Critère
column-weight = Poids
row-weighted-total = Total pondéré
row-dots = Gommettes
heading-decision = Décision
action-by = pour le { $date }
action-status-on = { $status } le { $date }
heading-strategies = Stratégies et actions
no-strategies = Aucune stratégie pour l'instant.
no-actions = Aucune action pour l'instant.
column-action = Action
column-owner = Responsable
column-due = Échéance
heading-resolutions = Résolutions
no-resolutions = Aucune résolution n'a été consignée.
resolution-settles = tranche « { $title } »
resolution-follow-up = suites : { $actions }
heading-not-covered = Points non traités
all-covered = Toutes les séances de l'ordre du jour ont été tenues.
uncovered-day = jour { $n }
uncovered-skipped = Annulées
uncovered-unfinished = Non terminées
uncovered-pending = Non tenues

## Le procès-verbal en HTML

html-outcomes = Résultats à emporter
html-scan = Scannez { $codes ->
    [one] le code
   *[other] les { $codes } codes dans l'ordre
} avec l'appareil photo d'un téléphone pour garder les résultats : sans application, sans compte, sans réseau. Le texte de chaque code est imprimé à côté.
html-no-codes = Pas de codes QR : { $error }

## Le résumé des résultats et ses codes QR

summary-label = { $name } : résultats
summary-label-untitled = Résultats
summary-in-progress = (réunion en cours)
summary-session = { $meeting }, jour { $n } ({ $date }), { $when }
summary-key-points = POINTS CLÉS
summary-decided = DÉCISIONS
summary-strategies = STRATÉGIES
summary-resolutions = RÉSOLUTIONS
summary-next-steps = PROCHAINES ÉTAPES
summary-nothing = Aucun résultat consigné pour l'instant.
summary-elsewhere = (voir le procès-verbal : { $kinds })
summary-and = { $first } et { $second }
summary-left-out-one = { $noun } { $n } sur { $n }
summary-left-out = { $nouns } { $from }–{ $n } sur { $n }
noun-key-point = point clé
noun-key-points = points clés
noun-decision = décision
noun-decisions = décisions
noun-action = action
noun-actions = actions
noun-resolution = résolution
noun-resolutions = résolutions
more-key-points = { $n ->
    [one] … { $n } autre point clé dans le procès-verbal
   *[other] … { $n } autres points clés dans le procès-verbal
}
more-decisions = { $n ->
    [one] … { $n } autre décision dans le procès-verbal
   *[other] … { $n } autres décisions dans le procès-verbal
}
more-actions = { $n ->
    [one] … { $n } autre action dans le procès-verbal
   *[other] … { $n } autres actions dans le procès-verbal
}
more-resolutions = { $n ->
    [one] … { $n } autre résolution dans le procès-verbal
   *[other] … { $n } autres résolutions dans le procès-verbal
}
untold-key-points = { $n ->
    [one] … { $n } point clé dans le procès-verbal
   *[other] … { $n } points clés dans le procès-verbal
}
untold-decisions = { $n ->
    [one] … { $n } décision dans le procès-verbal
   *[other] … { $n } décisions dans le procès-verbal
}
untold-actions = { $n ->
    [one] … { $n } action dans le procès-verbal
   *[other] … { $n } actions dans le procès-verbal
}
untold-resolutions = { $n ->
    [one] … { $n } résolution dans le procès-verbal
   *[other] … { $n } résolutions dans le procès-verbal
}
qr-continued = { $headings } (suite)

## Les actions en CSV

csv-strategy = stratégie
csv-text = texte
csv-owner = responsable
csv-due = échéance
csv-status = statut
csv-session = séance
csv-open = à faire
csv-in-progress = en cours
csv-done = fait
csv-dropped = abandonné

## Le programme imprimé

programme-title = Programme : { $title }
programme-time = Horaire
programme-session = Séance
programme-length = Durée
programme-time-not-known = horaire à préciser
programme-organised-by = Organisé par { $names }
programme-hosted-by = Accueilli par { $names }
programme-led-by = Animée par { $leads }
programme-role = { $role }: { $who }
programme-track = En parallèle : { $track }
programme-room = Lieu : { $room }
programme-presented-by = présentation : { $who }
programme-reference = référence : { $reference }
programme-no-sessions = Aucune séance prévue.
programme-chatham-house = Réunion tenue sous la règle de Chatham House : le présent programme ne nomme ni intervenants ni participants.

## La page pour téléphones

phone-meeting = Réunion
phone-connecting = connexion…
phone-live = en direct
phone-polling = en direct · mise à jour toutes les 5 s
phone-offline = hors ligne — reconnexion…
phone-left = il reste { $time }
phone-over = dépassement de { $time }
day-held-on = tenue le { $date }
day-planned-for = prévue le { $date }
day-no-sessions = aucune séance
day-no-times-after = pas d'horaires après { $title } (durée libre)
day-now-at = { $title } désormais à { $time }
day-no-times = pas d'horaires prévus à comparer
day-on-time = à l'heure
day-late = { $minutes } min de retard
day-early = { $minutes } min d'avance
day-late-then = { $late } ; { $then }

## Les actions comme tâches d'agenda

ics-owner = Responsable : { $owner }
ics-session = Séance : { $session }
ics-meeting = Réunion : { $meeting }
