# Monitor Workbench: la interfaz en español.
#
# Los mismos identificadores y las mismas variables que en.ftl (una prueba lo
# comprueba). El glosario del README fija los términos del campo.

## Palabras que entran en otros mensajes

metric-citations = citas
metric-entries = entradas
metric-words = palabras
status-draft = borrador
status-in-review = en revisión
status-changes-requested = con cambios pedidos
status-approved = aprobada
masthead-series = serie
masthead-published = fecha de publicación
masthead-coverage = período cubierto
masthead-publisher = editorial
masthead-disclaimer = descargo de responsabilidad
conflict-both-edited = ambas partes cambiaron las mismas palabras de modo distinto
conflict-ours-deleted = nuestra parte borró la entrada y la suya la editó
conflict-theirs-deleted = su parte borró la entrada y la nuestra la editó
share-counts = ({ $state } de { $total })
finding-location = { $section }, entrada { $position }
unreviewed-citations = { $count ->
    [one] { $count } cita sin revisar
   *[other] { $count } citas sin revisar
}

## Hallazgos: la proporción y la cabecera

finding-special-edition-without-reason = El número está marcado como edición especial pero no da el motivo; hasta que lo dé, una proporción por encima del límite sigue siendo un error. Indique el motivo en Datos del número.
finding-special-edition = Edición especial: los medios estatales suman { $share } de las { $metric }{ $counts } y superan a propósito el límite de { $limit }; motivo: { $reason }
finding-state-media-share = Los medios estatales suman { $share } de las { $metric }{ $counts }; la política admite como máximo { $limit }.
finding-missing-masthead = El número no tiene { $field }; los lectores lo necesitan. Complételo en Datos del número.
finding-merge-field = Una fusión dejó sin decidir `{ $field }`: la nuestra { $ours }, la suya { $theirs }; se conserva la nuestra hasta que alguien lo resuelva.

## Hallazgos: secciones y entradas

finding-empty-section = La sección no tiene entradas: los lectores no la verán. Escriba una entrada o elimine la sección.
finding-section-not-approved = La sección está en estado «{ $status }», no aprobada.
finding-missing-source = { $count ->
    [one] Cita la fuente n.º { $list }, que no está en la biblioteca (una fusión o una edición la eliminó): restaure la fuente o quite la cita.
   *[other] Cita { $count } fuentes, { $list }, que no están en la biblioteca (una fusión o una edición las eliminó): restaure las fuentes o quite las citas.
}
finding-entry-conflict = Una fusión dejó sin decidir esta entrada: { $what }; elija una versión.
finding-open-suggestion = { $author } sugirió un cambio en esta entrada el { $when }; acéptelo o recházelo.
finding-unsourced-entry = La entrada no cita ninguna fuente.
finding-flagged-declaration = Marcada por contener una declaración contra Estados Unidos u Occidente.
finding-flagged-declaration-note = Marcada por contener una declaración contra Estados Unidos u Occidente: { $note }.
finding-opinion-source = Cita un artículo de opinión ({ $source }); la política excluye la opinión.
finding-state-media-only = Todas las fuentes de la entrada son medios estatales: { $sources }.

## Hallazgos: fuentes

finding-invalid-url = «{ $url }» no es una URL http o https absoluta.
finding-link-too-long = El enlace tiene { $length } caracteres; los navegadores, el correo y el PDF no admiten más de { $longest }, así que los lectores no tendrían enlace. Use la dirección propia del artículo, sin parámetros de seguimiento: { $url }
finding-unclassified-address = { $host } es una dirección, no un dominio, así que ningún medio del registro puede coincidir con ella: sus citas quedan sin revisar y se cuentan como medios no estatales hasta que fije la marca de medio estatal de la fuente.
finding-unclassified-outlet = { $host } no pertenece a ningún medio del registro: sus citas quedan sin revisar y se cuentan como medios no estatales hasta que clasifique el medio o fije la marca de medio estatal de la fuente.
finding-outside-period = Publicada el { $published }, fuera del período cubierto, del { $from } al { $to }.
finding-duplicate-source = Es el mismo artículo que la fuente n.º { $id } ({ $url }); fusione las dos.
finding-unused-source = Ninguna entrada cita esta fuente.
finding-unverified-source = Ningún revisor ha marcado esta fuente como verificada; la política lo exige.
finding-kind-address-says-opinion = Su dirección la marca como opinión (/{ $segment }/), pero la página la declara { $kind } ({ $evidence }); { $standing }. Lea la pieza y corrija su tipo si no es ese.
finding-kind-page-says-opinion = La página la declara opinión ({ $evidence }), pero su dirección no; { $standing }. Lea la pieza y corrija su tipo si no es ese.
kind-standing-editor = el editor eligió { $kind }
kind-standing-page = cuenta como { $kind }, según la página
kind-standing-address = cuenta como { $kind }, por su dirección

## Hallazgos: enlaces y designaciones

finding-not-archived = No hay copia archivada de esta página: si se mueve o desaparece, los lectores pierden la fuente. Pida una (Archivar en la fuente, o `export --archive-missing`); las exportaciones la enlazarán junto al original.
link-archived-copy-exists = { " " }Existe una copia archivada: { $url }.
link-landing-unreachable = { " " }(no se pudo llegar a esa página)
link-landing-status = { " " }(esa página respondió { $status })
finding-link-dead = El enlace estaba muerto al comprobarlo el { $when }: { $reason }.{ $archived } Los lectores no pueden abrirlo: cite una copia archivada u otra noticia.
finding-link-moved-to-state-media = El enlace ahora redirige a { $to }{ $landing }, un medio estatal según la política, al comprobarlo el { $when }; la proporción cuenta el original como independiente, así que sería errónea. Cite el artículo donde apareció primero o fije la marca de medio estatal de la fuente.
finding-link-moved = El enlace ahora lleva a otro sitio, { $to }{ $landing }, al comprobarlo el { $when }.{ $archived } Compruebe que aún muestra lo que cita la entrada.
designation-more = { " " }(y { $count } más)
designation-by = { $outlet } está designado por { $authority } ({ $act }){ $more }
finding-designated-classified-otherwise = { $designated }, pero el registro clasifica { $outlet } como { $class }: los responsables del registro deberían revisar esa clasificación, pues una designación es prueba de control estatal.
finding-designated-unknown = { $designated }, pero ningún medio del registro publica en { $host }: sus citas quedan sin revisar. Clasifique el medio; la designación es prueba de control estatal.

## El informe de check en la línea de órdenes

check-all-countries = todos los países
check-policy = { $path } · política: medios estatales ({ $counted }) de { $countries }, como máximo { $limit } de las { $metric }
check-share = Proporción de medios estatales
check-over-on-purpose = por encima del límite a propósito (edición especial)
check-over = por encima del límite
check-within = dentro del límite
check-unreviewed = { $note }: medios que ningún registro conoce, contados como no estatales hasta clasificarlos
check-by-section = Por sección
check-designations = Designaciones oficiales de los medios citados ({ $count })
check-errors = Errores ({ $count })
check-warnings = Advertencias ({ $count })
check-notes = Notas ({ $count })
check-compliant = Cumple la política: { $errors }, { $warnings }.
check-not-compliant = No cumple la política: { $errors }, { $warnings }.
findings-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errores
}
findings-warnings = { $count ->
    [one] { $count } advertencia
   *[other] { $count } advertencias
}

## La ventana: las órdenes, como las nombran los menús

command-new = Nuevo número
command-open = Abrir…
command-save = Guardar
command-save-as = Guardar como…
command-export = Exportar HTML y Markdown…
command-export-pdf = Exportar PDF…
command-quit = Salir
command-undo = Deshacer
command-redo = Rehacer
command-find = Buscar y reemplazar…
command-issue-details = Datos del número
command-toggle-outline = Panel del índice
command-toggle-library = Panel de la biblioteca de fuentes
command-history = Historial
command-findings = Hallazgos
command-review-report = Exportar el informe del revisor…
command-preferences = Preferencias…
command-outlets = Medios…
command-import-csl = Importar fuentes de Zotero (CSL JSON)…
command-export-csl = Exportar la biblioteca como CSL JSON…
command-fetch-all = Obtener los datos de todas las fuentes
command-check-links = Comprobar los enlaces
command-archive-missing = Archivar las fuentes citadas sin copia
command-open-archive = Abrir la hemeroteca…
command-archive = Hemeroteca: búsqueda y tendencias
command-spelling = Ortografía
command-cite-link = Citar un enlace en esta entrada
command-user-guide = Guía del usuario
command-tour = Recorrido por la ventana
command-about = Acerca de Monitor Workbench

## La ventana: menús

menu-file = Archivo
menu-open-recent = Abrir reciente
menu-no-recent-files = No hay archivos recientes
menu-edit = Editar
menu-view = Ver
menu-theme = Tema
menu-sources = Fuentes
menu-review = Revisión
menu-suggest-changes = Sugerir cambios
menu-export = Exportar
menu-help = Ayuda
menu-help-hint = Pegue una URL bajo una entrada para citarla; la proporción de medios estatales se actualiza mientras escribe.
theme-system = Según el sistema
theme-light = Claro
theme-dark = Oscuro
fetch-pasted = Obtener los datos de los enlaces pegados
fetch-pasted-hint = Lee una vez la página de cada enlace cuando lo cita, pega o importa, para completar su título, medio, fecha, autor e idioma. Solo se consulta a los propios sitios; sin cookies, sin enviar nada más que la petición.

## La ventana: botones comunes a muchos diálogos

button-save = Guardar
button-cancel = Cancelar

## La ventana: Preferencias

prefs-title = Preferencias
prefs-sign-with-name = Los pasos de revisión se firman con su nombre. Escríbalo aquí una vez.
prefs-reviewer-name = Su nombre (revisor)
prefs-language = Idioma del programa
prefs-language-system = El del sistema ({ $language })
prefs-builtin-chooser = Usar siempre el selector de archivos propio
prefs-builtin-chooser-hint = El programa usa los diálogos de archivos del escritorio cuando puede, y su propio selector cuando el escritorio no los tiene (sin portal). Marque para usar siempre el propio.

## Dates

date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## La ventana: barra de estado, panel de hallazgos, medidor de la proporción

findings-notes = { $count ->
    [one] { $count } nota
   *[other] { $count } notas
}
status-words = { $count ->
    [one] { $count } palabra
   *[other] { $count } palabras
}
status-show-findings = Mostrar los hallazgos
status-special-edition = Edición especial: por encima del límite a propósito
status-special-edition-hint = El motivo consta en Datos del número; no es un error.
status-unsaved = cambios sin guardar
status-not-saved-yet = aún sin guardar
status-saved = guardado
status-suggest-mode = Modo sugerencia
status-autosave-failed = falló el guardado automático: { $error }
findings-panel-counts = Hallazgos: { $errors }, { $warnings }
findings-all = Todos
findings-show-errors = Errores
findings-show-warnings = Advertencias
findings-show-notes = Notas
findings-show-notes-hint = Lo que la hemeroteca dice que este número repite: abra una con Archivo > Abrir la hemeroteca…
findings-rule = Regla
findings-any-rule = cualquier regla
button-close = Cerrar
severity-error = error
severity-warning = advertencia
severity-note = nota
findings-open-earlier = Abrir { $issue }, { $section }, entrada { $position }
findings-classify-host = Clasificar { $host }…
findings-classify-outlet = Clasificar este medio…
findings-archive-source = Archivar esta fuente
findings-archive-source-hint = Pedir al Internet Archive una copia de la página y registrarla
coverage-range = del { $from } al { $to }
legend-title = Los colores de las fuentes
legend-state-media = medios estatales: cuentan para el límite
legend-government = un medio gubernamental o controlado por el Estado que la política no cuenta
legend-opinion = opinión: excluida por la política
legend-unclassified = sin clasificar: un medio que el registro no conoce
legend-independent = independiente o de servicio público
meter-citations = { $state } de { $total } citas
meter-entries = { $state } de { $total } entradas
meter-words = { $state } de { $total } palabras
meter-summary = Medios estatales: { $counts } — { $share } de un máximo de { $limit }
meter-special-edition = edición especial
meter-by-metric = Proporción de medios estatales por medida
meter-policy = Política: como máximo { $limit } de las { $metric }

## La ventana: el índice, la sección como página, sus entradas y etiquetas

outline-title = Índice
outline-section = Sección
outline-add-section = Añadir sección
outline-add-section-hint = Añadir una sección después de la seleccionada
untitled-section = (sección sin título)
outline-rename = Renombrar
add-entry = Añadir entrada
move-up = Subir
move-down = Bajar
section-status = Estado
delete-section = Eliminar la sección
delete-entry = Eliminar la entrada
outline-entries = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}
outline-section-share = Medios estatales en esta sección, por { $metric }
outline-entry = entrada { $position }
outline-flagged = marcada
outline-open-comments = { $count } abiertos
outline-open-comments-hint = Comentarios abiertos sobre esta entrada
outline-errors-hint = { $errors }; el panel de hallazgos los enumera (Revisión → Hallazgos)
outline-empty-entry = (entrada vacía)
status-action-draft = Volver a borrador
status-action-in-review = Enviar a revisión
status-action-changes-requested = Pedir cambios
status-action-approved = Aprobar
section-none-selected = Seleccione una sección en el índice, o añada una con «+ Sección».
section-no-entries = Esta sección aún no tiene entradas.
section-title = Título de la sección
section-approved-by = por { $reviewer }, { $when }
section-suggest-hint = Lo que se escribe en una entrada queda como sugerencia en vez de cambiarla
section-suggest-mode = Modo sugerencia: sus cambios quedan como sugerencias
section-add-entry-hint = Un párrafo nuevo al final de esta sección
entry-not-cited = No citada: { $problem }
entry-hint = Escriba la noticia: de una a cinco frases; se admiten *énfasis* y **negrita**.
entry-name = Entrada { $position }
entry-library = Biblioteca…
entry-library-hint = Citar una fuente que ya está en la biblioteca
entry-comment = Comentar
entry-comment-hint = Comentar la entrada { $position }
entry-more = Más
entry-flag-declaration = Marcar una declaración…
entry-move-to-section = Mover a la sección
chips-no-source = Ninguna fuente citada
chips-missing-source = falta la fuente n.º { $id }
chips-on-this-citation = En esta cita:
chips-hint = Haga clic para abrirla en la biblioteca; clic derecho para copiar su enlace.
mark-state-media = medio estatal
mark-unclassified = sin clasificar
mark-opinion = opinión
mark-outside-period = fuera del período
mark-invalid-url = URL no válida
mark-unverified = sin verificar
mark-duplicate = duplicada
no-title = (sin título)
copy-link = Copiar el enlace
link-copied = Enlace copiado: { $url }
open-in-browser = Abrir en el navegador
show-in-library = Mostrar en la biblioteca
remove-citation = Quitar la cita
remove-citation-of = Quitar la cita de { $outlet }
link-field-name = Añadir una fuente a la entrada { $position }
link-field-hint = Pegue un enlace para citarlo (Ctrl+L)
library-search = Buscar en la biblioteca
library-search-hint = medio, título o URL

## La ventana: la biblioteca de fuentes

library-heading = Biblioteca de fuentes ({ $count })
library-filter = Filtrar
library-all = Todas
library-state-media = Solo medios estatales
library-unclassified = Sin clasificar
library-uncited = Sin citar
library-unverified = Sin verificar
library-add-urls = Añadir fuentes desde URL
library-urls = URL, una por línea o en cualquier parte del texto
library-add-these = Añadir estas fuentes
library-fetch-details = Obtener los datos
library-archive = Archivar
column-outlet = Medio
column-class = Clase
column-title = Título
column-cited = Citas
column-published = Publicada
column-kind = Tipo

## La ventana: Datos del número

details-series = Serie
details-title = Título
details-published = Publicado
details-publisher = Editorial
details-language = Idioma
details-summary = Resumen
details-disclaimer = Descargo de responsabilidad
details-policy = Política de fuentes
details-conflicts = Conflictos de fusión: usted y la otra parte los fijaron de modo distinto
details-theirs = La suya: { $value }
details-mine = La mía: { $value }
details-keep-mine = Conservar la mía
details-take-theirs = Tomar la suya
details-methodology = Nota metodológica
details-methodology-hint = vacía: la redacción por defecto del idioma del número
details-placeholders = Marcadores: { $list }
details-readers-see = Los lectores ven: { $note }
details-canonical-url = URL canónica
details-canonical-url-hint = https://… donde se publica el número (opcional)
details-licence = Licencia
details-licence-hint = p. ej., CC BY 4.0 (opcional)
details-number = Número
details-no-number = 0 = sin número
details-coverage = Período cubierto
details-from = desde
details-to = hasta
details-clear = borrar
details-quotes = Comillas
details-quotes-language = las del idioma: { $example }
details-quotes-hint = Las comillas rectas, los apóstrofos y los guiones que se escriben en el número se convierten en estos en todas las exportaciones.
details-editors = Edición a cargo de
details-editors-hint = nombres, separados por comas

## La ventana: diálogos

button-ok = Aceptar
unsaved-title = Cambios sin guardar
unsaved-question = ¿Guardar antes los cambios de { $file }?
unsaved-dont-save = No guardar
approve-open-title = ¿Aprobar «{ $section }»?
approve-open-text = Esta sección todavía tiene { $open }. Aprobarla dice que está lista para publicarse tal como está.
approve-anyway = Aprobar de todos modos
remove-source-title = ¿Eliminar una fuente citada?
remove-source-text = { $count ->
    [one] { $count } entrada cita esta fuente. Eliminarla quita también esa cita.
   *[other] { $count } entradas citan esta fuente. Eliminarla quita también esas citas.
}
remove-source = Eliminar la fuente
changed-on-disk-title = El archivo cambió en el disco
changed-on-disk-text = Alguien o algo cambió { $file } desde que lo abrió o guardó (otro editor, un git pull). Guardar ahora reemplazaría esos cambios; Fusionar los combina con los suyos.
changed-on-disk-reload = Volver a cargar del disco
changed-on-disk-reload-hint = Se descartan sus cambios sin guardar
changed-on-disk-merge = Fusionar
changed-on-disk-merge-hint = Combinar sus cambios con los suyos; lo que ambos cambiaron de modo distinto se muestra en la entrada para que usted decida
changed-on-disk-overwrite = Sobrescribir
exported-title = Exportado
exported-one = Se escribió { $file }
exported-two = Se escribieron { $file }
    y { $beside }
exported-note = Nota: { $note }.
exported-open-pdf = Abrir el PDF
exported-open-html = Abrir el HTML
recover-title = ¿Recuperar el trabajo sin guardar?
recover-text = { $count ->
    [one] El programa se cerró antes de guardar este trabajo. Se conservó una copia de recuperación:
   *[other] El programa se cerró antes de guardar este trabajo: { $count } copias de recuperación, la más reciente primero.
}
recover-restore = Restaurar
recover-discard = Descartar la copia
recover-restore-named = Restaurar { $name }
recover-discard-named = Descartar { $name }
recover-later = Más tarde
recover-later-hint = Conservar todas las copias; se ofrecerán de nuevo al próximo inicio
consent-title = ¿Obtener los datos de los enlaces que añada?
consent-text = { $count ->
    [one] Añadió un enlace.
   *[other] Añadió { $count } enlaces.
} El programa puede leer la página de cada enlace que añada para completar su título, medio, fecha, autor e idioma, que usted luego revisa.
consent-what = Qué se pide: la página de cada enlace añadido, una vez, cuando lo cita, pega o importa.
consent-where = De dónde: de los propios sitios, en las direcciones que añadió; ningún otro servicio.
consent-not = Qué no se hace: no se guardan ni se envían cookies, y no se envía nada más que la petición (con un agente de usuario que nombra al programa). No se pide nada para los enlaces que ya están en el número.
consent-marked = Los campos completados desde una página quedan marcados como «obtenidos» hasta que los confirme; lo que usted escribió nunca se reemplaza.
consent-change = Puede cambiarlo en cualquier momento: en el menú Fuentes, «Obtener los datos de los enlaces pegados», o en Editar, Preferencias.
consent-yes = Sí, obtener los datos
consent-no = No, no obtenerlos
consent-no-hint = No se pide nada; Obtener los datos sigue leyendo una fuente cuando usted lo pide
release-title = Actualizar los State Media Profiles
release-text = { $origin }: { $after } medios (ahora { $before }). La versión { $summary }.
release-unrated = { $count ->
    [one] Se omite 1 fila sin modelo.
   *[other] Se omiten { $count } filas sin modelo.
}
release-note = Los medios revisados por la redacción y los suyos siguen decidiendo los dominios que enumeran. Todos los números se reclasifican con la versión a la vez.
release-apply = Aplicar
about-version = Versión { $version }
about-reference = Datos de referencia: { $release }, bajo los medios revisados de esta versión.
about-bundled = Incluye, con sus licencias:
about-item = Para { $what }: { $licence }.

## Lo que sigue abierto en una sección

open-comments = { $count ->
    [one] { $count } comentario sin resolver
   *[other] { $count } comentarios sin resolver
}
open-suggestions = { $count ->
    [one] { $count } sugerencia abierta
   *[other] { $count } sugerencias abiertas
}
open-flags = { $count ->
    [one] { $count } declaración marcada
   *[other] { $count } declaraciones marcadas
}
list-and = { $rest } y { $last }

## La ventana: el diálogo de exportación

export-title-html = Exportar HTML y Markdown
export-title-pdf = Exportar PDF
export-share = Medios estatales: { $share } de las { $metric } (límite { $limit }).
export-compliant = El número cumple la política. { $share }
export-not-compliant = El número no cumple la política: { $errors }. { $share }
export-not-approved = Sin aprobar: { $sections }.
export-draft = Vista previa en borrador, no para publicar (marcada como borrador)
export-sources = Fuentes
export-sources-per-section = tras cada sección
export-sources-at-end = al final
export-page-breaks = Empezar cada sección en una página nueva (impresión, PDF)
export-compliance-summary = Incluir el resumen de cumplimiento (copia del revisor)
export-archived-links = Enlazar junto a cada fuente su copia archivada (si la tiene)
export-paper = Papel
export-us-letter = Carta (EE. UU.)
export-contents = Enumerar las secciones tras la cabecera («En este número»)
export-needs-override = Publicar ahora exige una excepción: su motivo, su nombre y la hora quedan registrados en el número.
export-override-reason = Motivo para publicar de todos modos
export-publish-with-override = Publicar con excepción…
export-draft-button = Exportar el borrador…
export-button = Exportar…

## La ventana: la política de fuentes en Datos del número

policy-limit = Límite de medios estatales
policy-measured-by = Medido por
policy-counts = Cuentan como medios estatales
policy-countries = Países incluidos
policy-opinion = Artículos de opinión
policy-opinion-excluded = excluidos (una fuente de opinión es un error)
policy-verification = Verificación de fuentes
policy-not-required = no exigida
policy-required-warning = exigida (advertencia)
policy-required-error = exigida (error)
policy-outside-period = Fechas fuera del período
policy-unreviewed = Medios sin revisar
policy-error-blocks = error: impide publicar
policy-unreviewed-hint = Las citas de un medio que ningún registro conoce cuentan como medios no estatales hasta que alguien lo clasifique.
policy-edition = Edición
policy-special-edition = Edición especial: supera el límite a propósito
policy-special-edition-hint = Con un motivo, una proporción por encima del límite queda registrada en vez de ser un error, y los lectores ven el aviso de la edición especial.
policy-why = Por qué supera el límite
policy-why-hint = para los revisores y el registro
policy-no-reason = Sin motivo, una proporción por encima del límite sigue siendo un error.
policy-disclaimer = Aviso a los lectores
policy-readers-see = Los lectores ven, tras la nota metodológica: { $notice }
policy-within-limit = La proporción está dentro del límite: los lectores no ven el aviso de edición especial.
policy-add-country = Añadir un país ({ $count } más)
policy-choose = elegir…

## La ventana: marcas y comentarios en las entradas, Buscar

review-flagged = Declaración marcada: { $note }
review-flagged-by = Declaración marcada ({ $by }): { $note }
review-clear-flag = Quitar la marca…
review-flag-resolved = ¿Cómo se resolvió la marca de la entrada { $position }?
review-flag-why = ¿Por qué marcar la entrada { $position }?
review-clear-the-flag = Quitar la marca
review-flag = Marcar
review-comments-resolved = Comentarios de la entrada { $position } ({ $count }, todos resueltos)
review-comments-open = Comentarios de la entrada { $position } ({ $open } abiertos de { $count })
review-new-comment = Nuevo comentario en la entrada { $position }
review-add-comment = Añadir el comentario
review-resolved = resuelto
review-reopen = Reabrir
review-resolve = Resolver
review-reply-to = Responder al hilo { $thread }
review-reply = Responder
find-find = Buscar
find-replace-with = Reemplazar por
find-match-case = Distinguir mayúsculas
find-no-matches = sin coincidencias
find-matches = { $current } de { $count } coincidencias
find-previous = Anterior
find-previous-hint = Coincidencia anterior
find-next = Siguiente
find-next-hint = Coincidencia siguiente (Intro)
find-replace = Reemplazar
find-replace-all = Reemplazar todo
find-close-hint = Cerrar (Escape)

## La ventana: sugerencias, conflictos de fusión e idiomas de las entradas

suggestion-draft = Su sugerencia (aún sin registrar)
suggestion-suggest = Sugerir
suggestion-suggest-hint = Registrar este texto como su sugerencia; la entrada queda como está
suggestion-discard = Descartar la sugerencia
suggestion-by = Sugerencia en la entrada { $position } de { $author }, { $when }
suggestion-accept = Aceptar
suggestion-accept-hint = El texto sugerido pasa a ser el de la entrada
suggestion-reject = Rechazar
suggestion-reject-hint = La entrada queda como está; la sugerencia se conserva en el registro
conflict-other-copy = la otra copia
conflict-you-both-edited = Usted y la otra parte cambiaron las mismas palabras de modo distinto.
conflict-you-deleted = Usted borró esta entrada; la otra parte la editó.
conflict-they-deleted = La otra parte borró esta entrada; usted la editó.
conflict-in-entry = Conflicto de fusión en la entrada { $position }: { $what }
conflict-theirs = La suya ({ $by })
conflict-deleted = (borrada)
conflict-mine = La mía
conflict-keep-mine-hint = Su texto se queda; el de la otra parte se descarta
conflict-take-theirs-hint = El texto de la otra parte reemplaza al suyo
conflict-keep-both = Conservar ambos textos
conflict-keep-both-hint = El de la otra parte va tras el suyo en la entrada: combínelos a mano
entry-language-as-issue = Como el número ({ $language })
entry-language-hint = El idioma de la entrada elige el diccionario con el que se revisa su ortografía
entry-language-badge = Escrita en { $language }: revisada con su diccionario

## La ventana: el recorrido de la primera vez

tour-outline-title = El índice
tour-outline-text = Las secciones del número y sus entradas, cada sección con su estado y su propia proporción de medios estatales. Haga clic en una sección para abrirla; «+ Sección» añade una.
tour-page-title = La sección
tour-page-text = La sección abierta como una página: cada entrada es un párrafo, con sus citas como etiquetas debajo. Haga clic en un párrafo para escribir; sus herramientas (el campo del enlace, Biblioteca…, Comentar, Más) aparecen a su lado.
tour-library-title = La biblioteca de fuentes
tour-library-text = Todas las fuentes del número, con su medio y cómo las cuenta la política. Haga clic en una fuente para editar su título, fechas y tipo; un clic en una etiqueta trae su fuente aquí.
tour-meter-title = El medidor
tour-meter-text = La proporción de medios estatales entre las fuentes del número, frente al límite de la política, { $limit }. Sigue cada cambio mientras escribe; pase el puntero por encima para ver las otras medidas.
tour-paste-title = Pruébelo: pegue un enlace
tour-paste-text = Copie la dirección de un artículo en su navegador. Haga clic en una entrada, pulse Ctrl+L, luego Ctrl+V e Intro: la fuente queda citada bajo la entrada y clasificada al instante.
tour-share-title = Pruébelo: mire la proporción
tour-share-text = Cite el enlace de un medio estatal (una dirección de rt.com o telesurtv.net) y vea moverse el medidor y la proporción de la sección. Ctrl+Z lo deshace.
tour-export-title = Pruébelo: exporte
tour-export-text = Exportar → Exportar HTML y Markdown… escribe la página para los lectores; Exportar → Exportar PDF… compone el número. Ayuda → Recorrido por la ventana muestra de nuevo este recorrido, y Ayuda → Guía del usuario (F1) tiene el resto.
tour-progress = Recorrido · { $step } de { $count }
tour-close = Cerrar el recorrido
tour-skip = Saltar el recorrido
tour-done = Hecho
tour-back = Atrás

## La ventana: archivos, avisos y mensajes

untitled-new = Sin título
untitled-sample = Número de muestra (incluido)
untitled-imported-draft = Borrador importado
repairs-title = El archivo necesitó reparaciones
repairs-text = { $file }:
    • { $repairs }
    Guarde para conservar las reparaciones.
outlets-file-unreadable = No se pudo leer su archivo de medios
files-no-desktop-dialog = El escritorio no puede mostrar un diálogo de archivos ({ $why }): se usa el selector propio.
files-open-issue = Abrir un número
files-cannot-open = No se puede abrir el número
files-cannot-merge = No se puede fusionar
files-save-issue = Guardar el número
files-not-saved = No se guardó
files-not-saved-text = { $error }
    Sus cambios siguen abiertos aquí y en la copia de recuperación; guárdelos en otro lugar con Guardar como.
files-export-html = Exportar HTML (el Markdown se escribe al lado)
files-cannot-open-page = No se puede abrir la página
files-file-is-at = { $error }
    El archivo está en { $file }.
files-no-pdf = No se escribió ningún PDF
files-nothing-written = { $error }.
    No se escribió nada en { $file }.
files-export-failed = Falló la exportación
files-export-review-report = Exportar el informe del revisor
help-guide-not-written = No se pudo escribir la guía del usuario
help-cannot-open-guide = No se puede abrir la guía del usuario
help-guide-is-at = { $error }
    La guía está en { $file }.
notice-sent-back = { $count ->
    [one] { $sections } estaba aprobada; este cambio la devolvió a revisión.
   *[other] { $sections } estaban aprobadas; este cambio las devolvió a revisión.
}
notice-no-entry-to-cite = No hay ninguna entrada en la que citar un enlace: añada primero una entrada
add-word-failed = No se añadió la palabra
add-word-no-config = No hay carpeta de configuración donde guardar la lista de palabras (no se encontró la carpeta personal). «Ignorar en este número» acepta la palabra hasta que se cierre el número.
add-word-done = «{ $word }» añadida a { $file }

## La línea de órdenes: importar y exportar

gate-errors = { $count ->
    [one] { $count } hallazgo de error
   *[other] { $count } hallazgos de error
}
gate-not-approved = sin aprobar: { $sections }
gate-not-approved-many = sin aprobar: { $count } secciones ({ $sections } y { $more } más)
cli-export-strict = { $file }: { $gate }; no se exportó nada (--strict)
cli-export-not-ready = { $file }: no está listo para publicarse: { $gate }; no se exportó nada.
    Corríjalo (`monitor-workbench check { $file }`), exporte una vista previa con --draft o publique de todos modos con --override "MOTIVO" (queda registrado en el número).
cli-export-overridden = advertencia: { $file }: publicado con una excepción ({ $gate }), registrada en el número
cli-export-draft = nota: { $file }: exportación en borrador; { $gate }
cli-export-archived = { $file }: las copias archivadas quedan registradas en el número
cli-note = nota: { $file }: { $note }
cli-export-failed = { $file }: { $error }; no se exportó nada
cli-warning = { $file }: advertencia: { $warning }
cli-import-exists = { $file }: ya existe; use --force para reemplazarlo (el archivo anterior se conserva como { $file }.bak)
cli-imported = Se importaron { $sections ->
        [one] { $sections } sección
       *[other] { $sections } secciones
    }, { $entries ->
        [one] { $entries } entrada
       *[other] { $entries } entradas
    } y { $sources ->
        [one] { $sources } fuente
       *[other] { $sources } fuentes
    } en { $file }
cli-output-is-input = { $output }: es el número que se está leyendo ({ $input }); una salida nunca reemplaza a su entrada: dele otro nombre (un archivo de número se nombra mejor .ron)

## El informe del revisor

review-title = Informe del revisor — { $heading }
review-kind = Informe del revisor — no para publicar
review-policy = Política: medios estatales ({ $counted }) de { $countries }, como máximo { $limit } de las { $metric }.
review-special-over = Edición especial: supera el límite a propósito; motivo: { $reason }
review-special-over-no-reason = Edición especial sin motivo: la proporción por encima del límite sigue siendo un error hasta que Datos del número dé uno.
review-special-within = Edición especial, aunque dentro del límite (los lectores no ven el aviso de edición especial); motivo: { $reason }
review-special-within-no-reason = Edición especial sin motivo (la proporción está dentro del límite).
review-counts = { $state } de { $total }
review-share = Proporción de medios estatales
review-metric = Medida
review-count = Recuento
review-share-column = Proporción
review-policy-column = Política
review-unreviewed = { $note }: medios que ningún registro conoce, contados como no estatales hasta que alguien los clasifique.
review-counted-sources = Fuentes contadas como medios estatales ({ $count })
review-none = Ninguna.
review-model = Modelo
review-decided-by = Decidido por
review-cited-by = Citada en
review-source = Fuente
review-marked-by-hand = marcada a mano: { $reason }
review-no-designations = Ninguno de los medios citados figura en las designaciones que registra el programa (suspensiones de emisión de la UE, designaciones de misiones extranjeras de EE. UU.).
review-designated-by = Designado por
review-sections = Secciones
review-sign-off = Aprobación
review-citations = Citas
review-entries = Entradas
review-words = Palabras
review-findings = Hallazgos ({ $count })
review-no-findings = Sin hallazgos.
review-severity = Gravedad
review-where = Dónde
review-finding = Hallazgo
review-flagged-declarations = Declaraciones marcadas ({ $count })
review-open-comments = Comentarios abiertos ({ $count })
review-open-suggestions = Sugerencias abiertas ({ $count })
review-now = Ahora: { $text }
review-suggested = Sugerido: { $text }
review-overrides = Excepciones de exportación ({ $count })
review-no-overrides = Ninguna: toda exportación para publicar pasó el control.

## La ventana: la fuente seleccionada en la biblioteca

source-editor-heading = Fuente n.º { $id }
source-editor-delete = Eliminar la fuente…
source-editor-counts-as-state-media = cuenta como medio estatal
source-editor-not-state-media = no es medio estatal
source-editor-url = URL
source-editor-outlet-hint = { $outlet } (según el registro)
source-editor-author = Autor
source-editor-accessed = Fecha de consulta
source-editor-notes = Notas
source-editor-cited-by = { $count ->
    [one] Citada en { $count } entrada
   *[other] Citada en { $count } entradas
}
source-editor-correct-outlet = Corregir este medio…
source-editor-verified = Verificada
source-editor-checked-against-article = cotejada con el artículo
source-editor-state-media = Medio estatal
source-editor-state-media-auto = automático (registro)
source-editor-state-media-yes = sí
source-editor-state-media-no = no
source-editor-reason = motivo
source-editor-reason-hint = por qué

## La ventana: lo que la web dijo de una fuente

capture-field-title = título
capture-field-outlet = medio
capture-field-author = autor
capture-field-published = fecha de publicación
capture-field-language = idioma
capture-progress = { $what }: { $done } de { $total }
capture-cancelling = Cancelando: las peticiones en curso terminan y no se inicia ninguna nueva
capture-cancel-hint = No iniciar más peticiones; las que están en curso terminan y se conservan
capture-fetched-tag = obtenido
capture-fetched-hint = Completado desde la página; revíselo y confírmelo
capture-not-fetched-tag = sin obtener
capture-not-fetched-hint = No se obtuvieron los datos: { $reason }. Seleccione la fuente para volver a intentarlo, o escriba sus datos a mano.
capture-fetched-table-hint = Completado desde la página; revíselo y confírmelo ({ $fields }): seleccione la fuente y pulse Confirmar.
capture-fetch-hint = Leer una vez la página de este enlace para completar los campos vacíos (título, medio, fecha, autor, idioma); lo que usted escribió se mantiene
capture-reading-page = Leyendo la página…
capture-details-fetched = Datos obtenidos.
capture-details-not-fetched = No se obtuvieron los datos: { $reason }. Compruebe que la dirección se abre en un navegador y vuelva a intentarlo, o escriba los datos a mano.
capture-filled-from-page = Completado desde la página: { $fields }. Revíselo y confírmelo (escribir en un campo también lo confirma).
capture-confirm = Confirmar
capture-confirm-hint = Los campos obtenidos están bien como están
capture-archived-copy = Copia archivada:
capture-archived-taken = tomada el { $when }
capture-archived-none = ninguna
capture-archive-hint = Pedir al Internet Archive su copia de esta página tomada después de la publicación, o una copia nueva
capture-asking-archive = Consultando el Internet Archive…
capture-not-archived = No se archivó: { $reason }. El Internet Archive suele estar lento u ocupado: vuelva a intentarlo más tarde.
capture-link = Enlace:
capture-link-checking = comprobando…
capture-link-not-checked = sin comprobar aún (menú Revisión, Comprobar los enlaces)
capture-link-alive = activo (el sitio respondió { $status }), comprobado el { $when }
capture-link-dead = roto: { $reason }, comprobado el { $when }. Busque la nueva dirección del artículo, o cite una copia archivada.
capture-link-moved = redirige a { $to }{ $answer }, comprobado el { $when }. Compruebe que sigue siendo el artículo que cita, y quién lo publica ahora.
capture-link-moved-no-answer = { " " }(que no respondió)
capture-link-moved-answered = { " " }(respondió { $status })

## La ventana: obtener datos, archivar y comprobar enlaces

capture-fetch-added-on = A partir de ahora se obtienen los datos de los enlaces que añada.
capture-fetch-added-off = Ya no se obtienen los datos de los enlaces que añada; Obtener los datos sigue leyendo una fuente cuando usted lo pide.
capture-consent-refused = No se obtuvo nada. En el menú Fuentes, «Obtener los datos de los enlaces pegados» lo activa; Obtener los datos lee una fuente cuando usted lo pide.
capture-nothing-to-fetch = La biblioteca no tiene fuentes de las que obtener datos.
capture-archiving-already = Ya se están pidiendo las copias archivadas.
capture-nothing-to-archive = Todas las fuentes citadas tienen copia archivada.
capture-checking-already = Ya se están comprobando los enlaces.
capture-nothing-to-check = Ninguna entrada cita todavía una fuente: no hay enlaces que comprobar.
capture-nothing-requested = No se pidió nada
capture-network-settings = No se puede usar la configuración de red: { $error }. Revise las variables del proxy (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY) y vuelva a iniciar el programa.
capture-could-not-start = No se pudo iniciar el trabajo ({ $error }); cierre otros programas y vuelva a intentarlo.
capture-archive-existing = Se conserva la copia del Internet Archive tomada después de la publicación.
capture-archive-saved = El Internet Archive hizo una copia nueva.
capture-links-checked = Enlaces comprobados: { $done } de { $total }
capture-links-checked-cancelled = Comprobación de enlaces cancelada tras { $done } de { $total }
capture-links-checked-result = { $progress }; resultados registrados: { $recorded } (rotos: { $dead }, redirigidos: { $moved }). Cada fuente muestra su resultado; el panel Hallazgos enumera los problemas.
capture-fetch-done = { $summary } Los campos completados desde las páginas quedan marcados como «obtenido» hasta que los confirme.
capture-archived-failed = ; fallidas: { $count } (cada fuente dice por qué)
capture-archived-cancelled = Petición de copias archivadas cancelada tras { $done } de { $total }
capture-archived-progress = Copias archivadas: { $done } de { $total }
capture-archived-result = { $progress }; registradas: { $recorded }{ $failed }. Todos los formatos para lectores las enlazan junto a los originales.
capture-checking-links = Comprobando los enlaces
capture-archiving = Archivando
capture-fetching-details = Obteniendo los datos
capture-fetch-failed = { $count ->
    [one] ; no se pudo leer { $count } (cada fuente dice por qué)
   *[other] ; no se pudieron leer { $count } (cada fuente dice por qué)
}
capture-fetch-cancelled = { $total ->
    [one] Obtención de datos cancelada tras { $done } de { $total } enlace: datos leídos de { $read }{ $failed }.
   *[other] Obtención de datos cancelada tras { $done } de { $total } enlaces: datos leídos de { $read }{ $failed }.
}
capture-fetched-summary = { $total ->
    [one] Datos obtenidos de { $read } de { $total } enlace{ $failed }.
   *[other] Datos obtenidos de { $read } de { $total } enlaces{ $failed }.
}

## La ventana: fuentes de fuera (pegadas, de Zotero)

sources-none-added = No se añadió ninguna fuente: { $error }.
sources-added = { $added ->
    [one] Se añadió { $added } fuente de { $from }{ $merged }.
   *[other] Se añadieron { $added } fuentes de { $from }{ $merged }.
}
sources-from-pasted = { $count ->
    [one] { $count } enlace pegado
   *[other] { $count } enlaces pegados
}
sources-from-zotero = { $count ->
    [one] { $count } elemento de Zotero
   *[other] { $count } elementos de Zotero
}
sources-merged = { $count ->
    [one] ; { $count } ya estaba en la biblioteca o repetido y se fusionó
   *[other] ; { $count } ya estaban en la biblioteca o repetidos y se fusionaron
}
sources-import-title = Importar fuentes de Zotero (CSL JSON)
sources-import-notes = Notas de la importación de Zotero
sources-not-imported = No se importaron las fuentes
sources-export-title = Exportar la biblioteca como CSL JSON
sources-exported = { $count ->
    [one] Se exportó { $count } fuente a { $file } para Zotero.
   *[other] Se exportaron { $count } fuentes a { $file } para Zotero.
}
sources-export-failed = Falló la exportación
sources-cannot-read = { $file }: no se puede leer el archivo: { $error }
sources-not-utf8 = { $file }:{ $at }: el archivo no es texto UTF-8

## La ventana: archivos que se sueltan en ella

drops-answer-dialog-first = Responda primero al diálogo abierto y luego vuelva a soltar el archivo
drops-not-opened = No se abrió { $file }: suelte un número (.ron), un borrador en Markdown (.md), el CSL JSON de Zotero (.json) o un archivo de medios (.csv)
drops-cannot-import = No se puede importar el borrador
drops-imported-with-notes = El borrador se importó con notas
drops-imported = Se importó { $file }: guárdelo como archivo de número

## La ventana: Historial

history-cannot-be-read = no se puede leer: { $error }
history-first-version = primera versión
history-changes-unknown = cambios desconocidos
history-saved-here = guardada aquí
history-no-versions = Aún no hay versiones: cada vez que guarda se conserva una, y un archivo bajo git muestra sus commits.
history-select-version = Seleccione una versión para compararla con el número abierto aquí.
history-restore-issue = Restaurar todo el número
history-same = Igual que el número abierto aquí.
history-restore-entry = Restaurar esta entrada
history-restore-section = Restaurar esta sección
history-changed = Cambiada: { $place }
history-same-text = Su texto es el mismo; cambiaron sus fuentes, comentarios o marcas.
history-removed = Eliminada desde entonces: { $place }
history-added = Añadida desde entonces: { $place }
history-section-added = Sección añadida desde entonces: { $title }
history-section-removed = Sección eliminada desde entonces: { $title }
history-source-added = Fuente añadida desde entonces: { $title }
history-source-removed = Fuente eliminada desde entonces: { $title }

## La ventana: el selector de archivos propio

chooser-parent-folder = Carpeta superior
chooser-home-folder = Carpeta personal
chooser-refresh = Actualizar
chooser-in-folder = En { $folder }
chooser-empty = Aquí no hay carpetas ni archivos que coincidan.
chooser-folder-name = Nombre de la carpeta
chooser-folder-name-hint = vacío para la carpeta mostrada, o una ruta como ~/monitor
chooser-file-name = Nombre del archivo
chooser-file-name-hint = un nombre, o una ruta como ~/issues/vric-14.ron
chooser-shows = Se muestran los archivos de tipo { $kind } ({ $patterns })
chooser-show-all = Mostrar todos los archivos
chooser-open = Abrir
chooser-choose-folder = Elegir esta carpeta
chooser-already-exists = { $file } ya existe.
chooser-replace-question = ¿Reemplazarlo por lo que está guardando ahora?
chooser-replace = Reemplazar
chooser-keep = Conservarlo
chooser-pick-a-file = Elija un archivo de la lista o escriba su nombre.
chooser-type-a-name = Escriba un nombre de archivo.
chooser-does-not-exist = { $file } no existe.
chooser-folder-does-not-exist = La carpeta { $folder } no existe.
chooser-not-a-folder = { $file } no es una carpeta. Elija una de la lista, o borre el nombre para elegir la carpeta mostrada.
chooser-cannot-read = No se puede leer { $folder }: { $error }

## La ventana: el editor de medios

outlets-title = Medios
outlets-search = Buscar
outlets-search-hint = nombre, país, dominio, clasificación o código (CaPu)
outlets-add = Añadir un medio…
outlets-import-csv = Importar CSV…
outlets-export-csv = Exportar CSV…
outlets-update-reference = Actualizar desde un archivo…
outlets-update-reference-hint = Leer una versión más reciente de los State Media Profiles (State_Media_Matrix.csv de la ASD) y ver qué cambia antes de usarla
outlets-yours-win = Sus altas y correcciones se guardan en su propio archivo de medios y prevalecen sobre la lista integrada.
outlets-count = { $count ->
    [one] 1 medio
   *[other] { $count } medios
}
outlets-status-hidden = oculto
outlets-status-reference = State Media Profiles
outlets-status-curated = revisado por la redacción
outlets-status-corrected = corregido
outlets-status-yours = suyo
outlets-edit = Editar
outlets-edit-named = Editar { $outlet }
outlets-show = Mostrar
outlets-show-named = Mostrar { $outlet }
outlets-hide = Ocultar
outlets-hide-named = Ocultar { $outlet }
outlets-remove = Quitar
outlets-remove-named = Quitar { $outlet }
outlets-correct = Corregir el medio
outlets-classify = Clasificar el medio
outlets-name = Nombre del medio
outlets-name-hint = p. ej., Diario VEA
outlets-reader-name = Nombre que ven los lectores
outlets-reader-name-hint = si no es el nombre del medio, p. ej., RT
outlets-country = País
outlets-country-hint = p. ej., Venezuela
outlets-domains = Dominios
outlets-classification = Clasificación
outlets-languages = Idiomas
outlets-evidence = Pruebas
outlets-evidence-hint = Por qué esta clasificación: propiedad, financiación, un listado
outlets-save = Guardar el medio
outlets-no-name = Dé un nombre al medio.
outlets-no-domain = Indique al menos un dominio, p. ej., telesurtv.net.
outlets-not-a-domain = «{ $domain }» no es un nombre de dominio.
outlets-import-title = Importar medios desde CSV
outlets-update-reference-title = Actualizar los State Media Profiles desde un archivo
outlets-export-title = Exportar sus medios como CSV
outlets-updated = { $count ->
    [one] Medios actualizados: 1 fuente reclasificada.
   *[other] Medios actualizados: { $count } fuentes reclasificadas.
}
outlets-not-saved = Sus medios no se guardaron
outlets-not-saved-text = El cambio se aplica hasta que se cierre el programa.
outlets-none-in-file = { $file } no contiene ningún medio.
outlets-not-imported = No se importaron los medios
outlets-not-a-release = No es una versión de los State Media Profiles
outlets-registry-unchanged = El registro no ha cambiado.
outlets-release-applied = { $count ->
    [one] Ahora se clasifica con la versión de { $origin }: 1 fuente reclasificada.
   *[other] Ahora se clasifica con la versión de { $origin }: { $count } fuentes reclasificadas.
}
outlets-release-not-applied = No se aplicó la versión
outlets-exported = { $count ->
    [one] Se exportó 1 de sus medios a { $file }.
   *[other] Se exportaron { $count } de sus medios a { $file }.
}
outlets-export-failed = No se pudo exportar

## La ventana: la ortografía y la lista de palabras de la publicación

spelling-not-checked = La ortografía no se revisa en el idioma del número: { $problem }.
word-list-this-publication = esta publicación
word-list-heading = { $count ->
    [one] Lista de palabras de { $series } (1 palabra)
   *[other] Lista de palabras de { $series } ({ $count } palabras)
}
word-list-no-folder = No se encontró ninguna carpeta de configuración donde guardar una lista de palabras.
word-list-remove = Quitar
word-list-remove-hint = Quitar «{ $word }» de la lista de palabras
word-list-new-word = Palabra nueva
word-list-add = Añadir
word-list-import = Importar…
word-list-import-hint = Añadir a esta lista las palabras de un archivo con una palabra por línea
word-list-export = Exportar…
word-list-export-hint = Guardar esta lista en un archivo con una palabra por línea
word-list-import-title = Importar una lista de palabras
word-list-export-title = Exportar la lista de palabras
word-list-imported = { $count ->
    [one] Se importó 1 palabra nueva de { $file }.
   *[other] Se importaron { $count } palabras nuevas de { $file }.
}
word-list-exported = { $count ->
    [one] Se exportó 1 palabra a { $file }.
   *[other] Se exportaron { $count } palabras a { $file }.
}
spelling-quoted-word = «{ $word }»
spelling-no-suggestions = Sin sugerencias
spelling-add-to-dictionary = Añadir al diccionario
spelling-add-hint = Aceptar esta palabra de ahora en adelante: se guarda en la lista de palabras de la publicación, { $path }
spelling-add-hint-no-folder = Aceptar esta palabra de ahora en adelante: se guarda en la lista de palabras de la publicación (no se encontró ninguna carpeta de configuración)
spelling-ignore = Ignorar en este número
spelling-ignore-hint = Aceptar esta palabra en este número: se guarda en el archivo del número
spelling-unknown-words = { $count ->
    [0] No hay palabras desconocidas.
    [one] 1 palabra desconocida
   *[other] { $count } palabras desconocidas
}
spelling-entries-not-checked = Las entradas en { $language } no se revisan: { $problem }.
spelling-word-places = { $count ->
    [one] { $word } (1 lugar)
   *[other] { $word } ({ $count } lugares)
}
spelling-perhaps = Quizá: { $words }
spelling-accept-other-languages = Aceptar palabras de otros idiomas
spelling-accept-other-languages-hint = Una palabra correcta en inglés, español o portugués (los instalados) no se subraya, sea cual sea el idioma del número.
spelling-accept-capitalised = Aceptar palabras con mayúscula inicial dentro de una frase
spelling-accept-capitalised-hint = Una palabra con mayúscula que no inicia una frase se toma por un nombre propio.
spelling-languages = Idiomas
spelling-installed = instalado ({ $dictionary })
spelling-install-hint = instálelo con: apt install { $package }

## La ventana: la hemeroteca

archive-title = Hemeroteca
archive-tab-search = Búsqueda
archive-tab-trends = Tendencias
archive-none-open = No hay ninguna hemeroteca abierta. Una hemeroteca es una carpeta de archivos de números, como el repositorio del equipo: todos los números que hay en ella y en sus subcarpetas se pueden buscar, se comparan con el número que está escribiendo y se representan en gráficos.
archive-reading = Leyendo la hemeroteca de { $folder }… Mientras tanto, puede seguir usando la ventana.
archive-unreadable = No se pudo leer la hemeroteca de { $folder }: { $reason }
archive-unreadable-hint = Compruebe que la carpeta existe y se puede leer, o elija otra.
archive-open-another = Abrir otra hemeroteca…
archive-report = Informe de la hemeroteca…
archive-close = Cerrar la hemeroteca
archive-close-hint = Dejar de comparar con esta carpeta; no se abrirá en el próximo inicio.
archive-summary = { $count ->
    [one] 1 número en { $folder }
   *[other] { $count } números en { $folder }
}
archive-updating = actualizando…
archive-empty = No se encontró ningún archivo de número (.ron) en esta carpeta ni en sus subcarpetas. Guarde allí los números o abra la carpeta que los contiene.
archive-skipped = { $count ->
    [one] 1 archivo no se pudo leer y queda fuera
   *[other] { $count } archivos no se pudieron leer y quedan fuera
}
archive-skipped-hint = Abra un archivo para ver dónde está dañado; cuando lo corrija, se volverá a leer.
archive-search = Buscar en la hemeroteca
archive-search-hint = palabras de una entrada o una sección, o el título, el medio o la dirección de una fuente
archive-search-help = Escriba para buscar en todos los números: las palabras coinciden en cualquiera de sus formas (informe, informes; report, reported) y sin tildes.
archive-no-match = Nada en la hemeroteca coincide con «{ $query }».
archive-best-matches = Las { $limit } mejores coincidencias, de mejor a peor
archive-matches = { $count ->
    [one] 1 coincidencia
   *[other] { $count } coincidencias, de mejor a peor
}
archive-open-hit = Abrir este número aquí
archive-place-entry = una entrada
archive-place-section-named = sección «{ $section }»
archive-place-section = una sección
archive-place-source = una fuente de la biblioteca
archive-open-number = Abrir el n.º { $number }
archive-open-named = Abrir { $issue }
archive-closed = La hemeroteca está cerrada; ningún número se compara con ella.
archive-not-watched = No se siguen los cambios de la carpeta ({ $reason }): vuelva a abrir la hemeroteca para verlos.
archive-unreadable-choose = No se pudo leer la hemeroteca de { $folder }: { $reason }. Elija otra carpeta con Archivo > Abrir la hemeroteca…
archive-opened = { $count ->
    [one] Hemeroteca abierta: 1 número en { $folder }, comparado con el número que está escribiendo (Ver > Hemeroteca: búsqueda y tendencias).
   *[other] Hemeroteca abierta: { $count } números en { $folder }, comparados con el número que está escribiendo (Ver > Hemeroteca: búsqueda y tendencias).
}
archive-thread-failed = el programa no pudo empezar a leerla ({ $error })
archive-open-title = Abrir la hemeroteca
archive-report-title = Guardar el informe de la hemeroteca
archive-no-archive = No hay ninguna hemeroteca abierta
archive-no-archive-text = Primero abra una carpeta de archivos de números con Archivo > Abrir la hemeroteca…
archive-written = Se guardó en { $file }.
archive-not-written = No se guardó
archive-not-written-text = Elija otra carpeta o libere espacio, y vuelva a intentarlo.

## La ventana: las tendencias de la hemeroteca

plots-title-shares = Proporción de medios estatales por número, frente al límite
plots-title-classes = Citas por clasificación
plots-title-sections = Entradas por sección
plots-title-opinion-unclassified = Artículos de opinión y fuentes sin clasificar
plots-unit-share = proporción (%)
plots-unit-count = cantidad
plots-by-metric = por { $metric }
plots-limit = límite
plots-other-sections = otras secciones
plots-opinion-citations = citas de opinión
plots-unclassified-sources = fuentes sin clasificar
plots-issue-number = n.º { $number }
plots-none = Aún no hay números que representar.
plots-help = Un punto por número, en el orden de la serie. Pase el puntero sobre un punto para ver de qué número se trata; haga clic en él para abrirlo.
plots-accessible-name = { $count ->
    [one] { $title }: un gráfico de 1 número
   *[other] { $title }: un gráfico de { $count } números
}
plots-export-data = Exportar los datos (CSV)
plots-export-data-named = Exportar los datos (CSV): { $plot }
plots-save-png = Guardar como PNG
plots-save-png-named = Guardar como PNG: { $plot }
plots-export-data-title = Exportar los datos del gráfico (CSV)
plots-save-png-title = Guardar el gráfico como PNG
plots-not-on-screen = el gráfico no estaba en pantalla: muéstrelo en Hemeroteca > Tendencias y vuelva a guardarlo
plots-image-failed = no se pudo crear la imagen ({ $error })
plots-no-image = No se guardó ninguna imagen
plots-no-screenshot = La ventana no pudo capturarse a sí misma aquí. Exporte en su lugar los datos del gráfico (CSV) o haga una captura de pantalla con la herramienta de su escritorio.
plots-nothing-written = No se guardó nada en { $file }: { $reason }.

## La ventana: los campos de fecha

dates-hint = dd/mm/aaaa
dates-type-hint = Escriba una fecha: 2022-02-13, 13 feb 2022 o 13/02/2022 (día/mes/año)
dates-clear-hint = Borrar la fecha
dates-month-not-allowed = «{ $typed }» es un mes: escriba también el día, como en { $example }
dates-needed = Aquí hace falta una fecha.
dates-calendar = Elegir en un calendario

## Tipos de fuente y los modelos del State Media Monitor

kind-news = noticia
kind-opinion = opinión
kind-analysis = análisis
kind-official-statement = declaración oficial
kind-press-release = comunicado de prensa
kind-wire = agencia
kind-social-media = redes sociales
kind-other = otro
model-state-controlled = medios controlados por el Estado
model-captured-public = medios públicos capturados / gestionados por el Estado
model-captured-private = medios privados capturados
model-independent-funded-managed = medios independientes financiados y gestionados por el Estado
model-independent-funded = medios independientes financiados por el Estado
model-independent-managed = medios independientes gestionados por el Estado
model-independent-public = medios públicos independientes
model-government-official = un sitio oficial de un gobierno
model-independent = medios independientes
model-explained = { $code }, { $model }: financiación estatal directa: { $funding }; control estatal de la gobernanza y la propiedad: { $governance }; control editorial del Estado: { $editorial }
answer-yes = sí
answer-no = no
answer-either = sí o no

## La línea de órdenes: obtener datos, comprobar enlaces, archivar

capture-summary-failed = no se obtuvo: { $url }: { $error }
capture-summary-fetched = { $total ->
    [one] Se obtuvieron los datos de { $filled } de { $total } fuente.
   *[other] Se obtuvieron los datos de { $filled } de { $total } fuentes.
}
capture-summary-fetched-failed = { $total ->
    [one] Se obtuvieron los datos de { $filled } de { $total } fuente; sin obtener: { $failed } (escriba sus datos a mano):
   *[other] Se obtuvieron los datos de { $filled } de { $total } fuentes; sin obtener: { $failed } (escriba sus datos a mano):
}
capture-summary-not-a-page = la dirección devuelve { $kind }, no una página web; escriba sus datos a mano
capture-summary-dates-disagree = La página da más de una fecha de publicación: se tomó { $date } de { $origin }; también dice { $others }. Compruebe la fecha.
capture-summary-page-cut = La página ocupa más de { $megabytes } MB; solo se leyó su comienzo.
capture-summary-other-site = La dirección lleva ahora a otro sitio, { $url }; los datos son de esa página. Compruebe que es el artículo que cita, o cite la dirección a la que lleva.
capture-summary-json-ld-unreadable = No se pudo leer un bloque JSON-LD (línea { $line }, columna { $column }: { $error }); se usaron las demás etiquetas.
capture-summary-links-checked = { $count ->
    [one] Se comprobó { $count } enlace: activos: { $alive }, rotos: { $dead }, redirigidos a otro sitio: { $moved }.
   *[other] Se comprobaron { $count } enlaces: activos: { $alive }, rotos: { $dead }, redirigidos a otro sitio: { $moved }.
}
capture-summary-no-copy = sin copia: { $url }: { $error }
capture-summary-archived = { $count ->
    [one] Copias archivadas de { $count } fuente citada que no tenía ninguna: ya en el archivo web: { $existing }, guardadas ahora: { $saved }, fallidas: { $failed }.
   *[other] Copias archivadas de { $count } fuentes citadas que no tenían ninguna: ya en el archivo web: { $existing }, guardadas ahora: { $saved }, fallidas: { $failed }.
}

## La línea de órdenes: check

cli-check-links-recorded = { $summary } Los resultados quedan registrados en { $file }.
cli-check-wrote-review = Se escribió el informe del revisor en { $file }
cli-plain-warning = advertencia: { $warning }
cli-spelling-checked = Ortografía revisada con { $dictionary }.
cli-spelling-checked-also = Ortografía revisada con { $dictionary }; se aceptan las palabras de { $languages }.
cli-spelling-not-checked = no se revisó la ortografía del idioma del número ({ $language }): { $problem }.

## La línea de órdenes: la hemeroteca

archive-cli-unreadable = { $folder }: no se puede leer la carpeta de la hemeroteca: { $error }
archive-cli-skipped = nota: { $file } no se lee como número: { $reason }
archive-cli-no-match = Ningún número de { $folder } menciona «{ $query }».
archive-cli-place-source = fuente n.º { $id }
archive-cli-column-issue = número
archive-cli-column-published = publicado
archive-cli-column-limit = límite
archive-cli-column-compliant = cumple
archive-cli-yes = sí
archive-cli-no = no
archive-cli-report-written = { $count ->
    [one] Se escribió en { $file } el informe de la hemeroteca, con { $count } número
   *[other] Se escribió en { $file } el informe de la hemeroteca, con { $count } números
}

## La línea de órdenes: merge y git-setup

merge-cannot-write = { $file }: no se puede escribir la fusión: { $error }
merge-conflicts-kept = { $count ->
    [one] { $file }: { $count } conflicto queda en el archivo para que lo decida una persona:
   *[other] { $file }: { $count } conflictos quedan en el archivo para que los decida una persona:
}
merge-check-lists-them = `monitor-workbench check` los enumera hasta que se resuelvan.
merge-conflict-entry-text = { $section }, entrada { $position }: su texto
git-setup-no-git = git no está instalado (o no está en el PATH); instale git y vuelva a ejecutar git-setup
git-setup-not-a-repository = { $folder }: no está dentro de un repositorio git (`git init` crea uno)
git-setup-no-git-short = git no está instalado (o no está en el PATH)
git-setup-cannot-run = no se puede ejecutar git: { $error }
git-setup-done = { $folder }: los archivos de número (*.ron) se fusionan ahora con `monitor-workbench merge`; haga commit de .gitattributes para que todo el equipo lo comparta (cada clon ejecuta git-setup una vez).

## La línea de órdenes: una versión de los State Media Profiles (outlets import-asd)

outlets-cli-not-utf8 = { $file }:{ $at }: no es texto UTF-8; guarde la versión como CSV en UTF-8
outlets-cli-cannot-read = no se puede leer { $file }: { $error }
outlets-cli-no-config = este sistema no tiene ninguna carpeta de configuración donde guardar la versión
outlets-cli-release = { $count ->
    [one] { $file }: { $count } medio (antes { $before }); la versión { $summary }.
   *[other] { $file }: { $count } medios (antes { $before }); la versión { $summary }.
}
outlets-cli-release-changes-nothing = no cambia nada
outlets-cli-release-changes = { $count ->
    [one] añade { $count } dominio, cambia { $changed }, quita { $removed }
   *[other] añade { $count } dominios, cambia { $changed }, quita { $removed }
}
outlets-cli-release-host-kept = (nuestros medios deciden este dominio; se queda como está)
outlets-cli-unrated = { $count ->
    [one] (se omite { $count } fila sin modelo)
   *[other] (se omiten { $count } filas sin modelo)
}
outlets-cli-not-applied = No se aplicó nada: vuelva a ejecutarlo con --apply para clasificar con esta versión.
outlets-cli-applied = Aplicada: la ventana y la línea de órdenes clasifican ahora con esta versión (guardada como { $file }); los medios revisados por la redacción y los suyos siguen prevaleciendo. Borre ese archivo para volver a la versión integrada.

## Historial: qué cambió entre dos versiones

history-summary-none = sin cambios
history-summary-sections-added = { $count ->
    [one] { $count } sección añadida
   *[other] { $count } secciones añadidas
}
history-summary-sections-removed = { $count ->
    [one] { $count } sección eliminada
   *[other] { $count } secciones eliminadas
}
history-summary-sections-removed-more = { $count ->
    [one] { $count } eliminada
   *[other] { $count } eliminadas
}
history-summary-entries-changed = { $count ->
    [one] { $count } entrada cambiada
   *[other] { $count } entradas cambiadas
}
history-summary-entries-added = { $count ->
    [one] { $count } entrada añadida
   *[other] { $count } entradas añadidas
}
history-summary-entries-added-more = { $count ->
    [one] { $count } añadida
   *[other] { $count } añadidas
}
history-summary-entries-removed = { $count ->
    [one] { $count } entrada eliminada
   *[other] { $count } entradas eliminadas
}
history-summary-entries-removed-more = { $count ->
    [one] { $count } eliminada
   *[other] { $count } eliminadas
}
history-summary-sources-added = { $count ->
    [one] { $count } fuente añadida
   *[other] { $count } fuentes añadidas
}
history-summary-sources-removed = { $count ->
    [one] { $count } fuente eliminada
   *[other] { $count } fuentes eliminadas
}
history-summary-sources-removed-more = { $count ->
    [one] { $count } eliminada
   *[other] { $count } eliminadas
}
history-error-io = no se pueden guardar ni leer versiones en { $folder }: { $error }
history-error-git = git no pudo mostrar el commit { $commit }: { $message }
history-git-no-file-name = sin nombre de archivo
history-git-not-utf8 = el archivo no está en UTF-8

## Designaciones oficiales de medios

designation-describe = { $authority }, { $act }, { $date }{ $in_force }: { $outlet }, { $measure }
designation-in-force = { " " }(en vigor desde el { $date })
designation-short = { $act }, { $date }

## Por qué una fuente está clasificada así

explain-country-not-given = país no indicado
explain-registry = Registro: { $outlet } ({ $country }), { $model }
explain-model = Modelo: { $model }
explain-layer-reference = los State Media Profiles (ASD) del registro integrado
explain-layer-curated = la lista de medios revisados por la redacción del registro integrado
explain-layer-user = sus medios
explain-decided-by = Decidido por: { $decided }
explain-matched-domain = Coincide con el dominio { $domain } (host { $host }), según { $layer }
explain-corrects = Corrige los State Media Profiles: { $correction }
explain-evidence = Pruebas: { $evidence }
explain-no-outlet = Ningún medio del registro publica en { $host }
explain-host-is-address = El host de la URL es la dirección { $address }, no un dominio, así que ningún medio puede coincidir con ella
explain-no-host = La URL no tiene host, así que ningún medio puede coincidir con ella
explain-designated = Designado: { $designation }
explain-marked-state-media = Marcada a mano como medio estatal: { $reason }
explain-marked-not-state-media = Marcada a mano como medio no estatal: { $reason }
explain-counts-as-state-media = Cuenta como medio estatal según la política de este número
explain-model-not-counted = No es medio estatal: la política no cuenta { $model }
explain-country-not-counted = No se cuenta: { $country } no está entre los países de la política
explain-unclassified = Sin clasificar: clasifique el medio o marque la fuente a mano
explain-since = desde el { $from }
explain-until = hasta el { $until }
explain-from-to = del { $from } al { $to }
explain-as-of = { $span } (vigente el { $day }, día de la fuente)
explain-kind-page = Tipo: { $kind }, según lo declara la página ({ $evidence })
explain-kind-page-declared = Tipo: { $kind }, según lo declaró la página
explain-kind-editor = Tipo: { $kind }, elegido por el editor
explain-kind-editor-page-differs = Tipo: { $kind }, elegido por el editor; la página lo declara { $declared } ({ $evidence })
explain-kind-address = Tipo: { $kind }, por su dirección (/{ $segment }/)
explain-kind-address-no-opinion = Tipo: { $kind }, por su dirección (nada en ella indica opinión)

## Enlaces pegados para citarlos

paste-empty = no se pegó nada: pegue un enlace como https://www.reuters.com/…
paste-not-web = «{ $text }» no es una dirección web: solo se pueden citar enlaces http y https
paste-not-url = «{ $text }» no es una dirección web: pegue un enlace como https://www.reuters.com/…

## Fechas escritas en un campo de fecha

dates-parse-empty = no se escribió ninguna fecha
dates-parse-unrecognised = «{ $text }» no es una fecha: escriba una fecha como 2022-02-13, 13 feb 2022 o 13/02/2022 (día/mes/año)
dates-parse-unknown-month = «{ $text }»: «{ $word }» no es el nombre de un mes
dates-parse-no-such-month = «{ $text }»: no existe el mes { $month }
dates-parse-slashes = barras
dates-parse-dots = puntos
dates-parse-dashes = guiones
dates-parse-month-first = «{ $text }»: no existe el mes { $month }; las fechas con { $separators } se leen día/mes/año
dates-parse-no-such-day = «{ $text }»: { $month } de { $year } no tiene día { $day }
dates-parse-that-month = ese mes
dates-parse-two-digit-year = «{ $text }»: escriba el año completo; { $year } podría ser 19{ $year } o 20{ $year }
dates-parse-missing-year = «{ $text }»: falta el año; escríbalo completo, como en 13 feb 2022
dates-parse-year-out-of-range = «{ $text }»: el año debe estar entre { $first } y { $last }

## Ortografía: diccionarios, listas de palabras y palabras desconocidas

spelling-problem-dictionary-missing = no hay ningún diccionario ortográfico de { $language } instalado. Instale uno (p. ej., `apt install { $package }`) o ponga sus archivos .aff y .dic en { $folder }, y vuelva a revisar
spelling-problem-config-folder = la carpeta de configuración del programa, dentro de dictionaries/
spelling-problem-dictionary-unreadable = no se puede leer el diccionario { $path }: { $error }
spelling-problem-dictionary-invalid = el diccionario { $path } no es un diccionario Hunspell que spellbook pueda leer: { $message }
spelling-problem-language-english-uk = inglés (Reino Unido)
spelling-problem-language-english = inglés
spelling-problem-language-spanish = español
spelling-problem-language-portuguese-brazil = portugués (Brasil)
spelling-problem-language-portuguese-portugal = portugués (Portugal)
spelling-problem-language-portuguese = portugués
spelling-problem-language-french = francés
spelling-problem-language-german = alemán
spelling-problem-language-italian = italiano
spelling-problem-word-list-unreadable = no se puede leer la lista de palabras { $path }: { $error }; corrija o elimine el archivo
spelling-problem-word-list-not-a-list = no se puede leer { $path } como lista de palabras: { $error }
spelling-problem-word-list-not-saved = no se puede guardar la lista de palabras: { $error }
spelling-problem-word-list-no-folder = no se puede crear la carpeta { $path } para la lista de palabras: { $error }
spelling-problem-place-summary = resumen
spelling-problem-place-section-title = título de sección «{ $title }»
spelling-problem-no-suggestion = sin sugerencias.
spelling-problem-did-you-mean = ¿quiso decir { $words }?
spelling-problem-unknown-word = «{ $word }» no está en el diccionario { $dictionary } ({ $places }); { $advice } Si es correcta, añádala a la lista de palabras de la publicación.
spelling-problem-entries-not-checked = La ortografía de las entradas en { $language } no se revisa ({ $places }): { $problem }.

## Hallazgos: lo que ya publicaron números anteriores de la hemeroteca

reported-near-duplicate = Texto casi igual al de { $issue }, { $section }, entrada { $position } ({ $share } de sus grupos de tres palabras en común): ¿ya se informó de esto?
reported-already-cited = Ya citada en { $issue }, { $section }, entrada { $position }.

## La línea de órdenes: --help (los comentarios de documentación de src/cli/mod.rs)

help-about = Compone un número del monitor de prensa, cita cada noticia y mantiene los medios estatales dentro de la política.
help-file = Archivo de número (.ron) que se abre en la ventana; sin él, el último número o el de muestra incluido
help-lang = El idioma de los textos del programa: en, es o pt. Si no se indica, el del sistema (LC_ALL, LC_MESSAGES, LANG) o, en la ventana, el elegido en Preferencias. El idioma propio de un número, que es el de sus exportaciones, se fija en el número
help-import = Convierte en archivo de número un borrador en Markdown
help-import-draft = El borrador: `# Title`, `## Section`, un párrafo por entrada, los enlaces como fuentes
help-import-output = El archivo de número que se escribe
help-import-force = Reemplaza OUTPUT si existe (el archivo anterior se conserva como OUTPUT.bak)
help-import-fetch = Consulta la página de cada fuente (6 a la vez, 10 s cada una como máximo) y completa su título, medio, fecha, autor e idioma con los metadatos de la página. Sin esta opción no se descarga nada
help-export = Escribe el número como HTML autocontenido, como PDF y como Markdown de Pandoc
help-export-long =
    Escribe el número como HTML autocontenido, como PDF y como Markdown de Pandoc.

    Sin --html, --markdown, --pdf ni --email, escribe el HTML y el Markdown junto a ISSUE (ISSUE.html, ISSUE.md).
help-export-html = Dónde escribir la página HTML
help-export-markdown = Dónde escribir el Markdown de Pandoc
help-export-pdf = Dónde escribir el PDF, compuesto por el propio programa (no hace falta LaTeX)
help-export-email = Dónde escribir el número como correo HTML, con todos los estilos en línea; su alternativa en texto plano se escribe al lado (OUT.txt)
help-export-paper = La página impresa: el papel del PDF y el tamaño de impresión del HTML
help-export-contents = Una lista «En este número» con las secciones, tras la cabecera (HTML, PDF; en el Markdown, la tabla de contenido de Pandoc)
help-export-strict = Se niega a exportar (sale con código 1) si el número tiene hallazgos de error, incluso con --override
help-export-override-reason = Exporta para publicar pese a hallazgos de error o secciones sin aprobar; el motivo, quién y cuándo quedan registrados en el archivo del número
help-export-by = Quién firma la excepción (por defecto: $USER)
help-export-draft = Una vista previa, no para publicar: sin el control de publicación, marcada como borrador en la parte superior
help-export-sources = Dónde va la lista de fuentes
help-export-compliance-summary = Añade un resumen de cumplimiento (copia del revisor, no para los lectores)
help-export-page-breaks = Empieza cada sección en una página nueva al imprimir y en el PDF
help-export-no-archived-links = Omite la copia archivada de cada fuente (Internet Archive), que, si no, los formatos para los lectores muestran junto a la dirección original
help-export-archived-links = Los formatos para los lectores ya muestran las copias archivadas sin pedirlo; la opción se mantiene para que los scripts escritos para versiones anteriores sigan funcionando
help-export-archive-missing = Antes de escribir, pide al Internet Archive una copia de cada fuente citada que no la tenga, 6 a la vez, y las registra en ISSUE (que se guarda; el archivo anterior se conserva como ISSUE.bak). Sin esta opción, export no se conecta a ningún sitio
help-export-mainfont = El tipo de letra principal del PDF, p. ej., "Noto Serif": en el PDF del propio programa (si no está instalado, se rechaza con un error que lo nombra) y en el Markdown para Pandoc (`mainfont`)
help-check = Muestra el informe de cumplimiento. Código de salida 0: cumple la política; 1: hallazgos de error; 2: archivo ilegible
help-check-json = Un objeto JSON en lugar del informe en texto
help-check-html = Escribe también el informe del revisor (HTML) en este archivo
help-check-links = Primero consulta cada enlace citado (6 a la vez) y registra en ISSUE (que se guarda; el archivo anterior se conserva como ISSUE.bak) qué fue de él: muerto, movido a otro sitio o a un medio estatal. Sin esta opción, `check` muestra los últimos resultados registrados y no se conecta a ningún sitio
help-check-archive = Compara también el número con los números anteriores de esta carpeta: direcciones citadas antes (`already-cited`) y entradas casi iguales a una anterior (`near-duplicate-entry`), como notas
help-check-spelling = Revisa también la ortografía de las entradas, los títulos de sección, el resumen y el descargo de responsabilidad con el diccionario del idioma del número (o con el del idioma propio de una entrada, si lo declara): cada palabra desconocida aparece como nota `spelling` con sus lugares y sugerencias, también en el informe del revisor. Se aceptan los nombres que el número conoce (medios, títulos y autores de las fuentes), las palabras ignoradas en el número y la lista de palabras de la publicación
help-merge = Fusiona dos versiones de un archivo de número hechas a partir de una misma base; el controlador de fusión de git (`merge %O %A %B`)
help-merge-long =
    Fusiona dos versiones de un archivo de número hechas a partir de una misma base; el controlador de fusión de git (`merge %O %A %B`).

    Escribe el resultado en OURS. Código de salida 0: fusionado; 1: conflictos que una persona debe decidir, conservados en OURS como datos (`check` los enumera); 2: no se pudo leer un archivo.
help-merge-base = El ancestro común (el %O de git); un archivo vacío equivale a un número vacío
help-merge-ours = Nuestra versión (el %A de git); el resultado la reemplaza
help-merge-theirs = La versión de la otra parte (el %B de git)
help-merge-theirs-name = Quién escribió THEIRS, dato que se guarda con cada conflicto (el %Y de git: la rama o el commit que se fusiona; se ignora un `%Y` literal de un git anterior a la 2.44)
help-git-setup = Hace que git fusione los archivos de número con `merge`: escribe `.gitattributes` y el controlador `merge.monitor-workbench` del repositorio
help-git-setup-dir = Una carpeta dentro del repositorio (por defecto: la carpeta actual)
help-package-files = Para empaquetadores: escribe las páginas de manual (DIR/man: la del programa y una por cada orden) y los scripts de autocompletado de bash, zsh y fish (DIR/completions) a partir de esta línea de órdenes
help-package-files-dir = La carpeta donde escribirlos (se crea si no existe)
help-archive = La hemeroteca: todos los archivos de número de una carpeta (y de sus subcarpetas), tomados como la serie
help-outlets = El registro de medios: actualiza su capa de los State Media Profiles
help-archive-search = Busca en el texto de las entradas, los títulos de sección y los títulos, medios y direcciones de las fuentes de todos los números; primero las mejores coincidencias
help-archive-search-json = Un arreglo JSON con los resultados en lugar de texto
help-archive-search-limit = Cuántos resultados como máximo
help-archive-report = Escribe el informe de la hemeroteca (una página HTML): las cifras y el cumplimiento de cada número, la proporción a lo largo del tiempo en un gráfico, los medios más citados, las citas por clasificación y las exportaciones que necesitaron una excepción
help-archive-stats = Las cifras de cada número: la proporción de medios estatales según cada medida frente al límite, el cumplimiento, las citas, las fuentes de opinión y sin clasificar, y las excepciones
help-archive-stats-csv = CSV, una fila por número
help-outlets-import-asd = Lee una versión más reciente de los State Media Profiles (State_Media_Matrix.csv de la ASD) y enumera los dominios que añade, cambia y quita; con --apply, clasifica con ella de ahora en adelante. Los medios revisados por la redacción y los suyos siguen teniendo prioridad. No se descarga nada de la red
help-outlets-import-asd-file = El archivo CSV de la versión
help-outlets-import-asd-apply = Usa la versión de ahora en adelante (sin esta opción, solo enumera los cambios)

## La ventana: lo que faltaba

files-saved-no-version = Guardado. No se conservó ninguna versión para el Historial: { $error }
entry-spelling-not-checked = No se revisa la ortografía de esta entrada: { $problem }.
file-kind-issue = Número del monitor
file-kind-html = Página HTML
file-kind-pdf = Documento PDF
file-kind-png = Imagen PNG
file-kind-word-list = Lista de palabras
