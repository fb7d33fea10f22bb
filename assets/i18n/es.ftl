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
    [one] 1 cita sin revisar
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
    [one] 1 error
   *[other] { $count } errores
}
findings-warnings = { $count ->
    [one] 1 advertencia
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
    [one] 1 nota
   *[other] { $count } notas
}
status-words = { $count ->
    [one] 1 palabra
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
    [one] 1 entrada
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
    [one] 1 entrada cita esta fuente. Eliminarla quita también esa cita.
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
    [one] 1 comentario sin resolver
   *[other] { $count } comentarios sin resolver
}
open-suggestions = { $count ->
    [one] 1 sugerencia abierta
   *[other] { $count } sugerencias abiertas
}
open-flags = { $count ->
    [one] 1 declaración marcada
   *[other] { $count } declaraciones marcadas
}
list-and = { $rest } y { $last }
