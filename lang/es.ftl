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
# A session of several kinds: its own, then the others it is too.
kind-also = { $kind } y { $also }

## Resoluciones y propuestas

status-proposed = propuesta
status-adopted = aprobada
status-rejected = rechazada
status-deferred = aplazada
method-consensus = consenso
method-vote = votación: { $counts }
vote-for = { $n } a favor
vote-against = { $n } en contra
vote-abstain = { $n ->
    [one] { $n } abstención
   *[other] { $n } abstenciones
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
session-track-alone = { $facts }, eje: { $track }
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

## The meeting screen: the names of the keys (the footer, narrow help) and what each does (help)

key-score = puntuar
key-send-card = enviar tarjeta
key-edit = editar
key-delete = borrar
key-next-agenda-item = punto siguiente
key-to-session = a otra sesión
key-previous-agenda-item = punto anterior
key-add-proposal = nueva propuesta
key-left = izquierda
key-right = derecha
key-clear-score = borrar puntuación
key-plus-dot = +punto
key-minus-dot = −punto
key-select = adoptar
key-select-in-words = adoptar con sus palabras
key-park = aparcar
key-merge = fusionar
key-reopen = reabrir
key-add-resolution = nueva resolución
key-status = estado
key-vote = votación
key-election = elección
key-method = método
key-consensus = consenso
key-link-proposal = vincular propuesta
key-link-actions = vincular acciones
key-add-card = nueva tarjeta
key-card-left = tarjeta a la izq.
key-card-right = tarjeta a la der.
key-card-up = tarjeta arriba
key-card-down = tarjeta abajo
key-new-strategy = nueva estrategia
key-rename-strategy = renombrar estrategia
key-strategy-left = estrategia a la izq.
key-strategy-right = estrategia a la der.
key-merge-strategy = fusionar estrategia
key-card-status = estado de tarjeta
key-delete-strategy = borrar estrategia
key-raise-hand = pedir la palabra
key-lower-hand = retirar turno
key-next-speaker = siguiente turno
key-end-turn = fin del turno
key-progressive = progresivo
key-group-chart = agrupar gráfico
key-note = nota
key-up = arriba
key-down = abajo
key-next-tab = pestaña siguiente
key-previous-tab = pestaña anterior
key-notes = notas
key-proposals = propuestas
key-resolutions = resoluciones
key-board = tablero
key-speakers = oradores
key-projector = proyector
key-theme = tema
key-qr-codes = códigos QR
key-room = sala
key-filter = filtrar
key-clear-filter = quitar filtro
key-next-session = sesión sig.
key-group = grupo
key-previous-session = sesión anterior
key-start-pause = iniciar/pausa
key-end-session = cerrar sesión
key-skip-session = saltar sesión
key-add-session = nueva sesión
key-move-earlier = adelantar
key-move-later = retrasar
key-plus-5-min = +5 min
key-minus-5-min = −5 min
key-split = dividir
key-rename-session = renombrar sesión
key-session-kind = tipo de sesión
key-session-leads = responsables
key-remove-session = quitar sesión
key-undo = deshacer
key-redo = rehacer
key-help = ayuda
key-quit = salir
key-closes-help = cierra la ayuda
key-save = guardar
key-new-line = nueva línea
key-speaker = orador
key-kind = tipo
key-close = cerrar
key-a-name = un nombre
key-erase = borrar
key-choose = elegir
key-pick = tomar
key-back-to-the-text = volver al texto
key-confirm = aceptar
key-cancel = cancelar
key-clear = vaciar
key-move = mover
key-tick = marcar
key-keep = conservar
key-yes = sí
key-no = no
key-copy = copia
key-parts = partes
key-session-or-meeting = sesión o reunión
key-stop = dejar de seguir
does-score-the-selected-criterion = puntuar el criterio elegido de 0 a 5
does-send-the-card-under = enviar la tarjeta al final de la columna 0-9 (0 Sin clasificar, según su número); la selección se queda aquí
does-edit-the-selected-item = editar el elemento elegido
does-delete-the-selected-item = borrar el elemento elegido (u lo recupera)
does-next-item = pasar al siguiente punto de la sesión: lo que se anote irá a él
does-file-the-selected-item = pasar el elemento elegido a otra sesión (una nota escrita en la pausa)
does-previous-item = volver al punto anterior (antes del primero: ninguno)
does-add-a-proposal = añadir una propuesta
does-criterion-left = elegir el criterio de la izquierda
does-criterion-right = elegir el criterio de la derecha
does-clear-the-selected-score = borrar la puntuación elegida
does-add-a-dot-vote = añadir un punto de votación
does-take-a-dot-vote = quitar un punto de votación
does-select-the-proposal-the = adoptar la propuesta: la reunión la asume (con qué opción, si las tiene)
does-select-in-words = adoptarla con las palabras de la reunión ("afirmada como base de nuestro trabajo")
does-park = aparcarla: sigue como trabajo ya en curso
does-merge-it-into-another = fusionarla con otra propuesta
does-reopen-a-decided-proposal = reabrir una propuesta ya decidida
does-record-a-new-resolution = registrar una nueva resolución
does-cycle-status-proposed-adopted = cambiar el estado: propuesta, aprobada, rechazada, aplazada
does-record-the-vote-for = registrar la votación: a favor, en contra, abstenciones (un recuento puede ser over N o about N)
does-election = registrarla como elección: 2 seats: Ana 20, Ben 14, Cy 3; blank 1; elected Ana, Ben
does-how-the-room-decided = cómo decidió la sala: votación, consenso, mano alzada, sentir de la sala, la presidencia, más tarde, una elección
does-consensus = registrarla como decidida por consenso
does-link-the-proposal-it = vincular la propuesta que resuelve
does-link-the-actions-that = vincular las acciones que se derivan
does-add-an-action-card = añadir una tarjeta de acción (Nombre to … by AAAA-MM-DD fija responsable y plazo)
does-column-left = ir a la columna de la izquierda
does-column-right = ir a la columna de la derecha
does-card-left = mover la tarjeta a la columna de la izquierda
does-card-right = mover la tarjeta a la columna de la derecha
does-card-up = subir la tarjeta en su columna
does-card-down = bajar la tarjeta en su columna
does-create-a-strategy-at = crear una estrategia al final, a la derecha (la tarjeta elegida pasa a ella)
does-rename-this-strategy = renombrar esta estrategia
does-strategy-left = mover esta estrategia una columna a la izquierda
does-strategy-right = mover esta estrategia una columna a la derecha
does-merge-this-strategy-into = fusionar esta estrategia con otra
does-follow-the-card-up = seguimiento de la tarjeta: abierta, en curso, hecha, abandonada (con fecha de hoy)
does-delete-this-strategy-its = borrar esta estrategia; sus tarjetas vuelven a Sin clasificar
does-raise-a-hand-pick = pedir la palabra: elegir a un participante o escribir un nombre
does-lower-the-selected-hand = retirar el turno elegido
does-give-the-floor-to = dar la palabra a quien sigue
does-end-the-turn-under = terminar el turno en curso
does-progressive-ordering-who-spoke = orden progresivo: primero quien menos ha hablado
does-chart-speaking-time-by = tiempo de palabra por persona, organización, región, género
does-new-note-in-the = nueva nota en la sesión en curso (los prefijos la dirigen: action:, proposal:, resolution:, q:, key:, "…" — Nombre)
does-select-the-item-above = elegir el elemento de arriba
does-select-the-item-below = elegir el elemento de abajo
does-show-the-next-tab = mostrar la pestaña siguiente
does-show-the-previous-tab = mostrar la pestaña anterior
does-show-the-notes-of = mostrar las notas de la sesión en curso
does-show-the-proposal-matrix = mostrar la matriz de propuestas
does-show-the-resolutions = mostrar las resoluciones
does-show-the-strategy-board = mostrar el tablero de estrategias
does-show-the-speaker-queue = mostrar la lista de oradores y el tiempo de palabra
does-switch-to-the-projector = pasar a la vista del proyector y volver (letra grande, sin atajos)
does-next-theme-terminal-projector = tema siguiente: terminal, proyector oscuro, proyector claro
does-show-the-outcomes-as = mostrar los resultados como códigos QR para escanear, a pantalla completa
does-who-has-joined-the = quién se ha unido a la sala: pasar el papel de facilitación, recuperarlo, revocar un portátil
does-type-a-filter-the = escribir un filtro: el tablero atenúa y las notas ocultan lo que no coincide (vacío lo quita)
does-clear-the-filter = quitar el filtro
does-next-session = ir a la sesión siguiente
does-group = tomar notas en un grupo de trabajo que se reúne en paralelo, o volver a la sesión de la sala
option-pick-title = Adoptada: ¿con qué opción?
option-pick-item = opción { $option } — { $title }
option-pick-whole = la propuesta en su conjunto, sin opción
group-title = ¿En qué grupo tomar notas?
group-room = la sala: { $title }
group-room-unknown = la sala: su sesión actual
group-none = ningún grupo de trabajo se reúne en paralelo este día (el `track` de una sesión en la agenda crea uno)
group-chosen = notas en { $track }: { $title }; G cambia de grupo o vuelve a la sala
group-following = con la sala: las notas van a { $title }
group-following-none = con la sala
does-previous-session = ir a la sesión anterior
does-start-pause-or-resume = iniciar, pausar o reanudar la sesión en curso
does-end-the-current-session = cerrar la sesión en curso
does-skip-the-current-session = saltar la sesión en curso
does-add-a-session-after = añadir una sesión después de esta: título, minutos y tipo
does-session-earlier = adelantar un puesto la sesión en curso
does-session-later = retrasar un puesto la sesión en curso
does-lengthen-the-current-session = alargar 5 minutos la sesión en curso
does-shorten-the-current-session = acortar 5 minutos la sesión en curso
does-split-the-current-session = dividir la sesión en curso en dos mitades, con nombre cada una
does-rename-the-current-session = renombrar la sesión en curso
does-change-the-current-session = cambiar el tipo de la sesión en curso: charla, debate, pausa…
does-change-who-leads-the = cambiar quién conduce la sesión en curso
does-remove-the-current-session = quitar la sesión en curso, si no se ha celebrado y está vacía
does-take-back-the-last = deshacer el último cambio
does-put-back-the-last = rehacer el último cambio deshecho
does-show-every-key-of = mostrar todas las teclas de esta vista
does-quit-unsaved = salir (pregunta antes si hay cambios sin escribir y ofrece guardar una copia)
does-quit = salir
does-close-help = cerrar la ayuda
does-save-the-note-a = guardar la nota; el editor de una nota nueva sigue abierto para la siguiente
does-start-a-new-line = empezar una nueva línea en la nota
does-pick-the-speaker-type = elegir al orador: escribir unas letras del nombre
does-file-the-note-as = clasificar la nota como nota, punto clave, pregunta o cita
does-close-the-editor-asks = cerrar el editor (pregunta antes si se perdería texto escrito)
does-quit-typed-text = salir (pregunta antes si se perdería texto escrito)
does-type-the-note-arrows = escribir la nota; flechas, Home, End, Backspace y Del para editarla
does-type-speaker = escribir el nombre del orador: la lista se reduce a quien coincide
does-take-the-last-letter = borrar la última letra del nombre
does-highlight-the-participant-above = resaltar al participante de arriba
does-highlight-the-participant-below = resaltar al participante de abajo
does-take-the-highlighted-participant = tomar al participante resaltado, o el nombre tal como se escribió
does-back-to-text = volver al texto, sin cambiar el orador
does-take-the-answer = aceptar la respuesta
does-close-the-question-changing = cerrar la pregunta sin cambiar nada
does-clear-the-answer-the = vaciar la respuesta, la vía rápida para descartar una sugerencia
does-type-the-answer-arrows = escribir la respuesta; flechas, Home, End, Backspace y Del para editarla
does-highlight-the-item-above = resaltar el elemento de arriba
does-highlight-the-item-below = resaltar el elemento de abajo
does-highlight-the-name-above = resaltar el nombre de arriba
does-highlight-the-name-below = resaltar el nombre de abajo
does-type-a-name-the = escribir un nombre: la lista se reduce a quien coincide
does-tick-or-untick-the = marcar o desmarcar el elemento resaltado
does-take-the-highlighted-item = tomar el elemento resaltado (un nombre que no está en la lista, tal como se escribió)
does-keep-the-ticked-items = conservar los elementos marcados
does-close-the-list-changing = cerrar la lista sin cambiar nada
does-yes = sí
does-no = no
does-save-a-copy-of = guardar antes una copia del registro en otra carpeta
does-show-the-previous-part = mostrar la parte anterior
does-show-the-next-part = mostrar la parte siguiente
does-switch-between-this-session = alternar entre los resultados de esta sesión y los de toda la reunión
does-close-the-qr-screen = cerrar la pantalla QR
does-stop-following-the-record = dejar de seguir; el registro no cambia
key-type = escribir
key-any-key = cualquier tecla

## The meeting screen: its tabs, header, footer, overlays and views, and what it tells after a key

tab-notes = Notas
tab-proposals = Propuestas
tab-resolutions = Resoluciones
tab-board = Tablero
tab-speakers = Oradores
help-prefixes = En una nota: action: Nombre to … by AAAA-MM-DD · proposal: · resolution: · q: · key: · "…" — Nombre
help-title = Teclas · { $tab } (cualquier tecla cierra)
editor-speaker = Orador:
editor-not-listed = no está en la lista; Enter conserva el nombre tal como se escribió
editor-edit-note = Editar nota
editor-new-note = Nueva nota
editor-filed-proposal = propuesta
editor-filed-resolution = resolución
editor-filed-action = acción
editor-filed-items = { $n ->
    [one] { $n } elemento
   *[other] { $n } elementos
}
editor-by = orador: { $speaker }
editor-in = en { $session }
editor-action-owner = acción · responsable: { $owner }
editor-action-no-owner = acción · sin responsable
editor-action-due = plazo { $date }
picker-name = Nombre:
picker-not-listed = no está en la lista; Enter toma el nombre tal como se escribió
confirm-discard = ¿Descartar el texto escrito? y/n
confirm-quit = ¿Salir y perder el texto escrito? y/n
confirm-quit-unsaved = { $n ->
    [one] { $n } cambio no se pudo escribir en el disco. c: guardar una copia del registro en otra carpeta · y: salir y perderlo · n: quedarse (plenary sigue intentándolo)
   *[other] { $n } cambios no se pudieron escribir en el disco. c: guardar una copia del registro en otra carpeta · y: salir y perderlos · n: quedarse (plenary sigue intentándolo)
}
confirm-outcome = { $why }. ¿Marcarla como { $status } de todos modos? y/n
note-kind-note = nota
note-kind-key-point = punto clave
note-kind-question = pregunta
note-kind-quote = cita
saved-all = guardado
saved-unsaved = { $n } sin guardar
saved-waiting = { $n } en espera
saved-host-unreachable = anfitrión inaccesible
footer-host-unreachable = anfitrión inaccesible desde las { $since }; reintentando
footer-waiting-unreachable = { $n } en espera — anfitrión inaccesible desde las { $since }; se enviarán cuando vuelva
footer-not-on-disk = { $n ->
    [one] { $n } cambio NO está en el disco{ $why }; reintentando
   *[other] { $n } cambios NO están en el disco{ $why }; reintentando
}
footer-esc-clears = Esc lo quita
footer-keys = teclas
header-no-sessions = El orden del día no tiene sesiones.
header-day = Día { $n }
header-clock = { $date }  { $time }
screen-day-date = { $weekday } { $day } { $month }
weekday-short = { $day ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
screen-over = { $time } de más
screen-day-summary = día: { $summary }
projector-of-minutes = de { $minutes } min
notes-no-match = Nada coincide con /{ $filter }.
notes-esc-clears = Esc quita el filtro.
notes-none = Aún no hay notas en esta sesión.
notes-none-n = n anota una. Una línea que empieza por
notes-none-prefixes = action:, proposal:, resolution:, q: o key:
notes-none-filed = se archiva allí.
notes-went-action = una acción, en el Tablero · e la edita
notes-went-proposal = una propuesta, en Propuestas · e la edita
notes-went-resolution = una resolución, en Resoluciones · e la edita
resolution-row-method = Método
resolution-row-decided-by = Decidida por
resolution-row-not-recorded = no registrado
resolution-row-settles = Resuelve
resolution-row-actions = Acciones
resolution-row-session = Sesión
resolution-row-none = ninguna
resolution-row-session-at = { $session } a las { $time }
resolutions-none = Aún no hay resoluciones. a registra una; resolution: en una nota también.
decision-short-open = abierta
decision-short-selected = adoptada
decision-short-selected-as = adoptada: { $words }
decision-short-merged = fusionada → { $title }
decision-short-parked = aparcada: { $why }
proposals-none = Aún no hay propuestas.
proposals-none-how = Aún no hay propuestas. a añade una; proposal: en una nota también.
matrix-proposal = Propuesta
matrix-sum = Tot
matrix-dot = Pts
matrix-total = Total
matrix-dots = Ptos
matrix-decision = Decisión
matrix-counts = (cuenta ×{ $weight })
matrix-others = Otras propuestas
close-keys = cualquier tecla: la pantalla de la reunión · O: todos los códigos de resultados · q: salir
close-over = La reunión ha terminado
close-held = celebrada: { $dates }
close-ended-with = terminó con { $title }
close-others = O: los demás
close-decided = Lo que se decidió
close-nothing-decided = No se decidió nada.
projector-no-resolutions = Aún no hay resoluciones.
board-unsorted = Sin clasificar
board-more = { $n } más
board-empty-unsorted = aquí llegan las acciones nuevas
board-empty-key = H L o { $key } traen tarjetas aquí
board-empty = H y L traen tarjetas aquí
board-no-owner = sin responsable
board-due = plazo { $date }
board-cards = { $n ->
    [one] { $n } tarjeta
   *[other] { $n } tarjetas
}
speakers-speaking = Habla
speakers-nobody = Nadie tiene la palabra.
speakers-progressive = progresivo: primero quien menos habló
speakers-in-order = en el orden en que se pidió la palabra
speakers-queue = Turnos ({ $n })
speakers-spoke = habló { $time }
speakers-no-hands = Nadie ha pedido la palabra.
speakers-no-hands-how = Nadie ha pedido la palabra. a la pide.
speakers-time-by-person = Tiempo de palabra por persona
speakers-time-by-organisation = Tiempo de palabra por organización
speakers-time-by-region = Tiempo de palabra por región
speakers-time-by-gender = Tiempo de palabra por género
speakers-none-spoke = Nadie ha hablado aún.
qr-phone-page = Página para el móvil · escanea para seguir la reunión en directo
qr-note-takers = Relatores · plenary join { $code }
qr-full-code = o el código completo (escanéalo): { $code }
qr-scan-full-code = o escanea abajo el código completo para unirse
qr-addresses = direcciones: { $addresses }
qr-no-session = Esa sesión no está en el orden del día.
qr-no-code = Sin código: { $why }
qr-nothing = Aún no hay nada que compartir.
qr-whole-meeting = toda la reunión
qr-left-out = No está en estos códigos: { $left }. El acta lo recoge.
qr-too-small = Este código necesita { $needs } caracteres; la terminal tiene { $has }.
qr-enlarge = Agranda la ventana o reduce la letra y aparecerá aquí.
qr-hand-out = O reparte en su lugar `plenary qr RECORD --png DIR`.
told-nothing = nada
told-and-more = { $said } y { $n } más
told-resumed = reanudada: { $title }
told-started = iniciada: { $title }
told-paused = en pausa: { $title }
told-ended = terminada: { $title }
told-skipped = saltada: { $title }
told-timer-back = cronómetro de { $title } restablecido
told-session-added = sesión añadida: { $title } ({ $kind })
told-session-kind = { $title } es ahora una sesión de tipo { $kind }
told-no-lead = { $title } ya no tiene responsable
told-led-by = { $title } la conduce ahora { $names }
told-session-removed = sesión quitada: { $title }
told-session-moved-to = { $title } pasa a las { $time }
told-session-moved = { $title } cambiada de lugar
told-session-minutes = { $title } dura ahora { $minutes } min
told-session-open-ended = { $title } ya no tiene duración fija
told-renamed = { $title } se llama ahora { $to }
told-split = { $half } separada de { $title }
told-agenda-changed = orden del día cambiado
told-the-note = la nota { $text }
told-the-card = la tarjeta { $text }
told-the-resolution = la resolución { $text }
told-the-proposal = la propuesta { $text }
told-a-capture = un elemento
told-moved-to = { $what } pasa a { $to }
told-agendas-own = { $what } vuelve a ser del orden del día
told-note-saved = { $kind } { $text } guardada
told-note-edited = nota editada: { $text }
told-note-deleted = nota borrada: { $text }
told-note-back = nota recuperada: { $text }
told-proposal-added = propuesta añadida: { $text }
told-proposal-edited = propuesta editada: { $text }
told-proposal-deleted = propuesta borrada: { $text }
told-proposal-back = propuesta recuperada: { $text }
told-scored = { $text }: { $score } en { $on }
told-score-cleared = puntuación de { $text } en { $on } borrada
told-dots = { $n ->
    [one] { $text } tiene { $n } punto
   *[other] { $text } tiene { $n } puntos
}
told-reopened = reabierta: { $text }
told-selected = adoptada: { $text }
told-selected-as = adoptada { $text }: { $words }
told-selected-option = adoptada { $text } con la opción { $option }
told-merged = { $text } fusionada con { $into }
told-parked = aparcada { $text }: { $why }
told-resolution-added = resolución registrada: { $text }
told-resolution-edited = resolución actualizada: { $text }
told-resolution-deleted = resolución borrada: { $text }
told-resolution-back = resolución recuperada: { $text }
told-record-changed = registro cambiado
told-card-added = tarjeta { $text } añadida a { $to }
told-card-edited = tarjeta editada: { $text }
told-card-status-since = tarjeta { $text }: { $status } desde el { $since }
told-card-status = tarjeta { $text }: { $to }
told-card-deleted = tarjeta borrada: { $text }
told-card-back = tarjeta recuperada: { $text }
told-card-moved = tarjeta { $text } movida a { $to }
told-strategy-added-key = estrategia creada: { $text }; { $key } le envía una tarjeta
told-strategy-added = estrategia creada: { $text }
told-strategy-renamed = { $text } se llama ahora { $to }
told-strategy-moved = estrategia movida: { $text }
told-strategy-merged = { $text } fusionada con { $to }
told-strategy-deleted = estrategia borrada: { $text }
told-strategy-back = estrategia recuperada: { $text }
told-board-changed = tablero cambiado
told-hand-raised = { $name } pidió la palabra
told-hand-lowered = { $name } retiró su turno
told-floor-to = la palabra a { $name }
told-turn-ended = turno terminado
told-progressive-on = orden progresivo activado
told-progressive-off = orden progresivo desactivado
told-queue-back = lista de oradores restablecida
told-follower = esta pantalla sigue el registro; no cambia nada
told-undoes = { $said } — u deshace
told-redone = rehecho: { $said }
told-undone = deshecho: { $said } — Ctrl-R rehace
told-undo-yours = deshacer: tu último cambio
told-redo-yours = rehacer: el último cambio que deshiciste
ask-rename-session = Renombrar la sesión
ask-session-title-hint = su título, como lo muestran el orden del día y el acta
ask-split-first = Dividir la sesión: nombre de la primera mitad
ask-split-first-hint = Enter conserva el título; luego se nombra la segunda mitad
told-half-needs-title = cada mitad necesita un título
ask-split-second = Dividir la sesión: nombre de la segunda mitad
ask-split-second-hint = Enter conserva el título; Esc no divide nada
told-leads-unchanged = los responsables siguen igual
told-no-participants = el orden del día no tiene participantes que la conduzcan
told-nothing-to-move = no hay nada elegido para mover
ask-new-proposal = Nueva propuesta
ask-proposal-hint = la propuesta en pocas palabras
ask-selected-words = Adoptada: ¿con qué palabras lo decidió la reunión?
ask-selected-words-hint = como debe decirlo el acta; vacío la adopta sin más
ask-park = Aparcar la propuesta: ¿cómo sigue?
ask-park-hint = escribe para cambiar la redacción propuesta; Enter la conserva
ask-park-suggested = sigue como trabajo ya en curso
ask-new-resolution = Nueva resolución
ask-resolution-hint = lo que resuelve la reunión
ask-method = ¿Cómo decidió la sala?
ask-vote = Votos contados en la sala
ask-vote-hint = a favor, en contra, abstenciones, p. ej. 24 3 2 o 30 a favor; un recuento puede ser over N o about N
ask-election = Elección: puestos, candidaturas y votos, votos en blanco, quién resultó electo
ask-election-hint = p. ej. 2 seats: Ana Ruiz 20, Ben 14, Cy 3; blank 1; elected Ana Ruiz, Ben
ask-confirm-by = Por confirmar más tarde: ¿por quién?
ask-confirm-by-hint = la junta, los miembros por correo…; vacío si la sala no lo dijo
ask-merge-proposal = ¿Fusionar con qué propuesta?
ask-link-proposal = ¿Qué propuesta resuelve?
told-no-actions = aún no hay acciones; anota una con action: …
ask-link-actions = ¿Qué acciones se derivan? (Space marca, Enter conserva)
ask-new-card = Nueva tarjeta
ask-card-hint = lo que hay que hacer; Nombre to … by AAAA-MM-DD fija responsable y plazo
ask-new-strategy = Nueva estrategia
ask-strategy-hint = su nombre, el título de la columna
ask-rename-strategy = Renombrar la estrategia
told-no-card-follow = aquí no hay tarjeta que seguir
told-strategy-deleted-cards = estrategia borrada, sus tarjetas están en Sin clasificar; u la recupera
told-no-card-send = aquí no hay tarjeta que enviar
ask-merge-strategy = ¿Fusionar con qué estrategia?
ask-add-session = Añadir una sesión después de esta
ask-add-session-hint = título y minutos, p. ej.: Puesta en común 20 (luego se pregunta el tipo)
told-filter-cleared = filtro quitado
ask-save-copy = Guardar una copia del registro en una carpeta nueva
ask-save-copy-hint = en otro disco o una memoria USB; no debe existir aún
told-nothing-to-save = nada que guardar
ask-filter = Filtro
ask-filter-hint = tarjetas y notas que contienen esto; vacío lo quita
told-nothing-to-undo = nada que deshacer
told-nothing-to-redo = nada que rehacer
ask-raise-hand = ¿Quién pide la palabra?
told-nothing-typed = no se escribió nada; nada cambia
ask-edit-proposal = Editar la propuesta
ask-edit-resolution = Editar la resolución
ask-edit-card = Editar la tarjeta
ask-edit-card-hint = Nombre to … by AAAA-MM-DD fija responsable y plazo
told-deleted = borrado; u lo recupera
ask-session-kind = ¿Qué tipo de sesión es { $title }?
ask-session-leads = ¿Quién conduce { $title }?
ask-session-on-day = día { $n } · { $title }
ask-move-note = ¿A qué sesión pasar la nota?
ask-move-action = ¿A qué sesión pasar la acción?
ask-move-proposal = ¿A qué sesión pasar la propuesta?
ask-move-resolution = ¿A qué sesión pasar la resolución?
told-card-sent = tarjeta enviada a { $to } ({ $key }); u deshace
told-no-items = la sesión `{ $id }` no tiene puntos
told-item = punto { $n } de { $of }: { $title }
told-no-item = ningún punto: lo anotado va a la sesión
told-theme = tema: { $name }
told-copied = hay una copia de todo el registro en { $folder }; q sale
told-no-copy = sin copia: { $why }
ask-no-proposal = (ninguna propuesta)
method-choice-vote = una votación, con recuento (a favor, en contra, abstenciones)
method-choice-consensus = consenso
method-choice-hands = a mano alzada, sin recuento
method-choice-sense-strong = sentir de la sala: claro
method-choice-sense-weak = sentir de la sala: débil
method-choice-sense-none = sentir de la sala: nadie en contra
method-choice-chair = declaración de la presidencia
method-choice-later = por confirmar más tarde (por quién)
method-choice-election = una elección (puestos, candidaturas, votos, quién resultó electo)
role-facilitator = facilitación
role-note-taker = relatoría
joined-as = en la sala con el papel de { $role }
joined-not-sent = no enviado: { $why }
joined-refused = el anfitrión lo rechazó: { $why }
joined-role = ahora tienes en la sala el papel de { $role }
joined-stopped = el anfitrión rechazó este portátil: { $why }
joined-sent-what = { $what } enviado al anfitrión
joined-sent = { $said } — enviado al anfitrión
room-none = esta pantalla no aloja ninguna sala: abre el registro con --host para que se unan los relatores
room-nobody = nadie se ha unido aún: plenary join { $code }
room-connected = conectado
room-away = ausente
room-hand-role = { $name } (relatoría, { $link }): pasarle el papel de facilitación
room-take-role = { $name } (facilita, { $link }): recuperar el papel
room-revoke = revocar el portátil de { $name }: no podrá volver a escribir
room-who = La sala: quién se ha unido
room-revoked = el portátil de { $name } está revocado: ya no puede escribir ni unirse
room-not-in = { $name } no está en la sala
room-not-revoked = no se pudo revocar el portátil de { $name }: { $why }
hosting-greeting = móviles: { $url } · relatores: plenary join { $code }
said-last-session = esta es la última sesión
said-first-session = esta es la primera sesión
said-session-over = esta sesión terminó; ] pasa a la siguiente
said-no-session = no existe la sesión `{ $a }`
said-no-swap = no hay otra sesión ese día con la que intercambiarla
said-not-same-track = `{ $a }` no está en el mismo eje que `{ $b }`; K y J mueven una sesión solo más allá de otra de su propio eje (o del plenario)
said-would-part = las sesiones `{ $a }` y `{ $b }` están en curso en paralelo; el cambio las separaría: pause una antes
said-no-length = la duración de la sesión no se conoce (sin duración fija), así que no hay nada que cambiar
said-session-title = una sesión necesita un título
said-no-filing-session = el orden del día no tiene sesión donde archivar: { $a }
said-card-already = la tarjeta ya está en { $a }
said-strategy-name = una estrategia necesita un nombre
said-unsorted-merge = Sin clasificar no es una estrategia; elige una estrategia para fusionarla
said-no-other-strategy = no hay otra estrategia con la que fusionar
said-strategy-itself = una estrategia no puede fusionarse consigo misma
said-unsorted-delete = Sin clasificar no es una estrategia; elige una estrategia para borrarla
said-nothing-typed = no se escribió nada; no se archiva nada
said-note-saved = nota guardada
said-key-point-saved = punto clave guardado
said-question-saved = pregunta guardada
said-quote-saved = cita guardada
said-action-filed = acción archivada en el tablero
said-action-filed-for = acción archivada en el tablero para { $a }
said-action-filed-due = acción archivada en el tablero, plazo { $a }
said-action-filed-for-due = acción archivada en el tablero para { $a }, plazo { $b }
said-resolution-proposed = resolución registrada como propuesta
said-proposal-added = propuesta añadida a la matriz
said-added-to-proposal = añadido a la propuesta «{ $a }»
said-already-proposal = «{ $a }» ya es una propuesta: guardado como nota
said-not-listed = `{ $a }` no está en la lista de participantes
said-remove-skipped = { $a } está saltada, y así consta en el acta como no tratada; se queda
said-remove-started = { $a } ya empezó, así que el acta la necesita; S salta una sesión
said-remove-holds = { $a } contiene notas u otros elementos; M pasa antes cada uno a otra sesión
said-only-session = no se puede quitar la única sesión del orden del día
said-half-title = cada mitad necesita un título
said-no-halves = la duración de la sesión no se conoce (sin duración fija), así que no tiene mitades
said-one-minute = una sesión de un minuto no se puede dividir
said-proposal-title = una propuesta necesita un título
said-no-criteria = el orden del día no tiene criterios para puntuar
said-no-other-proposal = no hay otra propuesta con la que fusionar
said-proposal-itself = una propuesta no puede fusionarse consigo misma
said-already-filed = ya está archivado en { $a }
said-hand-name = un turno necesita un nombre
said-in-queue = { $a } ya está en la lista
said-not-in-queue = { $a } no está en la lista
said-queue-empty = no hay nadie en la lista
said-no-floor = nadie tiene la palabra
said-progressive = orden progresivo: primero quien menos ha hablado
said-in-order = turnos en el orden en que se pidieron
said-vote-numbers = escribe los recuentos: a favor, en contra, abstenciones, p. ej. 24 3 2 o over 100 a favor (un recuento puede ser over N o about N)
speakers-not-given = sin dato
said-no-card = no existe la tarjeta { $a }
said-no-action = no existe la acción { $a }
said-no-strategy = no existe la estrategia { $a }
said-no-note = no existe la nota { $a }
said-no-proposal = no existe la propuesta { $a }
said-no-resolution = no existe la resolución { $a }
said-no-column-one = no existe la columna { $a }: el tablero solo tiene Sin clasificar (0)
said-no-column = no existe la columna { $a }: el tablero va de 0 (Sin clasificar) a { $b }
said-vote-against = la votación fue { $a } a favor, { $b } en contra: más en contra que a favor
said-vote-for = la votación fue { $a } a favor, { $b } en contra: más a favor que en contra
told-held = { $title }: celebrada de { $from } a { $to }
told-held-from = { $title }: en curso desde { $from }
key-held-times = horas reales
does-held-times = dar a la sesión actual las horas en que se celebró (pasada a limpio después, o un reloj no iniciado)
ask-held-times = ¿Cuándo se celebró?
ask-held-times-hint = p. ej. 09:10-10:05, o solo 09:10 para una sesión en curso
said-held-hint = escribe cuándo se celebró, p. ej. 09:10-10:05 (o solo 09:10 para una sesión en curso)
said-held-end = el final debe ser posterior al inicio, p. ej. 09:10-10:05
said-held-not-running = una sesión que no está en curso necesita también la hora de fin, p. ej. 09:10-10:05
said-held-not-yet = esa hora todavía no ha llegado
