# Monitor Workbench: the interface in English.
#
# One message per id; the Spanish (es.ftl) and Portuguese (pt.ftl) files
# have the same ids with the same placeables (a test holds it). Terms of the
# field are kept alike across the window, the command line and the exports:
# see the README's glossary.

## Words used inside other messages

metric-citations = citations
metric-entries = entries
metric-words = words
status-draft = draft
status-in-review = in review
status-changes-requested = changes requested
status-approved = approved
masthead-series = series
masthead-published = published date
masthead-coverage = coverage period
masthead-publisher = publisher
masthead-disclaimer = disclaimer
conflict-both-edited = both sides changed the same words differently
conflict-ours-deleted = our side deleted the entry, theirs edited it
conflict-theirs-deleted = their side deleted the entry, ours edited it
share-counts = ({ $state } of { $total })
finding-location = { $section }, entry { $position }
unreviewed-citations = { $count ->
    [one] 1 citation unreviewed
   *[other] { $count } citations unreviewed
}

## Findings: the share and the masthead

finding-special-edition-without-reason = The issue is marked a special edition but gives no reason; until it does, a share above the limit stays an error. Give the reason in Issue details.
finding-special-edition = Special edition: state media make up { $share } of { $metric }{ $counts }, exceeding the { $limit } limit on purpose — reason: { $reason }
finding-state-media-share = State media make up { $share } of { $metric }{ $counts }; the policy allows at most { $limit }.
finding-missing-masthead = The issue has no { $field }; readers need it. Fill it in Issue details.
finding-merge-field = A merge left `{ $field }` undecided: ours { $ours }, theirs { $theirs }; ours is kept until someone resolves it.

## Findings: sections and entries

finding-empty-section = The section has no entry: readers will not see it. Write an entry or remove the section.
finding-section-not-approved = The section is { $status }, not approved.
finding-missing-source = { $count ->
    [one] Cites source #{ $list }, which is not in the library (a merge or an edit removed it): restore the source or remove the citation.
   *[other] Cites { $count } sources, { $list }, which are not in the library (a merge or an edit removed them): restore the source or remove the citation.
}
finding-entry-conflict = A merge left this entry undecided: { $what }; choose a version.
finding-open-suggestion = { $author } suggested a change to this entry on { $when }; accept or reject it.
finding-unsourced-entry = The entry cites no source.
finding-flagged-declaration = Flagged as carrying an anti-US or anti-West declaration.
finding-flagged-declaration-note = Flagged as carrying an anti-US or anti-West declaration: { $note }.
finding-opinion-source = Cites an opinion piece ({ $source }); the policy excludes opinion.
finding-state-media-only = Every source of the entry is state media: { $sources }.

## Findings: sources

finding-invalid-url = "{ $url }" is not an absolute http or https URL.
finding-link-too-long = The link is { $length } characters long; browsers, mail and the PDF cannot carry more than { $longest }, so readers would get no link. Use the article's own address without tracking parameters: { $url }
finding-unclassified-address = { $host } is an address, not a domain, so no outlet of the registry can match it: its citations are unreviewed, counted as not state media until you set the source's state-media override.
finding-unclassified-outlet = { $host } is in no outlet of the registry: its citations are unreviewed, counted as not state media until you classify the outlet or set the source's state-media override.
finding-outside-period = Published { $published }, outside the coverage period { $from } to { $to }.
finding-duplicate-source = Same article as source #{ $id } ({ $url }); merge the two.
finding-unused-source = No entry cites this source.
finding-unverified-source = No reviewer has ticked this source as verified; the policy requires it.
finding-kind-address-says-opinion = Its address marks it opinion (/{ $segment }/) but the page declares it { $kind } ({ $evidence }); { $standing }. Read the piece and set its kind if that is wrong.
finding-kind-page-says-opinion = The page declares it opinion ({ $evidence }) but its address does not; { $standing }. Read the piece and set its kind if that is wrong.
kind-standing-editor = the editor chose { $kind }
kind-standing-page = it counts as { $kind }, as the page says
kind-standing-address = it counts as { $kind }, from its address

## Findings: links and designations

finding-not-archived = No archived copy of this page: when it moves or goes, readers lose the source. Ask for one (Archive on the source, or `export --archive-missing`); the exports then link it beside the original.
link-archived-copy-exists = { " " }An archived copy exists: { $url }.
link-landing-unreachable = { " " }(that page could not be reached)
link-landing-status = { " " }(that page answered { $status })
finding-link-dead = The link was dead when checked on { $when }: { $reason }.{ $archived } Readers cannot open it: cite an archived copy or another report.
finding-link-moved-to-state-media = The link now redirects to { $to }{ $landing }, a state-media outlet under the policy, when checked on { $when }; the share counts the original as independent, so it would be wrong. Cite the article where it first appeared, or set the source's state-media override.
finding-link-moved = The link now leads to another site, { $to }{ $landing }, when checked on { $when }.{ $archived } Check that it still shows what the entry cites.
designation-more = { " " }(and { $count } more)
designation-by = { $outlet } is designated by { $authority } ({ $act }){ $more }
finding-designated-classified-otherwise = { $designated }, but the registry classifies { $outlet } as { $class }: the registry's keepers should review that classification, as a designation is evidence of state control.
finding-designated-unknown = { $designated }, but no outlet of the registry publishes on { $host }: its citations are unreviewed. Classify the outlet; the designation is evidence of state control.

## The command line's check report

check-all-countries = all countries
check-policy = { $path } · policy: state media ({ $counted }) of { $countries } at most { $limit } of { $metric }
check-share = State-media share
check-over-on-purpose = over the limit on purpose (special edition)
check-over = over the limit
check-within = within the limit
check-unreviewed = { $note }: outlets no registry knows, counted as not state media until classified
check-by-section = By section
check-designations = Official designations of cited outlets ({ $count })
check-errors = Errors ({ $count })
check-warnings = Warnings ({ $count })
check-notes = Notes ({ $count })
check-compliant = Compliant: { $errors }, { $warnings }.
check-not-compliant = Not compliant: { $errors }, { $warnings }.
findings-errors = { $count ->
    [one] 1 error
   *[other] { $count } errors
}
findings-warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}

## The window: commands, as the menus name them

command-new = New issue
command-open = Open…
command-save = Save
command-save-as = Save as…
command-export = Export HTML and Markdown…
command-export-pdf = Export PDF…
command-quit = Quit
command-undo = Undo
command-redo = Redo
command-find = Find and replace…
command-issue-details = Issue details
command-toggle-outline = Outline panel
command-toggle-library = Source library panel
command-history = History
command-findings = Findings
command-review-report = Export reviewer's report…
command-preferences = Preferences…
command-outlets = Outlets…
command-import-csl = Import sources from Zotero (CSL JSON)…
command-export-csl = Export library as CSL JSON…
command-fetch-all = Fetch details of all sources
command-check-links = Check links
command-archive-missing = Archive cited sources without a copy
command-open-archive = Open archive…
command-archive = Archive: search and trends
command-spelling = Spelling
command-cite-link = Cite a link in this entry
command-user-guide = User guide
command-tour = Tour of the window
command-about = About Monitor Workbench

## The window: menus

menu-file = File
menu-open-recent = Open recent
menu-no-recent-files = No recent files
menu-edit = Edit
menu-view = View
menu-theme = Theme
menu-sources = Sources
menu-review = Review
menu-suggest-changes = Suggest changes
menu-export = Export
menu-help = Help
menu-help-hint = Paste a URL under an entry to cite it; the share of state media updates as you type.
theme-system = Follow the system
theme-light = Light
theme-dark = Dark
fetch-pasted = Fetch details of pasted links
fetch-pasted-hint = Read each link's page once when you cite, paste or import it, to fill in its title, outlet, date, author and language. Only the sites themselves are asked; no cookies, nothing sent but the request.

## The window: buttons many dialogs share

button-save = Save
button-cancel = Cancel

## The window: Preferences

prefs-title = Preferences
prefs-sign-with-name = Review steps are signed with your name. Set it once here.
prefs-reviewer-name = Your name (reviewer)
prefs-language = Language of the program
prefs-language-system = As the system ({ $language })
prefs-builtin-chooser = Always use the built-in file chooser
prefs-builtin-chooser-hint = The workbench uses the desktop's file dialogs where it can, and its own chooser where the desktop has none (no portal). Tick to always use its own.

## Dates

date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## The window: status bar, findings panel, share meter

findings-notes = { $count ->
    [one] 1 note
   *[other] { $count } notes
}
status-words = { $count ->
    [one] 1 word
   *[other] { $count } words
}
status-show-findings = Show the findings
status-special-edition = Special edition: over the limit on purpose
status-special-edition-hint = The reason is on record (Issue details); it is not an error.
status-unsaved = unsaved changes
status-not-saved-yet = not saved yet
status-saved = saved
status-suggest-mode = Suggest mode
status-autosave-failed = autosave failed: { $error }
findings-panel-counts = Findings: { $errors }, { $warnings }
findings-all = All
findings-show-errors = Errors
findings-show-warnings = Warnings
findings-show-notes = Notes
findings-show-notes-hint = What the archive says this issue repeats: open one with File > Open archive…
findings-rule = Rule
findings-any-rule = any rule
button-close = Close
severity-error = error
severity-warning = warning
severity-note = note
findings-open-earlier = Open { $issue }, { $section }, entry { $position }
findings-classify-host = Classify { $host }…
findings-classify-outlet = Classify this outlet…
findings-archive-source = Archive this source
findings-archive-source-hint = Ask the Internet Archive for a copy of the page and record it
coverage-range = { $from } to { $to }
legend-title = The sources' colours
legend-state-media = state media: counted against the limit
legend-government = a government or state-controlled outlet the policy does not count
legend-opinion = opinion: excluded by the policy
legend-unclassified = unclassified: an outlet the registry does not know
legend-independent = independent or public service
meter-citations = { $state } of { $total } citations
meter-entries = { $state } of { $total } entries
meter-words = { $state } of { $total } words
meter-summary = State media: { $counts } — { $share } of { $limit } allowed
meter-special-edition = special edition
meter-by-metric = State-media share by metric
meter-policy = Policy: at most { $limit } of { $metric }

## The window: the outline, the section as a page, its entries and chips

outline-title = Outline
outline-section = Section
outline-add-section = Add section
outline-add-section-hint = Add a section after the selected one
untitled-section = (untitled section)
outline-rename = Rename
add-entry = Add entry
move-up = Move up
move-down = Move down
section-status = Status
delete-section = Delete section
delete-entry = Delete entry
outline-entries = { $count ->
    [one] 1 entry
   *[other] { $count } entries
}
outline-section-share = State media in this section, by { $metric }
outline-entry = entry { $position }
outline-flagged = flagged
outline-open-comments = { $count } open
outline-open-comments-hint = Open comments on this entry
outline-errors-hint = { $errors }; the findings panel lists them (Review → Findings)
outline-empty-entry = (empty entry)
status-action-draft = Back to draft
status-action-in-review = Send to review
status-action-changes-requested = Request changes
status-action-approved = Approve
section-none-selected = Select a section in the outline, or add one with “+ Section”.
section-no-entries = This section has no entries yet.
section-title = Section title
section-approved-by = by { $reviewer }, { $when }
section-suggest-hint = Typing in an entry records a suggestion instead of changing it
section-suggest-mode = Suggest mode: your edits become suggestions
section-add-entry-hint = A new paragraph at the end of this section
entry-not-cited = Not cited: { $problem }
entry-hint = Write the report: one to five sentences; *emphasis* and **strong** allowed.
entry-name = Entry { $position }
entry-library = Library…
entry-library-hint = Cite a source already in the library
entry-comment = Comment
entry-comment-hint = Comment on entry { $position }
entry-more = More
entry-flag-declaration = Flag declaration…
entry-move-to-section = Move to section
chips-no-source = No source cited
chips-missing-source = missing source #{ $id }
chips-on-this-citation = On this citation:
chips-hint = Click to open it in the library; right-click to copy its link.
mark-state-media = state media
mark-unclassified = unclassified
mark-opinion = opinion
mark-outside-period = outside period
mark-invalid-url = invalid URL
mark-unverified = unverified
mark-duplicate = duplicate
no-title = (no title)
copy-link = Copy link
link-copied = Link copied: { $url }
open-in-browser = Open in browser
show-in-library = Show in library
remove-citation = Remove citation
remove-citation-of = Remove the citation of { $outlet }
link-field-name = Add source to entry { $position }
link-field-hint = Paste a link to cite it (Ctrl+L)
library-search = Search the library
library-search-hint = outlet, title or URL

## The window: the source library

library-heading = Source library ({ $count })
library-filter = Filter
library-all = All
library-state-media = State media only
library-unclassified = Unclassified
library-uncited = Uncited
library-unverified = Unverified
library-add-urls = Add sources from URLs
library-urls = URLs, one per line or anywhere in the text
library-add-these = Add these sources
library-fetch-details = Fetch details
library-archive = Archive
column-outlet = Outlet
column-class = Class
column-title = Title
column-cited = Cited
column-published = Published
column-kind = Kind

## The window: Issue details

details-series = Series
details-title = Title
details-published = Published
details-publisher = Publisher
details-language = Language
details-summary = Summary
details-disclaimer = Disclaimer
details-policy = Sourcing policy
details-conflicts = Merge conflicts: you and they set these differently
details-theirs = Theirs: { $value }
details-mine = Mine: { $value }
details-keep-mine = Keep mine
details-take-theirs = Take theirs
details-methodology = Methodology note
details-methodology-hint = empty: the default wording of the issue's language
details-placeholders = Placeholders: { $list }
details-readers-see = Readers see: { $note }
details-canonical-url = Canonical URL
details-canonical-url-hint = https://… where the issue is published (optional)
details-licence = Licence
details-licence-hint = e.g. CC BY 4.0 (optional)
details-number = Number
details-no-number = 0 = no number
details-coverage = Coverage period
details-from = from
details-to = to
details-clear = clear
details-quotes = Quotation marks
details-quotes-language = as the language writes them: { $example }
details-quotes-hint = Straight quotes, apostrophes and dashes typed in the issue become these in every export.
details-editors = Editors
details-editors-hint = names, separated by commas

## The window: dialogs

button-ok = OK
unsaved-title = Unsaved changes
unsaved-question = Save the changes to { $file } first?
unsaved-dont-save = Don't save
approve-open-title = Approve “{ $section }”?
approve-open-text = This section still has { $open }. Approving it says it is ready to publish as it stands.
approve-anyway = Approve anyway
remove-source-title = Delete a cited source?
remove-source-text = { $count ->
    [one] 1 entry cites this source. Deleting it removes those citations too.
   *[other] { $count } entries cite this source. Deleting it removes those citations too.
}
remove-source = Delete source
changed-on-disk-title = The file changed on disk
changed-on-disk-text = { $file } was changed by someone or something else since you opened or saved it (another editor, a git pull). Saving now would replace those changes; Merge combines them with yours.
changed-on-disk-reload = Reload from disk
changed-on-disk-reload-hint = Your unsaved changes here are dropped
changed-on-disk-merge = Merge
changed-on-disk-merge-hint = Combine their changes with yours; what both changed differently is shown at the entry for you to decide
changed-on-disk-overwrite = Overwrite
exported-title = Exported
exported-one = Wrote { $file }
exported-two = Wrote { $file }
    and { $beside }
exported-note = Note: { $note }.
exported-open-pdf = Open the PDF
exported-open-html = Open the HTML
recover-title = Recover unsaved work?
recover-text = { $count ->
    [one] The workbench closed before this work was saved. A recovery copy was kept:
   *[other] The workbench closed before this work was saved: { $count } recovery copies, newest first.
}
recover-restore = Restore
recover-discard = Discard the copy
recover-restore-named = Restore { $name }
recover-discard-named = Discard { $name }
recover-later = Later
recover-later-hint = Keep every copy; they are offered again at the next start
consent-title = Fetch the details of the links you add?
consent-text = { $count ->
    [one] You added a link.
   *[other] You added { $count } links.
} The workbench can read the page of each link you add, to fill in its title, outlet, date, author and language for you to check.
consent-what = What is requested: each added link's page, once, when you cite, paste or import it.
consent-where = From where: the sites themselves, at the addresses you added; no other service.
consent-not = What is not done: no cookies are kept or sent, and nothing is sent but the request (with a user agent that names the workbench). Nothing is fetched for the links already in the issue.
consent-marked = Fields filled from a page are marked “fetched” until you confirm them; what you typed is never replaced.
consent-change = You can change this at any time: the Sources menu, “Fetch details of pasted links”, or Edit, Preferences.
consent-yes = Yes, fetch details
consent-no = No, don't fetch
consent-no-hint = Nothing is requested; Fetch details still reads one source when you ask
release-title = Update the State Media Profiles
release-text = { $origin }: { $after } outlets (now { $before }). The release { $summary }.
release-unrated = { $count ->
    [one] 1 row without a model is left out.
   *[other] { $count } rows without a model are left out.
}
release-note = The curated outlets and your own keep deciding the hosts they list. Every issue is reclassified with the release at once.
release-apply = Apply
about-version = Version { $version }
about-reference = Reference data: { $release }, under the curated outlets of this release.
about-bundled = Bundled, with their licences:
about-item = For { $what }: { $licence }.

## What is still open in a section

open-comments = { $count ->
    [one] 1 unresolved comment
   *[other] { $count } unresolved comments
}
open-suggestions = { $count ->
    [one] 1 open suggestion
   *[other] { $count } open suggestions
}
open-flags = { $count ->
    [one] 1 flagged declaration
   *[other] { $count } flagged declarations
}
list-and = { $rest } and { $last }
