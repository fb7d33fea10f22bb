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
    [one] { $count } citation unreviewed
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
    [one] { $count } error
   *[other] { $count } errors
}
findings-warnings = { $count ->
    [one] { $count } warning
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
    [one] { $count } note
   *[other] { $count } notes
}
status-words = { $count ->
    [one] { $count } word
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
    [one] { $count } entry
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
    [one] { $count } entry cites this source. Deleting it removes those citations too.
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
    [one] { $count } row without a model is left out.
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
    [one] { $count } unresolved comment
   *[other] { $count } unresolved comments
}
open-suggestions = { $count ->
    [one] { $count } open suggestion
   *[other] { $count } open suggestions
}
open-flags = { $count ->
    [one] { $count } flagged declaration
   *[other] { $count } flagged declarations
}
list-and = { $rest } and { $last }

## The window: the export dialog

export-title-html = Export HTML and Markdown
export-title-pdf = Export PDF
export-share = State media: { $share } of { $metric } (limit { $limit }).
export-compliant = The issue is compliant. { $share }
export-not-compliant = The issue is not compliant: { $errors }. { $share }
export-not-approved = Not approved: { $sections }.
export-draft = Draft preview, not for publication (marked as draft)
export-sources = Sources
export-sources-per-section = after each section
export-sources-at-end = at the end
export-page-breaks = Start each section on a new page (print, PDF)
export-compliance-summary = Include the compliance summary (reviewer's copy)
export-archived-links = Link each source's archived copy beside it (where it has one)
export-paper = Paper
export-us-letter = US Letter
export-contents = List the sections after the masthead (“In this issue”)
export-needs-override = Publishing now needs an override: its reason, your name and the time are recorded in the issue.
export-override-reason = Reason for publishing anyway
export-publish-with-override = Publish with override…
export-draft-button = Export draft…
export-button = Export…

## The window: the sourcing policy in Issue details

policy-limit = Limit of state media
policy-measured-by = Measured by
policy-counts = Counts as state media
policy-countries = Countries in scope
policy-opinion = Opinion pieces
policy-opinion-excluded = excluded (an opinion source is an error)
policy-verification = Source verification
policy-not-required = not required
policy-required-warning = required (warning)
policy-required-error = required (error)
policy-outside-period = Dates outside the period
policy-unreviewed = Unreviewed outlets
policy-error-blocks = error: blocks publication
policy-unreviewed-hint = Citations of an outlet no registry knows count as not state media until someone classifies it.
policy-edition = Edition
policy-special-edition = Special edition: exceeds the limit on purpose
policy-special-edition-hint = With a reason, a share above the limit is on record instead of an error, and readers see the special edition's disclaimer.
policy-why = Why it exceeds the limit
policy-why-hint = for reviewers and the record
policy-no-reason = Without a reason, a share above the limit stays an error.
policy-disclaimer = Readers' disclaimer
policy-readers-see = Readers see, after the methodology note: { $notice }
policy-within-limit = The share is within the limit: readers see no special-edition disclaimer.
policy-add-country = Add a country ({ $count } more)
policy-choose = choose…

## The window: flags and comments on entries, Find

review-flagged = Declaration flagged: { $note }
review-flagged-by = Declaration flagged ({ $by }): { $note }
review-clear-flag = Clear flag…
review-flag-resolved = How was the flag on entry { $position } resolved?
review-flag-why = Why flag entry { $position }?
review-clear-the-flag = Clear the flag
review-flag = Flag
review-comments-resolved = Comments on entry { $position } ({ $count }, all resolved)
review-comments-open = Comments on entry { $position } ({ $open } open of { $count })
review-new-comment = New comment on entry { $position }
review-add-comment = Add comment
review-resolved = resolved
review-reopen = Reopen
review-resolve = Resolve
review-reply-to = Reply to thread { $thread }
review-reply = Reply
find-find = Find
find-replace-with = Replace with
find-match-case = Match case
find-no-matches = no matches
find-matches = { $current } of { $count } matches
find-previous = Previous
find-previous-hint = Previous match
find-next = Next
find-next-hint = Next match (Enter)
find-replace = Replace
find-replace-all = Replace all
find-close-hint = Close (Escape)

## The window: suggestions, merge conflicts and languages of entries

suggestion-draft = Your suggestion (not yet recorded)
suggestion-suggest = Suggest
suggestion-suggest-hint = Record this text as your suggestion; the entry stays as it is
suggestion-discard = Discard suggestion
suggestion-by = Suggestion on entry { $position } by { $author }, { $when }
suggestion-accept = Accept
suggestion-accept-hint = The suggested text becomes the entry's text
suggestion-reject = Reject
suggestion-reject-hint = The entry stays as it is; the suggestion is kept on record
conflict-other-copy = the other copy
conflict-you-both-edited = You and they changed the same words differently.
conflict-you-deleted = You deleted this entry; they edited it.
conflict-they-deleted = They deleted this entry; you edited it.
conflict-in-entry = Merge conflict in entry { $position }: { $what }
conflict-theirs = Theirs ({ $by })
conflict-deleted = (deleted)
conflict-mine = Mine
conflict-keep-mine-hint = Your text stays; theirs is dropped
conflict-take-theirs-hint = Their text replaces yours
conflict-keep-both = Keep both texts
conflict-keep-both-hint = Theirs goes after yours in the entry: combine them by hand
entry-language-as-issue = As the issue ({ $language })
entry-language-hint = The entry's language chooses the dictionary its spelling is checked with
entry-language-badge = Written in { $language }: checked with its dictionary

## The window: the first run's tour

tour-outline-title = The outline
tour-outline-text = The issue's sections and their entries, each section with its status and its own share of state media. Click a section to open it; “+ Section” adds one.
tour-page-title = The section
tour-page-text = The open section as a page: each entry a paragraph, its citations as chips under it. Click a paragraph to write; its tools (the link field, Library…, Comment, More) show beside it.
tour-library-title = The source library
tour-library-text = Every source of the issue, with its outlet and how the policy counts it. Click a source to edit its title, dates and kind; a chip's click brings its source here.
tour-meter-title = The meter
tour-meter-text = The share of state media in the issue's sourcing, against the policy's limit of { $limit }. It follows every change as you type; hover it for the other measures.
tour-paste-title = Try it: paste a link
tour-paste-text = Copy an article's address in your browser. Click an entry, press Ctrl+L, then Ctrl+V and Enter: the source is cited under the entry and classified at once.
tour-share-title = Try it: watch the share
tour-share-text = Cite a state outlet's link (an address on rt.com or telesurtv.net) and watch the meter and the section's share move. Ctrl+Z takes it back.
tour-export-title = Try it: export
tour-export-text = Export → Export HTML and Markdown… writes the page for readers; Export → Export PDF… typesets the issue. Help → Tour of the window shows this tour again, and Help → User guide (F1) has the rest.
tour-progress = Tour · { $step } of { $count }
tour-close = Close the tour
tour-skip = Skip tour
tour-done = Done
tour-back = Back

## The window: files, notices and messages

untitled-new = Untitled
untitled-sample = Sample issue (bundled)
untitled-imported-draft = Imported draft
repairs-title = The file needed repairs
repairs-text = { $file }:
    • { $repairs }
    Save to keep the repairs.
outlets-file-unreadable = Your outlet file could not be read
files-no-desktop-dialog = The desktop cannot show a file dialog ({ $why }): using the built-in chooser.
files-open-issue = Open issue
files-cannot-open = Cannot open the issue
files-cannot-merge = Cannot merge
files-save-issue = Save issue
files-not-saved = Not saved
files-not-saved-text = { $error }
    Your changes are still open here, and in the recovery copy; save them elsewhere with Save as.
files-export-html = Export HTML (the Markdown is written beside it)
files-cannot-open-page = Cannot open the page
files-file-is-at = { $error }
    The file is at { $file }.
files-no-pdf = No PDF written
files-nothing-written = { $error }.
    Nothing was written to { $file }.
files-export-failed = Export failed
files-export-review-report = Export the reviewer's report
help-guide-not-written = The user guide could not be written
help-cannot-open-guide = Cannot open the user guide
help-guide-is-at = { $error }
    The guide is at { $file }.
notice-sent-back = { $count ->
    [one] { $sections } was approved; this edit sent it back to review.
   *[other] { $sections } were approved; this edit sent them back to review.
}
notice-no-entry-to-cite = There is no entry to cite a link in: add an entry first
add-word-failed = The word was not added
add-word-no-config = There is no config folder to keep the word list in (no home folder was found). “Ignore in this issue” accepts the word until the issue is closed.
add-word-done = “{ $word }” added to { $file }

## The command line: import and export

gate-errors = { $count ->
    [one] { $count } error finding
   *[other] { $count } error findings
}
gate-not-approved = not approved: { $sections }
gate-not-approved-many = not approved: { $count } sections ({ $sections } and { $more } more)
cli-export-strict = { $file }: { $gate }; nothing exported (--strict)
cli-export-not-ready = { $file }: not ready for publication: { $gate }; nothing exported.
    Fix it (`monitor-workbench check { $file }`), export a preview with --draft, or publish anyway with --override "REASON" (recorded in the issue).
cli-export-overridden = warning: { $file }: published with an override ({ $gate }), recorded in the issue
cli-export-draft = note: { $file }: draft export; { $gate }
cli-export-archived = { $file }: the archived copies are recorded in the issue
cli-note = note: { $file }: { $note }
cli-export-failed = { $file }: { $error }; nothing exported
cli-warning = { $file }: warning: { $warning }
cli-import-exists = { $file }: already exists; pass --force to replace it (the old file is kept as { $file }.bak)
cli-imported = Imported { $sections ->
        [one] { $sections } section
       *[other] { $sections } sections
    }, { $entries ->
        [one] { $entries } entry
       *[other] { $entries } entries
    } and { $sources ->
        [one] { $sources } source
       *[other] { $sources } sources
    } into { $file }
cli-output-is-input = { $output }: is the issue being read ({ $input }); an output never replaces its input: name the output otherwise (an issue file is best named .ron)

## The reviewer's report

review-title = Reviewer's report — { $heading }
review-kind = Reviewer's report — not for publication
review-policy = Policy: state media ({ $counted }) of { $countries } at most { $limit } of { $metric }.
review-special-over = Special edition: exceeds the limit on purpose — reason: { $reason }
review-special-over-no-reason = Special edition without a reason: the share above the limit stays an error until Issue details gives one.
review-special-within = Special edition, within the limit all the same (readers see no special-edition disclaimer) — reason: { $reason }
review-special-within-no-reason = Special edition without a reason (the share is within the limit).
review-counts = { $state } of { $total }
review-share = Share of state media
review-metric = Metric
review-count = Count
review-share-column = Share
review-policy-column = Policy
review-unreviewed = { $note }: outlets no registry knows, counted as not state media until someone classifies them.
review-counted-sources = Sources counted as state media ({ $count })
review-none = None.
review-model = Model
review-decided-by = Decided by
review-cited-by = Cited by
review-source = Source
review-marked-by-hand = marked by hand: { $reason }
review-no-designations = None of the cited outlets is named in the designations the workbench records (EU broadcasting suspensions, US foreign-mission designations).
review-designated-by = Designated by
review-sections = Sections
review-sign-off = Sign-off
review-citations = Citations
review-entries = Entries
review-words = Words
review-findings = Findings ({ $count })
review-no-findings = No findings.
review-severity = Severity
review-where = Where
review-finding = Finding
review-flagged-declarations = Flagged declarations ({ $count })
review-open-comments = Open comments ({ $count })
review-open-suggestions = Open suggestions ({ $count })
review-now = Now: { $text }
review-suggested = Suggested: { $text }
review-overrides = Export overrides ({ $count })
review-no-overrides = None: every publication export passed the gate.

## The window: the selected source in the library

source-editor-heading = Source #{ $id }
source-editor-delete = Delete source…
source-editor-counts-as-state-media = counts as state media
source-editor-not-state-media = not state media
source-editor-url = URL
source-editor-outlet-hint = { $outlet } (from the registry)
source-editor-author = Author
source-editor-accessed = Accessed
source-editor-notes = Notes
source-editor-cited-by = { $count ->
    [one] Cited by { $count } entry
   *[other] Cited by { $count } entries
}
source-editor-correct-outlet = Correct this outlet…
source-editor-verified = Verified
source-editor-checked-against-article = checked against the article
source-editor-state-media = State media
source-editor-state-media-auto = auto (registry)
source-editor-state-media-yes = yes
source-editor-state-media-no = no
source-editor-reason = reason
source-editor-reason-hint = why

## The window: what the web said about a source

capture-field-title = title
capture-field-outlet = outlet
capture-field-author = author
capture-field-published = published
capture-field-language = language
capture-progress = { $what }: { $done } of { $total }
capture-cancelling = Cancelling: the requests under way finish, no new one starts
capture-cancel-hint = Start no new request; those under way finish and are kept
capture-fetched-tag = fetched
capture-fetched-hint = Filled from the page; check it and confirm
capture-not-fetched-tag = not fetched
capture-not-fetched-hint = Details not fetched: { $reason }. Select the source to try again, or type its details by hand.
capture-fetched-table-hint = Filled from the page; check it and confirm ({ $fields }): select the source, then Confirm.
capture-fetch-hint = Read this link's page once to fill the empty fields (title, outlet, date, author, language); what you typed stays
capture-reading-page = Reading the page…
capture-details-fetched = Details fetched.
capture-details-not-fetched = Details not fetched: { $reason }. Check that the address opens in a browser and try again, or type the details by hand.
capture-filled-from-page = Filled from the page: { $fields }. Check, then confirm (typing in a field confirms it too).
capture-confirm = Confirm
capture-confirm-hint = The fetched fields are right as they are
capture-archived-copy = Archived copy:
capture-archived-taken = taken { $when }
capture-archived-none = none
capture-archive-hint = Ask the Internet Archive for its copy of this page taken after it was published, or for a new copy
capture-asking-archive = Asking the archive…
capture-not-archived = Not archived: { $reason }. The archive is often slow or busy: try again later.
capture-link = Link:
capture-link-checking = checking…
capture-link-not-checked = not checked yet (Review menu, Check links)
capture-link-alive = alive (the site answered { $status }), checked { $when }
capture-link-dead = dead: { $reason }, checked { $when }. Find the article's new address, or cite an archived copy.
capture-link-moved = moved to { $to }{ $answer }, checked { $when }. Check that it is still the article you cite, and who publishes it now.
capture-link-moved-no-answer = { " " }(which did not answer)
capture-link-moved-answered = { " " }(answered { $status })

## The window: fetching, archiving and checking links

capture-fetch-added-on = Links you add from now on have their details fetched.
capture-fetch-added-off = Links you add are no longer fetched; Fetch details still reads one on request.
capture-consent-refused = Nothing was fetched. The Sources menu's “Fetch details of pasted links” turns it on; Fetch details reads one source on request.
capture-nothing-to-fetch = The library has no sources to fetch.
capture-archiving-already = Archived copies are being requested already.
capture-nothing-to-archive = Every cited source has an archived copy.
capture-checking-already = The links are being checked already.
capture-nothing-to-check = No entry cites a source yet: no link to check.
capture-nothing-requested = Nothing was requested
capture-network-settings = The network settings cannot be used: { $error }. Check the proxy variables (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY) and start the workbench again.
capture-could-not-start = The work could not start ({ $error }); close other programs and try again.
capture-archive-existing = The archive's copy taken after publication is kept.
capture-archive-saved = The archive made a new copy.
capture-links-checked = Links checked: { $done } of { $total }
capture-links-checked-cancelled = Links checked cancelled after { $done } of { $total }
capture-links-checked-result = { $progress }; { $recorded } recorded: { $dead } dead, { $moved } moved. Each source shows its result; Findings lists the problems.
capture-fetch-done = { $summary } Fields filled from the pages are marked “fetched” until you confirm them.
capture-archived-failed = ; { $count } failed (each source says why)
capture-archived-cancelled = Archived copies cancelled after { $done } of { $total }
capture-archived-progress = Archived copies: { $done } of { $total }
capture-archived-result = { $progress }; { $recorded } recorded{ $failed }. Every reader's format links them beside the originals.
capture-checking-links = Checking links
capture-archiving = Archiving
capture-fetching-details = Fetching details
capture-fetch-failed = ; { $count } could not be read (each source says why)
capture-fetch-cancelled = { $total ->
    [one] Fetching cancelled after { $done } of { $total } link: details read for { $read }{ $failed }.
   *[other] Fetching cancelled after { $done } of { $total } links: details read for { $read }{ $failed }.
}
capture-fetched-summary = { $total ->
    [one] Details fetched for { $read } of { $total } link{ $failed }.
   *[other] Details fetched for { $read } of { $total } links{ $failed }.
}

## The window: sources from outside (pasted, Zotero)

sources-none-added = No source added: { $error }.
sources-added = { $added ->
    [one] { $added } source added from { $from }{ $merged }.
   *[other] { $added } sources added from { $from }{ $merged }.
}
sources-from-pasted = { $count } pasted
sources-from-zotero = { $count } Zotero items
sources-merged = ; { $count } already in the library or repeated were merged
sources-import-title = Import sources from Zotero (CSL JSON)
sources-import-notes = Zotero import notes
sources-not-imported = Sources not imported
sources-export-title = Export the library as CSL JSON
sources-exported = { $count } sources exported to { $file } for Zotero.
sources-export-failed = Export failed
sources-cannot-read = { $file }: cannot read the file: { $error }
sources-not-utf8 = { $file }:{ $at }: the file is not UTF-8 text

## The window: files dropped on it

drops-answer-dialog-first = Answer the open dialog first, then drop the file again
drops-not-opened = { $file } was not opened: drop an issue (.ron), a Markdown draft (.md), Zotero's CSL JSON (.json) or an outlets file (.csv)
drops-cannot-import = Cannot import the draft
drops-imported-with-notes = The draft was imported with notes
drops-imported = Imported { $file }: save it as an issue file

## The window: History

history-cannot-be-read = cannot be read: { $error }
history-first-version = first version
history-changes-unknown = changes unknown
history-saved-here = saved here
history-no-versions = No versions yet: each save keeps one, and a file tracked by git shows its commits.
history-select-version = Select a version to compare it with the issue open here.
history-restore-issue = Restore whole issue
history-same = Same as the issue open here.
history-restore-entry = Restore this entry
history-restore-section = Restore this section
history-changed = Changed: { $place }
history-same-text = Its text is the same; its sources, comments or flags changed.
history-removed = Removed since: { $place }
history-added = Added since: { $place }
history-section-added = Section added since: { $title }
history-section-removed = Section removed since: { $title }
history-source-added = Source added since: { $title }
history-source-removed = Source removed since: { $title }

## The window: the built-in file chooser

chooser-parent-folder = Parent folder
chooser-home-folder = Home folder
chooser-refresh = Refresh
chooser-in-folder = In { $folder }
chooser-empty = No folders or matching files here.
chooser-folder-name = Folder name
chooser-folder-name-hint = empty for the folder shown, or a path such as ~/monitor
chooser-file-name = File name
chooser-file-name-hint = a name, or a path such as ~/issues/vric-14.ron
chooser-shows = Shows { $kind } files ({ $patterns })
chooser-show-all = Show all files
chooser-open = Open
chooser-choose-folder = Choose this folder
chooser-already-exists = { $file } already exists.
chooser-replace-question = Replace it with what you are saving now?
chooser-replace = Replace
chooser-keep = Keep it
chooser-pick-a-file = Pick a file in the list or type its name.
chooser-type-a-name = Type a file name.
chooser-does-not-exist = { $file } does not exist.
chooser-folder-does-not-exist = The folder { $folder } does not exist.
chooser-not-a-folder = { $file } is not a folder. Pick one in the list, or clear the name to choose the folder shown.
chooser-cannot-read = Cannot read { $folder }: { $error }

## The window: the outlet editor

outlets-title = Outlets
outlets-search = Search
outlets-search-hint = name, country, domain, classification or code (CaPu)
outlets-add = Add outlet…
outlets-import-csv = Import CSV…
outlets-export-csv = Export CSV…
outlets-update-reference = Update from file…
outlets-update-reference-hint = Read a newer release of the State Media Profiles (ASD's State_Media_Matrix.csv) and see what it changes before using it
outlets-yours-win = Your additions and corrections are kept in your own outlet file and win over the built-in list.
outlets-count = { $count ->
    [one] 1 outlet
   *[other] { $count } outlets
}
outlets-status-hidden = hidden
outlets-status-reference = State Media Profiles
outlets-status-curated = curated
outlets-status-corrected = corrected
outlets-status-yours = yours
outlets-edit = Edit
outlets-edit-named = Edit { $outlet }
outlets-show = Show
outlets-show-named = Show { $outlet }
outlets-hide = Hide
outlets-hide-named = Hide { $outlet }
outlets-remove = Remove
outlets-remove-named = Remove { $outlet }
outlets-correct = Correct outlet
outlets-classify = Classify outlet
outlets-name = Outlet name
outlets-name-hint = e.g. Diario VEA
outlets-reader-name = Name readers see
outlets-reader-name-hint = if not the outlet name, e.g. RT
outlets-country = Country
outlets-country-hint = e.g. Venezuela
outlets-domains = Domains
outlets-classification = Classification
outlets-languages = Languages
outlets-evidence = Evidence
outlets-evidence-hint = Why this classification: ownership, funding, a listing
outlets-save = Save outlet
outlets-no-name = Give the outlet a name.
outlets-no-domain = Give at least one domain, e.g. telesurtv.net.
outlets-not-a-domain = "{ $domain }" is not a domain name.
outlets-import-title = Import outlets from CSV
outlets-update-reference-title = Update the State Media Profiles from a file
outlets-export-title = Export your outlets as CSV
outlets-updated = { $count ->
    [one] Outlets updated: 1 source reclassified.
   *[other] Outlets updated: { $count } sources reclassified.
}
outlets-not-saved = Your outlets were not saved
outlets-not-saved-text = The change applies until the workbench closes.
outlets-none-in-file = { $file } holds no outlets.
outlets-not-imported = Outlets not imported
outlets-not-a-release = Not a release of the State Media Profiles
outlets-registry-unchanged = The registry is unchanged.
outlets-release-applied = { $count ->
    [one] Now classifying with the release from { $origin }: 1 source reclassified.
   *[other] Now classifying with the release from { $origin }: { $count } sources reclassified.
}
outlets-release-not-applied = The release was not applied
outlets-exported = { $count } of your outlets exported to { $file }.
outlets-export-failed = Export failed

## The window: spelling and the publication's word list

spelling-not-checked = Spelling is not checked in the issue's language: { $problem }.
word-list-this-publication = this publication
word-list-heading = { $count ->
    [one] Word list of { $series } (1 word)
   *[other] Word list of { $series } ({ $count } words)
}
word-list-no-folder = No config folder was found to keep a word list in.
word-list-remove = Remove
word-list-remove-hint = Remove “{ $word }” from the word list
word-list-new-word = New word
word-list-add = Add
word-list-import = Import…
word-list-import-hint = Add the words of a word-per-line file to this list
word-list-export = Export…
word-list-export-hint = Write this list to a word-per-line file
word-list-import-title = Import a word list
word-list-export-title = Export the word list
word-list-imported = { $count ->
    [one] 1 new word imported from { $file }.
   *[other] { $count } new words imported from { $file }.
}
word-list-exported = { $count ->
    [one] 1 word exported to { $file }.
   *[other] { $count } words exported to { $file }.
}
spelling-quoted-word = “{ $word }”
spelling-no-suggestions = No suggestions
spelling-add-to-dictionary = Add to dictionary
spelling-add-hint = Accept this word from now on: it is kept in the publication's word list, { $path }
spelling-add-hint-no-folder = Accept this word from now on: it is kept in the publication's word list (no config folder was found)
spelling-ignore = Ignore in this issue
spelling-ignore-hint = Accept this word in this issue: it is kept in the issue file
spelling-unknown-words = { $count ->
    [0] No unknown words.
    [one] 1 unknown word
   *[other] { $count } unknown words
}
spelling-entries-not-checked = Entries in { $language } are not checked: { $problem }.
spelling-word-places = { $count ->
    [one] { $word } (1 place)
   *[other] { $word } ({ $count } places)
}
spelling-perhaps = Perhaps: { $words }
spelling-accept-other-languages = Accept words from other languages
spelling-accept-other-languages-hint = A word that is correct in English, Spanish or Portuguese (those installed) is not underlined, whatever the issue's language.
spelling-accept-capitalised = Accept capitalised words inside a sentence
spelling-accept-capitalised-hint = A word with a capital that does not open a sentence is taken for a name.
spelling-languages = Languages
spelling-installed = installed ({ $dictionary })
spelling-install-hint = add it with: apt install { $package }

## The window: the archive of earlier issues

archive-title = Archive
archive-tab-search = Search
archive-tab-trends = Trends
archive-none-open = No archive is open. An archive is a folder of issue files, such as the team's repository: every issue in it and its subfolders is searched, compared with the issue you write, and plotted.
archive-reading = Reading the archive in { $folder }… the window stays usable meanwhile.
archive-unreadable = The archive in { $folder } could not be read: { $reason }
archive-unreadable-hint = Check that the folder exists and can be read, or choose another one.
archive-open-another = Open another archive…
archive-report = Archive report…
archive-close = Close archive
archive-close-hint = Stop comparing with this folder; it is not opened at the next start.
archive-summary = { $count ->
    [one] 1 issue in { $folder }
   *[other] { $count } issues in { $folder }
}
archive-updating = updating…
archive-empty = No issue files (.ron) were found in this folder or its subfolders. Save issues there, or open the folder that holds them.
archive-skipped = { $count ->
    [one] 1 file could not be read and is left out
   *[other] { $count } files could not be read and are left out
}
archive-skipped-hint = Open a file to see where it is damaged; fix it and it is read again.
archive-search = Search the archive
archive-search-hint = words of an entry, a section, a source's title, outlet or address
archive-search-help = Type to search every issue: words match in any form (report, reported; informe, informes) and without accents.
archive-no-match = Nothing in the archive matches “{ $query }”.
archive-best-matches = The { $limit } best matches, best first
archive-matches = { $count ->
    [one] 1 match, best first
   *[other] { $count } matches, best first
}
archive-open-hit = Open this issue here
archive-place-entry = an entry
archive-place-section-named = section “{ $section }”
archive-place-section = a section
archive-place-source = a source in the library
archive-open-number = Open No. { $number }
archive-open-named = Open { $issue }
archive-closed = The archive is closed; no issue is compared with it.
archive-not-watched = Changes to the folder are not followed ({ $reason }): open the archive again to see them.
archive-unreadable-choose = The archive in { $folder } could not be read: { $reason }. Choose another folder with File > Open archive…
archive-opened = { $count ->
    [one] Archive open: 1 issue in { $folder }, compared with the issue you write (View > Archive: search and trends).
   *[other] Archive open: { $count } issues in { $folder }, compared with the issue you write (View > Archive: search and trends).
}
archive-thread-failed = the program could not start reading it ({ $error })
archive-open-title = Open archive
archive-report-title = Write the archive report
archive-no-archive = No archive is open
archive-no-archive-text = Open a folder of issue files with File > Open archive… first.
archive-written = Written to { $file }.
archive-not-written = Not written
archive-not-written-text = Choose another folder, or free some space, and try again.

## The window: the archive's trends

plots-title-shares = State-media share per issue, against the limit
plots-title-classes = Citations per classification
plots-title-sections = Entries per section
plots-title-opinion-unclassified = Opinion pieces and unclassified sources
plots-unit-share = share (%)
plots-unit-count = count
plots-by-metric = by { $metric }
plots-limit = limit
plots-other-sections = other sections
plots-opinion-citations = opinion citations
plots-unclassified-sources = unclassified sources
plots-issue-number = No. { $number }
plots-none = No issues to plot yet.
plots-help = One point per issue, in series order. Hover a point to name its issue; click it to open the issue.
plots-accessible-name = { $count ->
    [one] { $title }: a plot of 1 issue
   *[other] { $title }: a plot of { $count } issues
}
plots-export-data = Export data (CSV)
plots-export-data-named = Export data (CSV): { $plot }
plots-save-png = Save as PNG
plots-save-png-named = Save as PNG: { $plot }
plots-export-data-title = Export the plot's data (CSV)
plots-save-png-title = Save the plot as PNG
plots-not-on-screen = the plot was not on screen: show it in Archive > Trends and save it again
plots-image-failed = the image could not be made ({ $error })
plots-no-image = No image written
plots-no-screenshot = The window could not take a picture of itself here. Export the plot's data (CSV) instead, or take a screenshot with your desktop's tool.
plots-nothing-written = Nothing was written to { $file }: { $reason }.

## The window: date fields

dates-hint = dd/mm/yyyy
dates-type-hint = Type a date: 2022-02-13, 13 Feb 2022 or 13/02/2022 (day/month/year)
dates-clear-hint = Clear the date
dates-month-not-allowed = “{ $typed }” is a month: type the day too, as in { $example }
dates-needed = A date is needed here.
dates-calendar = Pick from a calendar

## Kinds of source and the State Media Monitor's models

kind-news = news
kind-opinion = opinion
kind-analysis = analysis
kind-official-statement = official statement
kind-press-release = press release
kind-wire = wire
kind-social-media = social media
kind-other = other
model-state-controlled = state-controlled media
model-captured-public = captured public / state-managed media
model-captured-private = captured private media
model-independent-funded-managed = independent state-funded and state-managed media
model-independent-funded = independent state-funded media
model-independent-managed = independent state-managed media
model-independent-public = independent public media
model-government-official = an official site of a government
model-independent = independent media
model-explained = { $code }, { $model }: direct state funding { $funding }; state control of governance and ownership { $governance }; state editorial control { $editorial }
answer-yes = yes
answer-no = no
answer-either = yes or no

## The command line: --help (the doc comments of src/cli/mod.rs)

help-about = Compose a news monitor issue, cite every report, keep state media within the policy.
help-file = Issue file (.ron) to open in the window; without it, the last issue or the bundled sample
help-lang = The language of the program's words: en, es or pt. Without it, the system's (LC_ALL, LC_MESSAGES, LANG), or in the window the one chosen in Preferences. An issue's own language, which its exports speak, is set in the issue
help-import = Convert a Markdown draft into an issue file
help-import-draft = The draft: `# Title`, `## Section`, one paragraph per entry, links as sources
help-import-output = The issue file to write
help-import-force = Replace OUTPUT if it exists (the old file is kept as OUTPUT.bak)
help-import-fetch = Request each source's page (6 at a time, 10 s each at most) and fill its title, outlet, date, author and language from the page's metadata. Without it nothing is fetched
help-export = Write the issue as self-contained HTML, as a PDF, and as Pandoc Markdown
help-export-long =
    Write the issue as self-contained HTML, as a PDF, and as Pandoc Markdown.

    Without --html, --markdown, --pdf or --email, writes the HTML and the Markdown next to ISSUE (ISSUE.html, ISSUE.md).
help-export-html = Where to write the HTML page
help-export-markdown = Where to write the Pandoc Markdown
help-export-pdf = Where to write the PDF, typeset by the program itself (no LaTeX needed)
help-export-email = Where to write the issue as an HTML email, every style inline; its plain-text alternative is written beside it (OUT.txt)
help-export-paper = The printed page: the PDF's paper and the HTML's print size
help-export-contents = An "In this issue" list of the sections after the masthead (HTML, PDF; Pandoc's table of contents in the Markdown)
help-export-strict = Refuse (exit 1) when the issue has error findings, even with --override
help-export-override-reason = Export for publication despite error findings or unapproved sections; the reason, who and when are recorded in the issue file
help-export-by = Who overrides (default: $USER)
help-export-draft = A preview, not for publication: no gate, marked "Draft" at the top
help-export-sources = Where the source list goes
help-export-compliance-summary = Add a compliance summary (a reviewer's copy, not for readers)
help-export-page-breaks = Start each section on a new page in print and PDF
help-export-no-archived-links = Leave out each source's archived copy (Internet Archive), which the reader's formats otherwise give beside the original address
help-export-archived-links = The reader's formats give archived copies without asking; kept so that scripts written for earlier versions still run
help-export-archive-missing = Before writing, ask the Internet Archive for a copy of every cited source that has none, 6 at a time, and record them in ISSUE (saved, the old file kept as ISSUE.bak). Without it, export contacts nothing
help-export-mainfont = The PDF's main font, e.g. "Noto Serif": in the workbench's PDF (refused by name if not installed) and in the Markdown for Pandoc (`mainfont`)
help-check = Print the compliance report. Exit 0: compliant; 1: error findings; 2: unreadable file
help-check-json = One JSON object instead of the text report
help-check-html = Also write the reviewer's report (HTML) to this file
help-check-links = First request every cited link (6 at a time) and record what became of it in ISSUE (saved, the old file kept as ISSUE.bak): dead, moved to another site, or to state media. Without it, `check` reports the last recorded results and contacts nothing
help-check-archive = Also compare the issue with the earlier issues in this folder: addresses cited before (`already-cited`) and entries nearly the same as an earlier one (`near-duplicate-entry`), as notes
help-check-spelling = Also check the spelling of entries, section titles, summary and disclaimer with the issue's language's dictionary (an entry's own language's when it declares one): each unknown word as a `spelling` note with its places and suggestions, in the reviewer's report too. Names the issue knows (outlets, source titles and authors), its ignored words and the publication's word list are accepted
help-merge = Merge two versions of an issue file made from one base; git's merge driver (`merge %O %A %B`)
help-merge-long =
    Merge two versions of an issue file made from one base; git's merge driver (`merge %O %A %B`).

    Writes the result to OURS. Exit 0: merged; 1: conflicts a person must decide, kept in OURS as data (`check` lists them); 2: a file could not be read.
help-merge-base = The common ancestor (git's %O); an empty file stands for an empty issue
help-merge-ours = Our version (git's %A); the result replaces it
help-merge-theirs = Their version (git's %B)
help-merge-theirs-name = Who wrote THEIRS, kept with each conflict (git's %Y: the branch or commit merged in; a literal `%Y` from a git older than 2.44 is ignored)
help-git-setup = Make git merge issue files with `merge`: writes `.gitattributes` and the repository's `merge.monitor-workbench` driver
help-git-setup-dir = A folder inside the repository (default: the current folder)
help-package-files = For packagers: writes the manual pages (DIR/man: the program's and one per verb) and the bash, zsh and fish completions (DIR/completions) from this command line
help-package-files-dir = The folder to write them in (made if missing)
help-archive = The archive: every issue file in a folder (recursively) as the series
help-outlets = The outlet registry: update its State Media Profiles layer
help-archive-search = Search entry text, section titles, and the titles, outlets and addresses of sources in every issue; best matches first
help-archive-search-json = One JSON array of hits instead of text
help-archive-search-limit = How many hits at most
help-archive-report = Write the archive report (one HTML page): every issue's figures and compliance, the share over time as a plot, the outlets most cited, citations per classification, the exports that needed an override
help-archive-stats = The figures of every issue: the state-media share by each metric against the limit, compliance, citations, opinion and unclassified sources, overrides
help-archive-stats-csv = CSV, one row per issue
help-outlets-import-asd = Read a newer release of the State Media Profiles (ASD's State_Media_Matrix.csv) and list the hosts it adds, changes and removes; with --apply, classify with it from now on. The curated outlets and your own keep winning. Nothing is fetched from the network
help-outlets-import-asd-file = The release's CSV file
help-outlets-import-asd-apply = Use the release from now on (without it, only list the changes)

## The command line: fetching details, checking links, archiving

capture-summary-failed = failed: { $url }: { $error }
capture-summary-fetched = { $total ->
    [one] Fetched the details of { $filled } of { $total } source.
   *[other] Fetched the details of { $filled } of { $total } sources.
}
capture-summary-fetched-failed = { $total ->
    [one] Fetched the details of { $filled } of { $total } source; { $failed } failed (type their details by hand):
   *[other] Fetched the details of { $filled } of { $total } sources; { $failed } failed (type their details by hand):
}
capture-summary-not-a-page = the address gives { $kind }, not a web page; type its details by hand
capture-summary-dates-disagree = The page gives more than one publication date: { $date } was taken from { $origin }; it also says { $others }. Check the date.
capture-summary-page-cut = The page is larger than { $megabytes } MB; only its beginning was read.
capture-summary-other-site = The address now leads to another site, { $url }; the details are that page's. Check that it is the article you cite, or cite the address it leads to.
capture-summary-json-ld-unreadable = A JSON-LD block could not be read (line { $line }, column { $column }: { $error }); the other tags were used.
capture-summary-links-checked = { $count ->
    [one] Checked { $count } link: { $alive } alive, { $dead } dead, { $moved } moved to another site.
   *[other] Checked { $count } links: { $alive } alive, { $dead } dead, { $moved } moved to another site.
}
capture-summary-no-copy = no copy: { $url }: { $error }
capture-summary-archived = { $count ->
    [one] Archived copies of { $count } cited source that had none: { $existing } found in the archive, { $saved } newly saved, { $failed } failed.
   *[other] Archived copies of { $count } cited sources that had none: { $existing } found in the archive, { $saved } newly saved, { $failed } failed.
}

## The command line: check

cli-check-links-recorded = { $summary } The results are recorded in { $file }.
cli-check-wrote-review = Wrote the reviewer's report to { $file }
cli-plain-warning = warning: { $warning }
cli-spelling-checked = Spelling checked with { $dictionary }.
cli-spelling-checked-also = Spelling checked with { $dictionary }, words of { $languages } accepted.
cli-spelling-not-checked = spelling of the issue's language ({ $language }) not checked: { $problem }.

## The command line: the archive of earlier issues

archive-cli-unreadable = { $folder }: cannot read the archive folder: { $error }
archive-cli-skipped = note: { $file } is not read as an issue: { $reason }
archive-cli-no-match = No issue in { $folder } mentions “{ $query }”.
archive-cli-place-source = source #{ $id }
archive-cli-column-issue = issue
archive-cli-column-published = published
archive-cli-column-limit = limit
archive-cli-column-compliant = compliant
archive-cli-yes = yes
archive-cli-no = no
archive-cli-report-written = { $count ->
    [one] Wrote the archive report of { $count } issue to { $file }
   *[other] Wrote the archive report of { $count } issues to { $file }
}

## The command line: merge and git-setup

merge-cannot-write = { $file }: cannot write the merge: { $error }
merge-conflicts-kept = { $count ->
    [one] { $file }: { $count } conflict kept in the file for a person to decide:
   *[other] { $file }: { $count } conflicts kept in the file for a person to decide:
}
merge-check-lists-them = `monitor-workbench check` lists them until they are resolved.
merge-conflict-entry-text = { $section }, entry { $position }: its text
git-setup-no-git = git is not installed (or not on PATH); install git, then run git-setup again
git-setup-not-a-repository = { $folder }: not inside a git repository (`git init` makes one)
git-setup-no-git-short = git is not installed (or not on PATH)
git-setup-cannot-run = cannot run git: { $error }
git-setup-done = { $folder }: issue files (*.ron) now merge with `monitor-workbench merge`; commit .gitattributes so the team shares it (each clone runs git-setup once).

## The command line: a release of the State Media Profiles (outlets import-asd)

outlets-cli-not-utf8 = { $file }:{ $at }: not UTF-8 text; save the release as UTF-8 CSV
outlets-cli-cannot-read = cannot read { $file }: { $error }
outlets-cli-no-config = no configuration folder on this system to keep the release in
outlets-cli-release = { $count ->
    [one] { $file }: { $count } outlet (was { $before }); the release { $summary }.
   *[other] { $file }: { $count } outlets (was { $before }); the release { $summary }.
}
outlets-cli-release-changes-nothing = changes nothing
outlets-cli-release-changes = { $count ->
    [one] adds { $count } host, changes { $changed }, removes { $removed }
   *[other] adds { $count } hosts, changes { $changed }, removes { $removed }
}
outlets-cli-release-host-kept = (our outlets decide this host; it stays as it is)
outlets-cli-unrated = { $count ->
    [one] ({ $count } row without a model left out)
   *[other] ({ $count } rows without a model left out)
}
outlets-cli-not-applied = Nothing applied: run again with --apply to classify with this release.
outlets-cli-applied = Applied: the window and the command line now classify with this release (kept as { $file }); the curated outlets and your own still win. Delete that file to go back to the built-in release.

## History: what changed between two versions

history-summary-none = no changes
history-summary-sections-added = { $count ->
    [one] { $count } section added
   *[other] { $count } sections added
}
history-summary-sections-removed = { $count ->
    [one] { $count } section removed
   *[other] { $count } sections removed
}
history-summary-sections-removed-more = { $count } removed
history-summary-entries-changed = { $count ->
    [one] { $count } entry changed
   *[other] { $count } entries changed
}
history-summary-entries-added = { $count ->
    [one] { $count } entry added
   *[other] { $count } entries added
}
history-summary-entries-added-more = { $count } added
history-summary-entries-removed = { $count ->
    [one] { $count } entry removed
   *[other] { $count } entries removed
}
history-summary-entries-removed-more = { $count } removed
history-summary-sources-added = { $count ->
    [one] { $count } source added
   *[other] { $count } sources added
}
history-summary-sources-removed = { $count ->
    [one] { $count } source removed
   *[other] { $count } sources removed
}
history-summary-sources-removed-more = { $count } removed
history-error-io = cannot keep or read versions in { $folder }: { $error }
history-error-git = git could not show commit { $commit }: { $message }
history-git-no-file-name = no file name
history-git-not-utf8 = the file is not UTF-8

## Official designations of outlets

designation-describe = { $authority }, { $act }, { $date }{ $in_force }: { $outlet }, { $measure }
designation-in-force = { " " }(in force { $date })
designation-short = { $act }, { $date }

## Why a source is classified as it is

explain-country-not-given = country not given
explain-registry = Registry: { $outlet } ({ $country }), { $model }
explain-model = Model: { $model }
explain-layer-reference = the State Media Profiles (ASD) in the built-in registry
explain-layer-curated = the built-in registry's curated list
explain-layer-user = your outlets
explain-decided-by = Decided by: { $decided }
explain-matched-domain = Matched domain { $domain } (host { $host }), from { $layer }
explain-corrects = Corrects the State Media Profiles: { $correction }
explain-evidence = Evidence: { $evidence }
explain-no-outlet = No registry outlet publishes on { $host }
explain-host-is-address = The URL's host is the address { $address }, not a domain, so no outlet can match
explain-no-host = The URL has no host, so no outlet can match
explain-designated = Designated: { $designation }
explain-marked-state-media = Marked state media by hand: { $reason }
explain-marked-not-state-media = Marked not state media by hand: { $reason }
explain-counts-as-state-media = Counts as state media under this issue's policy
explain-model-not-counted = Not state media: the policy does not count { $model }
explain-country-not-counted = Not counted: { $country } is not among the policy's countries
explain-unclassified = Unclassified: classify the outlet or mark the source by hand
explain-since = since { $from }
explain-until = until { $until }
explain-from-to = from { $from } to { $to }
explain-as-of = { $span } (as of { $day }, the source's day)
explain-kind-page = Kind: { $kind }, as the page declares it ({ $evidence })
explain-kind-page-declared = Kind: { $kind }, as the page declared it
explain-kind-editor = Kind: { $kind }, chosen by the editor
explain-kind-editor-page-differs = Kind: { $kind }, chosen by the editor; the page declares it { $declared } ({ $evidence })
explain-kind-address = Kind: { $kind }, from its address (/{ $segment }/)
explain-kind-address-no-opinion = Kind: { $kind }, from its address (nothing in it marks opinion)

## Links pasted to cite them

paste-empty = nothing pasted: paste a link such as https://www.reuters.com/…
paste-not-web = “{ $text }” is not a web address: only http and https links can be cited
paste-not-url = “{ $text }” is not a web address: paste a link such as https://www.reuters.com/…

## Dates typed in a date field

dates-parse-empty = no date typed
dates-parse-unrecognised = “{ $text }” is not a date: type a date such as 2022-02-13, 13 Feb 2022 or 13/02/2022 (day/month/year)
dates-parse-unknown-month = “{ $text }”: “{ $word }” is not a month name
dates-parse-no-such-month = “{ $text }”: there is no month { $month }
dates-parse-slashes = slashes
dates-parse-dots = dots
dates-parse-dashes = dashes
dates-parse-month-first = “{ $text }”: there is no month { $month } — dates with { $separators } are day/month/year
dates-parse-no-such-day = “{ $text }”: { $month } { $year } has no day { $day }
dates-parse-that-month = that month
dates-parse-two-digit-year = “{ $text }”: write the year in full — { $year } could be 19{ $year } or 20{ $year }
dates-parse-missing-year = “{ $text }”: the year is missing — type it in full, as in 13 Feb 2022
dates-parse-year-out-of-range = “{ $text }”: the year must be between { $first } and { $last }

## Spelling: dictionaries, word lists and unknown words

spelling-problem-dictionary-missing = no spelling dictionary for { $language } is installed. Install one (e.g. `apt install { $package }`), or put its .aff and .dic files in { $folder }, then check again
spelling-problem-config-folder = the program's config folder, under dictionaries/
spelling-problem-dictionary-unreadable = cannot read the dictionary { $path }: { $error }
spelling-problem-dictionary-invalid = the dictionary { $path } is not a Hunspell dictionary spellbook can read: { $message }
spelling-problem-language-english-uk = English (UK)
spelling-problem-language-english = English
spelling-problem-language-spanish = Spanish
spelling-problem-language-portuguese-brazil = Portuguese (Brazil)
spelling-problem-language-portuguese-portugal = Portuguese (Portugal)
spelling-problem-language-portuguese = Portuguese
spelling-problem-language-french = French
spelling-problem-language-german = German
spelling-problem-language-italian = Italian
spelling-problem-word-list-unreadable = cannot read the word list { $path }: { $error }; fix or remove the file
spelling-problem-word-list-not-a-list = cannot read { $path } as a word list: { $error }
spelling-problem-word-list-not-saved = cannot save the word list: { $error }
spelling-problem-word-list-no-folder = cannot create the folder { $path } for the word list: { $error }
spelling-problem-place-summary = summary
spelling-problem-place-section-title = section title “{ $title }”
spelling-problem-no-suggestion = no suggestion
spelling-problem-did-you-mean = did you mean { $words }?
spelling-problem-unknown-word = “{ $word }” is not in the { $dictionary } dictionary ({ $places }); { $advice } If it is right, add it to the publication's word list.
spelling-problem-entries-not-checked = The spelling of entries in { $language } is not checked ({ $places }): { $problem }.

## Findings: what earlier issues of the archive already reported

reported-near-duplicate = Nearly the same text as { $issue }, { $section }, entry { $position } ({ $share } of its word triples in common): was this already reported?
reported-already-cited = Already cited in { $issue }, { $section }, entry { $position }.

## The window: what is left

files-saved-no-version = Saved. No version was kept for History: { $error }
entry-spelling-not-checked = This entry's spelling is not checked: { $problem }.
file-kind-issue = Monitor issue
file-kind-html = HTML page
file-kind-pdf = PDF document
file-kind-png = PNG image
file-kind-word-list = Word list
