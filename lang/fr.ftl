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
# A session of several kinds: its own, then the others it is too.
kind-also = { $kind } et { $also }

## Résolutions et propositions

status-proposed = proposée
status-adopted = adoptée
status-rejected = rejetée
status-deferred = reportée
method-consensus = consensus
method-vote = vote : { $counts }
vote-for = { $n } pour
vote-against = { $n } contre
vote-abstain = { $n ->
    [one] { $n } abstention
   *[other] { $n } abstentions
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
session-track-alone = { $facts }, parcours : { $track }
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

## The meeting screen: the names of the keys (the footer, narrow help) and what each does (help)

key-score = noter
key-send-card = envoyer la carte
key-edit = modifier
key-delete = supprimer
key-next-agenda-item = point suivant
key-to-session = vers une séance
key-previous-agenda-item = point précédent
key-add-proposal = nouvelle proposition
key-left = gauche
key-right = droite
key-clear-score = effacer la note
key-plus-dot = +gommette
key-minus-dot = −gommette
key-select = retenir
key-select-in-words = retenir en ces termes
key-park = mettre de côté
key-merge = fusionner
key-reopen = rouvrir
key-add-resolution = nouvelle résolution
key-status = statut
key-vote = vote
key-election = élection
key-method = méthode
key-consensus = consensus
key-link-proposal = lier une proposition
key-link-actions = lier des actions
key-add-card = nouvelle carte
key-card-left = carte à gauche
key-card-right = carte à droite
key-card-up = carte vers le haut
key-card-down = carte vers le bas
key-new-strategy = nouvelle stratégie
key-rename-strategy = renommer la stratégie
key-strategy-left = stratégie à gauche
key-strategy-right = stratégie à droite
key-merge-strategy = fusionner la stratégie
key-card-status = suivi de la carte
key-delete-strategy = supprimer la stratégie
key-raise-hand = demander la parole
key-lower-hand = retirer la demande
key-next-speaker = au suivant
key-end-turn = fin de parole
key-progressive = progressif
key-group-chart = regrouper
key-note = note
key-up = haut
key-down = bas
key-next-tab = onglet suivant
key-previous-tab = onglet précédent
key-notes = notes
key-proposals = propositions
key-resolutions = résolutions
key-board = tableau
key-speakers = orateurs
key-projector = projecteur
key-theme = thème
key-qr-codes = codes QR
key-room = salle
key-filter = filtrer
key-clear-filter = effacer le filtre
key-next-session = séance suiv.
key-group = groupe
key-previous-session = séance précédente
key-start-pause = lancer/pause
key-end-session = clore la séance
key-skip-session = sauter la séance
key-add-session = nouvelle séance
key-move-earlier = avancer
key-move-later = reculer
key-plus-5-min = +5 min
key-minus-5-min = −5 min
key-split = scinder
key-rename-session = renommer la séance
key-session-kind = type de séance
key-session-leads = animation
key-remove-session = retirer la séance
key-undo = annuler
key-redo = rétablir
key-help = aide
key-quit = quitter
key-closes-help = ferme l'aide
key-save = enregistrer
key-new-line = à la ligne
key-speaker = orateur
key-kind = type
key-close = fermer
key-a-name = un nom
key-erase = effacer
key-choose = choisir
key-pick = prendre
key-back-to-the-text = retour au texte
key-confirm = valider
key-cancel = annuler
key-clear = vider
key-move = déplacer
key-tick = cocher
key-keep = garder
key-yes = oui
key-no = non
key-copy = copie
key-parts = parties
key-session-or-meeting = séance ou réunion
key-stop = arrêter
does-score-the-selected-criterion = noter le critère choisi de 0 à 5
does-send-the-card-under = envoyer la carte sous les cartes de la colonne 0-9 (0 Non classées, selon leur numéro) ; la sélection reste ici
does-edit-the-selected-item = modifier l'élément choisi
does-delete-the-selected-item = supprimer l'élément choisi (u le rétablit)
does-next-item = passer au point suivant de la séance : ce qui est noté s'y rattache
does-file-the-selected-item = classer l'élément choisi dans une autre séance (une note prise pendant la pause)
does-previous-item = revenir au point précédent (avant le premier : aucun)
does-add-a-proposal = ajouter une proposition
does-criterion-left = choisir le critère de gauche
does-criterion-right = choisir le critère de droite
does-clear-the-selected-score = effacer la note choisie
does-add-a-dot-vote = ajouter une gommette
does-take-a-dot-vote = retirer une gommette
does-select-the-proposal-the = retenir la proposition : la réunion la reprend (avec quelle option, si elle en a)
does-select-in-words = la retenir dans les termes de la réunion (« affirmée comme base de notre travail »)
does-park = la mettre de côté : elle se poursuit comme travail existant
does-merge-it-into-another = la fusionner avec une autre proposition
does-reopen-a-decided-proposal = rouvrir une proposition tranchée
does-record-a-new-resolution = consigner une nouvelle résolution
does-cycle-status-proposed-adopted = changer le statut : proposée, adoptée, rejetée, reportée
does-record-the-vote-for = consigner le vote : pour, contre, abstentions (un compte peut être over N ou about N)
does-election = la consigner comme une élection : 2 seats: Ana 20, Ben 14, Cy 3; blank 1; elected Ana, Ben
does-how-the-room-decided = comment la salle a décidé : vote, consensus, mains levées, sentiment de la salle, présidence, plus tard, élection
does-consensus = la consigner comme décidée par consensus
does-link-the-proposal-it = lier la proposition qu'elle tranche
does-link-the-actions-that = lier les actions qui en découlent
does-add-an-action-card = ajouter une carte d'action (Nom to … by AAAA-MM-JJ fixe responsable et échéance)
does-column-left = aller à la colonne de gauche
does-column-right = aller à la colonne de droite
does-card-left = déplacer la carte dans la colonne de gauche
does-card-right = déplacer la carte dans la colonne de droite
does-card-up = monter la carte dans sa colonne
does-card-down = descendre la carte dans sa colonne
does-create-a-strategy-at = créer une stratégie à l'extrémité droite (la carte choisie y va)
does-rename-this-strategy = renommer cette stratégie
does-strategy-left = déplacer cette stratégie d'une colonne à gauche
does-strategy-right = déplacer cette stratégie d'une colonne à droite
does-merge-this-strategy-into = fusionner cette stratégie avec une autre
does-follow-the-card-up = suivre la carte : ouverte, en cours, faite, abandonnée (à la date du jour)
does-delete-this-strategy-its = supprimer cette stratégie ; ses cartes retournent dans Non classées
does-raise-a-hand-pick = demander la parole : choisir un participant ou taper un nom
does-lower-the-selected-hand = retirer la demande choisie
does-give-the-floor-to = donner la parole à la personne suivante
does-end-the-turn-under = terminer l'intervention en cours
does-progressive-ordering-who-spoke = ordre progressif : qui a le moins parlé passe d'abord
does-chart-speaking-time-by = temps de parole par personne, organisation, région, genre
does-new-note-in-the = nouvelle note dans la séance en cours (les préfixes l'aiguillent : action:, proposal:, resolution:, q:, key:, "…" — Nom)
does-select-the-item-above = choisir l'élément du dessus
does-select-the-item-below = choisir l'élément du dessous
does-show-the-next-tab = afficher l'onglet suivant
does-show-the-previous-tab = afficher l'onglet précédent
does-show-the-notes-of = afficher les notes de la séance en cours
does-show-the-proposal-matrix = afficher la matrice des propositions
does-show-the-resolutions = afficher les résolutions
does-show-the-strategy-board = afficher le tableau des stratégies
does-show-the-speaker-queue = afficher la file d'orateurs et le temps de parole
does-switch-to-the-projector = passer à la vue projecteur et revenir (gros caractères, sans raccourcis)
does-next-theme-terminal-projector = thème suivant : terminal, projecteur sombre, projecteur clair
does-show-the-outcomes-as = afficher les résultats en codes QR à scanner, en plein écran
does-who-has-joined-the = qui a rejoint la salle : passer le rôle d'animation, le reprendre, révoquer un portable
does-type-a-filter-the = taper un filtre : le tableau estompe, les notes masquent ce qui ne correspond pas (vide l'efface)
does-clear-the-filter = effacer le filtre
does-next-session = aller à la séance suivante
does-group = noter dans un groupe de travail qui siège en parallèle, ou revenir à la séance de la salle
option-pick-title = Retenue : avec quelle option ?
option-pick-item = option { $option } — { $title }
option-pick-whole = la proposition dans son ensemble, sans option
group-title = Noter dans quel groupe ?
group-room = la salle : { $title }
group-room-unknown = la salle : sa séance en cours
group-none = aucun groupe de travail ne siège en parallèle ce jour-là (le `track` d’une séance dans l’ordre du jour en crée un)
group-chosen = notes dans { $track } : { $title } ; G change de groupe ou revient à la salle
group-following = avec la salle : les notes vont à { $title }
group-following-none = avec la salle
does-previous-session = aller à la séance précédente
does-start-pause-or-resume = lancer, suspendre ou reprendre la séance en cours
does-end-the-current-session = clore la séance en cours
does-skip-the-current-session = sauter la séance en cours
does-add-a-session-after = ajouter une séance après celle-ci : titre, minutes et type
does-session-earlier = avancer la séance en cours d'une place
does-session-later = reculer la séance en cours d'une place
does-lengthen-the-current-session = allonger la séance en cours de 5 minutes
does-shorten-the-current-session = raccourcir la séance en cours de 5 minutes
does-split-the-current-session = scinder la séance en cours en deux moitiés, nommées chacune
does-rename-the-current-session = renommer la séance en cours
does-change-the-current-session = changer le type de la séance en cours : exposé, discussion, pause…
does-change-who-leads-the = changer qui anime la séance en cours
does-remove-the-current-session = retirer la séance en cours, si elle n'a pas eu lieu et ne contient rien
does-take-back-the-last = annuler la dernière modification
does-put-back-the-last = rétablir la dernière modification annulée
does-show-every-key-of = afficher toutes les touches de cette vue
does-quit-unsaved = quitter (demande d'abord si des modifications n'ont pu être écrites, et propose d'enregistrer une copie)
does-quit = quitter
does-close-help = fermer l'aide
does-save-the-note-a = enregistrer la note ; l'éditeur d'une nouvelle note reste ouvert pour la suivante
does-start-a-new-line = passer à la ligne dans la note
does-pick-the-speaker-type = choisir l'orateur : taper quelques lettres du nom
does-file-the-note-as = classer la note comme note, point clé, question ou citation
does-close-the-editor-asks = fermer l'éditeur (demande d'abord si du texte tapé serait perdu)
does-quit-typed-text = quitter (demande d'abord si du texte tapé serait perdu)
does-type-the-note-arrows = taper la note ; flèches, Home, End, Backspace et Del pour la modifier
does-type-speaker = taper le nom de l'orateur : la liste se réduit aux noms qui correspondent
does-take-the-last-letter = effacer la dernière lettre du nom
does-highlight-the-participant-above = surligner le participant du dessus
does-highlight-the-participant-below = surligner le participant du dessous
does-take-the-highlighted-participant = prendre le participant surligné, ou le nom tel que tapé
does-back-to-text = revenir au texte, sans changer l'orateur
does-take-the-answer = valider la réponse
does-close-the-question-changing = fermer la question sans rien changer
does-clear-the-answer-the = vider la réponse, le moyen rapide d'écarter une suggestion
does-type-the-answer-arrows = taper la réponse ; flèches, Home, End, Backspace et Del pour la modifier
does-highlight-the-item-above = surligner l'élément du dessus
does-highlight-the-item-below = surligner l'élément du dessous
does-highlight-the-name-above = surligner le nom du dessus
does-highlight-the-name-below = surligner le nom du dessous
does-type-a-name-the = taper un nom : la liste se réduit aux noms qui correspondent
does-tick-or-untick-the = cocher ou décocher l'élément surligné
does-take-the-highlighted-item = prendre l'élément surligné (un nom absent de la liste, tel que tapé)
does-keep-the-ticked-items = garder les éléments cochés
does-close-the-list-changing = fermer la liste sans rien changer
does-yes = oui
does-no = non
does-save-a-copy-of = enregistrer d'abord une copie du compte rendu dans un autre dossier
does-show-the-previous-part = afficher la partie précédente
does-show-the-next-part = afficher la partie suivante
does-switch-between-this-session = basculer entre les résultats de cette séance et ceux de toute la réunion
does-close-the-qr-screen = fermer l'écran QR
does-stop-following-the-record = arrêter de suivre ; le compte rendu reste intact
key-type = taper
key-any-key = toute touche

## The meeting screen: its tabs, header, footer, overlays and views, and what it tells after a key

tab-notes = Notes
tab-proposals = Propositions
tab-resolutions = Résolutions
tab-board = Tableau
tab-speakers = Orateurs
help-prefixes = Dans une note : action: Nom to … by AAAA-MM-JJ · proposal: · resolution: · q: · key: · "…" — Nom
help-title = Touches · { $tab } (toute touche ferme)
editor-speaker = Orateur :
editor-not-listed = absent de la liste ; Enter garde le nom tel que tapé
editor-edit-note = Modifier la note
editor-new-note = Nouvelle note
editor-filed-proposal = proposition
editor-filed-resolution = résolution
editor-filed-action = action
editor-filed-items = { $n ->
    [one] { $n } élément
   *[other] { $n } éléments
}
editor-by = orateur : { $speaker }
editor-in = dans { $session }
editor-action-owner = action · responsable : { $owner }
editor-action-no-owner = action · sans responsable
editor-action-due = échéance { $date }
picker-name = Nom :
picker-not-listed = absent de la liste ; Enter prend le nom tel que tapé
confirm-discard = Abandonner le texte tapé ? y/n
confirm-quit = Quitter et perdre le texte tapé ? y/n
confirm-quit-unsaved = { $n ->
    [one] { $n } modification n'a pas pu être écrite sur le disque. c : enregistrer une copie du compte rendu dans un autre dossier · y : quitter et la perdre · n : rester (plenary continue d'essayer)
   *[other] { $n } modifications n'ont pas pu être écrites sur le disque. c : enregistrer une copie du compte rendu dans un autre dossier · y : quitter et les perdre · n : rester (plenary continue d'essayer)
}
confirm-outcome = { $why }. La marquer { $status } malgré tout ? y/n
note-kind-note = note
note-kind-key-point = point clé
note-kind-question = question
note-kind-quote = citation
saved-all = enregistré
saved-unsaved = { $n } non enregistré
saved-waiting = { $n } en attente
saved-host-unreachable = hôte injoignable
footer-host-unreachable = hôte injoignable depuis { $since } ; nouvel essai
footer-waiting-unreachable = { $n } en attente — hôte injoignable depuis { $since } ; envoi à son retour
footer-not-on-disk = { $n ->
    [one] { $n } modification PAS sur le disque{ $why } ; nouvel essai
   *[other] { $n } modifications PAS sur le disque{ $why } ; nouvel essai
}
footer-esc-clears = Esc l'efface
footer-keys = touches
header-no-sessions = L'ordre du jour n'a aucune séance.
header-day = Jour { $n }
header-clock = { $date }  { $time }
screen-day-date = { $weekday } { $day } { $month }
weekday-short = { $day ->
    [1] lun.
    [2] mar.
    [3] mer.
    [4] jeu.
    [5] ven.
    [6] sam.
   *[7] dim.
}
screen-over = { $time } en trop
screen-day-summary = journée : { $summary }
projector-of-minutes = sur { $minutes } min
notes-no-match = Rien ne correspond à /{ $filter }.
notes-esc-clears = Esc efface le filtre.
notes-none = Pas encore de notes dans cette séance.
notes-none-n = n en saisit une. Une ligne qui commence par
notes-none-prefixes = action:, proposal:, resolution:, q: ou key:
notes-none-filed = y est classée.
notes-went-action = une action, dans le Tableau · e la modifie
notes-went-proposal = une proposition, dans Propositions · e la modifie
notes-went-resolution = une résolution, dans Résolutions · e la modifie
resolution-row-method = Méthode
resolution-row-decided-by = Décidée par
resolution-row-not-recorded = non consignée
resolution-row-settles = Tranche
resolution-row-actions = Actions
resolution-row-session = Séance
resolution-row-none = aucune
resolution-row-session-at = { $session } à { $time }
resolutions-none = Pas encore de résolutions. a en consigne une ; resolution: dans une note aussi.
decision-short-open = ouverte
decision-short-selected = retenue
decision-short-selected-as = retenue : { $words }
decision-short-merged = fusionnée → { $title }
decision-short-parked = de côté : { $why }
proposals-none = Pas encore de propositions.
proposals-none-how = Pas encore de propositions. a en ajoute une ; proposal: dans une note aussi.
matrix-proposal = Proposition
matrix-sum = Tot
matrix-dot = Gom
matrix-total = Total
matrix-dots = Gom.
matrix-decision = Décision
matrix-counts = (compte ×{ $weight })
matrix-others = Autres propositions
close-keys = toute touche : l'écran de la réunion · O : tous les codes des résultats · q : quitter
close-over = La réunion est terminée
close-held = tenue : { $dates }
close-ended-with = elle s'est achevée sur { $title }
close-others = O : les autres
close-decided = Ce qui a été décidé
close-nothing-decided = Rien n'a été décidé.
projector-no-resolutions = Pas encore de résolutions.
board-unsorted = Non classées
board-more = { $n } de plus
board-empty-unsorted = les nouvelles actions arrivent ici
board-empty-key = H L ou { $key } amènent des cartes ici
board-empty = H et L amènent des cartes ici
board-no-owner = sans responsable
board-due = pour le { $date }
board-cards = { $n ->
    [one] { $n } carte
   *[other] { $n } cartes
}
speakers-speaking = Parole à
speakers-nobody = Personne n'a la parole.
speakers-progressive = progressif : qui a le moins parlé d'abord
speakers-in-order = dans l’ordre des mains levées
speakers-queue = File ({ $n })
speakers-spoke = a parlé { $time }
speakers-no-hands = Aucune main levée.
speakers-no-hands-how = Aucune main levée. a en lève une.
speakers-time-by-person = Temps de parole par personne
speakers-time-by-organisation = Temps de parole par organisation
speakers-time-by-region = Temps de parole par région
speakers-time-by-gender = Temps de parole par genre
speakers-none-spoke = Personne n'a encore parlé.
qr-phone-page = Page pour téléphone · scannez pour suivre la réunion en direct
qr-note-takers = Preneurs de notes · plenary join { $code }
qr-full-code = ou le code complet (à scanner) : { $code }
qr-scan-full-code = ou scannez ci-dessous le code complet pour rejoindre
qr-addresses = adresses : { $addresses }
qr-no-session = Cette séance n'est pas à l'ordre du jour.
qr-no-code = Pas de code : { $why }
qr-nothing = Rien à partager pour l'instant.
qr-whole-meeting = toute la réunion
qr-left-out = Absent de ces codes : { $left }. Le compte rendu les contient.
qr-too-small = Ce code demande { $needs } caractères ; le terminal en a { $has }.
qr-enlarge = Agrandissez la fenêtre ou réduisez la police : il apparaîtra ici.
qr-hand-out = Ou distribuez plutôt `plenary qr RECORD --png DIR`.
told-nothing = rien
told-and-more = { $said } et { $n } de plus
told-resumed = reprise : { $title }
told-started = lancée : { $title }
told-paused = suspendue : { $title }
told-ended = close : { $title }
told-skipped = sautée : { $title }
told-timer-back = minuteur de { $title } rétabli
told-session-added = séance ajoutée : { $title } ({ $kind })
told-session-kind = { $title } est désormais une séance de type { $kind }
told-no-lead = { $title } n'a plus d'animateur
told-led-by = { $title } est désormais animée par { $names }
told-session-removed = séance retirée : { $title }
told-session-moved-to = { $title } déplacée à { $time }
told-session-moved = { $title } déplacée
told-session-minutes = { $title } dure désormais { $minutes } min
told-session-open-ended = { $title } est désormais à durée libre
told-renamed = { $title } renommée en { $to }
told-split = { $half } détachée de { $title }
told-agenda-changed = ordre du jour modifié
told-the-note = la note { $text }
told-the-card = la carte { $text }
told-the-resolution = la résolution { $text }
told-the-proposal = la proposition { $text }
told-a-capture = un élément
told-moved-to = { $what } déplacé vers { $to }
told-agendas-own = { $what } revient à l'ordre du jour
told-note-saved = { $kind } { $text } enregistrée
told-note-edited = note modifiée : { $text }
told-note-deleted = note supprimée : { $text }
told-note-back = note rétablie : { $text }
told-proposal-added = proposition ajoutée : { $text }
told-proposal-edited = proposition modifiée : { $text }
told-proposal-deleted = proposition supprimée : { $text }
told-proposal-back = proposition rétablie : { $text }
told-scored = { $text } : { $score } sur { $on }
told-score-cleared = note de { $text } sur { $on } effacée
told-dots = { $n ->
    [one] { $text } a { $n } gommette
   *[other] { $text } a { $n } gommettes
}
told-reopened = rouverte : { $text }
told-selected = retenue : { $text }
told-selected-as = retenue { $text } : { $words }
told-selected-option = retenue { $text } avec l’option { $option }
told-merged = { $text } fusionnée avec { $into }
told-parked = mise de côté { $text } : { $why }
told-resolution-added = résolution consignée : { $text }
told-resolution-edited = résolution mise à jour : { $text }
told-resolution-deleted = résolution supprimée : { $text }
told-resolution-back = résolution rétablie : { $text }
told-record-changed = compte rendu modifié
told-card-added = carte { $text } ajoutée à { $to }
told-card-edited = carte modifiée : { $text }
told-card-status-since = carte { $text } : { $status } depuis le { $since }
told-card-status = carte { $text } : { $to }
told-card-deleted = carte supprimée : { $text }
told-card-back = carte rétablie : { $text }
told-card-moved = carte { $text } déplacée vers { $to }
told-strategy-added-key = stratégie créée : { $text } ; { $key } y envoie une carte
told-strategy-added = stratégie créée : { $text }
told-strategy-renamed = { $text } renommée en { $to }
told-strategy-moved = stratégie déplacée : { $text }
told-strategy-merged = { $text } fusionnée avec { $to }
told-strategy-deleted = stratégie supprimée : { $text }
told-strategy-back = stratégie rétablie : { $text }
told-board-changed = tableau modifié
told-hand-raised = { $name } a demandé la parole
told-hand-lowered = { $name } a retiré sa demande
told-floor-to = la parole à { $name }
told-turn-ended = intervention terminée
told-progressive-on = ordre progressif activé
told-progressive-off = ordre progressif désactivé
told-queue-back = file d'orateurs rétablie
told-follower = cet écran suit le compte rendu ; il ne change rien
told-undoes = { $said } — u annule
told-redone = rétabli : { $said }
told-undone = annulé : { $said } — Ctrl-R rétablit
told-undo-yours = annuler : votre dernière modification
told-redo-yours = rétablir : la dernière modification annulée
ask-rename-session = Renommer la séance
ask-session-title-hint = son titre, tel que l'ordre du jour et le compte rendu l'affichent
ask-split-first = Scinder la séance : nom de la première moitié
ask-split-first-hint = Enter garde le titre ; la seconde moitié se nomme ensuite
told-half-needs-title = chaque moitié doit avoir un titre
ask-split-second = Scinder la séance : nom de la seconde moitié
ask-split-second-hint = Enter garde le titre ; Esc ne scinde rien
told-leads-unchanged = l'animation reste inchangée
told-no-participants = l'ordre du jour ne liste aucun participant pour l'animer
told-nothing-to-move = rien de choisi à déplacer
ask-new-proposal = Nouvelle proposition
ask-proposal-hint = la proposition en quelques mots
ask-selected-words = Retenue : en quels termes la réunion a-t-elle décidé ?
ask-selected-words-hint = comme le compte rendu doit le dire ; vide la retient simplement
ask-park = Mettre la proposition de côté : comment se poursuit-elle ?
ask-park-hint = tapez pour remplacer la formulation proposée ; Enter la garde
ask-park-suggested = se poursuit comme travail existant
ask-new-resolution = Nouvelle résolution
ask-resolution-hint = ce que la réunion décide
ask-method = Comment la salle a-t-elle décidé ?
ask-vote = Voix comptées dans la salle
ask-vote-hint = pour, contre, abstentions, comme 24 3 2 ou 30 pour ; un compte peut être over N ou about N
ask-election = Élection : sièges, candidatures et voix, bulletins blancs, qui est élu
ask-election-hint = comme 2 seats: Ana Ruiz 20, Ben 14, Cy 3; blank 1; elected Ana Ruiz, Ben
ask-confirm-by = À confirmer plus tard : par qui ?
ask-confirm-by-hint = le conseil, les membres par courriel… ; vide si la salle ne l'a pas dit
ask-merge-proposal = Fusionner avec quelle proposition ?
ask-link-proposal = Quelle proposition tranche-t-elle ?
told-no-actions = pas encore d'actions ; saisissez-en une avec action: …
ask-link-actions = Quelles actions en découlent ? (Space coche, Enter garde)
ask-new-card = Nouvelle carte
ask-card-hint = ce qui est à faire ; Nom to … by AAAA-MM-JJ fixe responsable et échéance
ask-new-strategy = Nouvelle stratégie
ask-strategy-hint = son nom, le titre de la colonne
ask-rename-strategy = Renommer la stratégie
told-no-card-follow = pas de carte à suivre ici
told-strategy-deleted-cards = stratégie supprimée, ses cartes sont dans Non classées ; u la rétablit
told-no-card-send = pas de carte à envoyer ici
ask-merge-strategy = Fusionner avec quelle stratégie ?
ask-add-session = Ajouter une séance après celle-ci
ask-add-session-hint = titre et minutes, comme : Restitution 20 (son type est demandé ensuite)
told-filter-cleared = filtre effacé
ask-save-copy = Enregistrer une copie du compte rendu dans un nouveau dossier
ask-save-copy-hint = sur un autre disque ou une clé USB ; il ne doit pas encore exister
told-nothing-to-save = rien à enregistrer
ask-filter = Filtre
ask-filter-hint = cartes et notes qui contiennent ceci ; vide l'efface
told-nothing-to-undo = rien à annuler
told-nothing-to-redo = rien à rétablir
ask-raise-hand = Qui demande la parole ?
told-nothing-typed = rien de tapé ; rien n'a changé
ask-edit-proposal = Modifier la proposition
ask-edit-resolution = Modifier la résolution
ask-edit-card = Modifier la carte
ask-edit-card-hint = Nom to … by AAAA-MM-JJ fixe responsable et échéance
told-deleted = supprimé ; u le rétablit
ask-session-kind = Quel type de séance est { $title } ?
ask-session-leads = Qui anime { $title } ?
ask-session-on-day = jour { $n } · { $title }
ask-move-note = Déplacer la note vers quelle séance ?
ask-move-action = Déplacer l'action vers quelle séance ?
ask-move-proposal = Déplacer la proposition vers quelle séance ?
ask-move-resolution = Déplacer la résolution vers quelle séance ?
told-card-sent = carte envoyée vers { $to } ({ $key }) ; u annule
told-no-items = la séance `{ $id }` ne liste aucun point
told-item = point { $n } sur { $of } : { $title }
told-no-item = aucun point : ce qui est noté va à la séance
told-theme = thème : { $name }
told-copied = une copie de tout le compte rendu est dans { $folder } ; q quitte
told-no-copy = pas de copie : { $why }
ask-no-proposal = (aucune proposition)
method-choice-vote = un vote, compté (pour, contre, abstentions)
method-choice-consensus = consensus
method-choice-hands = à main levée, sans compte
method-choice-sense-strong = sentiment de la salle : net
method-choice-sense-weak = sentiment de la salle : faible
method-choice-sense-none = sentiment de la salle : personne contre
method-choice-chair = déclaration de la présidence
method-choice-later = à confirmer plus tard (par qui)
method-choice-election = une élection (sièges, candidatures, voix, qui est élu)
role-facilitator = animation
role-note-taker = prise de notes
joined-as = dans la salle, rôle : { $role }
joined-not-sent = non envoyé : { $why }
joined-refused = l'hôte a refusé : { $why }
joined-role = vous avez désormais dans la salle le rôle : { $role }
joined-stopped = l'hôte a refusé ce portable : { $why }
joined-sent-what = { $what } envoyé à l'hôte
joined-sent = { $said } — envoyé à l'hôte
room-none = cet écran n'accueille aucune salle : ouvrez le compte rendu avec --host pour que les preneurs de notes rejoignent
room-nobody = personne n'a encore rejoint : plenary join { $code }
room-connected = connecté
room-away = absent
room-hand-role = { $name } (prise de notes, { $link }) : lui passer le rôle d'animation
room-take-role = { $name } (anime, { $link }) : reprendre le rôle
room-revoke = révoquer le portable de { $name } : il ne pourra plus jamais écrire
room-who = La salle : qui a rejoint
room-revoked = le portable de { $name } est révoqué : il ne peut plus écrire ni rejoindre
room-not-in = { $name } n'est pas dans la salle
room-not-revoked = le portable de { $name } n’a pas pu être révoqué : { $why }
hosting-greeting = téléphones : { $url } · preneurs de notes : plenary join { $code }
said-last-session = c'est la dernière séance
said-first-session = c'est la première séance
said-session-over = cette séance est terminée ; ] passe à la suivante
said-no-session = il n'y a pas de séance `{ $a }`
said-no-swap = aucune séance de ce jour avec qui l'échanger
said-not-same-track = `{ $a }` n’est pas dans le même parcours que `{ $b }` ; K et J ne déplacent une séance qu’au-delà d’une autre de son parcours (ou de la plénière)
said-would-part = les séances `{ $a }` et `{ $b }` se tiennent en parallèle ; le changement les séparerait : mettez-en une en pause d’abord
said-no-length = la durée de la séance n'est pas connue (durée libre) : rien à changer
said-session-title = une séance doit avoir un titre
said-no-filing-session = l'ordre du jour n'a pas de séance où classer : { $a }
said-card-already = la carte est déjà dans { $a }
said-strategy-name = une stratégie doit avoir un nom
said-unsorted-merge = Non classées n'est pas une stratégie ; choisissez une stratégie à fusionner
said-no-other-strategy = il n'y a pas d'autre stratégie avec qui fusionner
said-strategy-itself = une stratégie ne peut pas fusionner avec elle-même
said-unsorted-delete = Non classées n'est pas une stratégie ; choisissez une stratégie à supprimer
said-nothing-typed = rien de tapé ; rien de classé
said-note-saved = note enregistrée
said-key-point-saved = point clé enregistré
said-question-saved = question enregistrée
said-quote-saved = citation enregistrée
said-action-filed = action classée dans le tableau
said-action-filed-for = action classée dans le tableau pour { $a }
said-action-filed-due = action classée dans le tableau, échéance { $a }
said-action-filed-for-due = action classée dans le tableau pour { $a }, échéance { $b }
said-resolution-proposed = résolution consignée comme proposée
said-proposal-added = proposition ajoutée à la matrice
said-added-to-proposal = ajouté à la proposition « { $a } »
said-already-proposal = « { $a } » est déjà une proposition : enregistré comme note
said-not-listed = `{ $a }` n'est pas sur la liste des participants
said-remove-skipped = { $a } est sautée, ce qui la garde au compte rendu comme non traitée ; elle reste
said-remove-started = { $a } a commencé, le compte rendu en a besoin ; S saute plutôt une séance
said-remove-holds = { $a } contient des notes ou d'autres éléments ; M déplace d'abord chacun vers une autre séance
said-only-session = la seule séance de l'ordre du jour ne peut pas être retirée
said-half-title = chaque moitié doit avoir un titre
said-no-halves = la durée de la séance n'est pas connue (durée libre) : elle n'a pas de moitiés
said-one-minute = une séance d'une minute ne peut pas être scindée
said-proposal-title = une proposition doit avoir un titre
said-no-criteria = l'ordre du jour n'a aucun critère de notation
said-no-other-proposal = il n'y a pas d'autre proposition avec qui fusionner
said-proposal-itself = une proposition ne peut pas fusionner avec elle-même
said-already-filed = c'est déjà classé sous { $a }
said-hand-name = une demande de parole doit avoir un nom
said-in-queue = { $a } est déjà dans la file
said-not-in-queue = { $a } n'est pas dans la file
said-queue-empty = personne dans la file
said-no-floor = personne n'a la parole
said-progressive = ordre progressif : qui a le moins parlé passe d'abord
said-in-order = mains dans l'ordre où elles se sont levées
said-vote-numbers = tapez les comptes : pour, contre, abstentions, comme 24 3 2 ou over 100 pour (un compte peut être over N ou about N)
speakers-not-given = non précisé
said-no-card = il n'y a pas de carte { $a }
said-no-action = il n'y a pas d'action { $a }
said-no-strategy = il n'y a pas de stratégie { $a }
said-no-note = il n'y a pas de note { $a }
said-no-proposal = il n'y a pas de proposition { $a }
said-no-resolution = il n'y a pas de résolution { $a }
said-no-column-one = il n'y a pas de colonne { $a } : le tableau n'a que Non classées (0)
said-no-column = il n'y a pas de colonne { $a } : le tableau va de 0 (Non classées) à { $b }
said-vote-against = le vote était de { $a } pour, { $b } contre : plus de contre que de pour
said-vote-for = le vote était de { $a } pour, { $b } contre : plus de pour que de contre
told-held = { $title } : tenue de { $from } à { $to }
told-held-from = { $title } : en cours depuis { $from }
key-held-times = heures tenues
does-held-times = donner à la séance en cours les heures où elle s'est tenue (mise au propre après, ou minuteur non lancé)
ask-held-times = Quand s'est-elle tenue ?
ask-held-times-hint = comme 09:10-10:05, ou 09:10 seul pour une séance en cours
said-held-hint = tapez quand elle s'est tenue, comme 09:10-10:05 (ou 09:10 seul pour une séance en cours)
said-held-end = la fin doit venir après le début, comme 09:10-10:05
said-held-not-running = une séance qui n'est pas en cours a besoin aussi de son heure de fin, comme 09:10-10:05
said-held-not-yet = cette heure n'est pas encore venue
