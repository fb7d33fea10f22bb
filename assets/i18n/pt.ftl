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
    [one] { $count } citação não revisada
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
    [one] { $count } erro
   *[other] { $count } erros
}
findings-warnings = { $count ->
    [one] { $count } aviso
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
    [one] { $count } nota
   *[other] { $count } notas
}
status-words = { $count ->
    [one] { $count } palavra
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
    [one] { $count } entrada
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
    [one] { $count } entrada cita esta fonte. Excluí-la remove também essa citação.
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
    [one] { $count } linha sem modelo fica de fora.
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
    [one] { $count } comentário não resolvido
   *[other] { $count } comentários não resolvidos
}
open-suggestions = { $count ->
    [one] { $count } sugestão aberta
   *[other] { $count } sugestões abertas
}
open-flags = { $count ->
    [one] { $count } declaração marcada
   *[other] { $count } declarações marcadas
}
list-and = { $rest } e { $last }

## A janela: a caixa de diálogo de exportação

export-title-html = Exportar HTML e Markdown
export-title-pdf = Exportar PDF
export-share = Mídia estatal: { $share } das { $metric } (limite { $limit }).
export-compliant = A edição cumpre a política. { $share }
export-not-compliant = A edição não cumpre a política: { $errors }. { $share }
export-not-approved = Não aprovadas: { $sections }.
export-draft = Prévia em rascunho, não para publicação (marcada como rascunho)
export-sources = Fontes
export-sources-per-section = após cada seção
export-sources-at-end = no fim
export-page-breaks = Começar cada seção numa página nova (impressão, PDF)
export-compliance-summary = Incluir o resumo de conformidade (cópia do revisor)
export-archived-links = Ligar ao lado de cada fonte a sua cópia arquivada (quando houver)
export-paper = Papel
export-us-letter = Carta (EUA)
export-contents = Listar as seções após o cabeçalho («Nesta edição»)
export-needs-override = Publicar agora exige uma exceção: o motivo, o seu nome e a hora ficam registrados na edição.
export-override-reason = Motivo para publicar mesmo assim
export-publish-with-override = Publicar com exceção…
export-draft-button = Exportar o rascunho…
export-button = Exportar…

## A janela: a política de fontes em Dados da edição

policy-limit = Limite de mídia estatal
policy-measured-by = Medida por
policy-counts = Contam como mídia estatal
policy-countries = Países incluídos
policy-opinion = Artigos de opinião
policy-opinion-excluded = excluídos (uma fonte de opinião é um erro)
policy-verification = Verificação das fontes
policy-not-required = não exigida
policy-required-warning = exigida (aviso)
policy-required-error = exigida (erro)
policy-outside-period = Datas fora do período
policy-unreviewed = Veículos sem revisão
policy-error-blocks = erro: impede a publicação
policy-unreviewed-hint = As citações de um veículo que nenhum registro conhece contam como mídia não estatal até alguém classificá-lo.
policy-edition = Edição
policy-special-edition = Edição especial: ultrapassa o limite de propósito
policy-special-edition-hint = Com um motivo, uma proporção acima do limite fica registrada em vez de ser um erro, e os leitores veem o aviso da edição especial.
policy-why = Por que ultrapassa o limite
policy-why-hint = para os revisores e o registro
policy-no-reason = Sem motivo, uma proporção acima do limite continua sendo um erro.
policy-disclaimer = Aviso aos leitores
policy-readers-see = Os leitores veem, após a nota metodológica: { $notice }
policy-within-limit = A proporção está dentro do limite: os leitores não veem o aviso de edição especial.
policy-add-country = Adicionar um país (mais { $count })
policy-choose = escolher…

## A janela: marcas e comentários nas entradas, Localizar

review-flagged = Declaração marcada: { $note }
review-flagged-by = Declaração marcada ({ $by }): { $note }
review-clear-flag = Retirar a marca…
review-flag-resolved = Como foi resolvida a marca da entrada { $position }?
review-flag-why = Por que marcar a entrada { $position }?
review-clear-the-flag = Retirar a marca
review-flag = Marcar
review-comments-resolved = Comentários da entrada { $position } ({ $count }, todos resolvidos)
review-comments-open = Comentários da entrada { $position } ({ $open } abertos de { $count })
review-new-comment = Novo comentário na entrada { $position }
review-add-comment = Adicionar o comentário
review-resolved = resolvido
review-reopen = Reabrir
review-resolve = Resolver
review-reply-to = Responder à conversa { $thread }
review-reply = Responder
find-find = Localizar
find-replace-with = Substituir por
find-match-case = Diferenciar maiúsculas
find-no-matches = nenhuma ocorrência
find-matches = { $current } de { $count } ocorrências
find-previous = Anterior
find-previous-hint = Ocorrência anterior
find-next = Próxima
find-next-hint = Próxima ocorrência (Enter)
find-replace = Substituir
find-replace-all = Substituir tudo
find-close-hint = Fechar (Escape)

## A janela: sugestões, conflitos de mesclagem e idiomas das entradas

suggestion-draft = Sua sugestão (ainda não registrada)
suggestion-suggest = Sugerir
suggestion-suggest-hint = Registrar este texto como sua sugestão; a entrada fica como está
suggestion-discard = Descartar a sugestão
suggestion-by = Sugestão na entrada { $position } de { $author }, { $when }
suggestion-accept = Aceitar
suggestion-accept-hint = O texto sugerido passa a ser o da entrada
suggestion-reject = Recusar
suggestion-reject-hint = A entrada fica como está; a sugestão fica registrada
conflict-other-copy = a outra cópia
conflict-you-both-edited = Você e o outro lado mudaram as mesmas palavras de modo diferente.
conflict-you-deleted = Você apagou esta entrada; o outro lado a editou.
conflict-they-deleted = O outro lado apagou esta entrada; você a editou.
conflict-in-entry = Conflito de mesclagem na entrada { $position }: { $what }
conflict-theirs = A deles ({ $by })
conflict-deleted = (apagada)
conflict-mine = A minha
conflict-keep-mine-hint = Seu texto fica; o do outro lado é descartado
conflict-take-theirs-hint = O texto do outro lado substitui o seu
conflict-keep-both = Manter os dois textos
conflict-keep-both-hint = O do outro lado vai depois do seu na entrada: combine-os à mão
entry-language-as-issue = Como a edição ({ $language })
entry-language-hint = O idioma da entrada escolhe o dicionário com que sua ortografia é verificada
entry-language-badge = Escrita em { $language }: verificada com seu dicionário

## A janela: o tour da primeira vez

tour-outline-title = O sumário
tour-outline-text = As seções da edição e suas entradas, cada seção com seu status e sua própria proporção de mídia estatal. Clique numa seção para abri-la; «+ Seção» adiciona uma.
tour-page-title = A seção
tour-page-text = A seção aberta como uma página: cada entrada é um parágrafo, com suas citações como etiquetas embaixo. Clique num parágrafo para escrever; suas ferramentas (o campo do link, Biblioteca…, Comentar, Mais) aparecem ao lado.
tour-library-title = A biblioteca de fontes
tour-library-text = Todas as fontes da edição, com seu veículo e como a política as conta. Clique numa fonte para editar título, datas e tipo; um clique numa etiqueta traz a fonte para cá.
tour-meter-title = O medidor
tour-meter-text = A proporção de mídia estatal entre as fontes da edição, diante do limite da política, { $limit }. Acompanha cada mudança enquanto você digita; passe o ponteiro por cima para ver as outras medidas.
tour-paste-title = Experimente: cole um link
tour-paste-text = Copie o endereço de um artigo no navegador. Clique numa entrada, pressione Ctrl+L, depois Ctrl+V e Enter: a fonte fica citada sob a entrada e classificada na hora.
tour-share-title = Experimente: veja a proporção
tour-share-text = Cite o link de um veículo estatal (um endereço de rt.com ou telesurtv.net) e veja o medidor e a proporção da seção mudarem. Ctrl+Z desfaz.
tour-export-title = Experimente: exporte
tour-export-text = Exportar → Exportar HTML e Markdown… grava a página para os leitores; Exportar → Exportar PDF… compõe a edição. Ajuda → Tour pela janela mostra este tour de novo, e Ajuda → Guia do usuário (F1) tem o resto.
tour-progress = Tour · { $step } de { $count }
tour-close = Fechar o tour
tour-skip = Pular o tour
tour-done = Concluir
tour-back = Voltar

## A janela: arquivos, avisos e mensagens

untitled-new = Sem título
untitled-sample = Edição de exemplo (incluída)
untitled-imported-draft = Rascunho importado
repairs-title = O arquivo precisou de reparos
repairs-text = { $file }:
    • { $repairs }
    Salve para manter os reparos.
outlets-file-unreadable = Não foi possível ler o seu arquivo de veículos
files-no-desktop-dialog = O desktop não consegue mostrar uma caixa de diálogo de arquivos ({ $why }): usando o seletor próprio.
files-open-issue = Abrir uma edição
files-cannot-open = Não é possível abrir a edição
files-cannot-merge = Não é possível mesclar
files-save-issue = Salvar a edição
files-not-saved = Não salvo
files-not-saved-text = { $error }
    Suas alterações continuam abertas aqui e na cópia de recuperação; salve-as em outro lugar com Salvar como.
files-export-html = Exportar HTML (o Markdown é gravado ao lado)
files-cannot-open-page = Não é possível abrir a página
files-file-is-at = { $error }
    O arquivo está em { $file }.
files-no-pdf = Nenhum PDF gravado
files-nothing-written = { $error }.
    Nada foi gravado em { $file }.
files-export-failed = A exportação falhou
files-export-review-report = Exportar o relatório do revisor
help-guide-not-written = Não foi possível gravar o guia do usuário
help-cannot-open-guide = Não é possível abrir o guia do usuário
help-guide-is-at = { $error }
    O guia está em { $file }.
notice-sent-back = { $count ->
    [one] { $sections } estava aprovada; esta alteração a devolveu para revisão.
   *[other] { $sections } estavam aprovadas; esta alteração as devolveu para revisão.
}
notice-no-entry-to-cite = Não há nenhuma entrada onde citar um link: adicione uma entrada primeiro
add-word-failed = A palavra não foi adicionada
add-word-no-config = Não há pasta de configuração para guardar a lista de palavras (a pasta pessoal não foi encontrada). «Ignorar nesta edição» aceita a palavra até a edição ser fechada.
add-word-done = «{ $word }» adicionada a { $file }

## A linha de comando: importar e exportar

gate-errors = { $count ->
    [one] { $count } constatação de erro
   *[other] { $count } constatações de erro
}
gate-not-approved = não aprovadas: { $sections }
gate-not-approved-many = não aprovadas: { $count } seções ({ $sections } e mais { $more })
cli-export-strict = { $file }: { $gate }; nada foi exportado (--strict)
cli-export-not-ready = { $file }: não está pronta para publicação: { $gate }; nada foi exportado.
    Corrija (`monitor-workbench check { $file }`), exporte uma prévia com --draft ou publique mesmo assim com --override "MOTIVO" (registrado na edição).
cli-export-overridden = aviso: { $file }: publicada com uma exceção ({ $gate }), registrada na edição
cli-export-draft = nota: { $file }: exportação em rascunho; { $gate }
cli-export-archived = { $file }: as cópias arquivadas ficam registradas na edição
cli-note = nota: { $file }: { $note }
cli-export-failed = { $file }: { $error }; nada foi exportado
cli-warning = { $file }: aviso: { $warning }
cli-import-exists = { $file }: já existe; use --force para substituí-lo (o arquivo anterior é mantido como { $file }.bak)
cli-imported = Importadas { $sections ->
        [one] { $sections } seção
       *[other] { $sections } seções
    }, { $entries ->
        [one] { $entries } entrada
       *[other] { $entries } entradas
    } e { $sources ->
        [one] { $sources } fonte
       *[other] { $sources } fontes
    } em { $file }
cli-output-is-input = { $output }: é a edição que está sendo lida ({ $input }); uma saída nunca substitui sua entrada: dê outro nome a ela (um arquivo de edição fica melhor como .ron)

## O relatório do revisor

review-title = Relatório do revisor — { $heading }
review-kind = Relatório do revisor — não publicar
review-policy = Política: mídia estatal ({ $counted }) de { $countries }, no máximo { $limit } das { $metric }.
review-special-over = Edição especial: ultrapassa o limite de propósito; motivo: { $reason }
review-special-over-no-reason = Edição especial sem motivo: a proporção acima do limite continua sendo um erro até Dados da edição informar um.
review-special-within = Edição especial, embora dentro do limite (os leitores não veem o aviso de edição especial); motivo: { $reason }
review-special-within-no-reason = Edição especial sem motivo (a proporção está dentro do limite).
review-counts = { $state } de { $total }
review-share = Proporção de mídia estatal
review-metric = Medida
review-count = Contagem
review-share-column = Proporção
review-policy-column = Política
review-unreviewed = { $note }: veículos que nenhum registro conhece, contados como não estatais até alguém classificá-los.
review-counted-sources = Fontes contadas como mídia estatal ({ $count })
review-none = Nenhuma.
review-model = Modelo
review-decided-by = Decidido por
review-cited-by = Citada em
review-source = Fonte
review-marked-by-hand = marcada à mão: { $reason }
review-no-designations = Nenhum dos veículos citados aparece nas designações que o programa registra (suspensões de transmissão da UE, designações de missões estrangeiras dos EUA).
review-designated-by = Designado por
review-sections = Seções
review-sign-off = Aprovação
review-citations = Citações
review-entries = Entradas
review-words = Palavras
review-findings = Constatações ({ $count })
review-no-findings = Nenhuma constatação.
review-severity = Gravidade
review-where = Onde
review-finding = Constatação
review-flagged-declarations = Declarações marcadas ({ $count })
review-open-comments = Comentários abertos ({ $count })
review-open-suggestions = Sugestões abertas ({ $count })
review-now = Agora: { $text }
review-suggested = Sugerido: { $text }
review-overrides = Exceções de exportação ({ $count })
review-no-overrides = Nenhuma: toda exportação para publicação passou pelo controle.

## A janela: a fonte selecionada na biblioteca

source-editor-heading = Fonte nº { $id }
source-editor-delete = Excluir a fonte…
source-editor-counts-as-state-media = conta como mídia estatal
source-editor-not-state-media = não é mídia estatal
source-editor-url = URL
source-editor-outlet-hint = { $outlet } (segundo o registro)
source-editor-author = Autor
source-editor-accessed = Data de acesso
source-editor-notes = Notas
source-editor-cited-by = { $count ->
    [one] Citada em { $count } entrada
   *[other] Citada em { $count } entradas
}
source-editor-correct-outlet = Corrigir este veículo…
source-editor-verified = Verificada
source-editor-checked-against-article = conferida com o artigo
source-editor-state-media = Mídia estatal
source-editor-state-media-auto = automático (registro)
source-editor-state-media-yes = sim
source-editor-state-media-no = não
source-editor-reason = motivo
source-editor-reason-hint = por quê

## A janela: o que a web disse sobre uma fonte

capture-field-title = título
capture-field-outlet = veículo
capture-field-author = autor
capture-field-published = data de publicação
capture-field-language = idioma
capture-progress = { $what }: { $done } de { $total }
capture-cancelling = Cancelando: as requisições em andamento terminam, e nenhuma nova começa
capture-cancel-hint = Não iniciar novas requisições; as que estão em andamento terminam e são mantidas
capture-fetched-tag = obtido
capture-fetched-hint = Preenchido a partir da página; confira e confirme
capture-not-fetched-tag = não obtido
capture-not-fetched-hint = Dados não obtidos: { $reason }. Selecione a fonte para tentar de novo, ou digite os dados à mão.
capture-fetched-table-hint = Preenchido a partir da página; confira e confirme ({ $fields }): selecione a fonte e clique em Confirmar.
capture-fetch-hint = Ler uma vez a página deste link para preencher os campos vazios (título, veículo, data, autor, idioma); o que você digitou é mantido
capture-reading-page = Lendo a página…
capture-details-fetched = Dados obtidos.
capture-details-not-fetched = Dados não obtidos: { $reason }. Verifique se o endereço abre num navegador e tente de novo, ou digite os dados à mão.
capture-filled-from-page = Preenchido a partir da página: { $fields }. Confira e depois confirme (digitar num campo também o confirma).
capture-confirm = Confirmar
capture-confirm-hint = Os campos obtidos estão corretos como estão
capture-archived-copy = Cópia arquivada:
capture-archived-taken = feita em { $when }
capture-archived-none = nenhuma
capture-archive-hint = Pedir ao Internet Archive a cópia desta página feita depois da publicação, ou uma cópia nova
capture-asking-archive = Consultando o Internet Archive…
capture-not-archived = Não arquivada: { $reason }. O Internet Archive costuma ficar lento ou ocupado: tente de novo mais tarde.
capture-link = Link:
capture-link-checking = verificando…
capture-link-not-checked = ainda não verificado (menu Revisão, Verificar os links)
capture-link-alive = ativo (o site respondeu { $status }), verificado em { $when }
capture-link-dead = quebrado: { $reason }, verificado em { $when }. Encontre o novo endereço do artigo, ou cite uma cópia arquivada.
capture-link-moved = redireciona para { $to }{ $answer }, verificado em { $when }. Confira se ainda é o artigo que você cita, e quem o publica agora.
capture-link-moved-no-answer = { " " }(que não respondeu)
capture-link-moved-answered = { " " }(respondeu { $status })

## A janela: obter dados, arquivar e verificar links

capture-fetch-added-on = A partir de agora, os links que você adicionar terão os dados obtidos.
capture-fetch-added-off = Os links que você adicionar não terão mais os dados obtidos; Obter os dados continua lendo uma fonte quando você pede.
capture-consent-refused = Nada foi obtido. No menu Fontes, «Obter os dados dos links colados» ativa isso; Obter os dados lê uma fonte quando você pede.
capture-nothing-to-fetch = A biblioteca não tem fontes das quais obter dados.
capture-archiving-already = As cópias arquivadas já estão sendo pedidas.
capture-nothing-to-archive = Todas as fontes citadas têm cópia arquivada.
capture-checking-already = Os links já estão sendo verificados.
capture-nothing-to-check = Nenhuma entrada cita uma fonte ainda: não há links para verificar.
capture-nothing-requested = Nada foi pedido
capture-network-settings = Não é possível usar as configurações de rede: { $error }. Verifique as variáveis de proxy (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY) e abra o programa de novo.
capture-could-not-start = Não foi possível iniciar o trabalho ({ $error }); feche outros programas e tente de novo.
capture-archive-existing = A cópia do Internet Archive feita depois da publicação foi mantida.
capture-archive-saved = O Internet Archive fez uma cópia nova.
capture-links-checked = Links verificados: { $done } de { $total }
capture-links-checked-cancelled = Verificação de links cancelada após { $done } de { $total }
capture-links-checked-result = { $progress }; resultados registrados: { $recorded } (quebrados: { $dead }, redirecionados: { $moved }). Cada fonte mostra seu resultado; o painel Constatações lista os problemas.
capture-fetch-done = { $summary } Os campos preenchidos a partir das páginas ficam marcados como «obtido» até você confirmá-los.
capture-archived-failed = ; com falha: { $count } (cada fonte diz por quê)
capture-archived-cancelled = Pedido de cópias arquivadas cancelado após { $done } de { $total }
capture-archived-progress = Cópias arquivadas: { $done } de { $total }
capture-archived-result = { $progress }; registradas: { $recorded }{ $failed }. Todos os formatos para leitores trazem o link delas ao lado dos originais.
capture-checking-links = Verificando os links
capture-archiving = Arquivando
capture-fetching-details = Obtendo os dados
capture-fetch-failed = { $count ->
    [one] ; { $count } não pôde ser lido (cada fonte diz por quê)
   *[other] ; { $count } não puderam ser lidos (cada fonte diz por quê)
}
capture-fetch-cancelled = { $total ->
    [one] Obtenção de dados cancelada após { $done } de { $total } link: dados lidos de { $read }{ $failed }.
   *[other] Obtenção de dados cancelada após { $done } de { $total } links: dados lidos de { $read }{ $failed }.
}
capture-fetched-summary = { $total ->
    [one] Dados obtidos de { $read } de { $total } link{ $failed }.
   *[other] Dados obtidos de { $read } de { $total } links{ $failed }.
}

## A janela: fontes de fora (coladas, do Zotero)

sources-none-added = Nenhuma fonte adicionada: { $error }.
sources-added = { $added ->
    [one] { $added } fonte adicionada de { $from }{ $merged }.
   *[other] { $added } fontes adicionadas de { $from }{ $merged }.
}
sources-from-pasted = { $count ->
    [one] { $count } link colado
   *[other] { $count } links colados
}
sources-from-zotero = { $count ->
    [one] { $count } item do Zotero
   *[other] { $count } itens do Zotero
}
sources-merged = { $count ->
    [one] ; { $count } já estava na biblioteca ou repetido e foi mesclado
   *[other] ; { $count } já estavam na biblioteca ou repetidos e foram mesclados
}
sources-import-title = Importar fontes do Zotero (CSL JSON)
sources-import-notes = Notas da importação do Zotero
sources-not-imported = Fontes não importadas
sources-export-title = Exportar a biblioteca como CSL JSON
sources-exported = { $count ->
    [one] { $count } fonte exportada em { $file } para o Zotero.
   *[other] { $count } fontes exportadas em { $file } para o Zotero.
}
sources-export-failed = A exportação falhou
sources-cannot-read = { $file }: não é possível ler o arquivo: { $error }
sources-not-utf8 = { $file }:{ $at }: o arquivo não é texto UTF-8

## A janela: arquivos soltos nela

drops-answer-dialog-first = Responda primeiro à caixa de diálogo aberta e depois solte o arquivo de novo
drops-not-opened = { $file } não foi aberto: solte uma edição (.ron), um rascunho em Markdown (.md), o CSL JSON do Zotero (.json) ou um arquivo de veículos (.csv)
drops-cannot-import = Não é possível importar o rascunho
drops-imported-with-notes = O rascunho foi importado com notas
drops-imported = { $file } importado: salve-o como arquivo de edição

## A janela: Histórico

history-cannot-be-read = não pode ser lida: { $error }
history-first-version = primeira versão
history-changes-unknown = alterações desconhecidas
history-saved-here = salva aqui
history-no-versions = Ainda não há versões: cada vez que você salva, uma é guardada, e um arquivo versionado no git mostra seus commits.
history-select-version = Selecione uma versão para compará-la com a edição aberta aqui.
history-restore-issue = Restaurar a edição inteira
history-same = Igual à edição aberta aqui.
history-restore-entry = Restaurar esta entrada
history-restore-section = Restaurar esta seção
history-changed = Alterada: { $place }
history-same-text = O texto é o mesmo; mudaram as fontes, os comentários ou as marcações.
history-removed = Removida desde então: { $place }
history-added = Adicionada desde então: { $place }
history-section-added = Seção adicionada desde então: { $title }
history-section-removed = Seção removida desde então: { $title }
history-source-added = Fonte adicionada desde então: { $title }
history-source-removed = Fonte removida desde então: { $title }

## A janela: o seletor de arquivos próprio

chooser-parent-folder = Pasta superior
chooser-home-folder = Pasta pessoal
chooser-refresh = Atualizar
chooser-in-folder = Em { $folder }
chooser-empty = Nenhuma pasta ou arquivo correspondente aqui.
chooser-folder-name = Nome da pasta
chooser-folder-name-hint = vazio para a pasta mostrada, ou um caminho como ~/monitor
chooser-file-name = Nome do arquivo
chooser-file-name-hint = um nome, ou um caminho como ~/issues/vric-14.ron
chooser-shows = Mostra arquivos do tipo { $kind } ({ $patterns })
chooser-show-all = Mostrar todos os arquivos
chooser-open = Abrir
chooser-choose-folder = Escolher esta pasta
chooser-already-exists = { $file } já existe.
chooser-replace-question = Substituí-lo pelo que você está salvando agora?
chooser-replace = Substituir
chooser-keep = Mantê-lo
chooser-pick-a-file = Escolha um arquivo na lista ou digite o nome dele.
chooser-type-a-name = Digite um nome de arquivo.
chooser-does-not-exist = { $file } não existe.
chooser-folder-does-not-exist = A pasta { $folder } não existe.
chooser-not-a-folder = { $file } não é uma pasta. Escolha uma na lista, ou apague o nome para escolher a pasta mostrada.
chooser-cannot-read = Não é possível ler { $folder }: { $error }

## A janela: o editor de veículos

outlets-title = Veículos
outlets-search = Buscar
outlets-search-hint = nome, país, domínio, classificação ou código (CaPu)
outlets-add = Adicionar veículo…
outlets-import-csv = Importar CSV…
outlets-export-csv = Exportar CSV…
outlets-update-reference = Atualizar a partir de um arquivo…
outlets-update-reference-hint = Ler uma versão mais recente dos State Media Profiles (State_Media_Matrix.csv da ASD) e ver o que ela muda antes de usá-la
outlets-yours-win = Suas inclusões e correções ficam no seu próprio arquivo de veículos e prevalecem sobre a lista embutida.
outlets-count = { $count ->
    [0] 0 veículos
    [one] { $count } veículo
   *[other] { $count } veículos
}
outlets-status-hidden = oculto
outlets-status-reference = State Media Profiles
outlets-status-curated = revisado pela redação
outlets-status-corrected = corrigido
outlets-status-yours = seu
outlets-edit = Editar
outlets-edit-named = Editar { $outlet }
outlets-show = Mostrar
outlets-show-named = Mostrar { $outlet }
outlets-hide = Ocultar
outlets-hide-named = Ocultar { $outlet }
outlets-remove = Remover
outlets-remove-named = Remover { $outlet }
outlets-correct = Corrigir o veículo
outlets-classify = Classificar o veículo
outlets-name = Nome do veículo
outlets-name-hint = p. ex., Diario VEA
outlets-reader-name = Nome que os leitores veem
outlets-reader-name-hint = se não for o nome do veículo, p. ex., RT
outlets-country = País
outlets-country-hint = p. ex., Venezuela
outlets-domains = Domínios
outlets-classification = Classificação
outlets-languages = Idiomas
outlets-evidence = Evidências
outlets-evidence-hint = Por que esta classificação: propriedade, financiamento, uma listagem
outlets-save = Salvar o veículo
outlets-no-name = Dê um nome ao veículo.
outlets-no-domain = Informe pelo menos um domínio, p. ex., telesurtv.net.
outlets-not-a-domain = «{ $domain }» não é um nome de domínio.
outlets-import-title = Importar veículos de um CSV
outlets-update-reference-title = Atualizar os State Media Profiles a partir de um arquivo
outlets-export-title = Exportar seus veículos como CSV
outlets-updated = { $count ->
    [0] Veículos atualizados: nenhuma fonte reclassificada.
    [one] Veículos atualizados: { $count } fonte reclassificada.
   *[other] Veículos atualizados: { $count } fontes reclassificadas.
}
outlets-not-saved = Seus veículos não foram salvos
outlets-not-saved-text = A alteração vale até o programa ser fechado.
outlets-none-in-file = { $file } não contém nenhum veículo.
outlets-not-imported = Veículos não importados
outlets-not-a-release = Não é uma versão dos State Media Profiles
outlets-registry-unchanged = O registro não mudou.
outlets-release-applied = { $count ->
    [0] Agora a classificação usa a versão de { $origin }: nenhuma fonte reclassificada.
    [one] Agora a classificação usa a versão de { $origin }: { $count } fonte reclassificada.
   *[other] Agora a classificação usa a versão de { $origin }: { $count } fontes reclassificadas.
}
outlets-release-not-applied = A versão não foi aplicada
outlets-exported = { $count ->
    [0] Nenhum dos seus veículos foi exportado para { $file }.
    [one] { $count } dos seus veículos foi exportado para { $file }.
   *[other] { $count } dos seus veículos foram exportados para { $file }.
}
outlets-export-failed = Falha na exportação

## A janela: a ortografia e a lista de palavras da publicação

spelling-not-checked = A ortografia não é verificada no idioma da edição: { $problem }.
word-list-this-publication = esta publicação
word-list-heading = { $count ->
    [0] Lista de palavras de { $series } (nenhuma palavra)
    [one] Lista de palavras de { $series } ({ $count } palavra)
   *[other] Lista de palavras de { $series } ({ $count } palavras)
}
word-list-no-folder = Não foi encontrada nenhuma pasta de configuração onde guardar uma lista de palavras.
word-list-remove = Remover
word-list-remove-hint = Remover «{ $word }» da lista de palavras
word-list-new-word = Nova palavra
word-list-add = Adicionar
word-list-import = Importar…
word-list-import-hint = Adicionar a esta lista as palavras de um arquivo com uma palavra por linha
word-list-export = Exportar…
word-list-export-hint = Gravar esta lista num arquivo com uma palavra por linha
word-list-import-title = Importar uma lista de palavras
word-list-export-title = Exportar a lista de palavras
word-list-imported = { $count ->
    [0] Nenhuma palavra nova importada de { $file }.
    [one] { $count } palavra nova importada de { $file }.
   *[other] { $count } palavras novas importadas de { $file }.
}
word-list-exported = { $count ->
    [0] Nenhuma palavra exportada para { $file }.
    [one] { $count } palavra exportada para { $file }.
   *[other] { $count } palavras exportadas para { $file }.
}
spelling-quoted-word = «{ $word }»
spelling-no-suggestions = Nenhuma sugestão
spelling-add-to-dictionary = Adicionar ao dicionário
spelling-add-hint = Aceitar esta palavra daqui em diante: ela fica guardada na lista de palavras da publicação, { $path }
spelling-add-hint-no-folder = Aceitar esta palavra daqui em diante: ela fica guardada na lista de palavras da publicação (não foi encontrada nenhuma pasta de configuração)
spelling-ignore = Ignorar nesta edição
spelling-ignore-hint = Aceitar esta palavra nesta edição: ela fica guardada no arquivo da edição
spelling-unknown-words = { $count ->
    [0] Nenhuma palavra desconhecida.
    [one] { $count } palavra desconhecida
   *[other] { $count } palavras desconhecidas
}
spelling-entries-not-checked = As entradas em { $language } não são verificadas: { $problem }.
spelling-word-places = { $count ->
    [one] { $word } ({ $count } lugar)
   *[other] { $word } ({ $count } lugares)
}
spelling-perhaps = Talvez: { $words }
spelling-accept-other-languages = Aceitar palavras de outros idiomas
spelling-accept-other-languages-hint = Uma palavra correta em inglês, espanhol ou português (os instalados) não é sublinhada, seja qual for o idioma da edição.
spelling-accept-capitalised = Aceitar palavras com inicial maiúscula no meio da frase
spelling-accept-capitalised-hint = Uma palavra com maiúscula que não inicia uma frase é tomada por um nome próprio.
spelling-languages = Idiomas
spelling-installed = instalado ({ $dictionary })
spelling-install-hint = instale com: apt install { $package }

## A janela: o acervo

archive-title = Acervo
archive-tab-search = Busca
archive-tab-trends = Tendências
archive-none-open = Nenhum acervo está aberto. Um acervo é uma pasta de arquivos de edições, como o repositório da equipe: todas as edições que estão nela e em suas subpastas podem ser buscadas, são comparadas com a edição que você escreve e aparecem em gráficos.
archive-reading = Lendo o acervo em { $folder }… Enquanto isso, você pode continuar usando a janela.
archive-unreadable = Não foi possível ler o acervo em { $folder }: { $reason }
archive-unreadable-hint = Verifique se a pasta existe e pode ser lida, ou escolha outra.
archive-open-another = Abrir outro acervo…
archive-report = Relatório do acervo…
archive-close = Fechar o acervo
archive-close-hint = Parar de comparar com esta pasta; ela não será aberta na próxima inicialização.
archive-summary = { $count ->
    [0] 0 edições em { $folder }
    [one] { $count } edição em { $folder }
   *[other] { $count } edições em { $folder }
}
archive-updating = atualizando…
archive-empty = Nenhum arquivo de edição (.ron) foi encontrado nesta pasta nem em suas subpastas. Salve as edições ali ou abra a pasta que as contém.
archive-skipped = { $count ->
    [one] { $count } arquivo não pôde ser lido e ficou de fora
   *[other] { $count } arquivos não puderam ser lidos e ficaram de fora
}
archive-skipped-hint = Abra um arquivo para ver onde ele está danificado; depois de corrigido, ele é lido de novo.
archive-search = Buscar no acervo
archive-search-hint = palavras de uma entrada ou de uma seção, ou o título, o veículo ou o endereço de uma fonte
archive-search-help = Digite para buscar em todas as edições: as palavras coincidem em qualquer forma (informe, informes; report, reported) e sem acentos.
archive-no-match = Nada no acervo corresponde a «{ $query }».
archive-best-matches = Os { $limit } melhores resultados, do melhor para o pior
archive-matches = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados, do melhor para o pior
}
archive-open-hit = Abrir esta edição aqui
archive-place-entry = uma entrada
archive-place-section-named = seção «{ $section }»
archive-place-section = uma seção
archive-place-source = uma fonte da biblioteca
archive-open-number = Abrir a edição nº { $number }
archive-open-named = Abrir { $issue }
archive-closed = O acervo está fechado; nenhuma edição é comparada com ele.
archive-not-watched = As alterações na pasta não são acompanhadas ({ $reason }): abra o acervo de novo para vê-las.
archive-unreadable-choose = Não foi possível ler o acervo em { $folder }: { $reason }. Escolha outra pasta com Arquivo > Abrir o acervo…
archive-opened = { $count ->
    [0] Acervo aberto: nenhuma edição em { $folder } para comparar com a edição que você escreve (Exibir > Acervo: busca e tendências).
    [one] Acervo aberto: { $count } edição em { $folder }, comparada com a edição que você escreve (Exibir > Acervo: busca e tendências).
   *[other] Acervo aberto: { $count } edições em { $folder }, comparadas com a edição que você escreve (Exibir > Acervo: busca e tendências).
}
archive-thread-failed = o programa não conseguiu começar a lê-lo ({ $error })
archive-open-title = Abrir o acervo
archive-report-title = Gravar o relatório do acervo
archive-no-archive = Nenhum acervo está aberto
archive-no-archive-text = Primeiro abra uma pasta de arquivos de edições com Arquivo > Abrir o acervo…
archive-written = Gravado em { $file }.
archive-not-written = Não gravado
archive-not-written-text = Escolha outra pasta ou libere espaço, e tente de novo.

## A janela: as tendências do acervo

plots-title-shares = Proporção de mídia estatal por edição, em relação ao limite
plots-title-classes = Citações por classificação
plots-title-sections = Entradas por seção
plots-title-opinion-unclassified = Artigos de opinião e fontes sem classificação
plots-unit-share = proporção (%)
plots-unit-count = quantidade
plots-by-metric = por { $metric }
plots-limit = limite
plots-other-sections = outras seções
plots-opinion-citations = citações de opinião
plots-unclassified-sources = fontes sem classificação
plots-issue-number = nº { $number }
plots-none = Ainda não há edições para mostrar no gráfico.
plots-help = Um ponto por edição, na ordem da série. Passe o ponteiro sobre um ponto para ver a que edição ele se refere; clique nele para abrir a edição.
plots-accessible-name = { $count ->
    [one] { $title }: um gráfico de { $count } edição
   *[other] { $title }: um gráfico de { $count } edições
}
plots-export-data = Exportar os dados (CSV)
plots-export-data-named = Exportar os dados (CSV): { $plot }
plots-save-png = Salvar como PNG
plots-save-png-named = Salvar como PNG: { $plot }
plots-export-data-title = Exportar os dados do gráfico (CSV)
plots-save-png-title = Salvar o gráfico como PNG
plots-not-on-screen = o gráfico não estava na tela: mostre-o em Acervo > Tendências e salve-o de novo
plots-image-failed = não foi possível criar a imagem ({ $error })
plots-no-image = Nenhuma imagem gravada
plots-no-screenshot = A janela não conseguiu capturar a própria imagem aqui. Exporte os dados do gráfico (CSV) em vez disso, ou faça uma captura de tela com a ferramenta do seu desktop.
plots-nothing-written = Nada foi gravado em { $file }: { $reason }.

## A janela: os campos de data

dates-hint = dd/mm/aaaa
dates-type-hint = Digite uma data: 2022-02-13, 13 fev 2022 ou 13/02/2022 (dia/mês/ano)
dates-clear-hint = Limpar a data
dates-month-not-allowed = «{ $typed }» é um mês: digite também o dia, como em { $example }
dates-needed = Aqui é preciso informar uma data.
dates-calendar = Escolher num calendário

## Tipos de fonte e os modelos do State Media Monitor

kind-news = notícia
kind-opinion = opinião
kind-analysis = análise
kind-official-statement = declaração oficial
kind-press-release = comunicado à imprensa
kind-wire = agência
kind-social-media = redes sociais
kind-other = outro
model-state-controlled = mídia controlada pelo Estado
model-captured-public = mídia pública capturada / gerida pelo Estado
model-captured-private = mídia privada capturada
model-independent-funded-managed = mídia independente financiada e gerida pelo Estado
model-independent-funded = mídia independente financiada pelo Estado
model-independent-managed = mídia independente gerida pelo Estado
model-independent-public = mídia pública independente
model-government-official = um site oficial de um governo
model-independent = mídia independente
model-explained = { $code }, { $model }: financiamento estatal direto: { $funding }; controle estatal da governança e da propriedade: { $governance }; controle editorial do Estado: { $editorial }
answer-yes = sim
answer-no = não
answer-either = sim ou não

## A linha de comando: obter dados, verificar links, arquivar

capture-summary-failed = falhou: { $url }: { $error }
capture-summary-fetched = { $total ->
    [0] Foram obtidos os dados de { $filled } de { $total } fontes.
    [one] Foram obtidos os dados de { $filled } de { $total } fonte.
   *[other] Foram obtidos os dados de { $filled } de { $total } fontes.
}
capture-summary-fetched-failed = { $total ->
    [one] Foram obtidos os dados de { $filled } de { $total } fonte; com falha: { $failed } (digite os dados à mão):
   *[other] Foram obtidos os dados de { $filled } de { $total } fontes; com falha: { $failed } (digite os dados à mão):
}
capture-summary-not-a-page = o endereço retorna { $kind }, não uma página web; digite os dados à mão
capture-summary-dates-disagree = A página traz mais de uma data de publicação: { $date } foi tirada de { $origin }; ela também diz { $others }. Confira a data.
capture-summary-page-cut = A página tem mais de { $megabytes } MB; só o começo dela foi lido.
capture-summary-other-site = O endereço agora leva a outro site, { $url }; os dados são dessa página. Confira se é o artigo que você cita, ou cite o endereço para onde ele leva.
capture-summary-json-ld-unreadable = Não foi possível ler um bloco JSON-LD (linha { $line }, coluna { $column }: { $error }); as outras tags foram usadas.
capture-summary-links-checked = { $count ->
    [0] Foram verificados { $count } links: ativos: { $alive }, quebrados: { $dead }, redirecionados para outro site: { $moved }.
    [one] Foi verificado { $count } link: ativos: { $alive }, quebrados: { $dead }, redirecionados para outro site: { $moved }.
   *[other] Foram verificados { $count } links: ativos: { $alive }, quebrados: { $dead }, redirecionados para outro site: { $moved }.
}
capture-summary-no-copy = sem cópia: { $url }: { $error }
capture-summary-archived = { $count ->
    [0] Cópias arquivadas de { $count } fontes citadas que não tinham nenhuma: já no arquivo web: { $existing }, salvas agora: { $saved }, com falha: { $failed }.
    [one] Cópias arquivadas de { $count } fonte citada que não tinha nenhuma: já no arquivo web: { $existing }, salvas agora: { $saved }, com falha: { $failed }.
   *[other] Cópias arquivadas de { $count } fontes citadas que não tinham nenhuma: já no arquivo web: { $existing }, salvas agora: { $saved }, com falha: { $failed }.
}

## A linha de comando: check

cli-check-links-recorded = { $summary } Os resultados ficam registrados em { $file }.
cli-check-wrote-review = O relatório do revisor foi gravado em { $file }
cli-plain-warning = aviso: { $warning }
cli-spelling-checked = Ortografia verificada com { $dictionary }.
cli-spelling-checked-also = Ortografia verificada com { $dictionary }; as palavras de { $languages } são aceitas.
cli-spelling-not-checked = a ortografia do idioma da edição ({ $language }) não foi verificada: { $problem }.

## A linha de comando: o acervo

archive-cli-unreadable = { $folder }: não é possível ler a pasta do acervo: { $error }
archive-cli-skipped = nota: { $file } não é lido como edição: { $reason }
archive-cli-no-match = Nenhuma edição em { $folder } menciona «{ $query }».
archive-cli-place-source = fonte nº { $id }
archive-cli-column-issue = edição
archive-cli-column-published = publicada
archive-cli-column-limit = limite
archive-cli-column-compliant = cumpre
archive-cli-yes = sim
archive-cli-no = não
archive-cli-report-written = { $count ->
    [0] O relatório do acervo, com { $count } edições, foi gravado em { $file }
    [one] O relatório do acervo, com { $count } edição, foi gravado em { $file }
   *[other] O relatório do acervo, com { $count } edições, foi gravado em { $file }
}

## A linha de comando: merge e git-setup

merge-cannot-write = { $file }: não é possível gravar a mesclagem: { $error }
merge-conflicts-kept = { $count ->
    [one] { $file }: { $count } conflito fica no arquivo para uma pessoa decidir:
   *[other] { $file }: { $count } conflitos ficam no arquivo para uma pessoa decidir:
}
merge-check-lists-them = `monitor-workbench check` os lista até que sejam resolvidos.
merge-conflict-entry-text = { $section }, entrada { $position }: o texto dela
git-setup-no-git = o git não está instalado (ou não está no PATH); instale o git e execute git-setup de novo
git-setup-not-a-repository = { $folder }: não está dentro de um repositório git (`git init` cria um)
git-setup-no-git-short = o git não está instalado (ou não está no PATH)
git-setup-cannot-run = não é possível executar o git: { $error }
git-setup-done = { $folder }: os arquivos de edição (*.ron) agora são mesclados com `monitor-workbench merge`; faça commit do .gitattributes para que a equipe o compartilhe (cada clone executa git-setup uma vez).

## A linha de comando: uma versão dos State Media Profiles (outlets import-asd)

outlets-cli-not-utf8 = { $file }:{ $at }: não é texto UTF-8; salve a versão como CSV em UTF-8
outlets-cli-cannot-read = não é possível ler { $file }: { $error }
outlets-cli-no-config = este sistema não tem nenhuma pasta de configuração onde guardar a versão
outlets-cli-release = { $count ->
    [0] { $file }: { $count } veículos (antes { $before }); a versão { $summary }.
    [one] { $file }: { $count } veículo (antes { $before }); a versão { $summary }.
   *[other] { $file }: { $count } veículos (antes { $before }); a versão { $summary }.
}
outlets-cli-release-changes-nothing = não muda nada
outlets-cli-release-changes = { $count ->
    [0] adiciona { $count } domínios, altera { $changed }, remove { $removed }
    [one] adiciona { $count } domínio, altera { $changed }, remove { $removed }
   *[other] adiciona { $count } domínios, altera { $changed }, remove { $removed }
}
outlets-cli-release-host-kept = (nossos veículos decidem este domínio; ele fica como está)
outlets-cli-unrated = { $count ->
    [one] ({ $count } linha sem modelo fica de fora)
   *[other] ({ $count } linhas sem modelo ficam de fora)
}
outlets-cli-not-applied = Nada foi aplicado: execute de novo com --apply para classificar com esta versão.
outlets-cli-applied = Aplicada: a janela e a linha de comando agora classificam com esta versão (guardada como { $file }); os veículos revisados pela redação e os seus continuam prevalecendo. Apague esse arquivo para voltar à versão embutida.

## Histórico: o que mudou entre duas versões

history-summary-none = nenhuma alteração
history-summary-sections-added = { $count ->
    [one] { $count } seção adicionada
   *[other] { $count } seções adicionadas
}
history-summary-sections-removed = { $count ->
    [one] { $count } seção removida
   *[other] { $count } seções removidas
}
history-summary-sections-removed-more = { $count ->
    [one] { $count } removida
   *[other] { $count } removidas
}
history-summary-entries-changed = { $count ->
    [one] { $count } entrada alterada
   *[other] { $count } entradas alteradas
}
history-summary-entries-added = { $count ->
    [one] { $count } entrada adicionada
   *[other] { $count } entradas adicionadas
}
history-summary-entries-added-more = { $count ->
    [one] { $count } adicionada
   *[other] { $count } adicionadas
}
history-summary-entries-removed = { $count ->
    [one] { $count } entrada removida
   *[other] { $count } entradas removidas
}
history-summary-entries-removed-more = { $count ->
    [one] { $count } removida
   *[other] { $count } removidas
}
history-summary-sources-added = { $count ->
    [one] { $count } fonte adicionada
   *[other] { $count } fontes adicionadas
}
history-summary-sources-removed = { $count ->
    [one] { $count } fonte removida
   *[other] { $count } fontes removidas
}
history-summary-sources-removed-more = { $count ->
    [one] { $count } removida
   *[other] { $count } removidas
}
history-error-io = não é possível guardar nem ler versões em { $folder }: { $error }
history-error-git = o git não conseguiu mostrar o commit { $commit }: { $message }
history-git-no-file-name = sem nome de arquivo
history-git-not-utf8 = o arquivo não está em UTF-8

## Designações oficiais de veículos

designation-describe = { $authority }, { $act }, { $date }{ $in_force }: { $outlet }, { $measure }
designation-in-force = { " " }(em vigor desde { $date })
designation-short = { $act }, { $date }

## Por que uma fonte tem a classificação que tem

explain-country-not-given = país não informado
explain-registry = Registro: { $outlet } ({ $country }), { $model }
explain-model = Modelo: { $model }
explain-layer-reference = os State Media Profiles (ASD) do registro embutido
explain-layer-curated = a lista de veículos revisados pela redação do registro embutido
explain-layer-user = seus veículos
explain-decided-by = Decidido por: { $decided }
explain-matched-domain = Corresponde ao domínio { $domain } (host { $host }); origem: { $layer }
explain-corrects = Corrige os State Media Profiles: { $correction }
explain-evidence = Evidências: { $evidence }
explain-no-outlet = Nenhum veículo do registro publica em { $host }
explain-host-is-address = O host da URL é o endereço { $address }, não um domínio, então nenhum veículo pode corresponder a ele
explain-no-host = A URL não tem host, então nenhum veículo pode corresponder a ela
explain-designated = Designado: { $designation }
explain-marked-state-media = Marcada à mão como mídia estatal: { $reason }
explain-marked-not-state-media = Marcada à mão como mídia não estatal: { $reason }
explain-counts-as-state-media = Conta como mídia estatal segundo a política desta edição
explain-model-not-counted = Não é mídia estatal: a política não conta { $model }
explain-country-not-counted = Não é contada: { $country } não está entre os países da política
explain-unclassified = Sem classificação: classifique o veículo ou marque a fonte à mão
explain-since = desde { $from }
explain-until = até { $until }
explain-from-to = de { $from } a { $to }
explain-as-of = { $span } (vigente em { $day }, dia da fonte)
explain-kind-page = Tipo: { $kind }, como a página o declara ({ $evidence })
explain-kind-page-declared = Tipo: { $kind }, como a página o declarou
explain-kind-editor = Tipo: { $kind }, escolhido pelo editor
explain-kind-editor-page-differs = Tipo: { $kind }, escolhido pelo editor; a página o declara { $declared } ({ $evidence })
explain-kind-address = Tipo: { $kind }, pelo endereço (/{ $segment }/)
explain-kind-address-no-opinion = Tipo: { $kind }, pelo endereço (nada nele indica opinião)

## Links colados para citá-los

paste-empty = nada foi colado: cole um link como https://www.reuters.com/…
paste-not-web = «{ $text }» não é um endereço da web: só é possível citar links http e https
paste-not-url = «{ $text }» não é um endereço da web: cole um link como https://www.reuters.com/…

## Datas digitadas num campo de data

dates-parse-empty = nenhuma data foi digitada
dates-parse-unrecognised = «{ $text }» não é uma data: digite uma data como 2022-02-13, 13 fev 2022 ou 13/02/2022 (dia/mês/ano)
dates-parse-unknown-month = «{ $text }»: «{ $word }» não é nome de mês
dates-parse-no-such-month = «{ $text }»: não existe o mês { $month }
dates-parse-slashes = barras
dates-parse-dots = pontos
dates-parse-dashes = hifens
dates-parse-month-first = «{ $text }»: não existe o mês { $month }; datas com { $separators } são lidas como dia/mês/ano
dates-parse-no-such-day = «{ $text }»: { $month } de { $year } não tem dia { $day }
dates-parse-that-month = esse mês
dates-parse-two-digit-year = «{ $text }»: escreva o ano completo; { $year } pode ser 19{ $year } ou 20{ $year }
dates-parse-missing-year = «{ $text }»: falta o ano; digite-o completo, como em 13 fev 2022
dates-parse-year-out-of-range = «{ $text }»: o ano deve estar entre { $first } e { $last }

## Ortografia: dicionários, listas de palavras e palavras desconhecidas

spelling-problem-dictionary-missing = não há nenhum dicionário ortográfico de { $language } instalado. Instale um (por exemplo, `apt install { $package }`) ou coloque os arquivos .aff e .dic dele em { $folder } e verifique de novo
spelling-problem-config-folder = a pasta de configuração do programa, dentro de dictionaries/
spelling-problem-dictionary-unreadable = não é possível ler o dicionário { $path }: { $error }
spelling-problem-dictionary-invalid = o dicionário { $path } não é um dicionário Hunspell que o spellbook consiga ler: { $message }
spelling-problem-language-english-uk = inglês (Reino Unido)
spelling-problem-language-english = inglês
spelling-problem-language-spanish = espanhol
spelling-problem-language-portuguese-brazil = português (Brasil)
spelling-problem-language-portuguese-portugal = português (Portugal)
spelling-problem-language-portuguese = português
spelling-problem-language-french = francês
spelling-problem-language-german = alemão
spelling-problem-language-italian = italiano
spelling-problem-word-list-unreadable = não é possível ler a lista de palavras { $path }: { $error }; corrija ou remova o arquivo
spelling-problem-word-list-not-a-list = não é possível ler { $path } como lista de palavras: { $error }
spelling-problem-word-list-not-saved = não é possível salvar a lista de palavras: { $error }
spelling-problem-word-list-no-folder = não é possível criar a pasta { $path } para a lista de palavras: { $error }
spelling-problem-place-summary = resumo
spelling-problem-place-section-title = título de seção «{ $title }»
spelling-problem-no-suggestion = nenhuma sugestão.
spelling-problem-did-you-mean = você quis dizer { $words }?
spelling-problem-unknown-word = «{ $word }» não está no dicionário { $dictionary } ({ $places }); { $advice } Se estiver correta, adicione-a à lista de palavras da publicação.
spelling-problem-entries-not-checked = A ortografia das entradas em { $language } não é verificada ({ $places }): { $problem }.

## Constatações: o que edições anteriores do acervo já noticiaram

reported-near-duplicate = Texto quase igual ao de { $issue }, { $section }, entrada { $position } ({ $share } dos seus grupos de três palavras em comum): isto já foi noticiado?
reported-already-cited = Já citada em { $issue }, { $section }, entrada { $position }.

## A linha de comando: --help (os comentários de documentação de src/cli/mod.rs)

help-about = Compõe uma edição do monitor de notícias, cita cada matéria e mantém a mídia estatal dentro da política.
help-file = Arquivo de edição (.ron) a abrir na janela; sem ele, a última edição ou a edição de exemplo incluída
help-lang = O idioma dos textos do programa: en, es ou pt. Se não for indicado, o do sistema (LC_ALL, LC_MESSAGES, LANG) ou, na janela, o escolhido em Preferências. O idioma próprio de uma edição, que é o das suas exportações, é definido na edição
help-import = Converte um rascunho em Markdown num arquivo de edição
help-import-draft = O rascunho: `# Title`, `## Section`, um parágrafo por entrada, os links como fontes
help-import-output = O arquivo de edição a gravar
help-import-force = Substitui OUTPUT se ele existir (o arquivo antigo fica guardado como OUTPUT.bak)
help-import-fetch = Acessa a página de cada fonte (6 por vez, no máximo 10 s cada uma) e preenche título, veículo, data, autor e idioma com os metadados da página. Sem esta opção, nada é baixado
help-export = Grava a edição como HTML autocontido, como PDF e como Markdown do Pandoc
help-export-long =
    Grava a edição como HTML autocontido, como PDF e como Markdown do Pandoc.

    Sem --html, --markdown, --pdf nem --email, grava o HTML e o Markdown ao lado de ISSUE (ISSUE.html, ISSUE.md).
help-export-html = Onde gravar a página HTML
help-export-markdown = Onde gravar o Markdown do Pandoc
help-export-pdf = Onde gravar o PDF, composto pelo próprio programa (não precisa de LaTeX)
help-export-email = Onde gravar a edição como e-mail HTML, com todos os estilos inline; a alternativa em texto simples é gravada ao lado (OUT.txt)
help-export-paper = A página impressa: o papel do PDF e o tamanho de impressão do HTML
help-export-contents = Uma lista «Nesta edição» com as seções, após o cabeçalho (HTML, PDF; no Markdown, o sumário do Pandoc)
help-export-strict = Recusa exportar (sai com código 1) quando a edição tem constatações de erro, mesmo com --override
help-export-override-reason = Exporta para publicação apesar de constatações de erro ou seções não aprovadas; o motivo, quem e quando ficam registrados no arquivo da edição
help-export-by = Quem assina a exceção (padrão: $USER)
help-export-draft = Uma prévia, não para publicação: sem o controle de publicação, marcada como rascunho no topo
help-export-sources = Onde fica a lista de fontes
help-export-compliance-summary = Adiciona um resumo de conformidade (cópia do revisor, não para os leitores)
help-export-page-breaks = Começa cada seção numa página nova na impressão e no PDF
help-export-no-archived-links = Omite a cópia arquivada de cada fonte (Internet Archive), que, caso contrário, os formatos para leitores mostram ao lado do endereço original
help-export-archived-links = Os formatos para leitores já mostram as cópias arquivadas sem que se peça; a opção é mantida para que scripts escritos para versões anteriores continuem funcionando
help-export-archive-missing = Antes de gravar, pede ao Internet Archive uma cópia de cada fonte citada que não tenha nenhuma, 6 por vez, e as registra em ISSUE (que é salvo; o arquivo antigo fica guardado como ISSUE.bak). Sem esta opção, export não se conecta a nenhum site
help-export-mainfont = A fonte tipográfica principal do PDF, por exemplo "Noto Serif": no PDF do próprio programa (se não estiver instalada, é recusada com um erro que indica o nome) e no Markdown para o Pandoc (`mainfont`)
help-check = Mostra o relatório de conformidade. Código de saída 0: cumpre a política; 1: constatações de erro; 2: arquivo ilegível
help-check-json = Um objeto JSON em vez do relatório em texto
help-check-html = Grava também o relatório do revisor (HTML) neste arquivo
help-check-links = Primeiro acessa cada link citado (6 por vez) e registra em ISSUE (que é salvo; o arquivo antigo fica guardado como ISSUE.bak) o que aconteceu com ele: morto, movido para outro site ou para mídia estatal. Sem esta opção, `check` mostra os últimos resultados registrados e não se conecta a nenhum site
help-check-archive = Compara também a edição com as edições anteriores desta pasta: endereços citados antes (`already-cited`) e entradas quase iguais a uma anterior (`near-duplicate-entry`), como notas
help-check-spelling = Verifica também a ortografia das entradas, dos títulos de seção, do resumo e do aviso de isenção com o dicionário do idioma da edição (ou com o do idioma próprio de uma entrada, quando ela declara um): cada palavra desconhecida vira uma nota `spelling` com seus lugares e sugestões, também no relatório do revisor. São aceitos os nomes que a edição conhece (veículos, títulos e autores das fontes), as palavras ignoradas na edição e a lista de palavras da publicação
help-merge = Mescla duas versões de um arquivo de edição feitas a partir de uma mesma base; o driver de mesclagem do git (`merge %O %A %B`)
help-merge-long =
    Mescla duas versões de um arquivo de edição feitas a partir de uma mesma base; o driver de mesclagem do git (`merge %O %A %B`).

    Grava o resultado em OURS. Código de saída 0: mesclado; 1: conflitos que uma pessoa precisa decidir, guardados em OURS como dados (`check` os lista); 2: um arquivo não pôde ser lido.
help-merge-base = O ancestral comum (o %O do git); um arquivo vazio equivale a uma edição vazia
help-merge-ours = A nossa versão (o %A do git); o resultado a substitui
help-merge-theirs = A versão do outro lado (o %B do git)
help-merge-theirs-name = Quem escreveu THEIRS, dado guardado com cada conflito (o %Y do git: o branch ou o commit mesclado; um `%Y` literal vindo de um git anterior à 2.44 é ignorado)
help-git-setup = Faz o git mesclar os arquivos de edição com `merge`: grava `.gitattributes` e o driver `merge.monitor-workbench` do repositório
help-git-setup-dir = Uma pasta dentro do repositório (padrão: a pasta atual)
help-package-files = Para empacotadores: grava as páginas de manual (DIR/man: a do programa e uma por subcomando) e os scripts de autocompletar do bash, zsh e fish (DIR/completions) a partir desta linha de comando
help-package-files-dir = A pasta onde gravá-los (é criada se não existir)
help-archive = O acervo: todos os arquivos de edição de uma pasta (e de suas subpastas), tomados como a série
help-outlets = O registro de veículos: atualiza a sua camada dos State Media Profiles
help-archive-search = Busca no texto das entradas, nos títulos de seção e nos títulos, veículos e endereços das fontes de todas as edições; os melhores resultados primeiro
help-archive-search-json = Um array JSON de resultados em vez de texto
help-archive-search-limit = Quantos resultados no máximo
help-archive-report = Grava o relatório do acervo (uma página HTML): os indicadores e a conformidade de cada edição, a proporção ao longo do tempo num gráfico, os veículos mais citados, as citações por classificação e as exportações que precisaram de uma exceção
help-archive-stats = Os indicadores de cada edição: a proporção de mídia estatal por cada medida em relação ao limite, a conformidade, as citações, as fontes de opinião e sem classificação e as exceções
help-archive-stats-csv = CSV, uma linha por edição
help-outlets-import-asd = Lê uma versão mais recente dos State Media Profiles (State_Media_Matrix.csv da ASD) e lista os domínios que ela adiciona, altera e remove; com --apply, passa a classificar com ela. Os veículos revisados pela redação e os seus continuam prevalecendo. Nada é baixado da rede
help-outlets-import-asd-file = O arquivo CSV da versão
help-outlets-import-asd-apply = Usa a versão daqui em diante (sem esta opção, só lista as alterações)

## A janela: o que faltava

files-saved-no-version = Salvo. Nenhuma versão foi guardada para o Histórico: { $error }
entry-spelling-not-checked = A ortografia desta entrada não é verificada: { $problem }.
file-kind-issue = Edição do monitor
file-kind-html = Página HTML
file-kind-pdf = Documento PDF
file-kind-png = Imagem PNG
file-kind-word-list = Lista de palavras
