# Monitor Workbench: a interface em português.
#
# Os mesmos identificadores e as mesmas variáveis de en.ftl (um teste
# confere). O glossário do README fixa os termos da área.

## Palavras usadas dentro de outras mensagens

metric-citations = citações
metric-entries = entradas
metric-words = palavras
status-draft = rascunho
status-in-review = em revisão
status-changes-requested = com alterações pedidas
status-approved = aprovada
masthead-series = série
masthead-published = data de publicação
masthead-coverage = período coberto
masthead-publisher = editora
masthead-disclaimer = aviso de isenção
conflict-both-edited = os dois lados mudaram as mesmas palavras de modos diferentes
conflict-ours-deleted = o nosso lado apagou a entrada e o deles a editou
conflict-theirs-deleted = o lado deles apagou a entrada e o nosso a editou
share-counts = ({ $state } de { $total })
finding-location = { $section }, entrada { $position }
unreviewed-citations = { $count ->
    [one] 1 citação não revisada
   *[other] { $count } citações não revisadas
}

## Constatações: a proporção e o cabeçalho

finding-special-edition-without-reason = A edição está marcada como especial mas não dá o motivo; até dar, uma proporção acima do limite continua sendo um erro. Informe o motivo em Dados da edição.
finding-special-edition = Edição especial: a mídia estatal soma { $share } das { $metric }{ $counts } e ultrapassa de propósito o limite de { $limit }; motivo: { $reason }
finding-state-media-share = A mídia estatal soma { $share } das { $metric }{ $counts }; a política admite no máximo { $limit }.
finding-missing-masthead = A edição não tem { $field }; os leitores precisam disso. Preencha em Dados da edição.
finding-merge-field = Uma mesclagem deixou `{ $field }` sem decisão: a nossa { $ours }, a deles { $theirs }; a nossa fica até alguém resolver.

## Constatações: seções e entradas

finding-empty-section = A seção não tem entradas: os leitores não a verão. Escreva uma entrada ou remova a seção.
finding-section-not-approved = A seção está no estado «{ $status }», não aprovada.
finding-missing-source = { $count ->
    [one] Cita a fonte nº { $list }, que não está na biblioteca (uma mesclagem ou uma edição a removeu): restaure a fonte ou retire a citação.
   *[other] Cita { $count } fontes, { $list }, que não estão na biblioteca (uma mesclagem ou uma edição as removeu): restaure as fontes ou retire as citações.
}
finding-entry-conflict = Uma mesclagem deixou esta entrada sem decisão: { $what }; escolha uma versão.
finding-open-suggestion = { $author } sugeriu uma alteração nesta entrada em { $when }; aceite ou recuse.
finding-unsourced-entry = A entrada não cita nenhuma fonte.
finding-flagged-declaration = Marcada por conter uma declaração contra os Estados Unidos ou o Ocidente.
finding-flagged-declaration-note = Marcada por conter uma declaração contra os Estados Unidos ou o Ocidente: { $note }.
finding-opinion-source = Cita um artigo de opinião ({ $source }); a política exclui opinião.
finding-state-media-only = Todas as fontes da entrada são mídia estatal: { $sources }.

## Constatações: fontes

finding-invalid-url = «{ $url }» não é uma URL http ou https absoluta.
finding-link-too-long = O link tem { $length } caracteres; navegadores, e-mail e o PDF não comportam mais de { $longest }, então os leitores ficariam sem link. Use o endereço próprio do artigo, sem parâmetros de rastreamento: { $url }
finding-unclassified-address = { $host } é um endereço, não um domínio, então nenhum veículo do registro pode corresponder a ele: suas citações ficam sem revisão e contam como mídia não estatal até você definir a marca de mídia estatal da fonte.
finding-unclassified-outlet = { $host } não pertence a nenhum veículo do registro: suas citações ficam sem revisão e contam como mídia não estatal até você classificar o veículo ou definir a marca de mídia estatal da fonte.
finding-outside-period = Publicada em { $published }, fora do período coberto, de { $from } a { $to }.
finding-duplicate-source = É o mesmo artigo da fonte nº { $id } ({ $url }); mescle as duas.
finding-unused-source = Nenhuma entrada cita esta fonte.
finding-unverified-source = Nenhum revisor marcou esta fonte como verificada; a política exige.
finding-kind-address-says-opinion = O endereço a marca como opinião (/{ $segment }/), mas a página a declara { $kind } ({ $evidence }); { $standing }. Leia a matéria e corrija o tipo se não for esse.
finding-kind-page-says-opinion = A página a declara opinião ({ $evidence }), mas o endereço não; { $standing }. Leia a matéria e corrija o tipo se não for esse.
kind-standing-editor = o editor escolheu { $kind }
kind-standing-page = conta como { $kind }, segundo a página
kind-standing-address = conta como { $kind }, pelo endereço

## Constatações: links e designações

finding-not-archived = Não há cópia arquivada desta página: se ela mudar de lugar ou sumir, os leitores perdem a fonte. Peça uma (Arquivar na fonte, ou `export --archive-missing`); as exportações a ligam ao lado do original.
link-archived-copy-exists = { " " }Existe uma cópia arquivada: { $url }.
link-landing-unreachable = { " " }(não foi possível chegar a essa página)
link-landing-status = { " " }(essa página respondeu { $status })
finding-link-dead = O link estava morto ao ser verificado em { $when }: { $reason }.{ $archived } Os leitores não conseguem abri-lo: cite uma cópia arquivada ou outra notícia.
finding-link-moved-to-state-media = O link agora redireciona para { $to }{ $landing }, um veículo de mídia estatal segundo a política, ao ser verificado em { $when }; a proporção conta o original como independente, então estaria errada. Cite o artigo onde ele apareceu primeiro ou defina a marca de mídia estatal da fonte.
finding-link-moved = O link agora leva a outro site, { $to }{ $landing }, ao ser verificado em { $when }.{ $archived } Confira se ainda mostra o que a entrada cita.
designation-more = { " " }(e mais { $count })
designation-by = { $outlet } foi designado por { $authority } ({ $act }){ $more }
finding-designated-classified-otherwise = { $designated }, mas o registro classifica { $outlet } como { $class }: os responsáveis pelo registro devem rever essa classificação, pois uma designação é prova de controle estatal.
finding-designated-unknown = { $designated }, mas nenhum veículo do registro publica em { $host }: suas citações ficam sem revisão. Classifique o veículo; a designação é prova de controle estatal.

## O relatório de check na linha de comando

check-all-countries = todos os países
check-policy = { $path } · política: mídia estatal ({ $counted }) de { $countries }, no máximo { $limit } das { $metric }
check-share = Proporção de mídia estatal
check-over-on-purpose = acima do limite de propósito (edição especial)
check-over = acima do limite
check-within = dentro do limite
check-unreviewed = { $note }: veículos que nenhum registro conhece, contados como não estatais até serem classificados
check-by-section = Por seção
check-designations = Designações oficiais dos veículos citados ({ $count })
check-errors = Erros ({ $count })
check-warnings = Avisos ({ $count })
check-notes = Notas ({ $count })
check-compliant = Cumpre a política: { $errors }, { $warnings }.
check-not-compliant = Não cumpre a política: { $errors }, { $warnings }.
findings-errors = { $count ->
    [one] 1 erro
   *[other] { $count } erros
}
findings-warnings = { $count ->
    [one] 1 aviso
   *[other] { $count } avisos
}

## A janela: os comandos, como os menus os chamam

command-new = Nova edição
command-open = Abrir…
command-save = Salvar
command-save-as = Salvar como…
command-export = Exportar HTML e Markdown…
command-export-pdf = Exportar PDF…
command-quit = Sair
command-undo = Desfazer
command-redo = Refazer
command-find = Localizar e substituir…
command-issue-details = Dados da edição
command-toggle-outline = Painel do sumário
command-toggle-library = Painel da biblioteca de fontes
command-history = Histórico
command-findings = Constatações
command-review-report = Exportar o relatório do revisor…
command-preferences = Preferências…
command-outlets = Veículos…
command-import-csl = Importar fontes do Zotero (CSL JSON)…
command-export-csl = Exportar a biblioteca como CSL JSON…
command-fetch-all = Obter os dados de todas as fontes
command-check-links = Verificar os links
command-archive-missing = Arquivar as fontes citadas sem cópia
command-open-archive = Abrir o acervo…
command-archive = Acervo: busca e tendências
command-spelling = Ortografia
command-cite-link = Citar um link nesta entrada
command-user-guide = Guia do usuário
command-tour = Tour pela janela
command-about = Sobre o Monitor Workbench

## A janela: menus

menu-file = Arquivo
menu-open-recent = Abrir recente
menu-no-recent-files = Nenhum arquivo recente
menu-edit = Editar
menu-view = Exibir
menu-theme = Tema
menu-sources = Fontes
menu-review = Revisão
menu-suggest-changes = Sugerir alterações
menu-export = Exportar
menu-help = Ajuda
menu-help-hint = Cole uma URL sob uma entrada para citá-la; a proporção de mídia estatal se atualiza enquanto você digita.
theme-system = Conforme o sistema
theme-light = Claro
theme-dark = Escuro
fetch-pasted = Obter os dados dos links colados
fetch-pasted-hint = Lê uma vez a página de cada link quando você o cita, cola ou importa, para preencher título, veículo, data, autor e idioma. Só os próprios sites são consultados; sem cookies, sem enviar nada além da requisição.

## A janela: botões comuns a muitos diálogos

button-save = Salvar
button-cancel = Cancelar

## A janela: Preferências

prefs-title = Preferências
prefs-sign-with-name = As etapas de revisão são assinadas com o seu nome. Informe-o aqui uma vez.
prefs-reviewer-name = Seu nome (revisor)
prefs-language = Idioma do programa
prefs-language-system = O do sistema ({ $language })
prefs-builtin-chooser = Usar sempre o seletor de arquivos próprio
prefs-builtin-chooser-hint = O programa usa as caixas de diálogo de arquivos do desktop quando pode, e o seu próprio seletor quando o desktop não as tem (sem portal). Marque para usar sempre o próprio.

## Dates

date-long = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## A janela: barra de status, painel de constatações, medidor da proporção

findings-notes = { $count ->
    [one] 1 nota
   *[other] { $count } notas
}
status-words = { $count ->
    [one] 1 palavra
   *[other] { $count } palavras
}
status-show-findings = Mostrar as constatações
status-special-edition = Edição especial: acima do limite de propósito
status-special-edition-hint = O motivo consta em Dados da edição; não é um erro.
status-unsaved = alterações não salvas
status-not-saved-yet = ainda não salvo
status-saved = salvo
status-suggest-mode = Modo sugestão
status-autosave-failed = o salvamento automático falhou: { $error }
findings-panel-counts = Constatações: { $errors }, { $warnings }
findings-all = Todas
findings-show-errors = Erros
findings-show-warnings = Avisos
findings-show-notes = Notas
findings-show-notes-hint = O que o acervo diz que esta edição repete: abra um com Arquivo > Abrir o acervo…
findings-rule = Regra
findings-any-rule = qualquer regra
button-close = Fechar
severity-error = erro
severity-warning = aviso
severity-note = nota
findings-open-earlier = Abrir { $issue }, { $section }, entrada { $position }
findings-classify-host = Classificar { $host }…
findings-classify-outlet = Classificar este veículo…
findings-archive-source = Arquivar esta fonte
findings-archive-source-hint = Pedir ao Internet Archive uma cópia da página e registrá-la
coverage-range = de { $from } a { $to }
legend-title = As cores das fontes
legend-state-media = mídia estatal: conta para o limite
legend-government = um veículo governamental ou controlado pelo Estado que a política não conta
legend-opinion = opinião: excluída pela política
legend-unclassified = sem classificação: um veículo que o registro não conhece
legend-independent = independente ou de serviço público
meter-citations = { $state } de { $total } citações
meter-entries = { $state } de { $total } entradas
meter-words = { $state } de { $total } palavras
meter-summary = Mídia estatal: { $counts } — { $share } de no máximo { $limit }
meter-special-edition = edição especial
meter-by-metric = Proporção de mídia estatal por medida
meter-policy = Política: no máximo { $limit } das { $metric }

## A janela: o sumário, a seção como página, suas entradas e etiquetas

outline-title = Sumário
outline-section = Seção
outline-add-section = Adicionar seção
outline-add-section-hint = Adicionar uma seção depois da selecionada
untitled-section = (seção sem título)
outline-rename = Renomear
add-entry = Adicionar entrada
move-up = Subir
move-down = Descer
section-status = Status
delete-section = Excluir a seção
delete-entry = Excluir a entrada
outline-entries = { $count ->
    [one] 1 entrada
   *[other] { $count } entradas
}
outline-section-share = Mídia estatal nesta seção, por { $metric }
outline-entry = entrada { $position }
outline-flagged = marcada
outline-open-comments = { $count } abertos
outline-open-comments-hint = Comentários abertos sobre esta entrada
outline-errors-hint = { $errors }; o painel de constatações os lista (Revisão → Constatações)
outline-empty-entry = (entrada vazia)
status-action-draft = Voltar a rascunho
status-action-in-review = Enviar para revisão
status-action-changes-requested = Pedir alterações
status-action-approved = Aprovar
section-none-selected = Selecione uma seção no sumário, ou adicione uma com «+ Seção».
section-no-entries = Esta seção ainda não tem entradas.
section-title = Título da seção
section-approved-by = por { $reviewer }, { $when }
section-suggest-hint = O que se digita numa entrada vira sugestão em vez de alterá-la
section-suggest-mode = Modo sugestão: suas alterações viram sugestões
section-add-entry-hint = Um parágrafo novo no fim desta seção
entry-not-cited = Não citada: { $problem }
entry-hint = Escreva a notícia: de uma a cinco frases; *ênfase* e **negrito** são permitidos.
entry-name = Entrada { $position }
entry-library = Biblioteca…
entry-library-hint = Citar uma fonte que já está na biblioteca
entry-comment = Comentar
entry-comment-hint = Comentar a entrada { $position }
entry-more = Mais
entry-flag-declaration = Marcar uma declaração…
entry-move-to-section = Mover para a seção
chips-no-source = Nenhuma fonte citada
chips-missing-source = falta a fonte nº { $id }
chips-on-this-citation = Nesta citação:
chips-hint = Clique para abri-la na biblioteca; clique com o botão direito para copiar o link.
mark-state-media = mídia estatal
mark-unclassified = sem classificação
mark-opinion = opinião
mark-outside-period = fora do período
mark-invalid-url = URL inválida
mark-unverified = não verificada
mark-duplicate = duplicada
no-title = (sem título)
copy-link = Copiar o link
link-copied = Link copiado: { $url }
open-in-browser = Abrir no navegador
show-in-library = Mostrar na biblioteca
remove-citation = Remover a citação
remove-citation-of = Remover a citação de { $outlet }
link-field-name = Adicionar uma fonte à entrada { $position }
link-field-hint = Cole um link para citá-lo (Ctrl+L)
library-search = Buscar na biblioteca
library-search-hint = veículo, título ou URL

## A janela: a biblioteca de fontes

library-heading = Biblioteca de fontes ({ $count })
library-filter = Filtrar
library-all = Todas
library-state-media = Só mídia estatal
library-unclassified = Sem classificação
library-uncited = Não citadas
library-unverified = Não verificadas
library-add-urls = Adicionar fontes a partir de URLs
library-urls = URLs, uma por linha ou em qualquer parte do texto
library-add-these = Adicionar estas fontes
library-fetch-details = Obter os dados
library-archive = Arquivar
column-outlet = Veículo
column-class = Classe
column-title = Título
column-cited = Citações
column-published = Publicada
column-kind = Tipo

## A janela: Dados da edição

details-series = Série
details-title = Título
details-published = Publicada
details-publisher = Editora
details-language = Idioma
details-summary = Resumo
details-disclaimer = Aviso de isenção
details-policy = Política de fontes
details-conflicts = Conflitos de mesclagem: você e o outro lado os definiram de modo diferente
details-theirs = A deles: { $value }
details-mine = A minha: { $value }
details-keep-mine = Manter a minha
details-take-theirs = Usar a deles
details-methodology = Nota metodológica
details-methodology-hint = vazia: a redação padrão do idioma da edição
details-placeholders = Marcadores: { $list }
details-readers-see = Os leitores veem: { $note }
details-canonical-url = URL canônica
details-canonical-url-hint = https://… onde a edição é publicada (opcional)
details-licence = Licença
details-licence-hint = p. ex., CC BY 4.0 (opcional)
details-number = Número
details-no-number = 0 = sem número
details-coverage = Período coberto
details-from = de
details-to = até
details-clear = limpar
details-quotes = Aspas
details-quotes-language = as do idioma: { $example }
details-quotes-hint = As aspas retas, os apóstrofos e os hifens digitados na edição viram estes em todas as exportações.
details-editors = Editores
details-editors-hint = nomes, separados por vírgulas

## A janela: caixas de diálogo

button-ok = OK
unsaved-title = Alterações não salvas
unsaved-question = Salvar antes as alterações de { $file }?
unsaved-dont-save = Não salvar
approve-open-title = Aprovar «{ $section }»?
approve-open-text = Esta seção ainda tem { $open }. Aprová-la diz que está pronta para publicar como está.
approve-anyway = Aprovar mesmo assim
remove-source-title = Excluir uma fonte citada?
remove-source-text = { $count ->
    [one] 1 entrada cita esta fonte. Excluí-la remove também essa citação.
   *[other] { $count } entradas citam esta fonte. Excluí-la remove também essas citações.
}
remove-source = Excluir a fonte
changed-on-disk-title = O arquivo mudou no disco
changed-on-disk-text = Alguém ou algo alterou { $file } desde que você o abriu ou salvou (outro editor, um git pull). Salvar agora substituiria essas alterações; Mesclar as combina com as suas.
changed-on-disk-reload = Recarregar do disco
changed-on-disk-reload-hint = Suas alterações não salvas aqui são descartadas
changed-on-disk-merge = Mesclar
changed-on-disk-merge-hint = Combinar as alterações deles com as suas; o que os dois mudaram de modo diferente aparece na entrada para você decidir
changed-on-disk-overwrite = Sobrescrever
exported-title = Exportado
exported-one = Gravado { $file }
exported-two = Gravados { $file }
    e { $beside }
exported-note = Nota: { $note }.
exported-open-pdf = Abrir o PDF
exported-open-html = Abrir o HTML
recover-title = Recuperar o trabalho não salvo?
recover-text = { $count ->
    [one] O programa fechou antes de salvar este trabalho. Uma cópia de recuperação foi guardada:
   *[other] O programa fechou antes de salvar este trabalho: { $count } cópias de recuperação, a mais recente primeiro.
}
recover-restore = Restaurar
recover-discard = Descartar a cópia
recover-restore-named = Restaurar { $name }
recover-discard-named = Descartar { $name }
recover-later = Mais tarde
recover-later-hint = Guardar todas as cópias; elas serão oferecidas de novo na próxima abertura
consent-title = Obter os dados dos links que você adicionar?
consent-text = { $count ->
    [one] Você adicionou um link.
   *[other] Você adicionou { $count } links.
} O programa pode ler a página de cada link que você adicionar para preencher título, veículo, data, autor e idioma, para você conferir.
consent-what = O que é pedido: a página de cada link adicionado, uma vez, quando você o cita, cola ou importa.
consent-where = De onde: dos próprios sites, nos endereços que você adicionou; nenhum outro serviço.
consent-not = O que não é feito: nenhum cookie é guardado ou enviado, e nada é enviado além da requisição (com um agente de usuário que identifica o programa). Nada é pedido para os links que já estão na edição.
consent-marked = Os campos preenchidos a partir de uma página ficam marcados como «obtidos» até você confirmá-los; o que você digitou nunca é substituído.
consent-change = Você pode mudar isso a qualquer momento: no menu Fontes, «Obter os dados dos links colados», ou em Editar, Preferências.
consent-yes = Sim, obter os dados
consent-no = Não obter
consent-no-hint = Nada é pedido; Obter os dados continua lendo uma fonte quando você pede
release-title = Atualizar os State Media Profiles
release-text = { $origin }: { $after } veículos (agora { $before }). A versão { $summary }.
release-unrated = { $count ->
    [one] 1 linha sem modelo fica de fora.
   *[other] { $count } linhas sem modelo ficam de fora.
}
release-note = Os veículos revisados pela redação e os seus continuam decidindo os domínios que listam. Todas as edições são reclassificadas com a versão de uma vez.
release-apply = Aplicar
about-version = Versão { $version }
about-reference = Dados de referência: { $release }, sob os veículos revisados desta versão.
about-bundled = Inclui, com suas licenças:
about-item = Para { $what }: { $licence }.

## O que continua aberto numa seção

open-comments = { $count ->
    [one] 1 comentário não resolvido
   *[other] { $count } comentários não resolvidos
}
open-suggestions = { $count ->
    [one] 1 sugestão aberta
   *[other] { $count } sugestões abertas
}
open-flags = { $count ->
    [one] 1 declaração marcada
   *[other] { $count } declarações marcadas
}
list-and = { $rest } e { $last }
