# Las etiquetas de plenary en español: el acta (Markdown y HTML), el resumen de resultados y
# sus códigos QR, y las cabeceras del CSV. Registro de acta oficial. Los mismos ids que
# lang/en.ftl (tests/languages.rs lo comprueba).

## Listas y fechas

separator-comma = {", "}
separator-semicolon = {"; "}
separator-colon = {": "}

month = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
# $day: 1 es lunes, 7 domingo.
weekday = { $day ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
date = { $day } de { $month } de { $year }
date-day-month = { $day } de { $month }
date-short = { $day } { $month } { $year }
date-day-month-short = { $day } { $month }
time = { $hour }:{ $minute }
date-with-weekday = { $weekday }, { $date }
date-span-month = { $first }–{ $day } de { $month } de { $year }
date-span = del { $from } al { $to }

## Cuándo se celebró una sesión

length-minutes = { $minutes } min
length-open = sin duración fija
when-from = desde las { $start } ({ $state })
when-planned = prevista a las { $start }, { $length }
when-planned-no-start = prevista de { $length }, hora de inicio sin determinar
when-no-start = { $length }, hora de inicio sin determinar
span-open = { $start }, sin duración fija
held-moved = { $held } (prevista { $planned })
held-elsewhere = prevista { $planned }; registrada { $held } el { $date }
held-elsewhere-unplanned = registrada { $held } el { $date }
running-planned = desde las { $start } ({ $state }; prevista { $planned })
running-elsewhere = prevista { $planned }; registrada desde las { $start } el { $date } ({ $state })
running-elsewhere-unplanned = registrada desde las { $start } el { $date } ({ $state })

state-pending = no iniciada
state-running = en curso
state-paused = en pausa
state-done = concluida
state-skipped = suprimida

kind-talk = ponencia
kind-discussion = debate
kind-proposals = propuestas
kind-decision = decisión
kind-action-planning = planificación de acciones
kind-visit = visita
kind-break = pausa

## Resoluciones y propuestas

status-proposed = propuesta
status-adopted = aprobada
status-rejected = rechazada
status-deferred = aplazada
method-consensus = consenso
method-vote = votación: { $for } a favor, { $against } en contra, { $abstain ->
    [one] { $abstain } abstención
   *[other] { $abstain } abstenciones
}
outcome-settled = { $status } por { $method }
outcome-counted = { $status }; { $method }
method-show-of-hands = mano alzada
method-sense-strong = sentir de la sala (fuerte)
method-sense-weak = sentir de la sala (débil)
method-sense-none-opposed = sentir de la sala (sin oposición)
method-chair = declaración de la presidencia
method-to-be-confirmed = pendiente de confirmación
method-to-be-confirmed-by = pendiente de confirmación por { $by }
count-over = más de { $n }
count-about = unos { $n }
outcome-pending = { $status }, { $method }
method-election = elección
method-election-facts = elección: { $facts }
outcome-elected = elegidos: { $names }
election-seats = { $n ->
    [one] { $n } puesto
   *[other] { $n } puestos
}
election-candidates = candidaturas: { $names }
election-votes = { $name } ({ $votes ->
    [one] { $votes } voto
   *[other] { $votes } votos
})
election-blank = { $n ->
    [one] { $n } papeleta en blanco o nula
   *[other] { $n } papeletas en blanco o nulas
}
decision-open = sin decidir
decision-selected = seleccionada
# Selected, in the words the meeting gave its decision.
decision-selected-as = seleccionada ({ $words })
decision-selected-option = seleccionada: opción { $option } — { $title }
decision-selected-option-unknown = seleccionada: opción { $option }
proposal-options = Opciones: { $options }
decision-merged = fusionada
decision-merged-into = fusionada con «{ $title }»
decision-parked = en suspenso
decision-parked-why = en suspenso ({ $why })

## Quiénes participaron

count-participants = { $n ->
    [one] { $n } participante
   *[other] { $n } participantes
}
count-named-participants = { $n ->
    [one] { $n } participante en la lista
   *[other] { $n } participantes en la lista
}
count-countries = { $n ->
    [one] { $n } país
   *[other] { $n } países
}
count-sessions = { $n ->
    [one] { $n } sesión
   *[other] { $n } sesiones
}
headline-from = { $who } de { $countries }
headline-named = { $who }, { $n } de ellos en la lista
# How many of the named took part from elsewhere, after the rest of the headline.
headline-remote = { $who }, { $n } de ellos a distancia
# A participant in the list who took part remotely.
participant-remote = { $name } (a distancia)
headline-represented = { $who }; { $countries } representados
headline-only-represented = { $countries } representados
headline-some-from = { $who }, { $n } de ellos de { $countries }
fact-languages = Idiomas
fact-interpretation = Interpretación
interpretation-provided = disponible
languages-interpreted = { $languages }, con interpretación

## El acta

fact = { $label }:
fact-dates = Fechas
fact-place = Lugar
fact-organisers = Organizadores
fact-hosts = Anfitriones
fact-participants = Participantes
fact-organisations = Organizaciones
fact-principles = Principios
fact-rule = Regla
rule-chatham-house = reunión celebrada bajo la regla de Chatham House: esta acta recoge lo que se dijo, nunca quién lo dijo
heading-objective = Objetivo
heading-background = Antecedentes
heading-participants = Participantes
column-name = Nombre
column-organisation = Organización
column-organisations = Organizaciones
column-country = País
column-role = Función
heading-next-steps = Próximos pasos
no-next-steps = No se registraron próximos pasos.
lede-minutes = Acta de la reunión
lede-minutes-so-far = Acta provisional de la reunión
lede-place = { $lede } celebrada en { $place }
lede-dates = { $lede }, { $dates }
lede-finished = { $lede }.
lede-in-progress = { $lede } (en curso: celebradas { $held } de { $sessions }).
day-hours = Horario previsto: { $start }–{ $end }.
day-hours-from = Horario previsto: desde las { $start }.
day-hours-until = Horario previsto: hasta las { $end }.
heading-sessions = Sesiones
heading-day = Día { $n } — { $date }
heading-day-titled = Día { $n } — { $date }: { $title }
session-facts = { $kind }, { $when }
session-skipped = { $facts } — suprimida
session-not-held = { $facts } — no celebrada
session-led-by = { $facts }. Dirigida por { $leads }
# A role the agenda gives the session and who holds it, as the agenda names the role.
session-role = { $facts }. { $role }: { $who }
session-track = { $facts }, en paralelo: { $track }
session-room = { $facts }, en { $room }
presented-by = Presenta: { $who }.
reference = Referencia: { $reference }.
captures-key-points = Puntos clave
captures-questions = Preguntas
captures-quotes = Citas
captures-notes = Notas
captures-actions = Acciones
captures-decided = Decisiones adoptadas
captures-resolved = Resoluciones
heading-proposals = Propuestas
heading-assessment = Evaluación
assessment-explained = Cada propuesta se puntuó de 0 a { $max } en cada criterio; el total pondera cada puntuación por el peso de su criterio. Los puntos son los votos por puntos contados en la sala.
column-criterion = Criterio
column-weight = Peso
row-weighted-total = Total ponderado
row-dots = Puntos
heading-decision = Decisión
action-by = para el { $date }
action-status-on = { $status } el { $date }
heading-strategies = Estrategias y acciones
no-strategies = Aún no hay estrategias.
no-actions = Aún no hay acciones.
column-action = Acción
column-owner = Responsable
column-due = Plazo
heading-resolutions = Resoluciones
no-resolutions = No se registraron resoluciones.
resolution-settles = resuelve «{ $title }»
resolution-follow-up = seguimiento: { $actions }
heading-not-covered = Puntos no tratados
all-covered = Se celebraron todas las sesiones del orden del día.
uncovered-day = día { $n }
uncovered-skipped = Suprimidas
uncovered-unfinished = Sin concluir
uncovered-pending = No celebradas

## El acta en HTML

html-outcomes = Resultados para llevar
html-scan = Escanee { $codes ->
    [one] el código
   *[other] los { $codes } códigos en orden
} con la cámara de un teléfono para conservar los resultados: sin aplicación, sin cuenta, sin conexión. El texto de cada código figura a su lado.
html-no-codes = Sin códigos QR: { $error }

## El resumen de resultados y sus códigos QR

summary-label = { $name }: resultados
summary-label-untitled = Resultados
summary-in-progress = (reunión en curso)
summary-session = { $meeting }, día { $n } ({ $date }), { $when }
summary-key-points = PUNTOS CLAVE
summary-decided = DECISIONES
summary-strategies = ESTRATEGIAS
summary-resolutions = RESOLUCIONES
summary-next-steps = PRÓXIMOS PASOS
summary-nothing = Aún no se han registrado resultados.
summary-elsewhere = (véase el acta: { $kinds })
summary-and = { $first } y { $second }
summary-left-out-one = { $noun } { $n } de { $n }
summary-left-out = { $nouns } { $from }–{ $n } de { $n }
noun-key-point = punto clave
noun-key-points = puntos clave
noun-decision = decisión
noun-decisions = decisiones
noun-action = acción
noun-actions = acciones
noun-resolution = resolución
noun-resolutions = resoluciones
more-key-points = { $n ->
    [one] … { $n } punto clave más en el acta
   *[other] … { $n } puntos clave más en el acta
}
more-decisions = { $n ->
    [one] … { $n } decisión más en el acta
   *[other] … { $n } decisiones más en el acta
}
more-actions = { $n ->
    [one] … { $n } acción más en el acta
   *[other] … { $n } acciones más en el acta
}
more-resolutions = { $n ->
    [one] … { $n } resolución más en el acta
   *[other] … { $n } resoluciones más en el acta
}
untold-key-points = { $n ->
    [one] … { $n } punto clave en el acta
   *[other] … { $n } puntos clave en el acta
}
untold-decisions = { $n ->
    [one] … { $n } decisión en el acta
   *[other] … { $n } decisiones en el acta
}
untold-actions = { $n ->
    [one] … { $n } acción en el acta
   *[other] … { $n } acciones en el acta
}
untold-resolutions = { $n ->
    [one] … { $n } resolución en el acta
   *[other] … { $n } resoluciones en el acta
}
qr-continued = { $headings } (continuación)

## Las acciones en CSV

csv-strategy = estrategia
csv-text = texto
csv-owner = responsable
csv-due = plazo
csv-status = estado
csv-session = sesión
csv-open = pendiente
csv-in-progress = en curso
csv-done = hecho
csv-dropped = descartado

## El programa impreso

programme-title = Programa: { $title }
programme-time = Hora
programme-session = Sesión
programme-length = Duración
programme-time-not-known = hora por confirmar
programme-organised-by = Organiza: { $names }
programme-hosted-by = Acoge: { $names }
programme-led-by = Dirigida por { $leads }
programme-role = { $role }: { $who }
programme-track = En paralelo: { $track }
programme-room = Lugar: { $room }
programme-presented-by = presenta: { $who }
programme-reference = referencia: { $reference }
programme-no-sessions = No hay sesiones previstas.
programme-chatham-house = Reunión celebrada bajo la regla de Chatham House: este programa no nombra a ponentes ni a participantes.

## La página para teléfonos

phone-meeting = Reunión
phone-connecting = conectando…
phone-live = en directo
phone-polling = en directo · se actualiza cada 5 s
phone-offline = sin conexión — reconectando…
phone-left = quedan { $time }
phone-over = excedido en { $time }
day-held-on = celebrada el { $date }
day-planned-for = prevista para el { $date }
day-no-sessions = sin sesiones
day-no-times-after = sin horarios después de { $title } (sin duración fija)
day-now-at = { $title }, ahora a las { $time }
day-no-times = sin horarios previstos con que comparar
day-on-time = en hora
day-late = con { $minutes } min de retraso
day-early = con { $minutes } min de adelanto
day-late-then = { $late }; { $then }

## Las acciones como tareas de calendario

ics-owner = Responsable: { $owner }
ics-session = Sesión: { $session }
ics-meeting = Reunión: { $meeting }
